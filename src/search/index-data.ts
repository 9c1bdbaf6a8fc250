// The compact index's data, on its own so that the index and its search (top-passages.ts) share
// the type without importing each other.

/** The arrays that make up a {@link CompactIndex}; what the cache stores. */
export interface CompactIndexData {
  /** Number of distinct terms of each passage (MiniSearch's field length). */
  lengths: Uint32Array;
  /** Every distinct term, sorted. */
  terms: string[];
  /** Where each term's postings start in `docs`/`freqs`; one more entry than `terms`. */
  postingStart: Uint32Array;
  /** Passage numbers, grouped by term. */
  docs: Uint32Array;
  /** Term frequency of each posting. */
  freqs: Uint32Array;
}
