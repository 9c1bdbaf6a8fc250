import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachWord } from '../../src/analysis/analyze.js';
import { isLower, isUpper, isWordChar } from '../../src/analysis/unicode.js';

describe('Unicode class tables', () => {
  it('agree with the regular expressions they replace on every code point', () => {
    const word = /[\p{L}\p{N}\p{M}]/u;
    const upper = /\p{Lu}/u;
    const lower = /\p{Ll}/u;
    const disagreements: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if (isWordChar(cp) !== word.test(char) || isUpper(cp) !== upper.test(char) || isLower(cp) !== lower.test(char)) {
        disagreements.push(cp);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('forEachWord', () => {
  const words = (text: string): string[] => {
    const found: string[] = [];
    forEachWord(text, (start, end) => found.push(text.slice(start, end)));
    return found;
  };

  it('finds runs of letters, numbers and marks, joined across apostrophes', () => {
    expect(words("Don't stop—ByteDance’s 2024 café, naïve ' x'' 字节跳动 😀 e\u0301")).toEqual([
      "Don't", 'stop', 'ByteDance’s', '2024', 'café', 'naïve', 'x', '字节跳动', 'e\u0301',
    ]);
  });

  it('property: matches the regular expression it replaces, lone surrogates included', () => {
    const regex = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
    const text = fc.array(
      fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom("'", '’', ' ', 'a', '\ud83d', '\ude00', '𝔸')),
      { maxLength: 30 },
    ).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(words(t)).toEqual([...t.matchAll(regex)].map((m) => m[0]));
      }),
      { numRuns: 1000 },
    );
  });
});
