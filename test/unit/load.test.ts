import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../src/load/find.js';
import { displayPath } from '../../src/load/index.js';
import { loadDocuments } from '../../src/load/list.js';
import { tempTree } from '../helpers.js';

describe('findDocuments', () => {
  it('walks folders recursively in name order, reading .txt, .md and .markdown', () => {
    const dir = tempTree({ 'b.md': 'b', 'a.txt': 'a', 'sub/c.markdown': 'c', 'sub/d.TXT': 'd', 'e.pdf': 'e', 'f.json': '{}' });
    expect(findDocuments([dir]).map((f) => path.relative(dir, f))).toEqual(['a.txt', 'b.md', 'sub/c.markdown', 'sub/d.TXT']);
  });

  it('skips hidden entries and node_modules', () => {
    const dir = tempTree({ 'a.txt': 'a', '.hidden.txt': 'h', '.git/x.txt': 'x', 'node_modules/p/r.md': 'r' });
    expect(findDocuments([dir]).map((f) => path.relative(dir, f))).toEqual(['a.txt']);
  });

  it('reads a file named explicitly whatever its extension, once', () => {
    const dir = tempTree({ 'notes.rst': 'n' });
    const file = path.join(dir, 'notes.rst');
    expect(findDocuments([file, file])).toEqual([file]);
  });

  it('follows symbolic links once and survives link loops', () => {
    const dir = tempTree({ 'real/a.txt': 'a' });
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'real', 'loop'));
    fs.symlinkSync(path.join(dir, 'real', 'a.txt'), path.join(dir, 'link.txt'));
    expect(findDocuments([dir]).map((f) => path.relative(dir, f))).toEqual(['link.txt']);
  });

  it('names a missing path', () => {
    expect(() => findDocuments(['/no/such/place'])).toThrow('no such file or folder: /no/such/place');
  });
});

describe('loadDocuments', () => {
  it('skips binary files with a warning', () => {
    const dir = tempTree({ 'a.txt': 'Text here.', 'b.txt': Uint8Array.from([0x41, 0, 0x42]) });
    const warnings: string[] = [];
    const docs = loadDocuments([dir], { cwd: dir, warn: (w) => warnings.push(w) });
    expect(docs.map((d) => d.source)).toEqual(['a.txt']);
    expect(warnings).toEqual(['skipping binary file b.txt']);
  });

  it('fails when no readable document is found', () => {
    const dir = tempTree({ 'a.pdf': 'x' });
    expect(() => loadDocuments([dir])).toThrow(`no readable documents (.txt, .md, .markdown) in ${dir}`);
  });
});

describe('displayPath', () => {
  it('is relative below the working directory and absolute elsewhere', () => {
    expect(displayPath('/work/p/seeds/a.txt', '/work/p')).toBe('seeds/a.txt');
    expect(displayPath('/other/a.txt', '/work/p')).toBe('/other/a.txt');
    expect(displayPath('/work/p2/a.txt', '/work/p')).toBe('/work/p2/a.txt');
  });
});
