import { toPassages } from './analysis/passages.js';
import { loadDocuments, type LoadOptions } from './load/index.js';
import { PassageIndex } from './search/passage-index.js';
import type { Document, Passage } from './types.js';

/** Documents, their passages and the index over them: everything needed to answer questions. */
export interface Corpus {
  documents: Document[];
  passages: Passage[];
  index: PassageIndex;
}

/**
 * Loads the documents below `paths`, splits them into passages and indexes them.
 *
 * @example
 * ```ts
 * const corpus = openCorpus(['docs/']);
 * corpus.passages.length; // how many sentences seedqa searches
 * ```
 * @throws SeedqaError when a path is missing or holds no readable document.
 */
export function openCorpus(paths: readonly string[], options: LoadOptions = {}): Corpus {
  const documents = loadDocuments(paths, options);
  const passages = documents.flatMap(toPassages);
  return { documents, passages, index: new PassageIndex(passages) };
}
