import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeSections } from '../../src/cache/binary.js';
import { KnownFiles } from '../../src/cache/known-files.js';
import { CacheStore, sha1 } from '../../src/cache/store.js';
import { buildCorpusIndex } from '../../src/corpus/build.js';
import { sectionsOf } from '../../src/corpus/open.js';
import { PassageStore } from '../../src/corpus/passage-store.js';
import { loadDocuments } from '../../src/load/list.js';
import { listFiles, readListed, type ContentMemo } from '../../src/load/list.js';
import { CompactIndex } from '../../src/search/compact-index.js';
import { mergeIndexes } from '../../src/search/merge.js';
import { ROOT, tempTree } from '../helpers.js';

/** The worker as `npm test` builds it (vitest runs the sources, which have no .js worker). */
const WORKER = path.join(ROOT, 'dist', 'build-worker.js');

/** Documents of every kind the loader handles: Markdown, a BOM, invalid UTF-8, CJK. */
function mixedCorpus(): string {
  const files: Record<string, string | Uint8Array> = {
    'a.md': '# Guide\n\nLarge language models (LLMs) answer questions. The CEO is Liang Rubo.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    'b.txt': '\uFEFFThe kettle costs ten dollars. 東京は日本の首都です。\n',
    'c.txt': Buffer.concat([Buffer.from('Bad bytes \xff here. '), Buffer.from([0xc3, 0x28]), Buffer.from(' Then the Department of Defense (DoD) spoke.\n')]),
  };
  for (let f = 0; f < 12; f++) files[`sub/part${f}.txt`] = Array.from({ length: 60 }, (_, i) => `Record ${f}-${i} says depot ${i % 7} shipped ${i * f} crates.`).join(' ');
  return tempTree(files);
}

/** The bytes the cache would store for an index: what "byte-identical" compares. */
function stored(documents: ReturnType<typeof loadDocuments>, built: { passages: PassageStore; index: CompactIndex }): Buffer {
  return encodeSections(sectionsOf({ documents, ...built }));
}

describe('buildCorpusIndex', () => {
  it('builds in worker threads exactly the bytes a single-threaded build stores', async () => {
    expect(fs.existsSync(WORKER)).toBe(true);
    const dir = mixedCorpus();
    const single = loadDocuments([dir], { cwd: dir });
    const threaded = loadDocuments([dir], { cwd: dir });
    const one = stored(single, await buildCorpusIndex(single, [], { threads: 0 }));
    const two = stored(threaded, await buildCorpusIndex(threaded, [], { threads: 2, workerFile: WORKER }));
    expect(two.equals(one)).toBe(true);
  });

  it('indexes as one pass over every passage does, whether files come from workers, the cache or this thread', async () => {
    const dir = mixedCorpus();
    const documents = loadDocuments([dir], { cwd: dir });
    const hashes = documents.map((d) => sha1(d.bytes));
    const cache = new CacheStore(tempTree());
    const fresh = await buildCorpusIndex(documents, hashes, { cache, threads: 2, workerFile: WORKER });
    expect(fs.readdirSync(path.join(cache.dir, 'files'))).toHaveLength(documents.length);
    const fromCache = await buildCorpusIndex(documents, hashes, { cache, threads: 0 });
    const whole = CompactIndex.build(fresh.passages.texts());
    expect(fresh.index.data).toEqual(whole.data);
    expect(fromCache.index.data).toEqual(whole.data);
    expect(fromCache.passages.rows).toEqual(fresh.passages.rows);
  });

  it('indexes in this thread when no worker can start', async () => {
    const dir = mixedCorpus();
    const documents = loadDocuments([dir], { cwd: dir });
    const built = await buildCorpusIndex(documents, [], { threads: 2, workerFile: path.join(dir, 'missing.js') });
    expect(built.index.data).toEqual(CompactIndex.build(built.passages.texts()).data);
  });
});

describe('mergeIndexes', () => {
  it('equals indexing all passages at once', () => {
    const sentence = fc.array(fc.constantFrom('cat', 'cats', 'dog', 'the', 'Ada', 'ran', '東京', 'zebra', 'catalog'), { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.array(sentence, { maxLength: 5 }), { maxLength: 5 }), (files) => {
        const merged = mergeIndexes(files.map((texts) => CompactIndex.build(texts).data));
        expect(merged).toEqual(CompactIndex.build(files.flat()).data);
      }),
    );
  });
});

describe('a warm start', () => {
  it('reads no file whose stat the memo recalls, and refuses one that changed size since', () => {
    const dir = tempTree({ 'a.txt': 'Ada Park founded the company.', 'b.txt': 'Bo Lee runs engineering.' });
    const listed = listFiles([dir], { cwd: dir });
    const recalls: ContentMemo = { recall: (file) => (file.endsWith('a.txt') ? 'hash-a' : undefined), remember: () => {} };
    const { documents, hashes } = readListed([dir], listed, sha1, recalls);
    expect(hashes).toEqual(['hash-a', sha1('Bo Lee runs engineering.')]);
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Ada Park founded the company in 1999.');
    expect(() => documents[0]!.text).toThrow('a.txt changed while seedqa was reading it; ask again');
    expect(documents[1]!.text).toBe('Bo Lee runs engineering.');
  });

  it('remembers only files that settled, and forgets a file whose stat changed', () => {
    const dir = tempTree({ 'old.txt': 'Old news.', 'new.txt': 'New news.' });
    const cache = new CacheStore(tempTree());
    const [newer, older] = listFiles([dir]);
    const files = [newer!.file, older!.file];
    const memo = KnownFiles.read(cache, files);
    memo.remember(older!.file, { ...older!.stat!, changedMs: Date.now() - 60_000 }, 'h-old');
    memo.remember(newer!.file, newer!.stat!, 'h-new');
    memo.save(16);
    const again = KnownFiles.read(cache, files);
    expect(again.recall(older!.file, older!.stat!)).toBe('h-old');
    expect(again.recall(newer!.file, newer!.stat!)).toBeUndefined();
    // Replaced by renaming another file into place, as editors save: a new inode.
    fs.writeFileSync(path.join(dir, 'tmp'), 'Odd news.');
    fs.renameSync(path.join(dir, 'tmp'), older!.file);
    expect(again.recall(older!.file, listFiles([older!.file])[0]!.stat!)).toBeUndefined();
    expect(KnownFiles.read(cache, [older!.file]).recall(older!.file, older!.stat!)).toBeUndefined();
  });
});
