import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/load/decode.js';
import { createPositionCursor } from '../../src/load/position.js';

function positionsOf(content: string | Uint8Array, indices: number[]) {
  const decoded = decodeUtf8(typeof content === 'string' ? new TextEncoder().encode(content) : content);
  const at = createPositionCursor(decoded);
  return indices.map(at);
}

describe('createPositionCursor', () => {
  it('counts lines, characters and bytes', () => {
    expect(positionsOf('ab\ncé d', [0, 3, 6])).toEqual([
      { byte: 0, line: 1, column: 1 },
      { byte: 3, line: 2, column: 1 },
      { byte: 7, line: 2, column: 4 },
    ]);
  });

  it('treats CRLF as one line break and counts astral characters as one column', () => {
    expect(positionsOf('x\r\n😀y', [3, 5])).toEqual([
      { byte: 3, line: 2, column: 1 },
      { byte: 7, line: 2, column: 2 },
    ]);
  });

  it('starts byte offsets after a BOM', () => {
    expect(positionsOf(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0x42]), [1])).toEqual([{ byte: 4, line: 1, column: 2 }]);
  });

  it('refuses to move backwards', () => {
    const at = createPositionCursor(decodeUtf8(new TextEncoder().encode('abc')));
    at(2);
    expect(() => at(1)).toThrow(RangeError);
  });
});
