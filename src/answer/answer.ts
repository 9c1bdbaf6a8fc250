import { analyzeTerms } from '../analysis/analyze.js';
import type { Corpus } from '../corpus/open.js';
import type { Answer, Citation } from '../types.js';
import { highlightRanges } from './highlight.js';

/** Options for {@link answerQuestion}. */
export interface AnswerOptions {
  /** How many citations at most. Default 3. */
  limit?: number;
}

const SCORE_DECIMALS = 1e4;

/**
 * Answers one question from a corpus: the best passage and its citations.
 * `answered` is false when no content word of the question matches any passage.
 *
 * @example
 * ```ts
 * const answer = answerQuestion(corpus, "Who is ByteDance's CEO?", { limit: 3 });
 * answer.citations[0]?.line; // where the answer is
 * ```
 */
export function answerQuestion(corpus: Pick<Corpus, 'passages' | 'index'>, question: string, options: AnswerOptions = {}): Answer {
  const hits = corpus.index.search(analyzeTerms(question), options.limit ?? 3);
  const citations: Citation[] = hits.map((hit) => ({
    ...corpus.passages.get(hit.passage),
    score: Math.round(hit.score * SCORE_DECIMALS) / SCORE_DECIMALS,
  }));
  const best = citations[0];
  return {
    question,
    answered: best !== undefined,
    answer: best ? best.text : null,
    span: null,
    citations,
    highlights: hits.map((hit, i) => highlightRanges(citations[i]!.text, hit.matched)),
  };
}
