import { STOP_WORDS } from '../analysis/stopwords.js';
import lexicon from './lexicon.json' with { type: 'json' };
import type { AnswerType } from './question.js';

type TypedNoun = Exclude<AnswerType, 'other' | 'duration' | 'money'>;
const NOUN_TYPES: ReadonlyArray<[TypedNoun, string]> = (['person', 'place', 'date', 'number'] as const).map((type) => [type, lexicon.nouns[type]]);

/**
 * What a common noun names, from WordNet (its most frequent sense is a kind of person or
 * organisation, place, time, or measure), or undefined; plurals are looked up as singulars.
 *
 * @example
 * ```ts
 * nounTypeOf('composer'); // 'person'
 * nounTypeOf('counties'); // 'place'
 * nounTypeOf('colour');   // undefined
 * ```
 */
export function nounTypeOf(word: string): TypedNoun | undefined {
  for (const form of singularsOf(word)) for (const [type, nouns] of NOUN_TYPES) if (hasWord(nouns, form)) return type;
  return undefined;
}

/** The word and what it may be the plural of: "counties" → counties, county, counti, countie. */
function singularsOf(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/**
 * Whether a capitalised word is an adjective ("American", "Victorian"), not a name.
 *
 * @example
 * ```ts
 * isProperAdjective('Norwegian'); // true
 * isProperAdjective('Norway');    // false
 * ```
 */
export function isProperAdjective(word: string): boolean {
  return hasWord(lexicon.properAdjectives, word);
}

/**
 * Whether a word (any case, perhaps inflected: "Reports", "Recently", "Founded") is a common
 * English word that WordNet never capitalises: at the start of a sentence it is no name.
 *
 * @example
 * ```ts
 * isCommonWord('Reports'); // true
 * isCommonWord('Cook');    // false (also a name in WordNet)
 * ```
 */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const forms = [...singularsOf(lower), lower.replace(/e?d$/, ''), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e')];
  return forms.some((form) => form.length > 1 && hasWord(lexicon.commonWords, form));
}

/** English prepositions (many are stop words to the analyzer as well). */
export const PREPOSITIONS: readonly string[] = [
  'about', 'across', 'after', 'against', 'along', 'amid', 'amidst', 'among', 'around', 'at', 'before', 'behind',
  'beneath', 'between', 'beyond', 'by', 'despite', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of',
  'off', 'on', 'outside', 'over', 'past', 'throughout', 'to', 'under', 'unlike', 'with', 'within', 'without',
];
const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);

/** The prepositions that put what follows at a place ("in Miletus", "native to South Asia"), as a regular-expression alternation. */
export const PLACE_PREPOSITIONS = 'in|at|of|from|to|near|into|across|throughout|within|over|on|inside|outside|around|along|off';

/** Articles and possessive pronouns that stand before a noun, as a regular-expression alternation. */
export const PRONOUN_DETERMINERS = 'the|an?|its|his|her|their';

/** Every determiner a noun may follow ("the price", "its CEO", "what university"), as a regular-expression alternation. */
export const DETERMINERS = `${PRONOUN_DETERMINERS}|our|your|my|this|that|these|those|what|which|whose`;

/** Words that begin no answer phrase: conjunctions, relative pronouns, copulas, articles and common prepositions. */
export const PHRASE_OPENERS = 'and|or|but|that|which|who|is|are|was|were|the|a|an|to|of|in|on|for|by|with|as|from';

/** Whether a word (any case) is a function word: a stop word or a preposition ("Despite", "like"). */
export function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return STOP_WORDS.has(lower) || PREPOSITION_SET.has(lower);
}

/**
 * The singular of an English plural noun, by its ending ("counties" → county, "rivals" → rival;
 * "class" stays).
 *
 * @example
 * ```ts
 * singular('counties'); // 'county'
 * ```
 */
export function singular(noun: string): string {
  return noun.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

/**
 * The entry of `sorted` (entries sorted by key, each with `separator` before and after it) whose
 * key, its text up to the first space, is `key`; undefined when there is none. A binary search
 * over the text: scanning the 62 kB list of common words took 0.1 ms a passage, and a set costs
 * milliseconds to build at start-up.
 *
 * @example
 * ```ts
 * sortedEntry('\nbiggest largest\nsitu locat\n', '\n', 'biggest'); // 'biggest largest'
 * ```
 */
export function sortedEntry(sorted: string, separator: string, key: string): string | undefined {
  // sorted[low] and sorted[high] are separators; the entry, if there, lies between them.
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const start = sorted.lastIndexOf(separator, (low + high) >> 1);
    const end = sorted.indexOf(separator, start + 1);
    const entry = sorted.slice(start + 1, end);
    const space = entry.indexOf(' ');
    const middle = space < 0 ? entry : entry.slice(0, space);
    if (middle === key) return entry;
    if (middle < key) low = end;
    else high = start;
  }
  return undefined;
}

/** Whether `word` is one of the words of `spaced` (sorted, a space before and after each). */
const hasWord = (spaced: string, word: string): boolean => sortedEntry(spaced, ' ', word) !== undefined;
