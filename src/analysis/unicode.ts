import { LOWER_RANGES, UPPER_RANGES, WORD_RANGES } from './unicode-tables.js';

/** Binary search over inclusive [first, last] pairs. No table to fill: starting up costs nothing. */
function inRanges(ranges: readonly number[], cp: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cp < ranges[2 * mid]!) high = mid - 1;
    else if (cp > ranges[2 * mid + 1]!) low = mid + 1;
    else return true;
  }
  return false;
}

const isAsciiUpper = (cp: number): boolean => cp >= 0x41 && cp <= 0x5a;
const isAsciiLower = (cp: number): boolean => cp >= 0x61 && cp <= 0x7a;

/** Whether a code point is a letter, number or mark (`[\p{L}\p{N}\p{M}]`): a character of a word. */
export function isWordChar(cp: number): boolean {
  if (cp < 0x80) return isAsciiLower(cp) || isAsciiUpper(cp) || (cp >= 0x30 && cp <= 0x39);
  return inRanges(WORD_RANGES, cp);
}

/** Whether a code point is an uppercase letter (`\p{Lu}`). */
export function isUpper(cp: number): boolean {
  return cp < 0x80 ? isAsciiUpper(cp) : inRanges(UPPER_RANGES, cp);
}

/** Whether a code point is a lowercase letter (`\p{Ll}`). */
export function isLower(cp: number): boolean {
  return cp < 0x80 ? isAsciiLower(cp) : inRanges(LOWER_RANGES, cp);
}
