import type { PassageContext } from '../types.js';
import type { PassageStore } from './passage-store.js';

/**
 * The heading path of passage `i` as shown to users ("Guide › Rollback"), or null.
 *
 * @example
 * ```ts
 * headingOf(corpus.passages, 12); // 'Release guide › Rollback' (Markdown), null (plain text)
 * ```
 */
export function headingOf(passages: PassageStore, i: number): string | null {
  const path = passages.headingPath(i);
  return path.length > 0 ? path.join(' › ') : null;
}

/**
 * Up to `radius` passages of the same document on each side of passage `i`.
 *
 * @example
 * ```ts
 * const { before, after } = contextOf(corpus.passages, 12, 1);
 * before[0]?.text; // the sentence just before passage 12
 * ```
 */
export function contextOf(passages: PassageStore, i: number, radius: number): PassageContext {
  const { before, after } = passages.around(i, radius);
  return { before: before.map((j) => passages.get(j)), after: after.map((j) => passages.get(j)) };
}
