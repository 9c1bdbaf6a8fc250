// Inline code in Markdown, as CommonMark pairs backticks: a run of n opens, the next run of
// exactly n closes ("`a`", "``a ` b``"); a run with no partner is plain backticks.

/** How many backticks run from `i` of `text`. */
export function backtickRun(text: string, i: number): number {
  let run = 0;
  while (text[i + run] === '`') run++;
  return run;
}

/** Where a run of `count` backticks closes a code span opened before `from`, or -1. */
export function codeEnd(text: string, from: number, count: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '`') continue;
    const run = backtickRun(text, i);
    if (run === count) return i;
    i += run - 1;
  }
  return -1;
}

/**
 * Where inline code stands in `text`: each code span from its opening backticks to past its
 * closing ones.
 *
 * @example
 * ```ts
 * codeSpans('Set `port: 0` or ``a ` b``'); // → [[4, 13], [17, 26]]
 * ```
 */
export function codeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = text.indexOf('`'); i >= 0; ) {
    const run = backtickRun(text, i);
    const close = codeEnd(text, i + run, run);
    if (close >= 0) spans.push([i, close + run]);
    i = text.indexOf('`', close >= 0 ? close + run : i + run);
  }
  return spans;
}
