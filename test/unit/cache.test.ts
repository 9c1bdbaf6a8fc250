import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { decodeSections, encodeSections } from '../../src/cache/binary.js';
import { CacheStore } from '../../src/cache/store.js';
import { openCorpus, type OpenOptions } from '../../src/corpus/open.js';
import { tempTree } from '../helpers.js';

function setup() {
  const docs = tempTree({ 'a.txt': 'Ada Park founded the company in 1999. Bo Lee runs engineering.', 'b.md': 'The kettle costs ten dollars.' });
  const cacheDir = path.join(tempTree(), 'cache');
  const events: string[] = [];
  const options: OpenOptions = {
    cwd: docs,
    cacheDir,
    cacheMinBytes: 0,
    onIndexing: () => events.push('indexed'),
    warn: (w) => events.push(`warn: ${w}`),
  };
  const ask = async (q: string) => answerQuestion(await openCorpus([docs], options), q).citations[0]?.text;
  const files = (sub: string) => (fs.existsSync(path.join(cacheDir, sub)) ? fs.readdirSync(path.join(cacheDir, sub)).sort() : []);
  return { docs, cacheDir, events, options, ask, files };
}

describe('the index cache', () => {
  it('is written on first use and read afterwards', async () => {
    const { events, ask, files } = setup();
    expect(await ask('Who founded the company?')).toBe('Ada Park founded the company in 1999.');
    expect(await ask('Who founded the company?')).toBe('Ada Park founded the company in 1999.');
    expect(events).toEqual(['indexed']);
    expect(files('index')).toHaveLength(1);
    expect(files('files')).toHaveLength(2);
  });

  it('never answers from stale data after a file is edited, added or removed', async () => {
    const { docs, events, ask } = setup();
    await ask('kettle');
    fs.writeFileSync(path.join(docs, 'b.md'), 'The kettle costs twelve dollars.');
    expect(await ask('What does the kettle cost?')).toBe('The kettle costs twelve dollars.');
    fs.writeFileSync(path.join(docs, 'c.txt'), 'The toaster costs nine dollars.');
    expect(await ask('What does the toaster cost?')).toBe('The toaster costs nine dollars.');
    fs.rmSync(path.join(docs, 'c.txt'));
    expect(await ask('What does the toaster cost?')).toBe('The kettle costs twelve dollars.');
    expect(events).toEqual(['indexed', 'indexed', 'indexed']);
  });

  it('does not re-index unchanged files', async () => {
    const { docs, ask, files, cacheDir } = setup();
    await ask('kettle');
    // Entries are replaced by renaming a new file into place: an unchanged inode was not rewritten.
    const before = new Map(files('files').map((f) => [f, fs.statSync(path.join(cacheDir, 'files', f)).ino]));
    fs.writeFileSync(path.join(docs, 'b.md'), 'The kettle is blue.');
    await ask('kettle');
    const after = files('files');
    expect(after).toHaveLength(3);
    for (const [file, inode] of before) expect(fs.statSync(path.join(cacheDir, 'files', file)).ino).toBe(inode);
  });

  it.each([
    ['garbage bytes', () => Buffer.from('not a cache at all')],
    ['a truncated file', (old: Buffer) => old.subarray(0, Math.floor(old.length / 2))],
    ['a flipped payload byte', (old: Buffer) => Buffer.from(old.map((b, i) => (i === old.length - 1 ? b ^ 0xff : b)))],
    ['another version', (old: Buffer) => encodeSections({ ...decodeSections(old), meta: { ...decodeSections(old).meta, version: 'seedqa-index-0' } })],
  ])('ignores and rebuilds %s', async (_name, damage) => {
    const { events, ask, files, cacheDir } = setup();
    await ask('kettle');
    const file = path.join(cacheDir, 'index', files('index')[0]!);
    fs.writeFileSync(file, damage(fs.readFileSync(file)));
    expect(await ask('Who runs engineering?')).toBe('Bo Lee runs engineering.');
    expect(events).toEqual(['indexed', 'indexed']);
    expect(await ask('Who runs engineering?')).toBe('Bo Lee runs engineering.');
    expect(events).toEqual(['indexed', 'indexed']);
  });

  it('works without a cache, warning once, when the location is unwritable', async () => {
    const { options, events, docs } = setup();
    const blocker = path.join(tempTree(), 'file');
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const corpus = await openCorpus([docs], { ...options, cacheDir: path.join(blocker, 'cache') });
    expect(answerQuestion(corpus, 'Who runs engineering?').answer).toBe('Bo Lee runs engineering.');
    expect(events.filter((e) => e.startsWith('warn'))).toEqual([expect.stringMatching(/^warn: cannot write the index cache in .*; working without it$/)]);
  });

  it('leaves no temporary files behind', async () => {
    const { ask, cacheDir } = setup();
    await ask('kettle');
    const all = fs.readdirSync(cacheDir, { recursive: true }).map(String);
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('skips small corpora unless asked not to', async () => {
    const { options, docs, cacheDir } = setup();
    await openCorpus([docs], { ...options, cacheMinBytes: undefined });
    expect(fs.existsSync(cacheDir)).toBe(false);
  });
});

describe('CacheStore', () => {
  it('round-trips sections and rejects another version', () => {
    const store = new CacheStore(tempTree());
    store.write('x', 'v1', { meta: { terms: ['a'] }, arrays: { rows: Uint32Array.from([1, 2, 3]) } });
    const read = store.read('x', 'v1')!;
    expect(read.meta.terms).toEqual(['a']);
    expect([...read.arrays.rows!]).toEqual([1, 2, 3]);
    expect(store.read('x', 'v2')).toBeUndefined();
    expect(store.read('missing', 'v1')).toBeUndefined();
  });

  it('prunes a folder to its most recently used entries, and stale temporary files', () => {
    const dir = tempTree();
    const store = new CacheStore(dir);
    const sections = { meta: {}, arrays: { rows: Uint32Array.from([1]) } };
    for (let i = 0; i < 5; i++) {
      store.write(`index/e${i}`, 'v', sections);
      const age = new Date(Date.now() - (10 - i) * 60_000);
      fs.utimesSync(path.join(dir, 'index', `e${i}`), age, age);
    }
    expect(store.read('index/e0', 'v')).toBeDefined(); // reading makes e0 the most recent
    const old = path.join(dir, 'index', 'e9.123.tmp');
    const fresh = path.join(dir, 'index', 'e8.456.tmp');
    fs.writeFileSync(old, 'x');
    fs.writeFileSync(fresh, 'x');
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    store.prune('index', 3);
    expect(fs.readdirSync(path.join(dir, 'index')).sort()).toEqual(['e0', 'e3', 'e4', 'e8.456.tmp']);
    store.prune('missing', 1);
  });
});

describe('the cache through openCorpus', () => {
  it('keeps at most 16 indexes: one per set of documents asked about recently', async () => {
    const cacheDir = tempTree();
    for (let i = 0; i < 18; i++) await openCorpus([tempTree({ 'a.txt': `Document number ${i}.` })], { cacheDir, cacheMinBytes: 0 });
    expect(fs.readdirSync(path.join(cacheDir, 'index'))).toHaveLength(16);
  });
});
