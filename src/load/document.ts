import { readFileSync } from 'node:fs';
import { SeedqaError } from '../errors.js';
import type { Document } from '../types.js';
import { decodeUtf8, type Decoded } from './decode.js';

/**
 * A {@link Document} that reads its file on first use of `bytes` and decodes its text on first
 * use of `text`: a corpus opened from the index cache reads only the files a question cites.
 *
 * @example
 * ```ts
 * const doc = new FileDocument('/home/ada/docs/a.md', 'docs/a.md', { size: 1024 });
 * doc.bytes; // read now; a file of another size than 1024 bytes is refused
 * ```
 */
export class FileDocument implements Document {
  private loaded: Uint8Array | undefined;
  private decoded: Decoded | undefined;
  private readonly size: number | undefined;

  /**
   * @param bytes - the file's bytes when already read; else `size`, the size it had when indexed.
   */
  constructor(
    readonly path: string,
    readonly source: string,
    contents: { bytes: Uint8Array } | { size: number },
  ) {
    this.loaded = 'bytes' in contents ? contents.bytes : undefined;
    this.size = 'size' in contents ? contents.size : undefined;
  }

  get bytes(): Uint8Array {
    if (this.loaded) return this.loaded;
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.path);
    } catch (error) {
      throw new SeedqaError(`cannot read ${this.source}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
    if (bytes.length !== this.size) throw new SeedqaError(`${this.source} changed while seedqa was reading it; ask again`);
    return (this.loaded = bytes);
  }

  private get decodedText(): Decoded {
    return (this.decoded ??= decodeUtf8(this.bytes));
  }

  get text(): string {
    return this.decodedText.text;
  }

  get byteOffsets(): Uint32Array | undefined {
    return this.decodedText.byteOffsets;
  }

  get bomLength(): number {
    return this.decodedText.bomLength;
  }
}
