import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopwords.js';

/** A word of the input with the index terms it yields (none for a stop word). */
export interface AnalyzedToken {
  /** Character offset of the word in the analyzed text. */
  start: number;
  /** Character offset just past the word. */
  end: number;
  /** Index terms, most specific first; empty when every form of the word is a stop word. */
  terms: string[];
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const CASE_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})/u;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const PLAIN_WORD = /^[a-z]+$/;

/** Step 1: variants of a word glued by case ("AllByteDance" → itself, "ByteDance", "Dance", "All"). */
function caseVariants(word: string): string[] {
  const pieces = word.split(CASE_BOUNDARY);
  if (pieces.length < 2) return [word];
  const variants = [word];
  for (let i = 1; i < pieces.length; i++) variants.push(pieces.slice(i).join(''));
  variants.push(pieces[0]!);
  return variants;
}

/** Step 2: folds case, compatibility forms and Latin diacritics ("Café" → "cafe"). */
function fold(word: string): string {
  return word.normalize('NFKD').replace(LATIN_DIACRITICS, '').normalize('NFKC').toLowerCase();
}

/** Step 3: drops possessives and apostrophes ("bytedance's" → "bytedance", "don't" → "dont"). */
function dropApostrophes(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
}

/** Step 4: Porter stem for plain Latin words; other scripts and numbers pass unchanged. */
function stem(word: string): string {
  return PLAIN_WORD.test(word) ? stemmer(word) : word;
}

const memo = new Map<string, string[]>();
const MEMO_LIMIT = 200_000;

/** The index terms of one word: the analyzer chain, memoised. */
export function termsOf(word: string): string[] {
  let terms = memo.get(word);
  if (terms) return terms;
  terms = [];
  for (const variant of caseVariants(word)) {
    const plain = dropApostrophes(fold(variant));
    if (plain === '' || STOP_WORDS.has(plain)) continue;
    const term = stem(plain);
    if (!terms.includes(term)) terms.push(term);
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, terms);
  return terms;
}

/**
 * The analyzer used for passages and questions alike: Unicode word tokens, then for each word
 * case-glue splitting, folding, possessive and apostrophe removal, stop words, and stemming.
 *
 * @example
 * ```ts
 * analyze("Who is ByteDance’s CEO?").flatMap((t) => t.terms); // → ['bytedanc', 'danc', 'byte', 'ceo']
 * ```
 */
export function analyze(text: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index!;
    tokens.push({ start, end: start + match[0].length, terms: termsOf(match[0]) });
  }
  return tokens;
}

/** The index terms of a text, in order, as MiniSearch's tokenizer. */
export function analyzeTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) terms.push(...termsOf(match[0]));
  return terms;
}
