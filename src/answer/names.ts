import { analyze, type AnalyzedToken } from '../analysis/analyze.js';
import { DETERMINERS, isCommonWord, isProperAdjective } from './lexicon.js';
import type { Question } from './question.js';

/** A name of a question ("Jiang Lu", "Google", "CEO"): the terms of each of its words. */
export type Name = ReadonlyArray<readonly string[]>;

/**
 * Whether `present` holds a word with the index terms `terms` (see `analyze`): its whole term, or
 * every part of a word glued from several ("Byte Dance" holds "ByteDance"); "AI" alone does not
 * hold "OpenAI".
 *
 * @example
 * ```ts
 * holdsWord(['openai', 'ai', 'open'], new Set(['ai'])); // false
 * ```
 */
export function holdsWord(terms: readonly string[], present: Pick<ReadonlySet<string>, 'has'>): boolean {
  return present.has(terms[0]!) || (terms.length > 1 && terms.slice(1).every((t) => present.has(t)));
}

const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/iu;

/**
 * The names a question asks about: runs of capitalised words that are not common words ("Did",
 * "Reports") or adjectives ("American"), joined by spaces or full stops, make one name ("Jiang
 * Lu", "St. Rita") unless a possessive ends one ("Google's CEO" is two); a question written in
 * capitals has none. `tokens`: the question analyzed, when it already is.
 *
 * @example
 * ```ts
 * namesOf("Who is Google's CEO?"); // → [[['googl']], [['ceo']]]
 * ```
 */
export function namesOf(question: string, tokens: readonly AnalyzedToken[] = analyze(question)): Name[] {
  // Once per question, not per word: a question of 30,000 words would copy itself 30,000 times.
  if (question === question.toUpperCase()) return [];
  const names: Array<Array<readonly string[]>> = [];
  let previousEnd = -1;
  for (const { start, end, terms } of tokens) {
    const word = question.slice(start, end);
    if (terms.length === 0 || !looksLikeName(word)) continue;
    const joined = previousEnd >= 0 && /^[\s.]*$/.test(question.slice(previousEnd, start)) && !POSSESSIVE.test(question.slice(0, previousEnd));
    if (joined) names.at(-1)!.push(terms);
    else names.push([terms]);
    previousEnd = end;
  }
  return names;
}

/** Whether a word is written as a name: capitalised, and not a common word or an adjective. */
function looksLikeName(word: string): boolean {
  return CAPITALISED.test(word) && !isCommonWord(word) && !isProperAdjective(word);
}

// "the price", "its CEO", "ByteDance's stock price", "what university": the word after a
// determiner is a noun (or the first of a compound). One more word may be a verb: "What is
// ByteDance's CEO called?".
const DETERMINER_BEFORE = new RegExp(`(?:\\b(?:${DETERMINERS})|['’]s)\\s+$`, 'iu');

/** The terms of each word of `text` (analyzed: `tokens`) that follows a determiner ("the price", "what university"): the nouns it asks by. */
function nounsOf(text: string, tokens: readonly AnalyzedToken[]): ReadonlyArray<readonly string[]> {
  return tokens.filter((t) => t.terms.length > 0 && DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))).map((t) => t.terms);
}

/**
 * Whether a passage holds more of a question than its names, when the question asks by a noun
 * ("the price", "what university"; see {@link nounsOf}) that is not a name: `matched` (the question
 * terms and stand-ins the passage holds) has a term that is not of a name. A question without
 * names, or asking only by verbs ("What did Liang Rubo outline?": the passage may say it in other
 * words), needs nothing more.
 *
 * @example
 * ```ts
 * holdsMoreThanNames(['jiang', 'lu'], analyzeQuestion('What university did Jiang Lu attend?')); // false
 * ```
 */
export function holdsMoreThanNames(matched: readonly string[], question: Pick<Question, 'names' | 'text' | 'tokens'>): boolean {
  const nameTerms = new Set(question.names.flatMap((name) => name.flat()));
  if (nameTerms.size === 0 || !nounsOf(question.text, question.tokens).some((terms) => !terms.some((t) => nameTerms.has(t)))) return true;
  return matched.some((term) => !nameTerms.has(term));
}
