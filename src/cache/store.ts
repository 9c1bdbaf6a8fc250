import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
      return sections.meta.version === version ? sections : undefined;
    } catch {
      return undefined;
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
