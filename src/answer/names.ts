import { analyze, type AnalyzedToken } from '../analysis/analyze.js';
import type { Corpus } from '../corpus/open.js';
import { isCommonWord, isProperAdjective, nounTypeOf } from './lexicon.js';

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
export function holdsWord(terms: readonly string[], present: ReadonlySet<string>): boolean {
  return present.has(terms[0]!) || (terms.length > 1 && terms.slice(1).every((t) => present.has(t)));
}

const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/iu;

/**
 * The names a question asks about: runs of its words that `isName` takes for names, joined by
 * spaces or full stops, make one name ("Jiang Lu", "St. Rita") unless a possessive ends one
 * ("Google's CEO" is two). By default a name is a capitalised word that is not a common word
 * ("Did", "Reports") or an adjective ("American"), and a question written in capitals has none;
 * {@link namesWrittenIn} tells the words the documents write as names. `tokens`: the question
 * analyzed, when it already is.
 *
 * @example
 * ```ts
 * namesOf("Who is Google's CEO?"); // → [[['googl']], [['ceo']]]
 * ```
 */
export function namesOf(
  question: string,
  tokens: readonly AnalyzedToken[] = analyze(question),
  isName: (word: string, terms: readonly string[]) => boolean = (word) => question !== question.toUpperCase() && looksLikeName(word),
): Name[] {
  const names: Array<Array<readonly string[]>> = [];
  let previousEnd = -1;
  for (const { start, end, terms } of tokens) {
    const word = question.slice(start, end);
    if (terms.length === 0 || !isName(word, terms)) continue;
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

/**
 * Which of `terms` (first terms of words) `passages` write as names: capitalised, not at the start
 * of a passage, not a common word — and never in lower case. The documents say "Google" and "CEO",
 * so "who is google's ceo" asks about them as "Who is Google's CEO?" does.
 */
export function namesWrittenIn(passages: ReadonlyArray<{ text: string; tokens: readonly AnalyzedToken[] }>, terms: ReadonlySet<string>): Set<string> {
  const named = new Set<string>();
  const lower = new Set<string>();
  const nameLike = new Map<string, boolean>();
  for (const { text, tokens } of passages) {
    tokens.forEach((token, i) => {
      const term = token.terms[0];
      if (term === undefined || !terms.has(term) || lower.has(term)) return;
      const word = text.slice(token.start, token.end);
      if (!CAPITALISED.test(word)) lower.add(term);
      else if (i > 0 && (nameLike.get(word) ?? nameLike.set(word, looksLikeName(word)).get(word))) named.add(term);
    });
  }
  for (const term of lower) named.delete(term);
  return named;
}

const PRONOUN = /\b(?:it|they|them|he|him|she)\b/i;
const DEFINITE_NOUN = /\b(?:the|this|that)\s+([a-z]+)/gi;

/**
 * Whether a passage refers back to someone, something or somewhere named before it: by a pronoun
 * ("It was founded in 1998.") or by "the"/"this"/"that" and a noun for a person, an organisation
 * or a place ("The company was founded in 1921.").
 */
function refersBack(text: string): boolean {
  if (PRONOUN.test(text)) return true;
  for (const [, noun] of text.matchAll(DEFINITE_NOUN)) {
    const type = nounTypeOf(noun!.toLowerCase());
    if (type === 'person' || type === 'place') return true;
  }
  return false;
}

// "the price", "its CEO", "ByteDance's stock price", "what university": the word after a
// determiner is a noun (or the first of a compound). One more word may be a verb: "What is
// ByteDance's CEO called?".
const DETERMINER_BEFORE = /(?:\b(?:the|an?|its|their|his|her|our|your|my|this|that|these|those|what|which|whose)|['’]s)\s+$/iu;

/** The terms of each word of `text` (analyzed: `tokens`) that follows a determiner ("the price", "what university"): the nouns it asks by. */
function nounsOf(text: string, tokens: readonly AnalyzedToken[]): ReadonlyArray<readonly string[]> {
  return tokens.filter((t) => t.terms.length > 0 && DETERMINER_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))).map((t) => t.terms);
}

/** What {@link namesHeld} needs to know of a question. */
export interface NamedQuestion {
  names: readonly Name[];
  /** Terms that stand in for question terms (acronyms and their expansions): term → the terms it covers. */
  alternatives: ReadonlyMap<string, readonly string[]>;
}

/**
 * Whether passage `i` (analyzed: `tokens`) is about what the question names: it or a heading it
 * sits under holds a word of each of the question's names that the corpus knows (or an acronym or
 * expansion of it), or it refers back (see {@link refersBack}) to the passage before it, which
 * does. "Liang Rubo, ByteDance’s CEO" does not answer "Who is Google's CEO?" when the documents
 * speak of Google elsewhere.
 *
 * @example
 * ```ts
 * namesHeld(corpus, best.hit.passage, best.tokens, question); // false: seedqa abstains
 * ```
 */
export function namesHeld(corpus: Pick<Corpus, 'passages' | 'index'>, i: number, tokens: readonly AnalyzedToken[], question: NamedQuestion): boolean {
  const known = question.names
    .map((name) => name.filter((terms) => corpus.index.documentFrequency(terms[0]!) > 0))
    .filter((name) => name.length > 0);
  if (known.length === 0) return true;
  const holdsAll = (present: ReadonlySet<string>): boolean => {
    const standsIn = (term: string): boolean => [...question.alternatives].some(([alternative, covers]) => covers.includes(term) && present.has(alternative));
    return known.every((name) => name.some((terms) => holdsWord(terms, present) || standsIn(terms[0]!)));
  };
  const present = new Set(tokens.flatMap((t) => t.terms));
  // The headings a passage sits under say what it is about: "## Rollback" above "It takes two minutes."
  for (const heading of corpus.passages.headingPath(i)) for (const t of analyze(heading)) for (const term of t.terms) present.add(term);
  if (holdsAll(present)) return true;
  const text = corpus.passages.get(i).text;
  if (!refersBack(text)) return false;
  for (const j of corpus.passages.around(i, 1).before) for (const t of analyze(corpus.passages.get(j).text)) for (const term of t.terms) present.add(term);
  return holdsAll(present);
}

/**
 * Whether a passage holds more of a question than its names, when the question asks by a noun
 * ("the price", "what university"; see {@link nounsOf}) that is not a name: `matched` (the question
 * terms and stand-ins the passage holds) has a term that is not of a name, nor an acronym or
 * expansion of one without the name beside it (an acronym beside its expansion defines it). A
 * question without names, or asking only by verbs ("What did Liang Rubo outline?": the passage may
 * say it in other words), needs nothing more.
 *
 * @example
 * ```ts
 * holdsMoreThanNames(['jiang', 'lu'], analyzeQuestion('What university did Jiang Lu attend?')); // false
 * ```
 */
export function holdsMoreThanNames(matched: readonly string[], question: NamedQuestion & { text: string; tokens: readonly AnalyzedToken[] }): boolean {
  const nameTerms = new Set(question.names.flatMap((name) => name.flat()));
  if (nameTerms.size === 0 || !nounsOf(question.text, question.tokens).some((terms) => !terms.some((t) => nameTerms.has(t)))) return true;
  const present = new Set(matched);
  const expands = (term: string): string[] => (question.alternatives.get(term) ?? []).filter((t) => nameTerms.has(t));
  // An acronym beside its expansion defines it: "large language models (LLMs)" says what LLM stands for.
  return matched.some((term) => !nameTerms.has(term) && (expands(term).length === 0 || expands(term).some((t) => present.has(t))));
}
