import { createPositionCursor } from '../load/position.js';
import type { Document, Passage } from '../types.js';
import { splitSentences } from './sentences.js';

/**
 * Splits a document into sentence-level passages that carry their exact place in the file.
 *
 * @example
 * ```ts
 * const [first] = toPassages(doc);
 * // first.id === 'seeds/a.txt#1'; doc.bytes.subarray(first.start, first.end) decodes to first.text
 * ```
 */
export function toPassages(doc: Document): Passage[] {
  const at = createPositionCursor(doc);
  return splitSentences(doc.text).map((span, i) => {
    const first = at(span.start);
    const last = at(span.end);
    const sentence = i + 1;
    return {
      id: `${doc.source}#${sentence}`,
      source: doc.source,
      sentence,
      line: first.line,
      column: first.column,
      start: first.byte,
      end: last.byte,
      text: doc.text.slice(span.start, span.end),
    };
  });
}
