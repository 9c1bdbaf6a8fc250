import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { SeedqaError } from '../errors.js';
import type { Document } from '../types.js';
import { FileDocument } from './document.js';

/** Options for loading documents (see `loadDocuments` in list.ts). */
export interface LoadOptions {
  /** Folder that display paths are relative to. Default: `process.cwd()`. */
  cwd?: string;
  /** Receives one line per skipped file (binary, unreadable). Default: ignore. */
  warn?: (message: string) => void;
}

/**
 * The path shown to users: relative to `cwd` when the file lies below it, else absolute.
 *
 * @example
 * ```ts
 * displayPath('/home/ada/docs/a.md', '/home/ada'); // 'docs/a.md'
 * displayPath('/etc/motd', '/home/ada'); // '/etc/motd'
 * ```
 */
export function displayPath(file: string, cwd: string): string {
  const below = relative(cwd, file);
  if (below && !below.startsWith('..') && !isAbsolute(below)) return below.split(sep).join('/');
  return file;
}

/**
 * Reads one file into a {@link Document}, or returns a reason to skip it (`binary` when it is a
 * binary file).
 *
 * @example
 * ```ts
 * const doc = readDocument('/home/ada/docs/a.md', 'docs/a.md');
 * if ('skipped' in doc) console.warn(doc.skipped); // e.g. a binary file
 * else toPassages(doc);
 * ```
 */
export function readDocument(file: string, source: string): Document | { skipped: string; binary?: true } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { skipped: `cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? error}` };
  }
  if (bytes.indexOf(0) !== -1) return { skipped: binarySkipped(source), binary: true };
  return new FileDocument(file, source, { bytes });
}

/** The warning for a file skipped as binary. */
export function binarySkipped(source: string): string {
  return `skipping binary file ${source}`;
}

/** The error when no document could be read below `paths`. */
export function noDocuments(paths: readonly string[]): SeedqaError {
  return new SeedqaError(`no readable documents (.txt, .md, .markdown) in ${paths.join(', ')}`);
}
