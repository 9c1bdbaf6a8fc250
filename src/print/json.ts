import type { Answer, Passage } from '../types.js';
import { safeJsonStringify } from './sanitize.js';

/** What a citation adds to a passage in JSON. */
interface PassageExtras {
  heading?: string | null;
  score?: number;
}

/** A passage's fields in JSON, in their documented order, with a citation's `heading` and `score` when given. */
export function passageJson(p: Passage, extras: PassageExtras = {}): Record<string, unknown> {
  return {
    id: p.id,
    source: p.source,
    ...('heading' in extras ? { heading: extras.heading } : {}),
    sentence: p.sentence,
    line: p.line,
    column: p.column,
    start: p.start,
    end: p.end,
    ...('score' in extras ? { score: extras.score } : {}),
    text: p.text,
  };
}

/**
 * One JSON Lines record for an answer (see README, "JSON output"), without a trailing newline.
 *
 * @example
 * ```ts
 * formatJson(answer); // → '{"question":"…","answered":true,"reason":null,"answer":"…","span":null,"citations":[…]}'
 * ```
 */
export function formatJson(answer: Answer): string {
  return safeJsonStringify({
    question: answer.question,
    answered: answer.answered,
    reason: answer.reason,
    answer: answer.answer,
    span: answer.span,
    citations: answer.citations.map((c) => ({
      ...passageJson(c, { heading: c.heading, score: c.score }),
      ...(c.context ? { context: { before: c.context.before.map((p) => passageJson(p)), after: c.context.after.map((p) => passageJson(p)) } } : {}),
    })),
  });
}
