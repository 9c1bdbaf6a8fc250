import { pathToFileURL } from 'node:url';
import type { CorpusConfig } from '../config.js';
import { passageBlocks } from '../corpus/blocks.js';
import { openCorpus, type Corpus } from '../corpus/open.js';
import type { Passage, PassageBlock } from '../types.js';
import type { CommandIO } from './io.js';

/** Opens the documents a command works on, as its {@link CorpusConfig} says. */
export function openConfiguredCorpus(config: CorpusConfig, io: Pick<CommandIO, 'warn' | 'onIndexing'>): Promise<Corpus> {
  return openCorpus(config.seeds, { warn: io.warn, cacheDir: config.cacheDir, snapshot: config.snapshot, onIndexing: io.onIndexing });
}

/** A `file:` URL for each passage's document, for OSC 8 hyperlinks. */
export function fileLinks(corpus: Corpus): (passage: Passage) => string | undefined {
  const urls = new Map(corpus.documents.map((d) => [d.source, pathToFileURL(d.path).href]));
  return (passage) => urls.get(passage.source);
}

/** What the text printers look up in the corpus: links to files (when `links`), and each passage's kind of block. */
export function printLookups(corpus: Corpus, links: boolean): { linkOf: ((passage: Passage) => string | undefined) | undefined; blockOf: (passage: Passage) => PassageBlock } {
  return { linkOf: links ? fileLinks(corpus) : undefined, blockOf: passageBlocks(corpus.documents) };
}
