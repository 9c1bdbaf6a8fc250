import type { Corpus } from '../corpus/open.js';
import { contextOf, headingOf } from '../corpus/passage-context.js';
import type { Answer, Citation } from '../types.js';
import { highlightRanges } from './highlight.js';
import { abstainReason, MODEL, type Model } from './model.js';
import { analyzeQuestion } from './question.js';
import { CANDIDATES, scoreCandidates } from './rank.js';
import { extractSpan } from './span.js';

/** Options for {@link answerQuestion}. */
export interface AnswerOptions {
  /** How many citations at most. Default 3. */
  limit?: number;
  /** How many neighbouring passages to attach to each citation on each side. Default 0 (none). */
  context?: number;
  /** The answer model. Default: the shipped one (weights.json). */
  model?: Model;
}

const SCORE_DECIMALS = 1e4;

/**
 * Answers one question from a corpus. The lexical search finds candidate passages; one trained
 * model (features in features.ts, weights in weights.json, fitted by `npm run train`) gives each
 * the probability that it answers, which ranks them, and the best answers when its probability
 * reaches the model's threshold; otherwise `reason` says why not. The answer span is cut from the
 * best passage.
 *
 * @example
 * ```ts
 * const answer = answerQuestion(corpus, "Who is ByteDance's CEO?", { limit: 3 });
 * answer.span; // 'Liang Rubo'
 * ```
 */
export function answerQuestion(corpus: Pick<Corpus, 'passages' | 'index'>, question: string, options: AnswerOptions = {}): Answer {
  const model = options.model ?? MODEL;
  const analyzed = analyzeQuestion(question);
  const candidates = scoreCandidates(corpus, analyzed, Math.max(CANDIDATES, options.limit ?? 3), model);
  const best = candidates[0];
  const answered = best !== undefined && best.score >= model.threshold;
  const ranked = candidates.slice(0, options.limit ?? 3);
  const citations: Citation[] = ranked.map(({ hit, passage, score }) => ({
    ...passage,
    heading: headingOf(corpus.passages, hit.passage),
    score: Math.round(score * SCORE_DECIMALS) / SCORE_DECIMALS,
    ...(options.context ? { context: contextOf(corpus.passages, hit.passage, options.context) } : {}),
  }));
  return {
    question,
    answered,
    reason: answered ? null : best ? abstainReason(best.features, model) : 'no-match',
    answer: answered ? best.passage.text : null,
    span: answered ? extractSpan(analyzed, best.passage.text, best.tokens) : null,
    citations,
    highlights: ranked.map(({ hit, passage, tokens }) => highlightRanges(passage.text, hit.matched, tokens)),
  };
}
