import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { SeedqaError } from '../errors.js';
import type { Document } from '../types.js';
import { FileDocument } from './document.js';
import { findDocuments } from './find.js';

/** Options for {@link loadDocuments}. */
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
 * Reads one file into a {@link Document}, or returns a reason to skip it.
 *
 * @example
 * ```ts
 * const doc = readDocument('/home/ada/docs/a.md', 'docs/a.md');
 * if ('skipped' in doc) console.warn(doc.skipped); // e.g. a binary file
 * else toPassages(doc);
 * ```
 */
export function readDocument(file: string, source: string): Document | { skipped: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { skipped: `cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? error}` };
  }
  if (bytes.indexOf(0) !== -1) return { skipped: binarySkipped(source) };
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

/**
 * Loads every document below the given files and folders.
 *
 * @example
 * ```ts
 * const docs = loadDocuments(['seeds'], { warn: (m) => console.error(m) });
 * ```
 * @throws SeedqaError when a path is missing or no readable document is found.
 */
export function loadDocuments(paths: readonly string[], options: LoadOptions = {}): Document[] {
  const cwd = options.cwd ?? process.cwd();
  const warn = options.warn ?? (() => {});
  const documents: Document[] = [];
  for (const file of findDocuments(paths, warn)) {
    const doc = readDocument(file, displayPath(file, cwd));
    if ('skipped' in doc) warn(doc.skipped);
    else documents.push(doc);
  }
  if (documents.length === 0) throw noDocuments(paths);
  return documents;
}
