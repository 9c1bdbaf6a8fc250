import type { CommandIO } from '../commands/io.js';
import { EXIT_ERROR } from '../errors.js';
import { terminalSafe } from '../print/sanitize.js';
import { writeStdout } from './stdout.js';

/** Prints one error line on stderr, `seedqa: …`, made safe for a terminal. */
export function fail(message: string): void {
  process.stderr.write(`seedqa: ${terminalSafe(message)}\n`);
}

/** Writes results to stdout; a reader that went away (EPIPE) ends seedqa quietly with status 0. */
export function write(text: string): void {
  try {
    writeStdout(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    fail(`cannot write output: ${(error as Error).message}`);
    process.exit(EXIT_ERROR);
  }
}

/** Corpora this large take about a second or more to index: worth telling a person about. */
const SLOW_INDEX_BYTES = 4 * 1024 * 1024;

function showIndexing(files: number, bytes: number): void {
  if (bytes >= SLOW_INDEX_BYTES && process.stderr.isTTY) {
    process.stderr.write(`seedqa: indexing ${files} ${files === 1 ? 'file' : 'files'} (${(bytes / 1024 / 1024).toFixed(1)} MB)…\n`);
  }
}

function standardInputLines(): AsyncIterable<string> | undefined {
  if (process.stdin.isTTY) return undefined;
  // Loaded only for batch input; getBuiltinModule works inside the code-cached bundle, import() does not.
  const readline = process.getBuiltinModule('node:readline') as typeof import('node:readline');
  // Start iterating at once: lines read while the index loads would otherwise be lost.
  const iterator = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return { [Symbol.asyncIterator]: () => iterator };
}

/** The CLI's {@link CommandIO}: stdout, stderr, and stdin's lines when the command reads them. */
export function processIO(readsStdin: boolean): CommandIO {
  return {
    out: write,
    warn: (line) => fail(`warning: ${line}`),
    onIndexing: showIndexing,
    lines: readsStdin ? standardInputLines() : undefined,
  };
}
