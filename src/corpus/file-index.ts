import { toPassages } from '../analysis/passages.js';
import type { Sections } from '../cache/binary.js';
import { CompactIndex, type CompactIndexData } from '../search/compact-index.js';
import type { Document } from '../types.js';
import { PassageStore } from './passage-store.js';

/**
 * What indexing one file yields, the unit of work of a build and of the cache: its passages'
 * rows (as document 0) and an index of them.
 */
export interface FileIndex {
  rows: Uint32Array;
  index: CompactIndexData;
}

/**
 * Splits and indexes one document.
 *
 * @example
 * ```ts
 * const { rows, index } = indexFile(doc);
 * index.lengths.length; // how many passages the file has
 * ```
 */
export function indexFile(doc: Document): FileIndex {
  const passages = toPassages(doc);
  return {
    rows: PassageStore.fromPassages([doc], [passages]).rows,
    index: CompactIndex.build(passages.map((p) => p.text)).data,
  };
}

/** A file's index as cache sections. */
export function fileSections({ rows, index }: FileIndex): Sections {
  const { terms, lengths, postingStart, docs, freqs } = index;
  return { meta: { terms }, arrays: { rows, lengths, postingStart, docs, freqs } };
}

/** A file's index from cache sections, or undefined when they are incomplete. */
export function fromFileSections(sections: Sections | undefined): FileIndex | undefined {
  const { rows, lengths, postingStart, docs, freqs } = sections?.arrays ?? {};
  const terms = sections?.meta.terms;
  if (!rows || !lengths || !postingStart || !docs || !freqs || !Array.isArray(terms)) return undefined;
  if (postingStart.length !== terms.length + 1) return undefined;
  return { rows, index: { terms: terms as string[], lengths, postingStart, docs, freqs } };
}
