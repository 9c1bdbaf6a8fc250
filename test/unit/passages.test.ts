import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPassages } from '../../src/analysis/passages.js';
import { decodeUtf8 } from '../../src/load/decode.js';
import type { Document } from '../../src/types.js';

function documentOf(bytes: Uint8Array, source = 'doc.txt'): Document {
  return { path: `/tmp/${source}`, source, bytes, ...decodeUtf8(bytes) };
}

const decoder = new TextDecoder();
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const nonWhitespace = (s: string): string => s.replace(/\s+/g, '');

describe('toPassages', () => {
  it('gives each passage an id, sentence number, line, column and byte range', () => {
    const doc = documentOf(encode('Première phrase. Deuxième!\nTroisième ligne.'));
    const passages = toPassages(doc);
    expect(passages.map(({ id, sentence, line, column, start, end, text }) => ({ id, sentence, line, column, start, end, text }))).toEqual([
      { id: 'doc.txt#1', sentence: 1, line: 1, column: 1, start: 0, end: 17, text: 'Première phrase.' },
      { id: 'doc.txt#2', sentence: 2, line: 1, column: 18, start: 18, end: 28, text: 'Deuxième!' },
      { id: 'doc.txt#3', sentence: 3, line: 2, column: 1, start: 29, end: 46, text: 'Troisième ligne.' },
    ]);
  });

  it('keeps offsets exact after a BOM and invalid bytes', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('Bad \xff'), 0xff, ...encode(' byte. Next one.')]);
    const doc = documentOf(bytes);
    for (const p of toPassages(doc)) expect(decoder.decode(bytes.subarray(p.start, p.end))).toBe(p.text);
    expect(toPassages(doc)[0]!.start).toBe(3);
  });

  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('. ', '! ', '? ', '\n', '\r\n', '\n\n', '\r\n\r\n', 'Mr. ', 'U.S. ', '3.14', '"', '(', ')', '。', 'é', '字', '😀', '\t', '\ufeff', ' '),
    fc.constantFrom('\r', '\u0000', '\u0007', '\b', '\u000b', '\f', '\u001b[2J', '\u001b]52;c;eA==\u0007', '\u0085', '\u009b', '\u2028', '\u2029', '\u202e', '\u200b', '\u200d', '\ud800', '\udfff'),
  );
  const documentText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

  it('property: every passage decodes from its bytes, in order, and no non-whitespace is lost', () => {
    fc.assert(
      fc.property(documentText, fc.boolean(), (text, bom) => {
        const bytes = bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(text)]) : encode(text);
        const doc = documentOf(bytes);
        const passages = toPassages(doc);
        let previousEnd = 0;
        for (const p of passages) {
          expect(decoder.decode(bytes.subarray(p.start, p.end))).toBe(p.text);
          expect(p.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = p.end;
        }
        expect(passages.map((p) => nonWhitespace(p.text)).join('')).toBe(nonWhitespace(doc.text));
      }),
      { numRuns: 300 },
    );
  });

  it('property: random bytes never break the offset round trip', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const doc = documentOf(bytes);
        for (const p of toPassages(doc)) expect(decoder.decode(bytes.subarray(p.start, p.end))).toBe(p.text);
      }),
      { numRuns: 300 },
    );
  });

  it('property: line and column point at the first character of the passage', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const doc = documentOf(encode(text));
        const lines = doc.text.split('\n');
        for (const p of toPassages(doc)) {
          const line = lines[p.line - 1]!;
          expect([...line].slice(p.column - 1).join('').startsWith(p.text.split('\n')[0]!)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
