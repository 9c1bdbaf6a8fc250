import { STOP_WORDS } from '../analysis/stopwords.js';

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The command a first word was probably meant to be, or undefined when it reads as the start
 * of a question. Only a lone lowercase word that is not a function word and is one or two
 * typing slips from a command name counts ("evl", "sorces"), so real questions are never refused.
 *
 * @example
 * ```ts
 * mistypedCommand('evl', ['ask', 'eval']); // → 'eval'
 * mistypedCommand('who', ['ask', 'eval', 'show']); // → undefined
 * ```
 */
export function mistypedCommand(word: string, commands: readonly string[]): string | undefined {
  if (!/^[a-z]{3,}$/.test(word) || STOP_WORDS.has(word) || commands.includes(word)) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of commands) {
    const distance = editDistance(word, name);
    const allowed = name.length <= 4 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
