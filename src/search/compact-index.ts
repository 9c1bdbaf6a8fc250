import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { analyzeTerms } from '../analysis/analyze.js';
import type { CompactIndexData } from './index-data.js';
import { inverseDocumentFrequency, TopPassages } from './top-passages.js';

export type { CompactIndexData } from './index-data.js';

/** What MiniSearch indexes: a passage number and its text. */
export interface Row {
  id: number;
  text: string;
}

const identity = (term: string): string => term;
const splitAnalyzed = (terms: string): string[] => terms.split(' ');

/** How MiniSearch indexes a passage: the seedqa analyzer, nothing more. */
export const MINISEARCH_OPTIONS: Options<Row> = {
  fields: ['text'],
  tokenize: analyzeTerms,
  processTerm: identity,
};

/** How MiniSearch is asked: already analyzed terms, any of which may match. */
export const SEARCH_OPTIONS: SearchOptions = { tokenize: splitAnalyzed, processTerm: identity, combineWith: 'OR' };

interface MiniSearchInternals {
  _documentIds: Map<number, number>;
  _fieldLength: Map<number, number[]>;
  _index: { set(term: string, data: Map<number, Map<number, number>>): void };
}

/** MiniSearch's postings of one term: field 0 → passage → frequency. */
type Postings = Map<number, Map<number, number>>;

/** A scored passage number from {@link CompactIndex.search}. */
export interface IndexHit {
  passage: number;
  score: number;
  /** Query terms the passage contains. */
  matched: string[];
}

/**
 * An inverted index in flat typed arrays: cheap to build, to store and to load. For each question
 * only the postings of the question's terms are handed to MiniSearch, which ranks them with
 * BM25 exactly as if it held the whole index (document count and average length are the corpus's).
 *
 * @example
 * ```ts
 * const index = CompactIndex.build(['The cat sat.', 'Dogs bark.']);
 * index.search(['cat']); // → [{ passage: 0, score: …, matched: ['cat'] }]
 * ```
 */
export class CompactIndex {
  readonly data: CompactIndexData;
  private readonly averageLength: number;
  private topPassages: TopPassages | undefined;

  constructor(data: CompactIndexData) {
    this.data = data;
    let total = 0;
    for (const length of data.lengths) total += length;
    this.averageLength = data.lengths.length > 0 ? total / data.lengths.length : 0;
  }

  /** Analyzes and indexes passage texts; passage numbers are positions in `texts`. */
  static build(texts: Iterable<string>): CompactIndex {
    const postings = new Map<string, number[]>();
    const lengths: number[] = [];
    let passage = 0;
    const counts = new Map<string, number>();
    for (const text of texts) {
      counts.clear();
      for (const term of analyzeTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
      lengths.push(counts.size);
      for (const [term, count] of counts) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(passage, count);
      }
      passage++;
    }
    const terms = [...postings.keys()].sort();
    const postingStart = new Uint32Array(terms.length + 1);
    let total = 0;
    terms.forEach((term, i) => {
      postingStart[i] = total;
      total += postings.get(term)!.length / 2;
    });
    postingStart[terms.length] = total;
    const docs = new Uint32Array(total);
    const freqs = new Uint32Array(total);
    terms.forEach((term, i) => {
      const list = postings.get(term)!;
      let at = postingStart[i]!;
      for (let k = 0; k < list.length; k += 2) {
        docs[at] = list[k]!;
        freqs[at++] = list[k + 1]!;
      }
    });
    return new CompactIndex({ lengths: Uint32Array.from(lengths), terms, postingStart, docs, freqs });
  }

  /** Number of indexed passages. */
  get size(): number {
    return this.data.lengths.length;
  }

  /** Inverse document frequency of a term, as MiniSearch computes it (0 matches for an unknown term). */
  inverseDocumentFrequency(term: string): number {
    return inverseDocumentFrequency(this.documentFrequency(term), this.size);
  }

  /** Number of passages containing a term (0 for an unknown term). */
  documentFrequency(term: string): number {
    const t = this.termNumber(term);
    return t < 0 ? 0 : this.data.postingStart[t + 1]! - this.data.postingStart[t]!;
  }

  /** Whether any of the passages `from` to `to` (exclusive) contains a term: a binary search in its postings. */
  holdsBetween(term: string, from: number, to: number): boolean {
    const t = this.termNumber(term);
    if (t < 0) return false;
    const { postingStart, docs } = this.data;
    const at = lowerBound(docs, from, postingStart[t]!, postingStart[t + 1]!);
    return at < postingStart[t + 1]! && docs[at]! < to;
  }

