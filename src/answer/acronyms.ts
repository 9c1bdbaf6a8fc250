import { analyzeTerms, forEachWord, termsOf } from '../analysis/analyze.js';
import { STOP_WORDS } from '../analysis/stopwords.js';
import type { Document } from '../types.js';

/** Acronyms a corpus defines: the acronym's index term → the index terms of its expansion. */
export type Acronyms = ReadonlyMap<string, readonly string[]>;

const DEFINITION = /\(([A-Z][A-Za-z0-9]{1,9})\)/g;
const LOOK_BACK = 160;

/**
 * The words just before an acronym that spell it: first letters of consecutive words, function
 * words allowed inside ("Department of Defense" for DoD), or undefined.
 */
function expansionBefore(before: string, initials: string): string | undefined {
  const words: string[] = [];
  forEachWord(before, (start, end) => words.push(before.slice(start, end)));
  let letter = initials.length - 1;
  for (let i = words.length - 1; i >= 0 && words.length - i <= initials.length * 2; i--) {
    const word = words[i]!;
    if (word[0]!.toLowerCase() === initials[letter]!.toLowerCase()) {
      if (--letter < 0) return words.slice(i).join(' ');
    } else if (!(STOP_WORDS.has(word.toLowerCase()) && letter < initials.length - 1)) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Learns the acronyms a text defines in the usual way, "large language models (LLMs)": the
 * capitals of the bracketed word (a plural s allowed) are the initials of the words before it.
 *
 * @example
 * ```ts
 * learnAcronyms(['It uses large language models (LLMs).']); // Map { 'llm' => ['larg', 'languag', 'model'] }
 * ```
 */
export function learnAcronyms(texts: Iterable<string>): Map<string, string[]> {
  const acronyms = new Map<string, string[]>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const match of text.matchAll(DEFINITION)) {
      const initials = match[1]!.replace(/[^A-Z0-9]/g, '');
      if (initials.length < 2) continue;
      const expansion = expansionBefore(text.slice(Math.max(0, match.index! - LOOK_BACK), match.index!), initials);
      const [term] = termsOf(match[1]!);
      if (!expansion || !term || acronyms.has(term)) continue;
      const expanded = analyzeTerms(expansion);
      if (expanded.length >= 2 && !expanded.includes(term)) acronyms.set(term, expanded);
    }
  }
  return acronyms;
}

/**
 * The words a passage spells `acronym` out with, as it defines it ("large language models (LLMs)"
 * for LLM; any case, a plural s allowed), or undefined.
 *
 * @example
 * ```ts
 * expansionIn('It uses large language models (LLMs).', 'LLM'); // 'large language models'
 * ```
 */
export function expansionIn(passage: string, acronym: string): string | undefined {
  // Its capitals as written ("DoD" → DD, "LLMs" → LLM); typed in lower case, all of it, with or without a plural s.
  const capitals = acronym.replace(/[^A-Z0-9]/g, '');
  const typed = acronym.replace(/[^a-z0-9]/gi, '').toUpperCase();
  const wanted = /[A-Z]/.test(capitals) ? [capitals] : [typed, typed.replace(/(?<=..)S$/, '')];
  for (const match of passage.matchAll(DEFINITION)) {
    const initials = match[1]!.replace(/[^A-Z0-9]/g, '');
    if (!wanted.includes(initials)) continue;
    const expansion = expansionBefore(passage.slice(Math.max(0, match.index! - LOOK_BACK), match.index!), initials);
    if (expansion) return expansion;
  }
  return undefined;
}

const learned = new WeakMap<readonly Document[], Acronyms>();

/**
 * The acronyms a corpus's documents define: learned once per set of documents, or taken from
 * its stored index (see {@link rememberAcronyms}); scanning 10 MB of text costs ~14 ms.
 */
export function acronymsOf(passages: { readonly documents: readonly Document[] }): Acronyms {
  let acronyms = learned.get(passages.documents);
  if (!acronyms) learned.set(passages.documents, (acronyms = learnAcronyms(passages.documents.map((d) => d.text))));
  return acronyms;
}

/** Records acronyms learned earlier from exactly these documents (kept with a cached index). */
export function rememberAcronyms(documents: readonly Document[], acronyms: Acronyms): void {
  learned.set(documents, acronyms);
}

/**
 * Terms that stand in for a question's words (their first terms): an acronym the question uses
 * brings its expansion, and an expansion the question spells out in full brings its acronym.
 * Each alternative maps to the question terms it stands for.
 *
 * @example
 * ```ts
 * const acronyms = new Map([['llm', ['larg', 'languag', 'model']]]);
 * alternativesFor(['bytedanc', 'llm'], acronyms); // Map { 'larg' => ['llm'], 'languag' => ['llm'], 'model' => ['llm'] }
 * ```
 */
export function alternativesFor(terms: readonly string[], acronyms: Acronyms): Map<string, string[]> {
  const present = new Set(terms);
  const alternatives = new Map<string, string[]>();
  for (const [acronym, expansion] of acronyms) {
    if (present.has(acronym)) {
      for (const term of expansion) if (!present.has(term)) alternatives.set(term, [acronym]);
    } else if (expansion.every((t) => present.has(t))) {
      alternatives.set(acronym, [...expansion]);
    }
  }
  return alternatives;
}
