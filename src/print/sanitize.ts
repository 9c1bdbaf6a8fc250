// C0 controls, DEL, C1 controls, and the invisible formatting characters that can reorder or
// hide text on a terminal (bidi embeddings, overrides and isolates, line/paragraph separators).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const WHITESPACE_RUN = /[ \t\n\v\f\r\u00a0\u2028\u2029]+/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * Makes untrusted text safe for a terminal: every control character, escape sequence
 * introducer and bidi control becomes a visible stand-in (ESC → "␛", U+202E → "<U+202E>").
 * Whitespace runs are folded into one space, so a passage prints on one line.
 *
 * @example
 * ```ts
 * terminalSafe('a\u001b[2Jb'); // → 'a␛[2Jb'
 * ```
 */
export function terminalSafe(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').replace(UNSAFE, visible);
}

const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `JSON.stringify`, with the characters it leaves raw but a terminal would act on
 * (DEL, C1 controls, bidi controls, U+2028/U+2029) written as `\uXXXX` escapes too.
 * The parsed value is unchanged.
 */
export function safeJsonStringify(value: unknown): string {
  return JSON.stringify(value).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const TAB_WIDTH = 4;

/**
 * Makes one line of fixed text (a line of code) safe for a terminal, keeping its spaces: tabs
 * become spaces to the next multiple of four columns, and every other control character a
 * visible stand-in, as in {@link terminalSafe}.
 *
 * @example
 * ```ts
 * terminalSafeLine('\tif (a)  b\u001b'); // → '    if (a)  b␛'
 * ```
 */
export function terminalSafeLine(line: string, startColumn = 0): string {
  let column = startColumn;
  let out = '';
  for (const char of line) {
    if (char === '\t') {
      const spaces = TAB_WIDTH - (column % TAB_WIDTH);
      out += ' '.repeat(spaces);
      column += spaces;
    } else {
      out += char.replace(UNSAFE, visible);
      column++;
    }
  }
  return out;
}
