import type { ContentMemo, FileStat } from '../load/list.js';
import { sha1, type CacheStore } from './store.js';

/**
 * A file changed this recently is not remembered: file times tick coarsely (up to seconds on
 * some file systems), so a second write within the same tick would leave its signature unchanged.
 */
const SETTLE_MS = 2_000;

const FOLDER = 'known';
const VERSION = 'seedqa-known-1';

/**
 * The {@link ContentMemo} of one set of files, kept in the cache next to the indexes: a warm
 * start compares each file's stat signature with the one it had when hashed, and reads only
 * the files that changed.
 */
export class KnownFiles implements ContentMemo {
  private changed = false;

  private constructor(
    private readonly cache: CacheStore,
    private readonly name: string,
    private readonly files: Record<string, [signature: string, hash: string]>,
  ) {}

  /** The memo of the set of files `files` (in order), empty when the cache has none. */
  static read(cache: CacheStore, files: readonly string[]): KnownFiles {
    const name = `${FOLDER}/${sha1(files.join('\n'))}`;
    const stored = cache.read(name, VERSION)?.meta.files;
    const valid = stored !== null && typeof stored === 'object' && !Array.isArray(stored);
    return new KnownFiles(cache, name, valid ? (stored as Record<string, [string, string]>) : {});
  }

  recall(file: string, stat: FileStat): string | undefined {
    const entry = this.files[file];
    return Array.isArray(entry) && entry[0] === stat.signature && typeof entry[1] === 'string' ? entry[1] : undefined;
  }

  remember(file: string, stat: FileStat, hash: string): void {
    if (stat.changedMs >= Date.now() - SETTLE_MS) return;
    this.files[file] = [stat.signature, hash];
    this.changed = true;
  }

  /** Writes the memo when it learned something, keeping the `keep` most recently used memos. */
  save(keep: number): void {
    if (!this.changed) return;
    this.cache.write(this.name, VERSION, { meta: { files: this.files }, arrays: {} });
    this.cache.prune(FOLDER, keep);
  }
}
