// Laying out rendered text: words filled into lines of a terminal's width, and long text
// shortened to about six lines. Runs hold text that is already safe for a terminal.
import type { Look } from './inline.js';

/** Text drawn one way; `text` is already terminal-safe. */
export interface Run {
  text: string;
  look: Look;
}

/** One printed line, as runs. */
export type Line = Run[];

/** Lines a long passage is shortened to in text output (unless `--full`). */
export const SHORT_LINES = 6;
/** Without a terminal there are no lines to count: prose is shortened past this many characters instead. */
export const SHORT_CHARACTERS = 300;
const ELLIPSIS = '…';

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidth(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200d) || (code >= 0xfe00 && code <= 0xfe0f);
}

/** Columns `text` takes on a terminal: East Asian wide characters count two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width += isZeroWidth(code) ? 0 : isWide(code) ? 2 : 1;
  }
  return width;
}

/** A word: runs with no space between them (`**bold**,` is a bold run and a plain one). */
type Word = Run[];

const wordWidth = (word: Word): number => word.reduce((n, r) => n + displayWidth(r.text), 0);
const wordLength = (word: Word): number => word.reduce((n, r) => n + r.text.length, 0);

/** Splits runs into words at whitespace (every whitespace run is one space between words). */
export function wordsOf(runs: readonly Run[]): Word[] {
  const words: Word[] = [];
  let current: Word = [];
  for (const run of runs) {
    const parts = run.text.split(/\s+/);
    parts.forEach((part, i) => {
      if (i > 0 && current.length > 0) {
        words.push(current);
        current = [];
      }
      if (part !== '') current.push({ text: part, look: run.look });
    });
  }
  if (current.length > 0) words.push(current);
  return words;
}

/**
 * Cuts runs into pieces of at most `width` columns, between characters; every piece after the
 * first starts with `lead` (an indent). A character wider than a whole piece gets one of its own.
 */
function cutRuns(runs: readonly Run[], width: number, lead: readonly Run[] = []): Run[][] {
  const leadWidth = lead.reduce((n, r) => n + displayWidth(r.text), 0);
  const pieces: Run[][] = [];
  let piece: Run[] = [];
  let used = 0;
  for (const run of runs) {
    let text = '';
    for (const char of run.text) {
      const w = displayWidth(char);
      if (used + w > width && used > (pieces.length > 0 ? leadWidth : 0)) {
        if (text) piece.push({ text, look: run.look });
        pieces.push(piece);
        piece = [...lead];
        used = leadWidth;
        text = '';
      }
      text += char;
      used += w;
    }
    if (text) piece.push({ text, look: run.look });
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/** Cuts a word too wide for any line into pieces of at most `width` columns. */
const splitWide = (word: Word, width: number): Word[] => cutRuns(word, width);

/** Fills words into lines of at most `width` columns, breaking only between words when it can. */
function fill(words: readonly Word[], width: number): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of words.flatMap((w) => (wordWidth(w) > width ? splitWide(w, width) : [w]))) {
    const w = wordWidth(word);
    if (line.length > 0 && used + 1 + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? 1 : 0) + w;
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Words joined by spaces; a space inside a link's text belongs to the link. */
function joinWords(words: readonly Word[]): Line {
  return words.flatMap((word, i) => {
    if (i === 0) return word;
    const url = words[i - 1]!.at(-1)!.look.url;
    return [{ text: ' ', look: url !== undefined && word[0]!.look.url === url ? { url } : {} }, ...word];
  });
}

/** The word with `…` after it, in the look of its last run. */
function withEllipsis(word: Word): Word {
  const last = word.at(-1)!;
  return [...word.slice(0, -1), { text: last.text.replace(/[\s,;:]+$/, '') + ELLIPSIS, look: last.look }];
}

/** Cuts a word to at most `length` characters (a word longer than any budget, such as a URL). */
function truncateWord(word: Word, length: number): Word {
  const out: Word = [];
  let left = length;
  for (const run of word) {
    if (left <= 0) break;
    out.push({ text: run.text.slice(0, left), look: run.look });
    left -= run.text.length;
  }
  return out;
}

/** How to lay out prose. */
export interface ProseLayout {
  /** Columns available, or undefined for no wrapping (a pipe). */
  width: number | undefined;
  /** Print everything (`--full`); otherwise long text is cut at a word boundary with `…`. */
  full: boolean;
}

/**
 * Prose as printed lines: wrapped at word boundaries to `width` on a terminal, one line in a
 * pipe; unless `full`, cut after {@link SHORT_LINES} lines (in a pipe, {@link SHORT_CHARACTERS}
 * characters) at a word boundary, ending in `…`.
 */
export function layoutProse(runs: readonly Run[], layout: ProseLayout): Line[] {
  const words = wordsOf(runs);
  if (words.length === 0) return [[]];
  if (layout.width === undefined) {
    if (layout.full || words.reduce((n, w) => n + wordLength(w) + 1, -1) <= SHORT_CHARACTERS) return [joinWords(words)];
    const kept: Word[] = [];
    let length = -1;
    for (const word of words) {
      if (length + 1 + wordLength(word) > SHORT_CHARACTERS - 1) break;
      kept.push(word);
      length += 1 + wordLength(word);
    }
    if (kept.length === 0) kept.push(truncateWord(words[0]!, SHORT_CHARACTERS - 1));
    kept.push(withEllipsis(kept.pop()!));
    return [joinWords(kept)];
  }
  const width = Math.max(layout.width, 10);
  const lines = fill(words, width);
  if (layout.full || lines.length <= SHORT_LINES) return lines.map(joinWords);
  const kept = lines.slice(0, SHORT_LINES);
  const last = kept.at(-1)!;
  while (last.length > 1 && last.reduce((n, w) => n + wordWidth(w) + 1, 0) + 1 > width) last.pop();
  if (last.length === 1 && wordWidth(last[0]!) + 1 > width) last[0] = truncateWord(last[0]!, width - 1);
  last.push(withEllipsis(last.pop()!));
  return kept.map(joinWords);
}

/** Cuts a line of fixed text (code) into lines of at most `width` columns, continuing indented. */
export function breakLine(line: Line, width: number | undefined): Line[] {
  if (width === undefined || line.reduce((n, r) => n + displayWidth(r.text), 0) <= width) return [line];
  const indent = /^ */.exec(line[0]?.text ?? '')![0].length;
  return cutRuns(line, width, [{ text: ' '.repeat(Math.min(indent + 2, Math.floor(width / 2))), look: {} }]);
}
