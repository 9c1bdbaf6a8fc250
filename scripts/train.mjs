#!/usr/bin/env node
// npm run train — fits the answer model (src/answer/weights.json) on the WikiQA training split.
//   node scripts/train.mjs [TRAIN.jsonl] [--check]
// Each question becomes a small corpus (its candidate sentences, one paragraph each), ranked by
// the same code as `seedqa ask`; every candidate MiniSearch returns gives one example (features,
// label: is it a correct sentence). Logistic regression by full-batch gradient descent from zero,
// a fixed number of steps: the same input always gives the same weights, bit for bit.
// The answer threshold maximises answer-triggering F1 (answered with a correct first passage)
// over the development sets: WikiQA's development split with every question
// (wikiqa-dev-all.jsonl: most have no correct sentence) and the seed questions, answerable and
// not, over the bundled seed; the centre of the best plateau of F1 (see SMOOTHING).
// --check compares with the committed weights instead of writing them (exit 1 on a difference).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toPassages } from '../dist/analysis/passages.js';
import { acronymsOf } from '../dist/answer/acronyms.js';
import { scoreCandidates } from '../dist/answer/answer.js';
import { FEATURE_NAMES } from '../dist/answer/features.js';
const COVERAGE = FEATURE_NAMES.indexOf('coverage');
import { analyzeQuestion } from '../dist/answer/question.js';
import { PassageStore } from '../dist/corpus/passage-store.js';
import { decodeUtf8 } from '../dist/load/decode.js';
import { CompactIndex } from '../dist/search/compact-index.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const [trainArg, calibrationArg] = args.filter((a) => !a.startsWith('--'));
const shared = (name) => fileURLToPath(new URL(`../../shared/eval/wikiqa/${name}`, import.meta.url));
const trainFile = trainArg ?? shared('wikiqa-train.jsonl');
const calibrationFile = calibrationArg ?? shared('wikiqa-dev-all.jsonl');
const weightsFile = fileURLToPath(new URL('../src/answer/weights.json', import.meta.url));
const STEPS = 3000;
const RATE = 0.5;
const L2 = 1e-4;

/** The candidates of a question over a text as `seedqa ask` sees them: [features, passage][]. */
function candidatesIn(question, text) {
  const bytes = new TextEncoder().encode(text);
  const doc = { path: '/q.txt', source: 'q.txt', bytes, ...decodeUtf8(bytes) };
  const passages = PassageStore.fromPassages([doc], [toPassages(doc)]);
  const corpus = { passages, index: CompactIndex.build(passages.texts()) };
  return scoreCandidates(corpus, analyzeQuestion(question, acronymsOf(passages))).map((c) => [c.features, c.passage]);
}

/** WikiQA's candidates: one sentence per paragraph, so sentence i starts on line 2i+1. */
const candidates = (question, sentences) =>
  candidatesIn(question, sentences.join('\n\n') + '\n').map(([f, p]) => [f, Math.floor((p.line - 1) / 2)]);

const read = (file) => fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const labelled = (q) => candidates(q.question, q.sentences).map(([f, i]) => [f, q.gold.includes(i) ? 1 : 0]);
const questions = read(trainFile);
const examples = questions.flatMap(labelled);
const seedText = fs.readFileSync(fileURLToPath(new URL('../seeds/000_02398d64b96f3783.txt', import.meta.url)), 'utf8');
const seedGroups = [...read(shared('../seed-questions.jsonl')), ...read(shared('../seed-unanswerable.jsonl'))].map((q) => ({
  cands: candidatesIn(q.q, seedText).map(([f, p]) => [f, (q.gold ?? []).some((g) => p.text.includes(g)) ? 1 : 0]),
  hasGold: Boolean(q.gold),
}));
const groups = [...read(calibrationFile).map((q) => ({ cands: labelled(q), hasGold: q.gold.length > 0 })), ...seedGroups];

const dims = FEATURE_NAMES.length;
const w = new Array(dims).fill(0);
const positives = examples.filter(([, y]) => y === 1).length;
const classWeight = [positives / examples.length, 1 - positives / examples.length];
for (let step = 0; step < STEPS; step++) {
  const grad = new Array(dims).fill(0);
  let total = 0;
  for (const [f, y] of examples) {
    let z = 0;
    for (let d = 0; d < dims; d++) z += f[d] * w[d];
    const p = 1 / (1 + Math.exp(-z));
    const cw = classWeight[y];
    total += cw;
    for (let d = 0; d < dims; d++) grad[d] += cw * (p - y) * f[d];
  }
  for (let d = 0; d < dims; d++) w[d] -= RATE * (grad[d] / total + (d === 0 ? 0 : L2 * w[d]));
}

const prob = (f) => 1 / (1 + Math.exp(-f.reduce((z, x, d) => z + x * w[d], 0)));
const tops = groups.map(({ cands, hasGold }) => {
  const best = cands.map(([f, y]) => [prob(f), y, f[COVERAGE]]).sort((a, b) => b[0] - a[0])[0];
  // Mirrors isAnswered() in src/answer/model.ts: full coverage answers whatever the threshold.
  return { p: best ? (best[2] === 1 ? 1 : best[0]) : 0, correct: best ? best[1] === 1 : false, hasGold };
});
const withGold = tops.filter((t) => t.hasGold).length;
const f1At = (t) => {
  const answered = tops.filter((x) => x.p >= t);
  const counted = answered.filter((x) => x.correct).length;
  const P = answered.length ? counted / answered.length : 0;
  const R = counted / withGold;
  return P + R ? (2 * P * R) / (P + R) : 0;
};
// F1 is flat and jagged over a wide range of thresholds: take the centre of the best plateau
// (F1 averaged over ±SMOOTHING) so that a tiny change in the weights cannot swing the choice.
const SMOOTHING = 0.05;
const grid = Array.from({ length: 181 }, (_, i) => Number((0.05 + i * 0.005).toFixed(3)));
const f1s = grid.map(f1At);
const smoothed = grid.map((t) => {
  const near = f1s.filter((_, j) => Math.abs(grid[j] - t) <= SMOOTHING + 1e-9);
  return near.reduce((a, b) => a + b, 0) / near.length;
});
let best = 0;
for (let i = 1; i < grid.length; i++) if (smoothed[i] > smoothed[best] + 1e-12) best = i;
const threshold = grid[best];
const bestF1 = f1s[best];

const model = { features: [...FEATURE_NAMES], weights: w.map((x) => Number(x.toPrecision(8))), threshold };
const text = `${JSON.stringify(model, null, 2)}\n`;
console.error(`train: ${questions.length} questions, ${examples.length} examples; trigger F1 ${bestF1.toFixed(4)} at threshold ${threshold} on ${groups.length} calibration questions`);
if (check) {
  const same = fs.readFileSync(weightsFile, 'utf8') === text;
  console.error(same ? 'weights.json is reproduced exactly' : 'weights.json differs from a fresh training run');
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(weightsFile, text);
console.error(`wrote ${weightsFile}`);
