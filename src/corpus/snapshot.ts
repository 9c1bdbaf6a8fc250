import { readFileSync, writeFileSync } from 'node:fs';
import { rememberTerms, termsOfWords } from '../analysis/analyze.js';
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
 * Writes index sections as a JSON snapshot for exactly these documents, with the analyzer's terms
 * for every word of their passages: the build ships one for the bundled seeds, so a question over
 * them skips splitting, indexing and most stemming.
 */
export function writeSnapshot(file: string, documents: readonly Document[], sections: Sections, passageTexts: Iterable<string>): void {
  const arrays = Object.fromEntries(Object.entries(sections.arrays).map(([name, array]) => [name, [...array]]));
  const meta = { ...sections.meta, fingerprint: fingerprint(documents), words: termsOfWords(passageTexts) };
  writeFileSync(file, JSON.stringify({ meta, arrays }));
}

/**
 * The sections of a snapshot made from exactly these documents by this index version, else
 * undefined (missing, damaged, other files, other version).
 */
export function readSnapshot(file: string, documents: readonly Document[], version: string): Sections | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { meta: Record<string, unknown>; arrays: Record<string, number[]> };
    if (parsed.meta.version !== version || parsed.meta.fingerprint !== fingerprint(documents)) return undefined;
    const arrays = Object.fromEntries(Object.entries(parsed.arrays).map(([name, list]) => [name, Uint32Array.from(list)]));
    if (parsed.meta.words && typeof parsed.meta.words === 'object') rememberTerms(parsed.meta.words as Record<string, string[]>);
    return { meta: parsed.meta, arrays };
  } catch {
    return undefined;
  }
}
