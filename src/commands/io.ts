/** Where a command reads and writes; the CLI passes the process streams, tests pass buffers. */
export interface CommandIO {
  /** Writes results (stdout); resolves when the consumer can take more. */
  out: (text: string) => Promise<void> | void;
  /** Writes one warning line (stderr). */
  warn: (line: string) => void;
  /** Told before a corpus is indexed (not taken from the cache), to show progress. */
  onIndexing?: (files: number, bytes: number) => void;
  /** Lines of standard input, or undefined when stdin is a terminal. */
  lines?: AsyncIterable<string>;
}
