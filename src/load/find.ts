import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { SeedqaError } from '../errors.js';

/** File name endings read when walking a folder. A file named explicitly is read whatever its name. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown'];

const SKIPPED_FOLDERS = new Set(['node_modules']);

function isDocumentName(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function statOrThrow(p: string): Stats {
  try {
    return statSync(p);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new SeedqaError(`no such file or folder: ${p}`);
    if (code === 'ELOOP') throw new SeedqaError(`symbolic link loop: ${p}`);
    throw new SeedqaError(`cannot read ${p}: ${code ?? String(error)}`);
  }
}

/**
 * Lists the document files below the given paths, in a stable order: folders are walked
 * recursively (sorted by name; hidden entries and `node_modules` skipped; symbolic links
 * followed, each real folder visited once), files are taken as given.
 *
 * @throws SeedqaError when a path does not exist.
 */
export function findDocuments(paths: readonly string[], warn: (message: string) => void = () => {}): string[] {
  const files: string[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  /** `real` is the file's real path when known: a plain file in a folder whose real path is known. */
  const addFile = (file: string, real?: string): void => {
    if (real === undefined) {
      try {
        real = realpathSync(file);
      } catch {
        real = file;
      }
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(file);
  };

  const walk = (folder: string): void => {
    const real = realpathSync(folder);
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      warn(`skipping unreadable folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? error}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const full = join(folder, entry.name);
      let stats: Stats | Dirent;
      try {
        stats = entry.isSymbolicLink() ? statSync(full) : entry;
      } catch {
        warn(`skipping broken or looping symbolic link ${full}`);
        continue;
      }
      if (stats.isDirectory()) walk(full);
      else if (stats.isFile() && isDocumentName(entry.name)) addFile(full, stats === entry ? join(real, entry.name) : undefined);
    }
  };

  for (const given of paths) {
    const absolute = resolve(given);
    const stats = statOrThrow(absolute);
    if (stats.isDirectory()) walk(absolute);
    else addFile(absolute);
  }
  return files;
}