  /** Position of the first indexed term that sorts at or after `term`. */
  private firstTermFrom(term: string): number {
    return lowerBound(this.data.terms, term, 0, this.data.terms.length);
  }

  private termNumber(term: string): number {
    const at = this.firstTermFrom(term);
    return this.data.terms[at] === term ? at : -1;
  }

  /** The postings of term number `t`, only of `passages` when given (postings are in passage order, so each is a binary search). */
  private postingsOf(t: number, passages: readonly number[] | undefined): Postings {
    const { postingStart, docs, freqs } = this.data;
    const from = postingStart[t]!;
    const to = postingStart[t + 1]!;
    const frequencies = new Map<number, number>();
    if (passages === undefined) for (let i = from; i < to; i++) frequencies.set(docs[i]!, freqs[i]!);
    else
      for (const passage of passages) {
        const i = lowerBound(docs, passage, from, to);
        if (i < to && docs[i] === passage) frequencies.set(passage, freqs[i]!);
      }
    return new Map([[0, frequencies]]);
  }

  /**
   * A MiniSearch that holds the corpus-wide statistics (document count, average length) and the
   * given postings only: it ranks the passages they hold exactly as one holding everything would.
   * A term's postings cut down to some passages would make it look rarer, so its weight is
   * corrected back to that of all its postings.
   */
  private engineFor(postings: ReadonlyMap<string, { t: number; postings: Postings }>): { engine: MiniSearch<Row>; corrections: Map<string, number> } {
    const engine = MiniSearch.loadJS<Row>(
      {
        documentCount: this.size,
        nextId: this.size,
        documentIds: {},
        fieldIds: { text: 0 },
        fieldLength: {},
        averageFieldLength: [this.averageLength],
        storedFields: {},
        dirtCount: 0,
        index: [],
        serializationVersion: 2,
      } as unknown as Parameters<typeof MiniSearch.loadJS>[0],
      MINISEARCH_OPTIONS,
    );
    // MiniSearch has no public way to adopt prebuilt postings; its serialized form would
    // copy them through plain objects on every question. The property tests in
    // compact-index.test.ts pin the result to a MiniSearch built the public way.
    const internals = engine as unknown as MiniSearchInternals;
    const corrections = new Map<string, number>();
    for (const [term, { t, postings: data }] of postings) {
      const held = data.get(0)!;
      for (const passage of held.keys()) {
        internals._documentIds.set(passage, passage);
        internals._fieldLength.set(passage, [this.data.lengths[passage]!]);
      }
      internals._index.set(term, data);
      const all = this.data.postingStart[t + 1]! - this.data.postingStart[t]!;
      corrections.set(term, inverseDocumentFrequency(all, this.size) / inverseDocumentFrequency(held.size, this.size));
    }
    return { engine, corrections };
  }

  /**
   * Passages containing any of `terms` (already analyzed), ranked by MiniSearch's BM25, best
   * first, ties in passage order; at most `limit` of them. `weights` scales the terms it names
   * (1 for the others). With a limit, MiniSearch scores only the passages {@link TopPassages}
   * finds it would rank first: a common term's thousands of postings cost one pass over an array.
   */
  search(terms: readonly string[], limit = Infinity, weights?: ReadonlyMap<string, number>): IndexHit[] {
    const known = [...new Set(terms)].map((term) => ({ term, t: this.termNumber(term) })).filter(({ t }) => t >= 0);
    if (known.length === 0) return [];
    const chosen = Number.isFinite(limit)
      ? (this.topPassages ??= new TopPassages(this.data, this.averageLength)).best(known.map(({ term, t }) => ({ term: t, weight: weights?.get(term) ?? 1 })), limit)
      : undefined;
    const postings = new Map(known.map(({ term, t }) => [term, { t, postings: this.postingsOf(t, chosen) }]));
    const { engine, corrections } = this.engineFor(postings);
    return engine
      .search(known.map(({ term }) => term).join(' '), { ...SEARCH_OPTIONS, boostTerm: (term) => (corrections.get(term) ?? 1) * (weights?.get(term) ?? 1) })
      .sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number))
      .slice(0, limit)
      .map((r) => ({ passage: r.id as number, score: r.score, matched: r.queryTerms }));
  }
}

/** The first position in `[from, to)` of sorted `values` whose value is not below `value`. */
function lowerBound<T>(values: ArrayLike<T>, value: T, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
