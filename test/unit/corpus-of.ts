import { toPassages } from '../../src/analysis/passages.js';
import { PassageStore } from '../../src/corpus/passage-store.js';
import { decodeUtf8 } from '../../src/load/decode.js';
import { CompactIndex } from '../../src/search/compact-index.js';
import type { Document } from '../../src/types.js';

/** A corpus of one document holding `text` (at `source`, whose extension says whether it is Markdown), built in memory as `openCorpus` would. */
export function corpusOf(text: string, source = 't.txt') {
  const bytes = new TextEncoder().encode(text);
  const doc: Document = { path: `/tmp/${source}`, source, bytes, ...decodeUtf8(bytes) };
  const passages = PassageStore.fromPassages([doc], [toPassages(doc)]);
  return { documents: [doc], passages, index: CompactIndex.build(passages.texts()) };
}
