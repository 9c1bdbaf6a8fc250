import { analyze, forEachWord, type AnalyzedToken } from '../analysis/analyze.js';
import { entitiesOf, type Candidate } from './entities.js';
import type { Question } from './question.js';

function trimPhrase(text: string, start: number, end: number): string | null {
  const phrase = text
    .slice(start, end)
    .replace(/^[\s,;:.()"“”'’–—。，、！？：；「」『』（）-]+|[\s,;:.()"“”'’–—。，、！？：；「」『』（）-]+$/g, '')
    .replace(/^(?:and|or|but|that|which|who|is|are|was|were|the|a|an|to|of|in|on|for|by|with|as|from)\s+/i, '');
  let hasWord = false;
  forEachWord(phrase, () => (hasWord = true));
  return hasWord ? phrase : null;
}

/** Answer types whose answer is one name, date or number: worth cutting down to that phrase. */
const PHRASE_TYPES: ReadonlySet<Question['type']> = new Set(['person', 'date', 'number']);

/**
 * The phrase of `passage` that answers `question`: for who, when and how-many questions the
 * name, date or number nearest the question's words that the question does not already contain;
 * otherwise (what, why, how, where) the passage without the question's own words and function
 * words at either end, which is where the answer lies ("A glacier cave is a cave formed within
 * the ice of a glacier" → "within the ice" for "How are glacier caves formed?"). Measured on WikiQA's answer phrases, the whole remainder matches annotators far
 * better than any shorter clause.
 *
 * @example
 * ```ts
 * extractSpan(analyzeQuestion("Who is ByteDance's CEO?"), 'Liang Rubo, ByteDance’s CEO, said so.'); // → 'Liang Rubo'
 * ```
 */
export function extractSpan(question: Question, passage: string): string | null {
  const wanted = new Set(question.terms);
  const tokens = analyze(passage);
  const isQuestionWord = (t: AnalyzedToken): boolean => t.terms.some((term) => wanted.has(term));
  const matched = tokens.filter(isQuestionWord);

  if (PHRASE_TYPES.has(question.type)) {
    const inQuestion = (c: Candidate): boolean => matched.some((m) => c.start < m.end && m.start < c.end);
    const centre = matched.length > 0 ? (matched[0]!.start + matched[matched.length - 1]!.end) / 2 : 0;
    const entities = entitiesOf(passage, question.type).filter((c) => !inQuestion(c));
    if (entities.length > 0) {
      const nearest = entities.reduce((best, c) =>
        Math.abs((c.start + c.end) / 2 - centre) < Math.abs((best.start + best.end) / 2 - centre) ? c : best,
      );
      return trimPhrase(passage, nearest.start, nearest.end);
    }
  }

  const skipped = (t: AnalyzedToken): boolean => t.terms.length === 0 || isQuestionWord(t);
  let first = tokens.findIndex((t) => !skipped(t));
  if (first < 0) return null;
  // Function words just before the first content word belong to it: "within the ice".
  while (first > 0 && tokens[first - 1]!.terms.length === 0) first--;
  let last = tokens.length - 1;
  while (skipped(tokens[last]!)) last--;
  return trimPhrase(passage, tokens[first]!.start, tokens[last]!.end);
}
