import { closesFence, fenceMarker } from '../analysis/headings.js';
import { TABLE_ROW, TABLE_RULE, tableCells } from '../analysis/paragraphs.js';
import type { Document, Passage, PassageBlock } from '../types.js';

/** A document's lines and, for each line inside a fenced code block, the fence's info string. */
interface Layout {
  lines: string[];
  fenceInfo: Map<number, string>;
}

function layoutOf(text: string): Layout {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const fenceInfo = new Map<number, string>();
  let fence: { marker: string; info: string } | undefined;
  lines.forEach((line, i) => {
    const marker = fenceMarker(line);
    if (fence) {
      if (closesFence(fence.marker, marker)) fence = undefined;
      else fenceInfo.set(i + 1, fence.info);
    } else if (marker) {
      fence = { marker, info: line.trim().slice(marker.length).trim() };
    }
  });
  return { lines, fenceInfo };
}

function cellsOf(line: string): string[] {
  return tableCells(line, { start: 0, end: line.length }).map((c) => line.slice(c.start, c.end));
}

/** The cells of table row `line` (1-based), the header row's cells, and which cell holds `column`. */
function tableBlock(layout: Layout, line: number, column: number): PassageBlock {
  const text = layout.lines[line - 1]!;
  const spans = tableCells(text, { start: 0, end: text.length });
  const at = [...text].slice(0, column - 1).join('').length;
  const cell = Math.max(0, spans.findIndex((c) => at >= c.start && at < c.end));
  let first = line;
  while (first > 1 && TABLE_ROW.test(layout.lines[first - 2]!) && !layout.fenceInfo.has(first - 1)) first--;
  const hasHeader = first < line && TABLE_RULE.test(layout.lines[first]!) && first + 1 !== line;
  return { kind: 'table', header: hasHeader ? cellsOf(layout.lines[first - 1]!) : null, cells: spans.map((c) => text.slice(c.start, c.end)), cell };
}

/**
 * A lookup of what kind of block each passage of `documents` is (see {@link PassageBlock}): a
 * fenced code block, a table cell, or text. Each document is scanned once, on first use.
 *
 * @example
 * ```ts
 * const blockOf = passageBlocks(corpus.documents);
 * blockOf(corpus.passages.get(7)); // → { kind: 'code', info: 'js' }
 * ```
 */
export function passageBlocks(documents: readonly Document[]): (passage: Passage) => PassageBlock {
  const bySource = new Map(documents.map((d) => [d.source, d]));
  const layouts = new Map<string, Layout>();
  return (passage) => {
    const document = bySource.get(passage.source);
    if (!document) return { kind: 'text' };
    let layout = layouts.get(passage.source);
    if (!layout) layouts.set(passage.source, (layout = layoutOf(document.text)));
    const info = layout.fenceInfo.get(passage.line);
    if (info !== undefined) return { kind: 'code', info };
    const line = layout.lines[passage.line - 1];
    if (line !== undefined && TABLE_ROW.test(line) && !TABLE_RULE.test(line)) return tableBlock(layout, passage.line, passage.column);
    return { kind: 'text' };
  };
}
