import type { Document } from '../types.js';

function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < to) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A file position: byte offset, 1-based line and 1-based column in characters. */
export interface Position {
  byte: number;
  line: number;
  column: number;
}

/**
 * Maps character indices of a document's text to file positions. Calls must come with
 * non-decreasing indices (as a splitter produces them); each call costs only the distance
 * from the previous one, so mapping a whole document is linear.
 */
export function createPositionCursor(doc: Pick<Document, 'text' | 'byteOffsets' | 'bomLength'>): (index: number) => Position {
  const { text, byteOffsets, bomLength } = doc;
  let at = 0;
  let byte = bomLength;
  let line = 1;
  let lineStart = 0;
  let column = 1;
  let columnAt = 0;
  let nextNewline = text.indexOf('\n');
  return (index: number): Position => {
    if (index < at) throw new RangeError(`position cursor moved backwards (${index} < ${at})`);
    if (!byteOffsets) byte += utf8Length(text, at, index);
    while (nextNewline !== -1 && nextNewline < index) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    if (lineStart > columnAt) {
      columnAt = lineStart;
      column = 1;
    }
    for (let i = columnAt; i < index; i++) {
      const unit = text.charCodeAt(i);
      if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) column++;
    }
    columnAt = index;
    at = index;
    return { byte: byteOffsets ? byteOffsets[index]! : byte, line, column };
  };
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
