import type { SourceInfo } from '../types.js';
import { safeJsonStringify, terminalSafe } from './sanitize.js';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * `seedqa sources`: one JSON object per document, or an aligned table with a total line.
 *
 * @example
 * ```ts
 * formatSources([{ source: 'a.txt', path: '/tmp/a.txt', passages: 3, bytes: 17 }], false);
 * // → 'a.txt       3 passages  17 B\n1 document  3 passages  17 B\n'
 * ```
 */
export function formatSources(sources: readonly SourceInfo[], json: boolean): string {
  if (json) return sources.map((s) => `${safeJsonStringify(s)}\n`).join('');
  const rows = sources.map((s) => [terminalSafe(s.source), `${s.passages} passages`, size(s.bytes)]);
  const total = sources.reduce((n, s) => n + s.bytes, 0);
  rows.push([`${sources.length} ${sources.length === 1 ? 'document' : 'documents'}`, `${sources.reduce((n, s) => n + s.passages, 0)} passages`, size(total)]);
  const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]}`.trimEnd()).join('\n') + '\n';
}
