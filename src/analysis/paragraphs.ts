/** A `[start, end)` range of character indices in a text. */
export interface Span {
  start: number;
  end: number;
}

/** Lines longer than this are never hard-wrapped prose: in such a block every line is a paragraph. */
const WRAPPED_LINE_MAX = 120;
const BLOCK_START = /^\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>)/;
const HEADING = /^\s*#{1,6}\s/;

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

/**
 * Splits a text into paragraphs that sentences never cross: blank lines separate
 * paragraphs; inside a block of lines, hard-wrapped lines join, unless the block has a line
 * too long to be hard-wrapped (then each line is a paragraph, as in one-paragraph-per-line
 * files), or a line starts a list item, heading or quote.
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const eachLine = block.some((l) => l.end - l.start > WRAPPED_LINE_MAX);
    let current: Span | undefined;
    let previousHeading = false;
    for (const line of block) {
      const lineText = text.slice(line.start, line.end);
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
  for (const line of lines(text)) {
    if (line.blank) flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}
