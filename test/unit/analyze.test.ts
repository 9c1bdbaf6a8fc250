import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeTerms, termsOf } from '../../src/analysis/analyze.js';

describe('analyzeTerms', () => {
  it('folds case and stems', () => {
    expect(analyzeTerms('Recruiting RECRUITMENT recruits')).toEqual(['recruit', 'recruit', 'recruit']);
  });

  it('stems irregular verb forms and plurals as their base form, but not forms that are nouns of their own', () => {
    expect(analyzeTerms('wrote written writes writing')).toEqual(['write', 'write', 'write', 'write']);
    expect(analyzeTerms('Children child Built build')).toEqual(['child', 'child', 'build', 'build']);
    expect(analyzeTerms('left leave ground grind constructor')).toEqual(['left', 'leav', 'ground', 'grind', 'constructor']);
    expect(analyzeTerms('The ferry leaves')).toEqual(analyzeTerms('the ferry leave'));
  });

  it('keeps the s of words in -us, as their inflections do ("focus", "focused", "focusing")', () => {
    expect(analyzeTerms('focus focused focusing focuses')).toEqual(['focus', 'focus', 'focus', 'focus']);
    expect(analyzeTerms('virus viruses famous famously')).toEqual(['virus', 'virus', 'famous', 'famous']);
    expect(analyzeTerms('dangerous dangerously cats')).toEqual(['danger', 'danger', 'cat']);
  });

  it('drops function words', () => {
    expect(analyzeTerms('What is the name of the company that they have?')).toEqual(['name', 'compani']);
  });

  it('treats curly and straight apostrophes alike and drops possessives', () => {
    expect(analyzeTerms('ByteDance’s')).toEqual(analyzeTerms("ByteDance's"));
    expect(analyzeTerms("ByteDance's")).toEqual(analyzeTerms('ByteDance'));
  });

  it('splits words glued together by scraping', () => {
    const terms = analyzeTerms('View AllByteDance');
    const [byteDance] = analyzeTerms('ByteDance');
    expect(terms).toContain(byteDance);
    expect(terms).toContain('view');
    expect(terms).not.toContain('all');
  });

  it('folds Latin diacritics and compatibility forms', () => {
    expect(analyzeTerms('Café ﬁnance')).toEqual(analyzeTerms('cafe finance'));
  });

  it('keeps numbers and words of other scripts', () => {
    expect(analyzeTerms('over 300 jobs in Москва')).toEqual(['300', 'job', 'москва']);
  });

  it('returns nothing for text without words', () => {
    expect(analyzeTerms('?!  …  ---')).toEqual([]);
  });
});

describe('analyze', () => {
  it('reports where each word is, with no terms for stop words', () => {
    expect(analyze('Who leads it?')).toEqual([
      { start: 0, end: 3, terms: [] },
      { start: 4, end: 9, terms: ['lead'] },
      { start: 10, end: 12, terms: [] },
    ]);
  });
});

describe('termsOf', () => {
  it('gives the same terms every time (memoised)', () => {
    expect(termsOf('Running')).toBe(termsOf('Running'));
    expect(termsOf('Running')).toEqual(['run']);
  });
});

describe('analyzer properties', () => {
  const hostileText = fc.array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(' ', '\n', '\u0000', '\u001b[31m', '\u0007', '\u202e', '\u200b', '\u0301', "'", '’s', 'ByteDance', 'ﬁ', 'Ⅻ', '字节跳动', 'の', '𠀀𠀁', '](x)'),
    ),
    { maxLength: 30 },
  ).map((parts) => parts.join(''));

  it('property: words are in order, inside the text, and their terms are non-empty and free of control characters', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        let previousStart = 0;
        for (const token of analyze(text)) {
          // Only CJK character pairs overlap: each starts one character after the previous.
          expect(token.start).toBeGreaterThanOrEqual(previousStart);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(token.end).toBeGreaterThan(token.start);
          previousStart = token.start + 1;
          for (const term of token.terms) {
            expect(term).not.toBe('');
            expect(term).not.toMatch(/[\p{Cc}\p{Cf}]/u);
          }
        }
        expect(analyzeTerms(text)).toEqual(analyze(text).flatMap((t) => t.terms));
      }),
      { numRuns: 500 },
    );
  });
});
