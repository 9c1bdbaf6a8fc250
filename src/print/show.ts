import type { Passage, PassageBlock } from '../types.js';
import { passageJson } from './json.js';
import { safeJsonStringify } from './sanitize.js';
import { blockOfPassage, citationHead, passageLines, styleFor, type TextOptions } from './text.js';

/** A passage as `seedqa show` prints it: with its heading and the passages around it. */
export interface ShownPassage {
  passage: Passage;
  /** The Markdown headings it sits under, joined by ` › `, or null. */
  heading: string | null;
  /** Passages before it in its document, nearest last. */
  before: Passage[];
  /** Passages after it, nearest first. */
  after: Passage[];
}

/** Settings of `seedqa show`'s output. */
export interface ShowOptions extends Pick<TextOptions, 'color' | 'linkOf' | 'blockOf' | 'width' | 'full'> {
  json: boolean;
}

/** Passages printed together: the cells of one table row print as the row, once. */
interface Group {
  passage: Passage;
  block: PassageBlock;
  target: boolean;
}

function groups(shown: ShownPassage, options: ShowOptions): Group[] {
  const out: Group[] = [];
  const all = [...shown.before, shown.passage, ...shown.after];
  for (const passage of all) {
    const block = blockOfPassage(passage, options);
    const target = passage === shown.passage;
    const last = out.at(-1);
    if (last && block.kind === 'table' && last.block.kind === 'table' && last.passage.line === passage.line) {
      if (target) Object.assign(last, { passage, block, target });
      continue;
    }
    out.push({ passage, block, target });
  }
  return out;
}

/**
 * `seedqa show`: a passage with its neighbours, as text (the passage marked `▶` and printed
 * whole; its neighbours shortened unless `full`) or one JSON object with the exact text.
 *
 * @example
 * ```ts
 * formatShow({ passage, heading: null, before: [], after: [] }, { json: false, color: false });
 * // → 'notes.txt:3:1  sentence 2\n▶ The passage.\n'
 * ```
 */
export function formatShow(shown: ShownPassage, options: ShowOptions): string {
  const { passage, heading, before, after } = shown;
  if (options.json) {
    const json = { ...passageJson(passage, { heading }), before: before.map((p) => passageJson(p)), after: after.map((p) => passageJson(p)) };
    return `${safeJsonStringify(json)}\n`;
  }
  const style = styleFor(options.color);
  const lines = citationHead('', { ...passage, heading }, `sentence ${passage.sentence}`, style, options);
  for (const group of groups(shown, options)) {
    if (group.target) {
      const whole = { ...options, full: true };
      lines.push(...passageLines(group.passage.text, group.block, [], whole, style, '', '▶ ').map((line, i) => (i === 0 ? `${style.match('▶')}${style.heading(line.slice(1))}` : style.heading(line))));
    } else {
      lines.push(...passageLines(group.passage.text, group.block, [], options, style, '  ').map((line) => style.dim(line)));
    }
  }
  return `${lines.join('\n')}\n`;
}
