import { stemmer } from 'stemmer';
import irregular from './irregular.json' with { type: 'json' };
import { STOP_WORDS } from './stopwords.js';
import { isLower, isUpper, isWordChar } from './unicode.js';

/** A word of the input with the index terms it yields (none for a stop word). */
export interface AnalyzedToken {
  /** Character offset of the word in the analyzed text. */
  start: number;
  /** Character offset just past the word. */
  end: number;
  /** Index terms, most specific first; empty when every form of the word is a stop word. */
  terms: string[];
}

const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const PLAIN_WORD = /^[a-z]+$/;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/**
 * Calls `visit` with the start and end of each word of `text`: a run of letters, numbers and
 * marks, joined across single apostrophes ("don't", "ByteDance’s"). Table lookups, not a
 * `\p{…}` regular expression, which would cost milliseconds to compile at every start.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    if (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordChar((cp = text.codePointAt(i)!))) i += cp > 0xffff ? 2 : 1;
      const next = text.charCodeAt(i);
      if ((next === APOSTROPHE || next === RIGHT_QUOTE) && i + 1 < n && isWordChar(text.codePointAt(i + 1)!)) i++;
      else break;
    }
    visit(start, i);
  }
}

/** Indices where a lowercase letter is followed by an uppercase one ("byteDance" → [4]). */
function caseBoundaries(word: string): number[] {
  const boundaries: number[] = [];
  let previousLower = false;
  for (let i = 0; i < word.length; ) {
    const cp = word.codePointAt(i)!;
    if (previousLower && isUpper(cp)) boundaries.push(i);
    previousLower = isLower(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return boundaries;
}

/** Step 1: variants of a word glued by case ("AllByteDance" → itself, "ByteDance", "Dance", "All"). */
function caseVariants(word: string): string[] {
  const boundaries = caseBoundaries(word);
  if (boundaries.length === 0) return [word];
  const variants = [word];
  for (const at of boundaries) variants.push(word.slice(at));
  variants.push(word.slice(0, boundaries[0]));
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

/** Irregular verb forms and plurals → base form ("wrote" → "write", "children" → "child"); built by `scripts/irregular.mjs`. */
const BASE_FORMS = new Map<string, string>(Object.entries(irregular.forms));

/**
 * Step 4: Porter stem for plain Latin words, of the base form when the word is an irregular form
 * ("written", "wrote", "writes" → `write`); other scripts and numbers pass unchanged.
 */
function stem(word: string): string {
  if (!PLAIN_WORD.test(word)) return word;
  const base = BASE_FORMS.get(word) ?? word;
  const stemmed = stemmer(base);
  // Porter takes the s off "focus", "virus" and "famous" but stems "focused", "viruses" and
  // "famously" to "focus", "virus" and "famous": keep the s, as Porter2 does.
  return base.endsWith('us') && stemmed.length === base.length - 1 ? base : stemmed;
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

/** The terms of every distinct word of `texts`, to store with an index snapshot. */
export function termsOfWords(texts: Iterable<string>): Record<string, string[]> {
  const words: Record<string, string[]> = {};
  for (const text of texts) forEachToken(text, (start, end, terms) => (words[text.slice(start, end)] ??= terms));
  return words;
}

/**
 * Takes word terms stored by {@link termsOfWords} (by this analyzer version) into the memo, so
 * that analyzing those words again skips stemming, the costliest step on a cold start.
 */
export function rememberTerms(words: Readonly<Record<string, string[]>>): void {
  for (const [word, terms] of Object.entries(words)) if (memo.size < MEMO_LIMIT) memo.set(word, terms);
}

/** Han ideographs, hiragana and katakana: scripts written without spaces between words. */
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3005, 0x3005], // 々
  [0x3040, 0x30ff], // hiragana, katakana
  [0x31f0, 0x31ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff66, 0xff9f], // halfwidth katakana
  [0x20000, 0x3ffff],
];

/** Whether a code point is CJK (see {@link CJK_RANGES}). */
export function isCjk(cp: number): boolean {
  return CJK_RANGES.some(([low, high]) => cp >= low && cp <= high);
}

const hex = (cp: number): string => `\\u${cp.toString(16).padStart(4, '0')}`;
/** A quick test for a word with any CJK character; astral ones by their lead surrogates (U+20000–U+3FFFF: D840–D8BF). */
const HAS_CJK = new RegExp(`[${CJK_RANGES.filter(([, high]) => high <= 0xffff).map(([low, high]) => `${hex(low)}-${hex(high)}`).join('')}\\ud840-\\ud8bf]`);

/**
 * Splits a word that contains CJK characters: runs of other characters stay words; a CJK run
 * becomes its overlapping character pairs ("字节跳动" → 字节, 节跳, 跳动), the classic way to
 * index text without spaces (a lone CJK character stays itself).
 */
function forEachCjkPiece(word: string, offset: number, visit: (start: number, end: number) => void): void {
  const starts: number[] = [];
  let otherStart = -1;
  const flushCjk = (end: number): void => {
    if (starts.length === 1) visit(offset + starts[0]!, offset + end);
    for (let k = 0; k + 1 < starts.length; k++) visit(offset + starts[k]!, offset + (starts[k + 2] ?? end));
    starts.length = 0;
  };
  for (let i = 0; i < word.length; ) {
    const cp = word.codePointAt(i)!;
    if (isCjk(cp)) {
      if (otherStart >= 0) visit(offset + otherStart, offset + i);
      otherStart = -1;
      starts.push(i);
    } else {
      if (starts.length > 0) flushCjk(i);
      if (otherStart < 0) otherStart = i;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (starts.length > 0) flushCjk(word.length);
  if (otherStart >= 0) visit(offset + otherStart, offset + word.length);
}

/** Hides Markdown link targets ("[text](https://…)") from analysis, keeping every offset. */
function withoutLinkTargets(text: string): string {
  return text.includes('](') ? text.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (target) => ` ${' '.repeat(target.length - 1)}`) : text;
}

/** Calls `visit` for each token of `text`: its range and index terms. */
function forEachToken(text: string, visit: (start: number, end: number, terms: string[]) => void): void {
  const visible = withoutLinkTargets(text);
  forEachWord(visible, (start, end) => {
    const word = visible.slice(start, end);
    if (!HAS_CJK.test(word)) {
      visit(start, end, termsOf(word));
      return;
    }
    forEachCjkPiece(word, start, (s, e) => visit(s, e, termsOf(visible.slice(s, e))));
  });
}

/**
 * The analyzer used for passages and questions alike: Unicode word tokens (CJK runs as
 * character pairs), then for each word case-glue splitting, folding, possessive and
 * apostrophe removal, stop words, and stemming.
 *
 * @example
 * ```ts
 * analyze("Who is ByteDance’s CEO?").flatMap((t) => t.terms); // → ['bytedanc', 'danc', 'byte', 'ceo']
 * ```
 */
export function analyze(text: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  forEachToken(text, (start, end, terms) => tokens.push({ start, end, terms }));
  return tokens;
}

/**
 * The index terms of a text, in order, as MiniSearch's tokenizer.
 *
 * @example
 * ```ts
 * analyzeTerms('The rollbacks were running'); // → ['rollback', 'run']
 * ```
 */
export function analyzeTerms(text: string): string[] {
  const terms: string[] = [];
  forEachToken(text, (_start, _end, found) => terms.push(...found));
  return terms;
}
