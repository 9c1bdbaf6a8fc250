import { analyze } from '../analysis/analyze.js';
import type { Range } from '../types.js';

/** Character ranges of the words in `text` whose index terms include one of `terms`. */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms);
  return analyze(text)
    .filter((token) => token.terms.some((t) => wanted.has(t)))
    .map((token) => [token.start, token.end] as const);
}
