#!/usr/bin/env node
// npm run quality — the quality suite: every question set, seedqa beside plain MiniSearch.
//   node scripts/quality.mjs [--json] [--only NAME,NAME] [--without FEATURE,…] [--stand-ins SOURCE,…]
// Rows: the question sets of scripts/quality/sets.mjs over their documents; WikiQA dev (every
// question: MAP over those with a right and a wrong sentence, triggering over all); WikiQA train by
// 5-fold cross-validation. No row is scored by a model that saw it: a set of the training pool
// (see scripts/train/pool.mjs) is answered by a model fitted, and thresholded by cross-validation,
// on the pool without that set; WikiQA train's folds by models fitted without the fold; seed dev
// and WikiQA dev, and the held-out sets (sets.mjs), by the shipped model, which never saw them.
// --without refits every model with those features held at zero, --stand-ins with only those
// sources of stand-ins (synonyms, neighbours; 'none' for none): ablations.
// The `pooled` line (the JSON's `pooled`) is the one figure every change is judged by: the mean over
// the rows that are not held out of each row's score (question sets: share decided right —
// answered with the right passage first, or abstained when nothing answers; WikiQA: mean of MAP and
// trigger F1). The held-out rows' mean is printed apart (`held_out`): it reports, it does not decide.
import { answerQuestion } from '../dist/answer/answer.js';
import { FEATURE_NAMES } from '../dist/answer/features.js';
import { MODEL } from '../dist/answer/model.js';
import { STAND_IN_SOURCES } from '../dist/answer/stand-ins.js';
import { openCorpus } from '../dist/corpus/open.js';
import { crossValidated } from './quality/cv.mjs';
import { answerPhrases, questionSets, readJsonLines, WIKIQA } from './quality/sets.mjs';
import { miniSearchAnswerer, scoreSet, scoreWikiQA, seedqaAnswerer } from './quality/score.mjs';
import { chooseThreshold, fitWeights, outOfFold } from './train/fit.mjs';
import { trainingPool } from './train/pool.mjs';

const args = process.argv.slice(2);
function option(name) {
  if (!args.includes(name)) return undefined;
  const value = args[args.indexOf(name) + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error(`quality: ${name} needs a value`);
    process.exit(2);
  }
  return value.split(',');
}
const json = args.includes('--json');
const only = option('--only');
const without = option('--without') ?? [];
const standIns = (option('--stand-ins') ?? STAND_IN_SOURCES).filter((s) => s !== 'none');
const unknown = [...without.filter((f) => !FEATURE_NAMES.includes(f)), ...standIns.filter((s) => !STAND_IN_SOURCES.includes(s))];
if (unknown.length) {
  console.error(`quality: no feature or stand-in source ${unknown.join(', ')}`);
  process.exit(2);
}
const ablated = without.length > 0 || standIns.length < STAND_IN_SOURCES.length;
const wanted = (name) => !only || only.some((o) => name.toLowerCase().includes(o.toLowerCase()));
const dims = FEATURE_NAMES.length;
const mask = FEATURE_NAMES.map((f) => !without.includes(f));

const pool = await trainingPool(standIns);
/** A model fitted on `groups`, its threshold chosen by cross-validation on them. */
function modelFrom(groups) {
  const { threshold } = chooseThreshold(outOfFold(groups, dims, mask));
  return { features: [...FEATURE_NAMES], weights: fitWeights(groups, dims, mask), threshold, standIns };
}
const shipped = ablated ? modelFrom(pool) : MODEL;

const rows = [];
for (const set of questionSets().filter((s) => wanted(s.name))) {
  const corpus = await openCorpus(set.paths, { cacheDir: null });
  const inPool = pool.some((g) => g.source === set.name);
  const model = inPool ? modelFrom(pool.filter((g) => g.source !== set.name)) : shipped;
  rows.push({ name: set.name, kind: 'set', heldOut: set.heldOut === true, seedqa: scoreSet(seedqaAnswerer(answerQuestion, { model }), corpus, set), minisearch: scoreSet(miniSearchAnswerer, corpus, set) });
}
const phrases = answerPhrases();
if (wanted('WikiQA dev')) {
  const dev = readJsonLines(WIKIQA.devAll);
  const seedqa = seedqaAnswerer(answerQuestion, { model: shipped });
  rows.push({ name: 'WikiQA dev', kind: 'wikiqa', seedqa: scoreWikiQA(seedqa, dev, phrases), minisearch: scoreWikiQA(miniSearchAnswerer, dev, phrases) });
}
if (wanted('WikiQA train')) {
  const train = readJsonLines(WIKIQA.train);
  const seedqa = crossValidated(train, phrases, { pool, mask, standIns });
  rows.push({ name: 'WikiQA train (5-fold CV)', kind: 'wikiqa', seedqa, minisearch: scoreWikiQA(miniSearchAnswerer, train, phrases) });
}

/** A row's one figure: see the header. */
function rowScore(row, system) {
  const r = row[system];
  if (row.kind === 'wikiqa') return (r.map + r.trigger_f1) / 2;
  return (r.right + r.abstained) / (r.n + r.unanswerable);
}
const meanScore = (system, some) => some.reduce((sum, row) => sum + rowScore(row, system), 0) / some.length;
const deciding = rows.filter((row) => !row.heldOut);
const heldOut = rows.filter((row) => row.heldOut);
const pooled = (system) => meanScore(system, deciding);
const heldOutMean = (system) => (heldOut.length ? meanScore(system, heldOut) : null);

if (json) {
  console.log(JSON.stringify({ without, standIns, rows, pooled: { seedqa: pooled('seedqa'), minisearch: pooled('minisearch') }, held_out: { seedqa: heldOutMean('seedqa'), minisearch: heldOutMean('minisearch') } }));
} else {
  const f3 = (x) => x.toFixed(3);
  const cell = (row, system) => {
    const r = row[system];
    if (row.kind === 'wikiqa') return `MAP ${f3(r.map)} MRR ${f3(r.mrr)} trig F1 ${f3(r.trigger_f1)} span F1 ${f3(r.span_f1)}`;
    const spans = system === 'seedqa' ? ` span ${r.spans}/${r.spans_expected}` : '';
    return `right ${r.right}/${r.n} first ${r.first} FA ${r.false_abstain} abst ${r.abstained}/${r.unanswerable}${spans}`;
  };
  console.log('| row | seedqa | MiniSearch defaults |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.name}${row.heldOut ? ' (held out)' : ''} | ${cell(row, 'seedqa')} | ${cell(row, 'minisearch')} |`);
  console.log(`| pooled (rows not held out) | ${f3(pooled('seedqa'))} | ${f3(pooled('minisearch'))} |`);
  if (heldOut.length) console.log(`| held out (reported, not for decisions) | ${f3(heldOutMean('seedqa'))} | ${f3(heldOutMean('minisearch'))} |`);
  for (const row of rows) {
    if (row.kind !== 'set') continue;
    const reasons = Object.entries(row.seedqa.reasons).map(([k, v]) => `${k} ${v}`).join(', ');
    console.error(`${row.name} misses: ${row.seedqa.misses.join(' ')}${reasons ? `; abstained: ${reasons}` : ''}`);
  }
}
