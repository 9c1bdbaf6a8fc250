import { statSync } from 'node:fs';
import type { Document } from '../types.js';
import { FileDocument } from './document.js';
import { findDocuments } from './find.js';
import { binarySkipped, displayPath, noDocuments, readDocument, type LoadOptions } from './index.js';

/** What `stat` says of a file: its size, and a signature that changes whenever its contents are written. */
export interface FileStat {
  size: number;
  /** Size, modification and change times (nanoseconds), inode and device. */
  signature: string;
  /** When the file last changed (the later of its modification and change times), in milliseconds. */
  changedMs: number;
}

/** A document file found below the given paths, not yet read. */
export interface ListedFile {
  file: string;
  source: string;
  /** Undefined when the file cannot be stat'ed (it is then read, and the reason reported). */
  stat: FileStat | undefined;
}

/**
 * Content hashes remembered by file and stat signature, as git's index remembers them: a file
 * whose signature is unchanged need not be read again. {@link BINARY} marks a binary file.
 */
export interface ContentMemo {
  recall(file: string, stat: FileStat): string | undefined;
  remember(file: string, stat: FileStat, hash: string): void;
}

/** The hash a {@link ContentMemo} keeps for a file skipped as binary. */
export const BINARY = 'binary';

function statOf(file: string): FileStat | undefined {
  try {
    const s = statSync(file, { bigint: true });
    const changed = s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs;
    return { size: Number(s.size), signature: `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}:${s.dev}`, changedMs: Number(changed / 1_000_000n) };
  } catch {
    return undefined;
  }
}

/** The document files below `paths`, in {@link findDocuments} order, each with its stat. */
export function listFiles(paths: readonly string[], options: LoadOptions = {}): ListedFile[] {
  const cwd = options.cwd ?? process.cwd();
  return findDocuments(paths, options.warn).map((file) => ({ file, source: displayPath(file, cwd), stat: statOf(file) }));
}

/**
 * Reads listed files into documents with their content hashes. A file the memo recalls is not
 * read now: its document reads it when first asked for its bytes.
 *
 * @throws SeedqaError when no readable document is among them.
 */
export function readListed(
  paths: readonly string[],
  listed: readonly ListedFile[],
  hash: (bytes: Uint8Array) => string,
  memo: ContentMemo | undefined,
  warn: (message: string) => void = () => {},
): { documents: Document[]; hashes: string[] } {
  const documents: Document[] = [];
  const hashes: string[] = [];
  for (const { file, source, stat } of listed) {
    const known = stat && memo?.recall(file, stat);
    if (known === BINARY) {
      warn(binarySkipped(source));
    } else if (known) {
      documents.push(new FileDocument(file, source, { size: stat!.size }));
      hashes.push(known);
    } else {
      const doc = readDocument(file, source);
      if ('skipped' in doc) {
        warn(doc.skipped);
        if (stat && doc.binary) memo?.remember(file, stat, BINARY);
      } else {
        documents.push(doc);
        hashes.push(hash(doc.bytes));
        if (stat) memo?.remember(file, stat, hashes.at(-1)!);
      }
    }
  }
  if (documents.length === 0) throw noDocuments(paths);
  return { documents, hashes };
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
  return readListed(paths, listFiles(paths, options), () => '', undefined, options.warn).documents;
}
