// Inline Markdown for reading: emphasis markers dropped, code spans and links kept as styled
// pieces. Every piece is an exact substring of the source, with its place, so that the
// question's matched words (character ranges of the source) can still be highlighted.
import { backtickRun, codeEnd } from '../../analysis/code-spans.js';

/** How a piece of rendered text looks. */
export interface Look {
  code?: boolean;
  strong?: boolean;
  em?: boolean;
  /** The target of a Markdown link the piece is the text of. */
  url?: string;
  /** Matched one of the question's words. */
  match?: boolean;
}

/** A piece of rendered text: `source.slice(from, to)`, drawn with `look`. */
export interface Piece {
  from: number;
  to: number;
  look: Look;
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const HTML_TAG = /^<\/?(?:a|abbr|b|br|code|del|details|div|em|i|img|kbd|p|span|strong|sub|summary|sup|u)\b[^<>]*\/?>/i;
const AUTOLINK = /^<(https?:\/\/[^\s<>]+)>/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The index of the `)` closing a link destination that starts at `from`, or -1. */
function destinationEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}

/** The index of the `]` closing a link text that starts at `from`, or -1. */
function bracketEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close > 0) i = close;
    } else if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Where an emphasis run of `marker` opened at `from` closes, or -1: same run, after non-space. */
function emphasisEnd(text: string, from: number, marker: string): number {
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      const run = backtickRun(text, i);
      const close = codeEnd(text, i + run, run);
      if (close > 0) i = close + run - 1;
      continue;
    }
    if (!text.startsWith(marker, i) || /\s/.test(text[i - 1]!)) continue;
    const after = text[i + marker.length];
    if (after === marker[0]) {
      // A longer run (`***`) may close an inner and an outer emphasis at once.
      if (marker.length === 2 || text[i + marker.length + 1] === marker[0]) continue;
    }
    if (marker[0] === '_' && after !== undefined && WORD_CHAR.test(after)) continue;
    return i;
  }
  return -1;
}

function add(pieces: Piece[], from: number, to: number, look: Look): void {
  if (to <= from) return;
  const last = pieces.at(-1);
  if (last && last.to === from && sameLook(last.look, look)) last.to = to;
  else pieces.push({ from, to, look });
}

function sameLook(a: Look, b: Look): boolean {
  return a.code === b.code && a.strong === b.strong && a.em === b.em && a.url === b.url && a.match === b.match;
}

function parse(text: string, from: number, to: number, look: Look, pieces: Piece[]): void {
  let plain = from;
  const flush = (end: number): void => add(pieces, plain, end, look);
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < to && PUNCTUATION.test(text[i + 1]!)) {
      flush(i);
      add(pieces, i + 1, i + 2, look);
      i += 2;
      plain = i;
      continue;
    }
    if (c === '`') {
      const run = backtickRun(text, i);
      const close = codeEnd(text.slice(0, to), i + run, run);
      if (close < 0) {
        i += run;
        continue;
      }
      flush(i);
      let start = i + run;
      let end = close;
      if (end - start >= 2 && text[start] === ' ' && text[end - 1] === ' ' && /\S/.test(text.slice(start, end))) {
        start++;
        end--;
      }
      add(pieces, start, end, { ...look, code: true });
      i = close + run;
      plain = i;
      continue;
    }
    if (c === '[' || (c === '!' && text[i + 1] === '[')) {
      const open = c === '!' ? i + 1 : i;
      const close = bracketEnd(text.slice(0, to), open + 1);
      if (close > 0) {
        const next = text[close + 1];
        let url: string | undefined;
        let end = close + 1;
        if (next === '(') {
          const destination = destinationEnd(text.slice(0, to), close + 2);
          if (destination > 0) {
            url = text.slice(close + 2, destination).trim().split(/\s+/)[0]!.replace(/^<|>$/g, '');
            end = destination + 1;
          }
        } else if (next === '[') {
          const reference = text.indexOf(']', close + 2);
          if (reference > 0 && reference < to) end = reference + 1;
        }
        if (end > close + 1 || c === '!') {
          flush(i);
          parse(text, open + 1, close, url === undefined ? look : { ...look, url }, pieces);
          i = end;
          plain = i;
          continue;
        }
      }
    }
    if (c === '<') {
      const rest = text.slice(i, to);
      const link = AUTOLINK.exec(rest);
      const tag = link ? undefined : HTML_TAG.exec(rest);
      if (link || tag) {
        flush(i);
        if (link) add(pieces, i + 1, i + 1 + link[1]!.length, { ...look, url: link[1] });
        i += (link ?? tag)![0].length;
        plain = i;
        continue;
      }
    }
    if (c === '*' || c === '_' || c === '~') {
      const double = text[i + 1] === c;
      const marker = double ? c + c : c;
      const before = text[i - 1];
      const after = text[i + marker.length];
      const opens = after !== undefined && /\S/.test(after) && !(c === '_' && before !== undefined && WORD_CHAR.test(before)) && (c !== '~' || double);
      const close = opens ? emphasisEnd(text.slice(0, to), i + marker.length - 1, marker) : -1;
      if (close > 0) {
        flush(i);
        const inner = c === '~' ? look : double ? { ...look, strong: true } : { ...look, em: true };
        parse(text, i + marker.length, close, inner, pieces);
        i = close + marker.length;
        plain = i;
        continue;
      }
      i += marker.length;
      continue;
    }
    i++;
  }
  flush(to);
}

/**
 * The visible pieces of a line of Markdown: emphasis and strike-through markers, link
 * destinations, backslashes of escapes and a few HTML tags (`<a id="…">`, `<br>`) dropped; code
 * spans and link texts kept as pieces that say so.
 *
 * @example
 * ```ts
 * inlinePieces('Set **timeout** in `retries: 0`').map((p) => 'Set **timeout** in `retries: 0`'.slice(p.from, p.to));
 * // → ['Set ', 'timeout', ' in ', 'retries: 0']
 * ```
 */
export function inlinePieces(text: string, from = 0, to = text.length, look: Look = {}): Piece[] {
  const pieces: Piece[] = [];
  parse(text, from, to, look, pieces);
  return pieces;
}

/** Marks the parts of `pieces` inside `ranges` (sorted character ranges of the source) as matches. */
export function withMatches(pieces: readonly Piece[], ranges: ReadonlyArray<readonly [number, number]>): Piece[] {
  if (ranges.length === 0) return [...pieces];
  const out: Piece[] = [];
  for (const piece of pieces) {
    let at = piece.from;
    for (const [start, end] of ranges) {
      if (end <= at || start >= piece.to) continue;
      if (start > at) out.push({ from: at, to: start, look: piece.look });
      const stop = Math.min(end, piece.to);
      out.push({ from: Math.max(start, at), to: stop, look: { ...piece.look, match: true } });
      at = stop;
    }
    if (at < piece.to) out.push({ from: at, to: piece.to, look: piece.look });
  }
  return out;
}

/** The text a reader sees of some Markdown: its pieces joined. */
export function inlineText(text: string): string {
  return inlinePieces(text)
    .map((p) => text.slice(p.from, p.to))
    .join('');
}
