import type { Answer, Passage } from '../types.js';
import { safeJsonStringify } from './sanitize.js';

/** A passage's fields in JSON, in their documented order. */
export function passageJson(p: Passage): Record<string, unknown> {
  return { id: p.id, source: p.source, sentence: p.sentence, line: p.line, column: p.column, start: p.start, end: p.end, text: p.text };
}

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
      heading: c.heading,
      sentence: c.sentence,
      line: c.line,
      column: c.column,
      start: c.start,
      end: c.end,
      score: c.score,
      text: c.text,
      ...(c.context ? { context: { before: c.context.before.map(passageJson), after: c.context.after.map(passageJson) } } : {}),
    })),
  });
}
