import { writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to standard output with blocking writes. Cheaper to start than
 * `process.stdout` (which builds a stream and loads the net and tty layers) and keeps output in
 * order without back-pressure handling. A non-blocking descriptor is retried until it drains.
 *
 * @throws the write error, e.g. EPIPE when the reader has gone away.
 */
export function writeStdout(text: string): void {
  let pending = Buffer.from(text);
  while (pending.length > 0) {
    try {
      pending = pending.subarray(writeSync(1, pending));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}
