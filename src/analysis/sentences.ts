import { ABBREVIATIONS } from './abbreviations.js';
import { splitParagraphs, type Span } from './paragraphs.js';

/** Passages longer than this many characters are cut, preferably at a space. */
export const MAX_PASSAGE_LENGTH = 1000;

const TERMINATOR = /[.!?…。！？]+/g;
const CLOSERS = /^["'”’»)\]}]*/;
const WORD_BEFORE = /[\p{L}\p{N}.'’-]*$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;
const LOWERCASE_START = /^[\s"'“‘«([{]*\p{Ll}/u;
const WIDE_TERMINATOR = /[。！？]/;

function isAbbreviation(before: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[0]?.replace(/^[.'’-]+/, '') ?? '';
  if (word === '') return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || DOTTED.test(word) || INITIAL.test(word);
}

/**
 * Depth of open brackets at increasing indices: a terminator inside "( … )" does not end a
 * sentence. Only brackets that close within the paragraph count, so a stray "(" cannot
 * swallow the rest of the text. Calls must come with non-decreasing indices.
 */
function bracketDepthAt(paragraph: string): (index: number) => number {
  const pending: number[] = [];
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === '(' || c === '[') pending.push(i);
    else if ((c === ')' || c === ']') && pending.length > 0) {
      opens.push(pending.pop()!);
      closes.push(i);
    }
  }
  opens.sort((a, b) => a - b);
  let opened = 0;
  let closed = 0;
  return (index) => {
    while (opened < opens.length && opens[opened]! < index) opened++;
    while (closed < closes.length && closes[closed]! < index) closed++;
    return opened - closed;
  };
}

/** Sentence end offsets (exclusive, relative to the paragraph) where the paragraph may be cut. */
function sentenceEnds(paragraph: string): number[] {
  const ends: number[] = [];
  const depthAt = paragraph.includes('(') || paragraph.includes('[') ? bracketDepthAt(paragraph) : () => 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(paragraph); m; m = TERMINATOR.exec(paragraph)) {
    let end = m.index + m[0].length;
    end += CLOSERS.exec(paragraph.slice(end, end + 8))![0].length;
    if (end >= paragraph.length) break;
    const wide = WIDE_TERMINATOR.test(m[0]);
    if (!wide && !/\s/.test(paragraph[end]!)) continue;
    if (m[0] === '.' && isAbbreviation(paragraph.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (!wide && LOWERCASE_START.test(paragraph.slice(end, end + 16))) continue;
    if (depthAt(end) > 0) continue;
    ends.push(end);
  }
  return ends;
}

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Cuts an over-long range into pieces of at most `max` characters, preferring spaces. */
function bound(text: string, span: Span, max: number, out: Span[]): void {
  let start = span.start;
  while (span.end - start > max) {
    let cut = start + max;
    const space = text.lastIndexOf(' ', cut);
    if (space > start + max / 2) cut = space;
    else if (isLowSurrogate(text, cut)) cut--;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: span.end });
}

function trimmed(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

/**
 * Splits a text into sentence-level passages, as character ranges into `text`. Paragraphs
 * never merge; abbreviations, initials, decimals, closing quotes and brackets do not end a
 * sentence; runs without a sentence end, and fenced code blocks, are cut into pieces of at
 * most `maxLength`.
 * Ranges are in order, do not overlap, and start and end on non-whitespace.
 *
 * @example
 * ```ts
 * splitSentences('Mr. Smith left. He came back.');
 * // → [{ start: 0, end: 15 }, { start: 16, end: 29 }]
 * ```
 */
export function splitSentences(text: string, maxLength = MAX_PASSAGE_LENGTH): Span[] {
  const out: Span[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    let from = 0;
    for (const end of [...(paragraph.verbatim ? [] : sentenceEnds(body)), body.length]) {
      const span = trimmed(text, { start: paragraph.start + from, end: paragraph.start + end });
      from = end;
      if (span) bound(text, span, maxLength, out);
    }
  }
  return out.map((s) => trimmed(text, s)).filter((s): s is Span => s !== undefined);
}
