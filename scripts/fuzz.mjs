// Feeds random documents and questions through the whole pipeline (load from disk, split, index,
// cache, answer, print as text and JSON) and fails on any exception or broken invariant.
//
//   npm run fuzz                      # 20 seconds
//   FUZZ_SECONDS=120 FUZZ_SEED=7 npm run fuzz
//
// Bounded in time; prints the seed so a failure can be replayed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { answerQuestion, formatJson, formatText, openCorpus } from '../dist/index.js';

const seconds = Number(process.env.FUZZ_SECONDS ?? 20);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const decoder = new TextDecoder();

const hostilePiece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom('. ', '? ', '\n', '\r\n', '\n\n', '# Heading\n', '## Heading\n', '- [Heading](#heading)\n', '[x](#heading-1)', '- item ', 'Mr. ', '3.5', '(', ')', '。', '\u0000', '\u001b[2J', '\u001b]52;c;eA==\u0007', '\u0085', '\u202e', '\u200b', '\ufeff', 'ByteDance', 'CEO', 'was founded in 2012'),
);
const text = fc.array(hostilePiece, { maxLength: 80 }).map((parts) => parts.join(''));
const fileBytes = fc.oneof(
  text.map((t) => Buffer.from(t)),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.from([0xef, 0xbb, 0xbf])),
);
const corpusFiles = fc.array(fc.tuple(fc.constantFrom('a.txt', 'b.md', 'sub/c.markdown', 'd.txt'), fileBytes), { minLength: 1, maxLength: 4 });
const questions = fc.array(fc.oneof(text, fc.constantFrom('Who is the CEO?', 'When was it founded?', '.*+?^${}()|[]\\')), { minLength: 1, maxLength: 4 });

/** Our own colour codes are the only escape sequences text output may contain. */
const FOREIGN_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function check([files, asked, useCache]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedqa-fuzz-'));
  try {
    for (const [name, bytes] of files) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), bytes);
    }
    let corpus;
    try {
      corpus = await openCorpus([dir], { cacheDir: useCache ? path.join(dir, '.cache') : null, cacheMinBytes: 0, warn: () => {} });
    } catch (error) {
      if (error?.name === 'SeedqaError') return; // e.g. every file was binary: a clean exit 2
      throw error;
    }
    for (const question of asked) {
      const answer = answerQuestion(corpus, question, { limit: 5 });
      const printed = formatText(answer, { color: true, showQuestion: true }).replace(/\u001b\[\d+m/g, '');
      if (FOREIGN_CONTROL.test(printed)) throw new Error(`control character in text output: ${JSON.stringify(printed)}`);
      const json = formatJson(answer);
      if (JSON.parse(json).answered !== answer.answered) throw new Error('JSON does not round-trip');
      for (const c of answer.citations) {
        const doc = corpus.documents.find((d) => d.source === c.source);
        if (decoder.decode(doc.bytes.subarray(c.start, c.end)) !== c.text) throw new Error(`offsets of ${c.id} do not reproduce its text`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const deadline = Date.now() + seconds * 1000;
let runs = 0;
const stream = fc.infiniteStream(fc.tuple(corpusFiles, questions, fc.boolean()));
const [generator] = fc.sample(stream, { seed, numRuns: 1 });
for (const input of generator) {
  if (Date.now() > deadline) break;
  try {
    await check(input);
  } catch (error) {
    console.error(`fuzz: failure after ${runs} runs (FUZZ_SEED=${seed}):`, error);
    console.error('input:', JSON.stringify(input, (_k, v) => (v?.type === 'Buffer' ? Buffer.from(v.data).toString('base64') : v)));
    process.exit(1);
  }
  runs++;
}
console.log(`fuzz: ${runs} random corpora and their questions in ${seconds} s, no failure (FUZZ_SEED=${seed})`);
