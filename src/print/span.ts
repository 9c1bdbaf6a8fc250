// Whether the answer phrase (the span) is worth a line of its own in text output. The span is
// found for every answer and always goes to JSON; a reader gets it only when it adds something
// the passage below it does not already say as a whole.
import type { Answer, PassageBlock } from '../types.js';
import { inlinePieces, inlineText } from './render/inline.js';

/** Longest span printed, in characters: an answer phrase, not a sentence. */
const MAX_SPAN_LENGTH = 80;
/** A span longer than this share of its passage would print the passage (nearly) twice. */
const MAX_SPAN_SHARE = 0.5;

const IDENTIFIER = /^[A-Za-z_$@][\w$@./-]*(?:\(\))?$/;
const CODE_SHAPED = /[a-z][A-Z]|[._$(/]|^[A-Z][A-Z0-9]*_/;
/** Questions that ask for a name in code: an option, a method, a property… */
const ASKS_FOR_IDENTIFIER =
  /\b(?:options?|methods?|functions?|propert(?:y|ies)|keys?|fields?|flags?|settings?|variables?|events?|parameters?|arguments?|class(?:es)?|hooks?|api|called|identifiers?|exports?|channels?)\b/i;
/** "How do I …", "How can I …", "How to …": the passage is the answer, a phrase cut from it rarely is. */
const ASKS_HOW_TO = /^\s*how\s+(?:do|can|could|should|would|to|does one)\b/i;
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
];

/** Whether brackets pair up and quotes and backticks come in twos: a span cut out of code does not. */
function balanced(text: string): boolean {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const c of text) {
      if (c === open) depth++;
      else if (c === close && --depth < 0) return false;
    }
    if (depth !== 0) return false;
  }
  return (text.match(/`/g)?.length ?? 0) % 2 === 0 && (text.match(/"/g)?.length ?? 0) % 2 === 0;
}

/** The code spans (`` `…` ``) of a passage, as written. */
function codeSpans(text: string): Set<string> {
  return new Set(
    inlinePieces(text)
      .filter((p) => p.look.code)
      .map((p) => text.slice(p.from, p.to)),
  );
}

/** Whether `span` names something in code: shaped like an identifier, and code-like or written as code. */
function isIdentifier(span: string, passage: string, block: PassageBlock): boolean {
  if (!IDENTIFIER.test(span)) return false;
  return block.kind === 'code' || CODE_SHAPED.test(span) || codeSpans(passage).has(span);
}

/**
 * The span to print above the answer passage, or null when it adds nothing: a short phrase (at
 * most 80 characters and half the passage), never the passage again, never a piece cut out of
 * code (unbalanced brackets or quotes). A code block gets a span only when the question asks for
 * an identifier (an option, a method, …) and the span is one; a "How do I …" question gets one
 * only when it is an identifier.
 *
 * @example
 * ```ts
 * printedSpan({ ...answer, span: 'Liang Rubo' }, { kind: 'text' }); // → 'Liang Rubo'
 * printedSpan({ ...answer, span: answer.answer }, { kind: 'text' }); // → null
 * ```
 */
export function printedSpan(answer: Answer, block: PassageBlock): string | null {
  const raw = answer.span?.trim();
  const passage = answer.answer;
  if (!raw || passage === null) return null;
  if (block.kind === 'code') return ASKS_FOR_IDENTIFIER.test(answer.question) && isIdentifier(raw, passage, block) ? raw : null;
  if (!balanced(raw)) return null;
  const span = inlineText(raw).replace(/\s+/g, ' ').trim();
  // A table cell prints in its row: the span adds something when it is less than the row.
  const whole = inlineText(block.kind === 'table' ? block.cells.join(' ') : passage).replace(/\s+/g, ' ').trim();
  if (span === '' || span.length > MAX_SPAN_LENGTH || span.length > MAX_SPAN_SHARE * whole.length) return null;
  if (ASKS_HOW_TO.test(answer.question) && !isIdentifier(raw, passage, block)) return null;
  return span;
}
