#!/usr/bin/env node
// npm run train — fits the answer model (src/answer/weights.json) on the training pool:
//   node scripts/train.mjs [--check]
// The pool (scripts/train/pool.mjs): WikiQA's training split (and each question again where
// nothing answers it), SQuAD 2.0's questions from ../shared/eval/squad/ (asked of their
// paragraph, and when answerable of the whole article), and the quality suite's question sets
// but seed dev (seed probes, pino docs, dev docs, small notes, SOTU). Every candidate passage
// `seedqa ask` would re-rank is an example, labelled by whether it answers.
// 1. Weights: one logistic model of whether a candidate answers (scripts/train/fit.mjs); its
//    probability ranks the candidates and decides whether the best answers.
// 2. Threshold: by 5-fold cross-validation on the pool (folds by question, SQuAD by article),
//    the one that maximises the share of questions decided right (answered with a right first
//    passage, or not answered when nothing answers), averaged over the pool's sources. The quality
//    suite (npm run quality) scores each question set of the pool with a model fitted and
//    thresholded without it; seed dev, the regression floor, never takes part.
// --check compares with the committed weights instead of writing them (exit 1 on a difference).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../dist/answer/features.js';
import { STAND_IN_SOURCES } from '../dist/answer/stand-ins.js';
import { chooseThreshold, fitWeights, outOfFold } from './train/fit.mjs';
import { trainingPool } from './train/pool.mjs';

const check = process.argv.includes('--check');
const weightsFile = fileURLToPath(new URL('../src/answer/weights.json', import.meta.url));

const pool = await trainingPool();
const dims = FEATURE_NAMES.length;
const { threshold, accuracy } = chooseThreshold(outOfFold(pool, dims));
const weights = fitWeights(pool, dims);
const model = { features: [...FEATURE_NAMES], weights: weights.map((x) => Number(x.toPrecision(8))), threshold, standIns: [...STAND_IN_SOURCES] };
const text = `${JSON.stringify(model, null, 2)}\n`;
const sources = [...new Set(pool.map((g) => g.source))].map((s) => `${s} ${pool.filter((g) => g.source === s).length}`).join(', ');
console.error(`train: ${pool.length} questions (${sources}); threshold ${threshold}: cross-validated share decided right ${accuracy.toFixed(4)} (mean over sources)`);
if (check) {
  const same = fs.readFileSync(weightsFile, 'utf8') === text;
  console.error(same ? 'weights.json is reproduced exactly' : 'weights.json differs from a fresh training run');
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(weightsFile, text);
// The scripts (quality, this pool) read dist/: without this, they would score with the old weights until the next build.
const built = fileURLToPath(new URL('../dist/answer/weights.json', import.meta.url));
if (fs.existsSync(built)) fs.writeFileSync(built, text);
console.error(`wrote ${weightsFile} (and dist/; run npm run build for the bundled command line)`);
