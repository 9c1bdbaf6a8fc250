import type { EvalReport } from '../types.js';
import { safeJsonStringify, terminalSafe } from './sanitize.js';

const percent = (a: number, b: number): string => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : '-');

/**
 * `seedqa eval`'s report for a person, or as one JSON object.
 *
 * @example
 * ```ts
 * process.stdout.write(formatReport(await evaluate('questions.jsonl', undefined, ['docs/'], {}), false));
 * ```
 */
export function formatReport(report: EvalReport, json: boolean): string {
  if (json) return `${safeJsonStringify(report)}\n`;
  const lines = [
    `questions          ${report.n}`,
    `right passage 1st  ${report.top1}/${report.n} (${percent(report.top1, report.n)})`,
    `MRR@5              ${report.mrr5.toFixed(3)}`,
    `answer spans       ${report.span}/${report.spans_expected}`,
    `false abstentions  ${report.false_abstain}`,
    `abstentions        ${report.abstained}/${report.unanswerable} unanswerable questions`,
  ];
  const reasons = Object.entries(report.reasons).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (reasons.length > 0) lines.push(`why not answered   ${reasons.map(([reason, count]) => `${reason} ${count}`).join(', ')}`);
  if (report.misses.length > 0) {
    lines.push('', 'misses:', ...report.misses.map((m) => `  ${terminalSafe(m.id)}  ${terminalSafe(m.q)}`));
  }
  return `${lines.join('\n')}\n`;
}
