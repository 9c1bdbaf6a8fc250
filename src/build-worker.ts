// A worker thread of a cold build (see corpus/worker-pool.ts): indexes the files it is sent, one
// at a time, stores each in the cache, and sends the result back. At the top of src/ so that
// the library and the bundled CLI find it at the same place, dist/build-worker.js.
import { parentPort } from 'node:worker_threads';
import { CacheStore } from './cache/store.js';
import { fileSections, indexFile } from './corpus/file-index.js';
import type { IndexJob, IndexReply } from './corpus/worker-pool.js';
import { INDEX_VERSION } from './corpus/version.js';
import { FileDocument } from './load/document.js';

parentPort!.on('message', ({ job, path, source, bytes, cacheDir, name }: IndexJob) => {
  const result = indexFile(new FileDocument(path, source, { bytes }));
  if (cacheDir !== null && name !== null) new CacheStore(cacheDir).write(name, INDEX_VERSION, fileSections(result));
  const { rows, index } = result;
  const buffers = [rows, index.lengths, index.postingStart, index.docs, index.freqs].map((a) => a.buffer as ArrayBuffer);
  parentPort!.postMessage({ job, result } satisfies IndexReply, buffers);
});
