import fs from 'node:fs';
import { WORD_VECTORS } from '../config.js';

/** Term vectors as `node scripts/vectors.mjs` writes them (see its header for the layout). */
export interface TermVectors {
  /** The terms, sorted, "\n"-joined. */
  terms: string;
  /** Where each term starts in `terms`, and one more entry past the last. */
  offsets: Uint32Array;
  dims: number;
  /** The row of term `i`: `dims` components of a unit vector × 127. */
  row: (i: number) => Int8Array;
}

const SCALE_SQUARED = 127 * 127;
const HEADER = 16;

/** Where the parts of a vectors file start, from its first bytes; throws on a file of another kind. */
function layoutOf(head: Uint8Array) {
  if (String.fromCharCode(...head.subarray(0, 4)) !== 'SQV1') throw new Error('not a seedqa vectors file');
  const view = new DataView(head.buffer, head.byteOffset, HEADER);
  const count = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const textBytes = view.getUint32(12, true);
  const offsetsAt = HEADER + Math.ceil(textBytes / 4) * 4;
  return { count, dims, textBytes, offsetsAt, vectorsAt: offsetsAt + (count + 1) * 4 };
}

/** The terms and offsets of a vectors file, from its bytes up to where the vectors start. */
function indexOf(bytes: Uint8Array, layout: ReturnType<typeof layoutOf>): Pick<TermVectors, 'terms' | 'offsets' | 'dims'> {
  const offsets = bytes.slice(layout.offsetsAt, layout.vectorsAt);
  return {
    terms: new TextDecoder().decode(bytes.subarray(HEADER, HEADER + layout.textBytes)),
    offsets: new Uint32Array(offsets.buffer, offsets.byteOffset, layout.count + 1),
    dims: layout.dims,
  };
}

/**
 * A vectors file on disk: its index is read at once, each row when first asked for (a question
 * needs a few hundred of its 26,000 rows, and reading them all would cost more than answering).
 */
export function openTermVectors(file: string): TermVectors {
  const fd = fs.openSync(file, 'r');
  let layout: ReturnType<typeof layoutOf>;
  let index: Uint8Array;
  try {
    const head = new Uint8Array(HEADER);
    fs.readSync(fd, head, 0, HEADER, 0);
    layout = layoutOf(head);
    index = new Uint8Array(layout.vectorsAt);
    fs.readSync(fd, index, 0, layout.vectorsAt, 0);
  } catch (error) {
    // Not a vectors file, or cut short: nothing will read it.
    fs.closeSync(fd);
    throw error;
  }
  const rows = new Map<number, Int8Array>();
  const row = (i: number): Int8Array => {
    let found = rows.get(i);
    if (!found) {
      found = new Int8Array(layout.dims);
      fs.readSync(fd, found, 0, layout.dims, layout.vectorsAt + i * layout.dims);
      rows.set(i, found);
    }
    return found;
  };
  return { ...indexOf(index, layout), row };
}

let shipped: TermVectors | undefined;

/** The shipped vectors, opened on first use. */
export const shippedVectors = (): TermVectors => (shipped ??= openTermVectors(WORD_VECTORS));

/** How `term` sorts against the term from `start` to `end` of `terms` (negative: before it), without cutting the term out. */
function compareAt(terms: string, start: number, end: number, term: string): number {
  const length = Math.min(end - start, term.length);
  for (let i = 0; i < length; i++) {
    const difference = term.charCodeAt(i) - terms.charCodeAt(start + i);
    if (difference !== 0) return difference;
  }
  return term.length - (end - start);
}

/**
 * The row of `term` in `table`, or -1: a binary search over the sorted terms. The offsets count
 * UTF-8 bytes; the terms are plain lower-case letters, so bytes and characters agree.
 */
export function rowOf(term: string, table: TermVectors = shippedVectors()): number {
  let low = 0;
  let high = table.offsets.length - 2;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const order = compareAt(table.terms, table.offsets[mid]!, table.offsets[mid + 1]! - 1, term);
    if (order === 0) return mid;
    if (order > 0) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * How alike two terms are used, by their GloVe vectors: the cosine of their rows (about 1 for the
 * same use, about 0 for unrelated words), or 0 when either has none.
 *
 * @example
 * ```ts
 * similarity(rowOf('biggest'), rowOf('largest')); // ≈ 0.8
 * ```
 */
export function similarity(a: number, b: number, table: TermVectors = shippedVectors()): number {
  if (a < 0 || b < 0) return 0;
  const x = table.row(a);
  const y = table.row(b);
  let dot = 0;
  for (let d = 0; d < table.dims; d++) dot += x[d]! * y[d]!;
  return dot / SCALE_SQUARED;
}
