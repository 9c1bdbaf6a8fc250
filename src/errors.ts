/** Exit status for a failure: a bad flag, a missing path, no documents. */
export const EXIT_ERROR = 2;

/**
 * An error caused by what the user gave us (flags, paths, documents). The CLI prints its
 * message as one line on stderr and exits with {@link SeedqaError.exitCode}.
 *
 * @example
 * ```ts
 * throw new SeedqaError(`no such file or folder: ${path}`);
 * ```
 */
export class SeedqaError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = EXIT_ERROR) {
    super(message);
    this.name = 'SeedqaError';
    this.exitCode = exitCode;
  }
}
