import { availableParallelism, loadavg } from 'node:os';
import type { CacheStore } from '../cache/store.js';
import { BUILD_WORKER } from '../config.js';
import { CompactIndex } from '../search/compact-index.js';
import { mergeIndexes } from '../search/merge.js';
import type { Document } from '../types.js';
import { fileSections, fromFileSections, indexFile, type FileIndex } from './file-index.js';
import { PassageStore, ROW_WIDTH } from './passage-store.js';
import { INDEX_VERSION } from './version.js';
import { indexInWorkers } from './worker-pool.js';

/** Options for {@link buildCorpusIndex}. */
export interface BuildOptions {
  /** Where files' indexes are looked up and stored, keyed by `hashes`. */
  cache?: CacheStore | undefined;
  /** Worker threads to index files in; 0 indexes in this thread. Default: one per idle core, at most 4, over 1 MiB to index. */
  threads?: number | undefined;
  /** The worker's script. Default: dist/build-worker.js. */
  workerFile?: string | undefined;
}

/** Below this many bytes to index, starting worker threads costs more than it saves. */
const WORKER_MIN_BYTES = 1 << 20;
const MAX_THREADS = 4;

/**
 * One worker per idle core (at most {@link MAX_THREADS}) for `bytes` worth indexing apart, else
 * none. Workers cost about a third more CPU time in all than one thread (each warms its own
 * analyzer memo, results are copied between threads), so on cores that other processes keep
 * busy they are slower: measured on 2 cores under a load of 4, 3.7 s against 2.7 s.
 */
function defaultThreads(bytes: number): number {
  const idle = Math.round(availableParallelism() - loadavg()[0]!);
  return idle >= 2 && bytes >= WORKER_MIN_BYTES ? Math.min(idle, MAX_THREADS) : 0;
}

/** Lets pending events (a Ctrl-C) run between long steps. */
export const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Indexes the documents of `missing` (positions in `documents`), in worker threads or here. */
async function indexFiles(documents: readonly Document[], hashes: readonly string[], missing: readonly number[], options: BuildOptions): Promise<FileIndex[]> {
  const nameOf = (i: number): string | null => (options.cache && hashes[i] ? `files/${hashes[i]}` : null);
  const threads = options.threads ?? defaultThreads(missing.reduce((n, i) => n + documents[i]!.bytes.length, 0));
  if (threads > 0) {
    const jobs = missing.map((i) => {
      const { path, source, bytes } = documents[i]!;
      return { path, source, bytes, cacheDir: options.cache?.dir ?? null, name: nameOf(i) };
    });
    try {
      return await indexInWorkers(jobs, threads, options.workerFile ?? BUILD_WORKER);
    } catch {
      // No worker could run here (a missing worker file, a sandbox): index in this thread.
    }
  }
  const results: FileIndex[] = [];
  for (const i of missing) {
    const result = indexFile(documents[i]!);
    const name = nameOf(i);
    if (name) options.cache!.write(name, INDEX_VERSION, fileSections(result));
    results.push(result);
    await yieldToEvents();
  }
  return results;
}

/**
 * Splits and indexes documents: each file's index is taken from the cache or made (in worker
 * threads for a large corpus), then all are merged. The result is the same however the work was
 * divided.
 *
 * @example
 * ```ts
 * const { passages, index } = await buildCorpusIndex(documents, [], { threads: 0 });
 * ```
 */
export async function buildCorpusIndex(documents: readonly Document[], hashes: readonly string[], options: BuildOptions = {}): Promise<{ passages: PassageStore; index: CompactIndex }> {
  const parts = documents.map((_, i) => (options.cache && hashes[i] ? fromFileSections(options.cache.read(`files/${hashes[i]}`, INDEX_VERSION)) : undefined));
  const missing = parts.flatMap((part, i) => (part ? [] : [i]));
  const made = await indexFiles(documents, hashes, missing, options);
  missing.forEach((i, k) => (parts[i] = made[k]));
  const files = parts as FileIndex[];

  const rows = new Uint32Array(files.reduce((n, f) => n + f.rows.length, 0));
  let at = 0;
  files.forEach((file, doc) => {
    rows.set(file.rows, at);
    for (let end = at + file.rows.length; at < end; at += ROW_WIDTH) rows[at] = doc;
  });
  return { passages: new PassageStore(documents, rows), index: new CompactIndex(mergeIndexes(files.map((f) => f.index))) };
}
