import type { Worker } from 'node:worker_threads';
import type { FileIndex } from './file-index.js';

/** node:worker_threads, loaded only when a build uses workers: it brings Node's streams, which start-up would pay for. */
const workerThreads = (): typeof import('node:worker_threads') => process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');

/** A file for a worker to index, and where to store the result (null: nowhere). */
export interface IndexJob {
  job: number;
  path: string;
  source: string;
  bytes: Uint8Array;
  cacheDir: string | null;
  name: string | null;
}

/** A worker's answer to an {@link IndexJob}. */
export interface IndexReply {
  job: number;
  result: FileIndex;
}

/**
 * Runs the jobs on `threads` worker threads started from `workerFile`, each taking the next job
 * as it finishes one; the results come back in job order. Rejects when a worker fails (the
 * caller then indexes in this thread).
 */
export function indexInWorkers(jobs: readonly Omit<IndexJob, 'job'>[], threads: number, workerFile: string): Promise<FileIndex[]> {
  const results: FileIndex[] = new Array<FileIndex>(jobs.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<FileIndex[]>((resolve, reject) => {
    const finish = (error?: unknown): void => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(results);
    };
    const send = (worker: Worker): void => {
      if (next < jobs.length) worker.postMessage({ ...jobs[next]!, job: next++ } satisfies IndexJob);
    };
    if (jobs.length === 0) return finish();
    for (let i = 0; i < Math.min(threads, jobs.length); i++) {
      const { Worker: WorkerThread } = workerThreads();
      const worker = new WorkerThread(workerFile);
      workers.push(worker);
      worker.on('message', ({ job, result }: IndexReply) => {
        results[job] = result;
        if (++done === jobs.length) finish();
        else send(worker);
      });
      worker.on('error', finish);
      worker.on('exit', (code) => done < jobs.length && finish(new Error(`indexing worker stopped (exit code ${code})`)));
      send(worker);
    }
  });
}
