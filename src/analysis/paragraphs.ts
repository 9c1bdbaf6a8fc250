import { closesFence, fenceMarker, isSetextUnderline } from './headings.js';

/** A `[start, end)` range of character indices in a text. */
export interface Span {
  start: number;
  end: number;
}

/** A paragraph: sentences never cross its ends. */
export interface Paragraph extends Span {
  /** Code (a fenced block): kept whole, never split into sentences. */
  verbatim?: boolean;
}

/** Lines longer than this are never hard-wrapped prose: in such a block every line is a paragraph. */
const WRAPPED_LINE_MAX = 120;
const BLOCK_START = /^\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>)/;
const HEADING = /^\s*#{1,6}\s/;

/** A line of a Markdown table: starts and ends with `|`. */
export const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** The line under a table's header row: `| --- | :-: |`. */
export const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

interface Line extends Span {
  blank: boolean;
}

function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let newline = text.indexOf('\n', start);
    if (newline === -1) newline = text.length;
    let end = newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const blank = !/\S/.test(text.slice(start, end));
    yield { start, end, blank };
    if (newline === text.length) return;
    start = newline + 1;
  }
}

/** The cells of a Markdown table row, as ranges of their trimmed text (`\|` does not end a cell). */
export function tableCells(text: string, line: Span): Span[] {
  const cells: Span[] = [];
  let cellStart = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i < line.end && (text[i] !== '|' || text[i - 1] === '\\')) continue;
    let start = cellStart;
    let end = i;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start < end) cells.push({ start, end });
    cellStart = i + 1;
  }
  return cells;
}

/**
 * Splits a text into paragraphs that sentences never cross: blank lines separate
 * paragraphs; inside a block of lines, hard-wrapped lines join, unless the block has a line
 * too long to be hard-wrapped (then each line is a paragraph, as in one-paragraph-per-line
 * files), or a line starts a list item, heading or quote. Markdown table cells are paragraphs
 * of their own (a table's rule row, like a setext heading's underline, is none); a fenced code
 * block is one verbatim paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const eachLine = block.some((l) => l.end - l.start > WRAPPED_LINE_MAX);
    let current: Span | undefined;
    let previousHeading = false;
    for (const line of block) {
      const lineText = text.slice(line.start, line.end);
      if (TABLE_ROW.test(lineText)) {
        if (current) paragraphs.push(current);
        current = undefined;
        if (!TABLE_RULE.test(lineText)) paragraphs.push(...tableCells(text, line));
        continue;
      }
      // A one-line paragraph over `===` or `---` is a setext heading's title: the underline is no passage.
      const title = current && text.slice(current.start, current.end);
      if (title && !title.includes('\n') && !BLOCK_START.test(title) && isSetextUnderline(lineText)) {
        paragraphs.push(current!);
        current = undefined;
        previousHeading = true;
        continue;
      }
      if (!current || eachLine || previousHeading || BLOCK_START.test(lineText)) {
        if (current) paragraphs.push(current);
        current = { start: line.start, end: line.end };
      } else {
        current.end = line.end;
      }
      previousHeading = HEADING.test(lineText);
    }
    if (current) paragraphs.push(current);
    block = [];
  };
  let fence: { marker: string; code: Line[] } | undefined;
  const closeFence = (): void => {
    const code = fence!.code;
    if (code.length > 0) paragraphs.push({ start: code[0]!.start, end: code.at(-1)!.end, verbatim: true });
    fence = undefined;
  };
  for (const line of lines(text)) {
    const marker = fenceMarker(text.slice(line.start, line.end));
    if (fence) {
      if (closesFence(fence.marker, marker)) closeFence();
      else fence.code.push(line);
    } else if (marker) {
      flush();
      fence = { marker, code: [] };
    } else if (line.blank) flush();
    else block.push(line);
  }
  if (fence) closeFence();
  flush();
  return paragraphs;
}
