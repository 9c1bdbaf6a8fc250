import type { Sections } from '../cache/binary.js';
import type { LoadOptions } from '../load/index.js';
import { listFiles, readListed } from '../load/list.js';
import { CompactIndex } from '../search/compact-index.js';
import type { Document } from '../types.js';
import { buildCorpusIndex, yieldToEvents } from './build.js';
import { PassageStore, ROW_WIDTH } from './passage-store.js';
import { readSnapshot } from './snapshot.js';
import { INDEX_VERSION } from './version.js';

export { INDEX_VERSION } from './version.js';

/** Documents, their passages and the index over them: everything needed to answer questions. */
export interface Corpus {
  documents: Document[];
  passages: PassageStore;
  index: CompactIndex;
}

/** Options for {@link openCorpus}. */
export interface OpenOptions extends LoadOptions {
  /** Folder for the index cache, or null for no cache. Default: null. */
  cacheDir?: string | null;
  /** Corpora smaller than this many bytes are indexed afresh instead of cached. Default 256 KiB. */
  cacheMinBytes?: number;
  /** A snapshot file (written by `writeSnapshot`) to take the index from when it was made from exactly these documents. */
  snapshot?: string;
  /** Told once, before indexing a corpus that is not in the cache. */
  onIndexing?: (files: number, bytes: number) => void;
  /** Worker threads to index files in; 0 for none. Default: one per idle core (at most 4) when over 1 MiB is to be indexed. */
  threads?: number;
}

/** Indexes kept in the cache: one per set of documents asked about recently. */
const KEEP_INDEXES = 16;
/** Indexed files kept in the cache: one per document version seen recently. */
const KEEP_FILES = 20_000;

/** Rebuilds a corpus from stored index sections, or undefined when they are incomplete or inconsistent. */
function fromSections(documents: Document[], sections: Sections | undefined, version: string): Corpus | undefined {
  if (!sections || sections.meta.version !== version) return undefined;
  const { rows, lengths, postingStart, docs, freqs } = sections.arrays;
  const terms = sections.meta.terms;
  if (!rows || !lengths || !postingStart || !docs || !freqs || !Array.isArray(terms)) return undefined;
  if (rows.length !== lengths.length * ROW_WIDTH || postingStart.length !== terms.length + 1) return undefined;
  return {
    documents,
    passages: new PassageStore(documents, rows),
    index: new CompactIndex({ lengths, terms: terms as string[], postingStart, docs, freqs }),
  };
}

/** The index of a corpus as sections, for the cache or a snapshot. */
export function sectionsOf(corpus: Corpus): Sections {
  const { lengths, terms, postingStart, docs, freqs } = corpus.index.data;
  return { meta: { version: INDEX_VERSION, terms }, arrays: { rows: corpus.passages.rows, lengths, postingStart, docs, freqs } };
}

/**
 * Loads the documents below `paths`, splits them into passages and indexes them — or, with a
 * cache folder, takes the index from the cache when it was built from exactly these file contents.
 *
 * @example
 * ```ts
 * const corpus = await openCorpus(['docs/'], { cacheDir: defaultCacheDir() });
 * corpus.passages.count; // how many sentences seedqa searches
 * ```
 * @throws SeedqaError when a path is missing or holds no readable document.
 */
export async function openCorpus(paths: readonly string[], options: OpenOptions = {}): Promise<Corpus> {
  const listed = listFiles(paths, options);
  const bytes = listed.reduce((n, f) => n + (f.stat?.size ?? 0), 0);
  const useCache = options.cacheDir != null && bytes >= (options.cacheMinBytes ?? 256 * 1024);
  // The cache layer (and node:crypto) loads only for corpora large enough to use it.
  const cacheModule = useCache ? await import('../cache/store.js') : undefined;
  const knownModule = useCache ? await import('../cache/known-files.js') : undefined;
  const cache = cacheModule && new cacheModule.CacheStore(options.cacheDir!, options.warn);
  const known = cache && knownModule!.KnownFiles.read(cache, listed.map((f) => f.file));
  const { documents, hashes } = readListed(paths, listed, cacheModule?.sha1 ?? (() => ''), known, options.warn);
  known?.save(KEEP_INDEXES);

  const snapshot = options.snapshot === undefined ? undefined : fromSections(documents, readSnapshot(options.snapshot, documents, INDEX_VERSION), INDEX_VERSION);
  if (snapshot) return snapshot;
  const key = cacheModule?.sha1(`${INDEX_VERSION}\n${hashes.join('\n')}`) ?? '';
  const cached = cache && fromSections(documents, cache.read(`index/${key}`, INDEX_VERSION), INDEX_VERSION);
  if (cached) return cached;

  options.onIndexing?.(documents.length, documents.reduce((n, d) => n + d.bytes.length, 0));
  const { passages, index } = await buildCorpusIndex(documents, hashes, { cache, threads: options.threads });
  // Let a pending Ctrl-C end the process here rather than after the cache is written.
  await yieldToEvents();
  const corpus = { documents, passages, index };
  if (cache) {
    cache.write(`index/${key}`, INDEX_VERSION, sectionsOf(corpus));
    cache.prune('index', KEEP_INDEXES);
    cache.prune('files', KEEP_FILES);
  }
  return corpus;
}
