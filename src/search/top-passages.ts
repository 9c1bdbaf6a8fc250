import type { CompactIndexData } from './index-data.js';

/** MiniSearch's default BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** MiniSearch's inverse document frequency. */
export function inverseDocumentFrequency(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** Above this many passages asked for, {@link TopPassages} sorts rather than keeps a sorted list. */
const SMALL_LIMIT = 64;

/** A query term by its number in the index's sorted terms, with the weight it is searched with. */
export interface WeightedTerm {
  term: number;
  weight: number;
}

/**
 * Finds the passages MiniSearch would rank first, without handing it every posting: the sum of
 * each term's weighted BM25+ score (MiniSearch's formula), times the number of terms matched (as
 * MiniSearch multiplies), ties to the earlier passage. Its arrays are sized to the corpus once and
 * reused, so a question costs one pass over its terms' postings and allocates almost nothing.
 */
export class TopPassages {
  private readonly data: CompactIndexData;
  private readonly averageLength: number;
  private readonly scores: Float64Array;
  private readonly matched: Uint32Array;
  private touched: Uint32Array;

  constructor(data: CompactIndexData, averageLength: number) {
    this.data = data;
    this.averageLength = averageLength;
    this.scores = new Float64Array(data.lengths.length);
    this.matched = new Uint32Array(data.lengths.length);
    this.touched = new Uint32Array(64);
  }

  /**
   * The `limit` best passages for the terms, best first; undefined when no more than `limit`
   * passages hold any of them (all of them are then the answer, and none need be left out).
   */
  best(terms: readonly WeightedTerm[], limit: number): number[] | undefined {
    const { postingStart, docs, freqs, lengths } = this.data;
    const { scores, matched } = this;
    const size = lengths.length;
    let touchedCount = 0;
    for (const { term, weight } of terms) {
      const from = postingStart[term]!;
      const to = postingStart[term + 1]!;
      const idf = inverseDocumentFrequency(to - from, size);
      for (let i = from; i < to; i++) {
        const doc = docs[i]!;
        const tf = freqs[i]!;
        const part = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / this.averageLength)));
        if (matched[doc] === 0) {
          if (touchedCount === this.touched.length) this.touched = grow(this.touched);
          this.touched[touchedCount++] = doc;
        }
        scores[doc] = scores[doc]! + weight * part;
        matched[doc] = matched[doc]! + 1;
      }
    }
    const chosen = touchedCount > limit ? this.select(touchedCount, limit) : undefined;
    for (let i = 0; i < touchedCount; i++) {
      const doc = this.touched[i]!;
      scores[doc] = 0;
      matched[doc] = 0;
    }
    return chosen;
  }

  /**
   * The `limit` best of the first `count` touched passages: kept in a small sorted list when
   * `limit` is a dozen or so (most passages are turned away by one comparison), else sorted.
   */
  private select(count: number, limit: number): number[] {
    const scoreOf = (doc: number): number => this.scores[doc]! * this.matched[doc]!;
    if (limit > SMALL_LIMIT) {
      const all = Array.from(this.touched.subarray(0, count), (doc) => [doc, scoreOf(doc)] as const);
      return all.sort((a, b) => (outranks(a[1], a[0], b[1], b[0]) ? -1 : 1)).slice(0, limit).map(([doc]) => doc);
    }
    const best: number[] = [];
    const finalScore: number[] = [];
    for (let i = 0; i < count; i++) {
      const doc = this.touched[i]!;
      const score = scoreOf(doc);
      if (best.length === limit && !outranks(score, doc, finalScore[limit - 1]!, best[limit - 1]!)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && outranks(score, doc, finalScore[at - 1]!, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        finalScore[at] = finalScore[at - 1]!;
        at--;
      }
      best[at] = doc;
      finalScore[at] = score;
    }
    return best;
  }
}

function outranks(score: number, doc: number, otherScore: number, otherDoc: number): boolean {
  return score > otherScore || (score === otherScore && doc < otherDoc);
}

function grow(array: Uint32Array): Uint32Array {
  const larger = new Uint32Array(array.length * 2);
  larger.set(array);
  return larger;
}
