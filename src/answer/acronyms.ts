import { forEachWord } from '../analysis/analyze.js';
import { STOP_WORDS } from '../analysis/stopwords.js';

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
