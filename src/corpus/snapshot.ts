import { readFileSync, writeFileSync } from 'node:fs';
import type { Sections } from '../cache/binary.js';
import type { Document } from '../types.js';

/**
 * Two FNV-1a hashes (different offset bases) over the documents' bytes in order, with their
 * sizes. Names are left out: they depend on the working directory, and passages refer to
 * documents by position. Plain JavaScript, so checking a snapshot needs no node:crypto.
 */
export function fingerprint(documents: readonly Document[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const sizes: number[] = [];
  const mix = (byte: number): void => {
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x01000193) ^ (a >>> 15);
  };
  for (const doc of documents) {
    for (const byte of doc.bytes) mix(byte);
    sizes.push(doc.bytes.length);
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}-${sizes.join('.')}`;
}

/**
 * Writes index sections as a JSON snapshot for exactly these documents: the build ships one for
 * the bundled seeds, so a question over them skips splitting and indexing.
 */
export function writeSnapshot(file: string, documents: readonly Document[], sections: Sections): void {
  const arrays = Object.fromEntries(Object.entries(sections.arrays).map(([name, array]) => [name, [...array]]));
  writeFileSync(file, JSON.stringify({ meta: { ...sections.meta, fingerprint: fingerprint(documents) }, arrays }));
}

/** The sections of a snapshot made from exactly these documents, else undefined (missing, damaged, other files). */
export function readSnapshot(file: string, documents: readonly Document[]): Sections | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { meta: Record<string, unknown>; arrays: Record<string, number[]> };
    if (parsed.meta.fingerprint !== fingerprint(documents)) return undefined;
    const arrays = Object.fromEntries(Object.entries(parsed.arrays).map(([name, list]) => [name, Uint32Array.from(list)]));
    return { meta: parsed.meta, arrays };
  } catch {
    return undefined;
  }
}
