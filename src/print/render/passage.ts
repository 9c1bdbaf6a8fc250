// One renderer for a passage in text output (ask, the REPL, show): Markdown rendered, code
// blocks kept as blocks, table cells shown in their row, wrapped and shortened for reading.
import type { PassageBlock, Range } from '../../types.js';
import { terminalSafe, terminalSafeLine } from '../sanitize.js';
import { drawLine, type Style } from '../style.js';
import { inlinePieces, withMatches, type Look, type Piece } from './inline.js';
import { breakLine, displayWidth, layoutProse, SHORT_LINES, type Line, type Run } from './layout.js';

/** How to print a passage. */
export interface RenderOptions {
  style: Style;
  /** Columns available for the passage (the terminal's width less the indent), or undefined in a pipe. */
  width: number | undefined;
  /** Print long passages whole (`--full`). */
  full: boolean;
  /** Make links OSC 8 hyperlinks. */
  links: boolean;
}

/** Runs of terminal-safe text from pieces of `text`. */
function runsOf(text: string, pieces: readonly Piece[]): Run[] {
  return pieces.map((p) => ({ text: terminalSafe(text.slice(p.from, p.to)), look: p.look }));
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+/;
const BULLET = /^( {0,3})[-*+][ \t]+/;
const QUOTE = /^ {0,3}>[ \t]?/;

/** A passage of running text: its line-start markup (heading hashes, bullet, quote) made plain. */
function proseRuns(text: string, ranges: readonly Range[], look: Look = {}): Run[] {
  let from = 0;
  const lead: Run[] = [];
  let inner = look;
  const heading = HEADING.exec(text);
  const bullet = heading ? null : BULLET.exec(text);
  const quote = heading || bullet ? null : QUOTE.exec(text);
  if (heading) {
    from = heading[0].length;
    inner = { ...look, strong: true };
    text = text.replace(/[ \t]+#+[ \t]*$/, '');
  } else if (bullet) {
    from = bullet[0].length;
    lead.push({ text: '• ', look });
  } else if (quote) {
    from = quote[0].length;
    lead.push({ text: '│ ', look });
  }
  return [...lead, ...runsOf(text, withMatches(inlinePieces(text, from, text.length, inner), ranges))];
}

function codeLines(text: string, ranges: readonly Range[], options: RenderOptions): Line[] {
  const out: Line[] = [];
  let start = 0;
  const sourceLines = text.split('\n');
  const shown = options.full || sourceLines.length <= SHORT_LINES ? sourceLines.length : SHORT_LINES - 1;
  sourceLines.forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (n < shown) {
      const pieces = withMatches([{ from: start, to: start + line.length, look: {} }], ranges);
      let column = 0;
      const runs: Run[] = pieces.map((p) => {
        const safe = terminalSafeLine(text.slice(p.from, p.to), column);
        column += safe.length;
        return { text: safe, look: p.look };
      });
      out.push(...breakLine(runs, options.width));
    }
    start += raw.length + 1;
  });
  if (shown < sourceLines.length) out.push([{ text: `… ${sourceLines.length - shown} more lines`, look: {} }]);
  return out;
}

/** Cells side by side under their header, padded to line up; the passage's cell highlighted. */
function tableLines(text: string, block: Extract<PassageBlock, { kind: 'table' }>, ranges: readonly Range[], options: RenderOptions): { lines: Line[]; dim: boolean[] } {
  const cellRuns = (cell: string, i: number): Run[] =>
    i === block.cell ? runsOf(text, withMatches(inlinePieces(text), ranges)) : runsOf(cell, inlinePieces(cell));
  const rows = [...(block.header ? [block.header.map((cell) => runsOf(cell, inlinePieces(cell)))] : []), block.cells.map(cellRuns)];
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => (r[c] ?? []).reduce((n, run) => n + displayWidth(run.text), 0))));
  const total = widths.reduce((n, w) => n + w, 0) + 3 * (columns - 1);
  if (options.width !== undefined && total > options.width) {
    // Too wide to line up: each row as wrapped text, cells separated by a bar.
    const lines = rows.flatMap((row) => layoutProse(row.flatMap((cell, c) => (c === 0 ? cell : [{ text: ' │ ', look: {} }, ...cell])), { width: options.width, full: true }));
    return { lines, dim: lines.map(() => false) };
  }
  const lines = rows.map((row) =>
    row.flatMap((cell, c) => {
      const pad = ' '.repeat(widths[c]! - cell.reduce((n, run) => n + displayWidth(run.text), 0));
      const last = c === row.length - 1;
      return [...(c === 0 ? [] : [{ text: ' │ ', look: {} }]), ...cell, ...(last ? [] : [{ text: pad, look: {} }])];
    }),
  );
  return { lines, dim: rows.map((_, r) => block.header !== null && r === 0) };
}

/**
 * A passage as printed lines (without indent): inline Markdown rendered, a fenced code block
 * with its own lines and indentation, a table cell in its row under the header; prose wrapped
 * to `width` and, unless `full`, shortened to about six lines with `…`. Every piece of document
 * text is made terminal-safe.
 *
 * @example
 * ```ts
 * renderPassage('Set **timeout** to `5`.', { kind: 'text' }, [], { style: styleFor(false), width: undefined, full: false, links: false });
 * // → ['Set timeout to 5.']
 * ```
 */
export function renderPassage(text: string, block: PassageBlock, ranges: readonly Range[], options: RenderOptions): string[] {
  const { style, links } = options;
  if (block.kind === 'code') return codeLines(text, ranges, options).map((line) => drawLine(line, style, links));
  if (block.kind === 'table') {
    const { lines, dim } = tableLines(text, block, ranges, options);
    return lines.map((line, i) => (dim[i] ? style.dim(drawLine(line, style, false)) : drawLine(line, style, links)).trimEnd());
  }
  return layoutProse(proseRuns(text, ranges), options).map((line) => drawLine(line, style, links));
}

/** A heading path (`Guide › Rollback`) with its inline Markdown rendered, terminal-safe. */
export function renderHeading(heading: string): string {
  return terminalSafe(inlinePieces(heading).map((p) => heading.slice(p.from, p.to)).join(''));
}
