import type { CompactIndexData } from './index-data.js';

/**
 * One index of the passages of several, in order: the passages of `parts[1]` follow those of
 * `parts[0]`, and so on. The result is exactly what indexing all their passages at once gives
 * (terms sorted, each term's postings in passage order), so files can be indexed apart — in
 * worker threads, or taken from the cache — and merged.
 *
 * @example
 * ```ts
 * const a = CompactIndex.build(['The cat sat.']).data;
 * const b = CompactIndex.build(['Dogs bark.']).data;
 * mergeIndexes([a, b]); // equal to CompactIndex.build(['The cat sat.', 'Dogs bark.']).data
 * ```
 */
export function mergeIndexes(parts: readonly CompactIndexData[]): CompactIndexData {
  const counts = new Map<string, number>();
  let passages = 0;
  for (const part of parts) {
    part.terms.forEach((term, t) => counts.set(term, (counts.get(term) ?? 0) + part.postingStart[t + 1]! - part.postingStart[t]!));
    passages += part.lengths.length;
  }
  const terms = [...counts.keys()].sort();
  const numberOf = new Map<string, number>();
  const postingStart = new Uint32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, i) => {
    numberOf.set(term, i);
    postingStart[i] = total;
    total += counts.get(term)!;
  });
  postingStart[terms.length] = total;
  const next = postingStart.slice(0, terms.length);
  const docs = new Uint32Array(total);
  const freqs = new Uint32Array(total);
  const lengths = new Uint32Array(passages);
  let base = 0;
  for (const part of parts) {
    lengths.set(part.lengths, base);
    part.terms.forEach((term, t) => {
      const g = numberOf.get(term)!;
      let at = next[g]!;
      for (let i = part.postingStart[t]!; i < part.postingStart[t + 1]!; i++) {
        docs[at] = part.docs[i]! + base;
        freqs[at++] = part.freqs[i]!;
      }
      next[g] = at;
    });
    base += part.lengths.length;
  }
  return { lengths, terms, postingStart, docs, freqs };
}
