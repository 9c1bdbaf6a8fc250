import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { analyzeTerms } from '../../src/analysis/analyze.js';
import { CompactIndex, MINISEARCH_OPTIONS, SEARCH_OPTIONS, type Row } from '../../src/search/compact-index.js';

const texts = ['The cat sat on the mat.', 'Dogs chase cats in the park.', 'The weather was sunny.', 'A cat is a cat.', 'Parks close at dusk.'];

function fullMiniSearch(corpus: readonly string[]): MiniSearch<Row> {
  const engine = new MiniSearch<Row>(MINISEARCH_OPTIONS);
  engine.addAll(corpus.map((text, id) => ({ id, text })));
  return engine;
}

describe('CompactIndex', () => {
  it('stores sorted terms with their postings and passage lengths', () => {
    const index = CompactIndex.build(['cats cat dog', 'dog']);
    expect(index.data.terms).toEqual(['cat', 'dog']);
    expect([...index.data.postingStart]).toEqual([0, 1, 3]);
    expect([...index.data.docs]).toEqual([0, 0, 1]);
    expect([...index.data.freqs]).toEqual([2, 1, 1]);
    expect([...index.data.lengths]).toEqual([2, 1]);
  });

  it('tells whether any passage of a range holds a term', () => {
    const index = CompactIndex.build(['The cat sat.', 'Dogs bark.', 'A cat purrs.', 'Birds sing.']);
    expect([0, 1, 2, 3].map((from) => index.holdsBetween('cat', from, from + 1))).toEqual([true, false, true, false]);
    expect(index.holdsBetween('cat', 1, 2)).toBe(false);
    expect(index.holdsBetween('cat', 1, 3)).toBe(true);
    expect(index.holdsBetween('cow', 0, 4)).toBe(false);
  });

  it('finds nothing for unknown or no terms', () => {
    const index = CompactIndex.build(texts);
    expect(index.search(['zebra'])).toEqual([]);
    expect(index.search([])).toEqual([]);
  });

  it('property: ranks and scores exactly as a MiniSearch holding the whole corpus', () => {
    const word = fc.constantFrom('cat', 'cats', 'dog', 'park', 'sunny', 'weather', 'mat', 'dusk', 'the', 'chase', 'zebra');
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 12 }), fc.array(word, { minLength: 1, maxLength: 4 }), (corpus, query) => {
        const terms = [...new Set(analyzeTerms(query.join(' ')))];
        const ours = CompactIndex.build(corpus).search(terms);
        const reference = terms.length ? fullMiniSearch(corpus).search(terms.join(' '), SEARCH_OPTIONS) : [];
        expect(ours.map((h) => h.passage).sort()).toEqual(reference.map((r) => r.id).sort());
        for (const hit of ours) {
          expect(hit.score).toBeCloseTo(reference.find((r) => r.id === hit.passage)!.score, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('property: with a limit, returns the passages a MiniSearch holding the whole corpus ranks first', () => {
    const word = fc.constantFrom('cat', 'cats', 'dog', 'park', 'sunny', 'weather', 'mat', 'dusk', 'the', 'chase', 'zebra');
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 20 }), fc.array(word, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 4 }), fc.float({ min: Math.fround(0.1), max: 2, noNaN: true }), (corpus, query, limit, weight) => {
        const terms = [...new Set(analyzeTerms(query.join(' ')))];
        const weights = new Map(terms.slice(0, 1).map((t) => [t, weight]));
        const ours = CompactIndex.build(corpus).search(terms, limit, weights);
        const reference = terms.length ? fullMiniSearch(corpus).search(terms.join(' '), { ...SEARCH_OPTIONS, boostTerm: (t) => weights.get(t) ?? 1 }) : [];
        expect(ours.length).toBe(Math.min(limit, reference.length));
        const scoreOf = new Map(reference.map((r) => [r.id as number, r.score]));
        for (const hit of ours) expect(hit.score).toBeCloseTo(scoreOf.get(hit.passage)!, 9);
        // Nothing left out scores higher than what was kept (ties may go either way).
        const lowestKept = Math.min(...ours.map((h) => h.score));
        for (const r of reference) if (!ours.some((h) => h.passage === r.id)) expect(r.score).toBeLessThanOrEqual(lowestKept + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks a passage by every term it holds, however common the term', () => {
    // 500 short passages weigh "common" more than the long one that also holds "rare".
    const both = 'common rare one two three four five six seven eight nine ten.';
    const corpus = [...Array.from({ length: 500 }, () => 'common.'), both, 'rare seven.'];
    const hits = CompactIndex.build(corpus).search(['common', 'rare'], 1);
    expect(hits.map((h) => h.passage)).toEqual([500]);
    expect(hits[0]!.matched.sort()).toEqual(['common', 'rare']);
  });

  it('returns the same passages as a MiniSearch holding the whole corpus when asked for many', () => {
    const words = ['cat', 'dog', 'park', 'mat', 'dusk', 'chase'];
    const corpus = Array.from({ length: 300 }, (_, i) => `${words.filter((_, w) => (i * (w + 3)) % 7 < 3).join(' ') || 'zebra'} ${'x '.repeat(i % 9)}.`);
    const ours = CompactIndex.build(corpus).search(['cat', 'dog', 'park'], 100);
    const reference = fullMiniSearch(corpus)
      .search('cat dog park', SEARCH_OPTIONS)
      .sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number))
      .slice(0, 100);
    expect(ours.map((h) => h.passage)).toEqual(reference.map((r) => r.id));
  });

  it('keeps the earlier of passages that score the same', () => {
    const index = CompactIndex.build(['dog.', 'cat.', 'dog.', 'cat.', 'cat.']);
    expect(index.search(['cat'], 2).map((h) => h.passage)).toEqual([1, 3]);
  });
});
