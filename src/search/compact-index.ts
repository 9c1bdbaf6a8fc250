import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { analyzeTerms } from '../analysis/analyze.js';

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

const POSTING_MEMO_LIMIT = 4096;

/** At most this many passages per question term are ranked (the ones where the term weighs most). */
export const MAX_POSTINGS = 400;

/** MiniSearch's default BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7 };

/** MiniSearch's inverse document frequency. */
function inverseDocumentFrequency(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

interface Postings {
  data: Map<number, Map<number, number>>;
  idfCorrection: number;
}

/** A scored passage number from {@link CompactIndex.search}. */
export interface IndexHit {
  passage: number;
  score: number;
  /** Query terms the passage contains. */
  matched: string[];
}

/** Shortest stem {@link CompactIndex.relatedTerms} extends. */
const FAMILY_STEM = 5;
/** Most letters one member of a word family may add to another. */
const FAMILY_SUFFIX = 3;

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
  private readonly postingMaps = new Map<number, Postings>();
  private shell: { documentIds: Map<number, number>; fieldLength: Map<number, number[]> } | undefined;

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

  /**
   * Indexed terms of the same word family as `term`: one is the other plus at most
   * {@link FAMILY_SUFFIX} letters, the shorter being at least {@link FAMILY_STEM} long. Porter
   * stems "recognized" to recogn but "recognition" to recognit; this puts them back together.
   *
   * @example
   * ```ts
   * CompactIndex.build(['It gained recognition.']).relatedTerms('recogn'); // → ['recognit']
   * ```
   */
  relatedTerms(term: string): string[] {
    const { terms } = this.data;
    const related: string[] = [];
    if (term.length < FAMILY_STEM || !/^[a-z]+$/.test(term)) return related;
    for (let k = Math.max(FAMILY_STEM, term.length - FAMILY_SUFFIX); k < term.length; k++) {
      if (this.termNumber(term.slice(0, k)) >= 0) related.push(term.slice(0, k));
    }
    const at = this.firstTermFrom(term);
    for (let i = terms[at] === term ? at + 1 : at; i < terms.length && terms[i]!.startsWith(term); i++) {
      if (terms[i]!.length - term.length <= FAMILY_SUFFIX) related.push(terms[i]!);
    }
    return related;
  }

  /** Position of the first indexed term that sorts at or after `term`. */
  private firstTermFrom(term: string): number {
    const { terms } = this.data;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (terms[mid]! < term) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private termNumber(term: string): number {
    const at = this.firstTermFrom(term);
    return this.data.terms[at] === term ? at : -1;
  }

  /**
   * A term's postings as MiniSearch keeps them (field 0 → passage → frequency), memoised. A term
   * found in more than {@link MAX_POSTINGS} passages keeps only the passages where it weighs
   * most (its BM25 part is highest); `idfCorrection` restores the corpus-wide weight of the term.
   */
  private postingsOf(t: number): Postings {
    let entry = this.postingMaps.get(t);
    if (entry) return entry;
    const { postingStart, docs, freqs, lengths } = this.data;
    const from = postingStart[t]!;
    const to = postingStart[t + 1]!;
    let kept = Array.from({ length: to - from }, (_, i) => from + i);
    if (kept.length > MAX_POSTINGS) {
      const weight = (i: number): number => {
        const tf = freqs[i]!;
        return tf / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[docs[i]!]!) / this.averageLength));
      };
      kept = kept.map((i) => [i, weight(i)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_POSTINGS).map(([i]) => i);
    }
    const frequencies = new Map<number, number>();
    for (const i of kept) frequencies.set(docs[i]!, freqs[i]!);
    entry = { data: new Map([[0, frequencies]]), idfCorrection: inverseDocumentFrequency(to - from, this.size) / inverseDocumentFrequency(kept.length, this.size) };
    if (this.postingMaps.size >= POSTING_MEMO_LIMIT) this.postingMaps.clear();
    this.postingMaps.set(t, entry);
    return entry;
  }

  private corpusStatistics(): NonNullable<CompactIndex['shell']> {
    const documentIds = new Map<number, number>();
    const fieldLength = new Map<number, number[]>();
    this.data.lengths.forEach((length, doc) => {
      documentIds.set(doc, doc);
      fieldLength.set(doc, [length]);
    });
    return { documentIds, fieldLength };
  }

  /**
   * A MiniSearch that holds the corpus-wide statistics (document count, lengths, average
   * length) and the postings of `terms` only, so it ranks exactly as one holding everything.
   */
  private engineFor(terms: readonly string[]): { engine: MiniSearch<Row>; corrections: Map<string, number> } {
    const shell = (this.shell ??= this.corpusStatistics());
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
    // copy them through plain objects on every question. The property test in
    // compact-index.test.ts pins the result to a MiniSearch built the public way.
    const internals = engine as unknown as MiniSearchInternals;
    internals._documentIds = shell.documentIds;
    internals._fieldLength = shell.fieldLength;
    const corrections = new Map<string, number>();
    for (const term of terms) {
      const t = this.termNumber(term);
      if (t < 0) continue;
      const postings = this.postingsOf(t);
      internals._index.set(term, postings.data);
      corrections.set(term, postings.idfCorrection);
    }
    return { engine, corrections };
  }

  /**
   * Passages containing any of `terms` (already analyzed), ranked by MiniSearch's BM25, best
   * first, ties in passage order; at most `limit` of them. `weights` scales the terms it names
   * (1 for the others).
   */
  search(terms: readonly string[], limit = Infinity, weights?: ReadonlyMap<string, number>): IndexHit[] {
    const unique = [...new Set(terms)];
    if (unique.length === 0) return [];
    const { engine, corrections } = this.engineFor(unique);
    return engine
      .search(unique.join(' '), { ...SEARCH_OPTIONS, boostTerm: (term) => (corrections.get(term) ?? 1) * (weights?.get(term) ?? 1) })
      .sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number))
      .slice(0, limit)
      .map((r) => ({ passage: r.id as number, score: r.score, matched: r.queryTerms }));
  }
}
