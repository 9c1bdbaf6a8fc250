import type { Corpus } from '../corpus/open.js';
import type { SourceInfo } from '../types.js';

export type { SourceInfo } from '../types.js';

/** The documents of a corpus, in the order they are searched. */
export function sourcesOf(corpus: Corpus): SourceInfo[] {
  return corpus.documents.map((d, i) => ({ source: d.source, path: d.path, passages: corpus.passages.countIn(i), bytes: d.bytes.length }));
}
