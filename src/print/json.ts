import type { Answer } from '../types.js';
import { safeJsonStringify } from './sanitize.js';

/**
 * One JSON Lines record for an answer (see README, "JSON output"), without a trailing newline.
 *
 * @example
 * ```ts
 * formatJson(answer); // → '{"question":"…","answered":true,"answer":"…","span":null,"citations":[…]}'
 * ```
 */
export function formatJson(answer: Answer): string {
  return safeJsonStringify({
    question: answer.question,
    answered: answer.answered,
    answer: answer.answer,
    span: answer.span,
    citations: answer.citations.map((c) => ({
      id: c.id,
      source: c.source,
      sentence: c.sentence,
      line: c.line,
      column: c.column,
      start: c.start,
      end: c.end,
      score: c.score,
      text: c.text,
    })),
  });
}
