import lexicon from './lexicon.json' with { type: 'json' };
import type { AnswerType } from './question.js';

type TypedNoun = Exclude<AnswerType, 'other'>;
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
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  for (const form of forms) for (const [type, nouns] of NOUN_TYPES) if (nouns.includes(` ${form} `)) return type;
  return undefined;
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
  return lexicon.properAdjectives.includes(` ${word} `);
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
  const forms = [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y'), lower.replace(/e?d$/, ''), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e')];
  return forms.some((form) => form.length > 1 && lexicon.commonWords.includes(` ${form} `));
}
