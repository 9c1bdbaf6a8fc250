import { analyze, type AnalyzedToken } from '../analysis/analyze.js';
import type { Range } from '../types.js';

/**
 * Character ranges of the words in `text` whose index terms include one of `terms`, overlaps
 * merged (CJK pairs overlap). `tokens` is `analyze(text)` when the caller has it already.
 */
export function highlightRanges(text: string, terms: readonly string[], tokens: readonly AnalyzedToken[] = analyze(text)): Range[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms);
  const ranges: Array<[number, number]> = [];
  for (const token of tokens) {
    if (!token.terms.some((t) => wanted.has(t))) continue;
    const last = ranges.at(-1);
    if (last && token.start < last[1]) last[1] = Math.max(last[1], token.end);
    else ranges.push([token.start, token.end]);
  }
  return ranges;
}
