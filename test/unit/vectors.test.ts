import { afterAll, describe, expect, it, vi } from 'vitest';
import { termsOf } from '../../src/analysis/analyze.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTermVectors, rowOf, similarity } from '../../src/answer/vectors.js';

/** A vectors file as scripts/vectors.mjs writes it, of these terms (sorted) and rows. */
function vectorsBytes(terms: string[], rows: number[][]): Uint8Array {
  const text = Buffer.from(terms.join('\n'), 'utf8');
  const padded = Math.ceil(text.length / 4) * 4;
  const dims = rows[0]!.length;
  const out = Buffer.alloc(16 + padded + (terms.length + 1) * 4 + terms.length * dims);
  out.write('SQV1', 0, 'latin1');
  out.writeUInt32LE(terms.length, 4);
  out.writeUInt32LE(dims, 8);
  out.writeUInt32LE(text.length, 12);
  text.copy(out, 16);
  let at = 0;
  terms.forEach((term, i) => {
    out.writeUInt32LE(at, 16 + padded + i * 4);
    at += term.length + 1;
    rows[i]!.forEach((x, d) => out.writeInt8(x, 16 + padded + (terms.length + 1) * 4 + i * dims + d));
  });
  out.writeUInt32LE(text.length + 1, 16 + padded + terms.length * 4);
  return out;
}

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** The path of a temporary file holding `bytes` (removed after the tests). */
function fileOf(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedqa-vectors-'));
  folders.push(dir);
  const file = path.join(dir, 'v.bin');
  fs.writeFileSync(file, bytes);
  return file;
}

describe('term vectors', () => {
  const table = openTermVectors(fileOf(vectorsBytes(['ant', 'bee', 'cat'], [[127, 0], [0, 127], [90, 90]])));

  it('finds a term’s row by binary search, and -1 for a term it does not have', () => {
    expect(['ant', 'bee', 'cat', 'aardvark', 'bat', 'dog', ''].map((t) => rowOf(t, table))).toEqual([0, 1, 2, -1, -1, -1, -1]);
  });

  it('measures how alike two rows are by their cosine, and 0 without a row', () => {
    expect(similarity(0, 0, table)).toBe(1);
    expect(similarity(0, 1, table)).toBe(0);
    expect(similarity(0, 2, table)).toBeCloseTo(Math.SQRT1_2, 1);
    expect(similarity(0, -1, table)).toBe(0);
  });

  it('refuses a file of another kind', () => {
    const file = fileOf(new Uint8Array(16));
    const close = vi.spyOn(fs, 'closeSync');
    expect(() => openTermVectors(file)).toThrow('not a seedqa vectors file');
    expect(close).toHaveBeenCalledTimes(1);
    close.mockRestore();
  });

  it('ships GloVe’s vectors for the analyzer’s terms: words used alike are near, unrelated ones far', () => {
    const row = (word: string) => rowOf(termsOf(word)[0]!);
    expect(row('largest')).toBeGreaterThanOrEqual(0);
    expect(similarity(row('biggest'), row('largest'))).toBeGreaterThan(0.6);
    expect(similarity(row('biggest'), row('kettle'))).toBeLessThan(0.3);
  });
});

describe('openTermVectors', () => {
  it('reads the index of a vectors file at once and each row when first asked for', () => {
    const opened = openTermVectors(fileOf(vectorsBytes(['ant', 'bee', 'cat'], [[127, 0], [0, 127], [90, 90]])));
    expect(rowOf('cat', opened)).toBe(2);
    expect([...opened.row(2)]).toEqual([90, 90]);
    expect(opened.row(2)).toBe(opened.row(2));
  });
});
