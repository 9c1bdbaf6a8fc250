import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/load/decode.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 without an offset table', () => {
    const decoded = decodeUtf8(new TextEncoder().encode('héllo 字'));
    expect(decoded).toEqual({ text: 'héllo 字', bomLength: 0 });
  });

  it('strips a byte order mark and remembers its length', () => {
    const decoded = decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41));
    expect(decoded.text).toBe('A');
    expect(decoded.bomLength).toBe(3);
  });

  it('replaces invalid bytes exactly as TextDecoder does', () => {
    const input = bytes(0x61, 0xff, 0x62, 0xe2, 0x82, 0x63, 0xf0, 0x9f, 0x98, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80);
    expect(decodeUtf8(input).text).toBe(new TextDecoder().decode(input));
  });

  it('maps every character of lossy text to the byte it came from', () => {
    const input = bytes(0xef, 0xbb, 0xbf, 0x61, 0xff, 0xf0, 0x9f, 0x98, 0x80, 0x62);
    const decoded = decodeUtf8(input);
    expect(decoded.text).toBe('a\ufffd😀b');
    expect([...decoded.byteOffsets!]).toEqual([3, 4, 5, 5, 9, 10]);
  });
});
