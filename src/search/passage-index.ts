import MiniSearch from 'minisearch';
import { analyzeTerms } from '../analysis/analyze.js';
import type { Hit, Passage } from '../types.js';

interface IndexedPassage {
  id: number;
  text: string;
}

const identity = (term: string): string => term;
const splitAnalyzed = (terms: string): string[] => terms.split(' ');

/**
 * A full-text index over passages: MiniSearch (BM25) with the seedqa analyzer.
 *
 * @example
 * ```ts
 * const index = new PassageIndex(passages);
 * index.search('Who is the CEO?', 3); // → Hit[] best first
 * ```
 */
export class PassageIndex {
  readonly passages: readonly Passage[];
  private readonly search_: MiniSearch<IndexedPassage>;

  constructor(passages: readonly Passage[]) {
    this.passages = passages;
    this.search_ = new MiniSearch<IndexedPassage>({
      fields: ['text'],
      tokenize: analyzeTerms,
      processTerm: identity,
      searchOptions: { tokenize: splitAnalyzed, processTerm: identity, combineWith: 'OR' },
    });
    this.search_.addAll(passages.map((p, id) => ({ id, text: p.text })));
  }

  /**
   * Passages sharing at least one content term with the question, best first (ties in
   * document order). Returns an empty array when no term of the question matches.
   */
  search(question: string, limit: number): Hit[] {
    const terms = [...new Set(analyzeTerms(question))];
    if (terms.length === 0) return [];
    const results = this.search_.search(terms.join(' '));
    results.sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number));
    return results.slice(0, limit).map((r) => ({
      passage: this.passages[r.id as number]!,
      score: r.score,
      matched: r.queryTerms,
    }));
  }
}
