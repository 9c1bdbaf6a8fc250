import type { PassageIndex } from '../search/passage-index.js';
import type { Answer, Citation, Hit } from '../types.js';
import { highlightRanges } from './highlight.js';

/** Options for {@link answerQuestion}. */
export interface AnswerOptions {
  /** How many citations at most. Default 3. */
  limit?: number;
}

const SCORE_DECIMALS = 1e4;

function toCitation(hit: Hit): Citation {
  return { ...hit.passage, score: Math.round(hit.score * SCORE_DECIMALS) / SCORE_DECIMALS };
}

/**
 * Answers one question from an index: the best passage and its citations.
 * `answered` is false when no content word of the question matches any passage.
 *
 * @example
 * ```ts
 * const answer = answerQuestion(index, "Who is ByteDance's CEO?", { limit: 3 });
 * answer.citations[0]?.line; // where the answer is
 * ```
 */
export function answerQuestion(index: PassageIndex, question: string, options: AnswerOptions = {}): Answer {
  const hits = index.search(question, options.limit ?? 3);
  const best = hits[0];
  return {
    question,
    answered: best !== undefined,
    answer: best ? best.passage.text : null,
    span: null,
    citations: hits.map(toCitation),
    highlights: hits.map((hit) => highlightRanges(hit.passage.text, hit.matched)),
  };
}
