import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeSections, encodeSections, type Sections } from './binary.js';

/** Hex SHA-1 of bytes or text: cache keys are made of content hashes. */
export function sha1(data: Uint8Array | string): string {
  return createHash('sha1').update(data).digest('hex');
}

/**
 * A folder of cache files, each written atomically (a temporary file renamed into place), read
 * back only when intact. Every failure is reported through `warn` once and otherwise ignored:
 * the cache only ever makes seedqa faster, never wrong or broken.
 */
export class CacheStore {
  private warned = false;

  constructor(
    readonly dir: string,
    private readonly warn: (message: string) => void = () => {},
  ) {}

  private pathOf(name: string): string {
    return join(this.dir, name);
  }

  /** The sections stored under `name`, or undefined when absent, damaged or of another version. */
  read(name: string, version: string): Sections | undefined {
    let file: Buffer;
    try {
      file = readFileSync(this.pathOf(name));
    } catch {
      return undefined;
    }
    try {
      const sections = decodeSections(file);
      if (sections.meta.version !== version) return undefined;
      this.touch(name);
      return sections;
    } catch {
      return undefined;
    }
  }

  /** Marks an entry as just used, so that {@link prune} keeps it. */
  private touch(name: string): void {
    const now = new Date();
    try {
      utimesSync(this.pathOf(name), now, now);
    } catch {
      // Another process may have pruned it meanwhile: the entry was read all the same.
    }
  }

  /**
   * Keeps the `keep` most recently used entries of `folder` and deletes the others (and
   * temporary files a killed process left there over an hour ago), so the cache cannot grow
   * without bound as documents change. A reader that loses a race with a deletion sees a miss.
   */
  prune(folder: string, keep: number): void {
    const dir = this.pathOf(folder);
    let entries: Array<{ file: string; used: number; temporary: boolean }>;
    try {
      entries = readdirSync(dir).map((name) => ({ file: join(dir, name), used: statSync(join(dir, name)).mtimeMs, temporary: name.endsWith('.tmp') }));
    } catch {
      return;
    }
    const hourAgo = Date.now() - 3_600_000;
    const stale = entries.filter((e) => e.temporary && e.used < hourAgo);
    const kept = entries.filter((e) => !e.temporary).sort((a, b) => b.used - a.used);
    for (const { file } of [...stale, ...kept.slice(keep)]) {
      try {
        rmSync(file, { force: true });
      } catch {
        // Nothing lost: a cache entry that stays is only disk space.
      }
    }
  }

  /** Stores `sections` under `name` (with `version`); concurrent writers never leave a torn file. */
  write(name: string, version: string, sections: Sections): void {
    const target = this.pathOf(name);
    const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(temporary, encodeSections({ ...sections, meta: { ...sections.meta, version } }));
      renameSync(temporary, target);
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // nothing was written there
      }
      if (!this.warned) {
        this.warned = true;
        this.warn(`cannot write the index cache in ${this.dir} (${(error as NodeJS.ErrnoException).code ?? error}); working without it`);
      }
    }
  }
}
