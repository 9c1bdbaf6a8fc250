import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rememberTerms, termsOf } from '../../src/analysis/analyze.js';
import { answerQuestion } from '../../src/answer/answer.js';
import { BUNDLED_SEEDS } from '../../src/config.js';
import { openCorpus, sectionsOf } from '../../src/corpus/open.js';
import { fingerprint, writeSnapshot } from '../../src/corpus/snapshot.js';
import { loadDocuments } from '../../src/load/list.js';
import { tempTree } from '../helpers.js';

describe('index snapshots', () => {
  async function snapshotted() {
    const docs = tempTree({ 'a.txt': 'Ada Park founded the company in 1999. Bo Lee runs engineering.' });
    const file = path.join(tempTree(), 'index.json');
    const fresh = await openCorpus([docs]);
    writeSnapshot(file, fresh.documents, sectionsOf(fresh), fresh.passages.texts());
    return { docs, file, fresh };
  }

  it('gives the same corpus as indexing, without indexing', async () => {
    const { docs, file, fresh } = await snapshotted();
    let indexed = false;
    const loaded = await openCorpus([docs], { snapshot: file, onIndexing: () => (indexed = true) });
    expect(indexed).toBe(false);
    expect(loaded.passages.rows).toEqual(fresh.passages.rows);
    expect(loaded.index.data).toEqual(fresh.index.data);
    expect(answerQuestion(loaded, 'Who runs engineering?')).toEqual(answerQuestion(fresh, 'Who runs engineering?'));
  });

  it('is ignored when a document changed, or when the file is missing or damaged', async () => {
    const { docs, file } = await snapshotted();
    fs.writeFileSync(path.join(docs, 'a.txt'), 'Ada Park founded the company in 1998. Bo Lee runs engineering.');
    let indexed = 0;
    const onIndexing = () => indexed++;
    expect(answerQuestion(await openCorpus([docs], { snapshot: file, onIndexing }), 'When was it founded?').answer).toContain('1998');
    fs.writeFileSync(file, '{"meta":');
    await openCorpus([docs], { snapshot: file, onIndexing });
    await openCorpus([docs], { snapshot: path.join(docs, 'missing.json'), onIndexing });
    expect(indexed).toBe(3);
  });

  it('fingerprints the bytes in order: an edit or a reorder changes it, the working directory does not', () => {
    const dir = tempTree({ 'a.txt': 'one', 'b.txt': 'two' });
    const base = fingerprint(loadDocuments([dir]));
    fs.writeFileSync(path.join(dir, 'b.txt'), 'twp');
    expect(fingerprint(loadDocuments([dir]))).not.toBe(base);
    fs.writeFileSync(path.join(dir, 'b.txt'), 'two');
    expect(fingerprint(loadDocuments([dir]))).toBe(base);
    expect(fingerprint(loadDocuments([dir], { cwd: '/' }))).toBe(base);
    fs.renameSync(path.join(dir, 'a.txt'), path.join(dir, 'z.txt'));
    expect(fingerprint(loadDocuments([dir]))).not.toBe(base);
  });

  it('ships for the bundled seeds and matches them', () => {
    const shipped = JSON.parse(fs.readFileSync(new URL('../../dist/seeds-index.json', import.meta.url), 'utf8'));
    expect(shipped.meta.fingerprint).toBe(fingerprint(loadDocuments([BUNDLED_SEEDS])));
  });
});

describe('snapshot word terms', () => {
  /** Snapshots `text`, lets `edit` change the stored JSON, then opens the corpus from it. */
  async function reopenedWith(text: string, edit: (stored: any) => void): Promise<any> {
    const docs = tempTree({ 'a.txt': text });
    const file = path.join(tempTree(), 'index.json');
    const fresh = await openCorpus([docs]);
    writeSnapshot(file, fresh.documents, sectionsOf(fresh), fresh.passages.texts());
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    const original = structuredClone(stored);
    edit(stored);
    fs.writeFileSync(file, JSON.stringify(stored));
    await openCorpus([docs], { snapshot: file });
    return original;
  }

  it('are stored for every passage word and taken into the analyzer when the snapshot is used', async () => {
    const stored = await reopenedWith('Zyxwvutsr runs quickly.', (s) => (s.meta.words.quickly = ['marker']));
    expect(stored.meta.words).toEqual({ Zyxwvutsr: ['zyxwvutsr'], runs: ['run'], quickly: ['quickli'] });
    expect(termsOf('quickly')).toEqual(['marker']);
    rememberTerms({ quickly: ['quickli'] });
  });

  it('are not taken from a snapshot of another index version', async () => {
    await reopenedWith('Zyxwvutsr walks slowly.', (s) => {
      s.meta.version = 'seedqa-index-0';
      s.meta.words.slowly = ['marker'];
    });
    expect(termsOf('slowly')).toEqual(['slowli']);
  });
});
