import { Chalk } from 'chalk';
import type { Answer, Citation, Range } from '../types.js';
import { terminalSafe } from './sanitize.js';

/** Options for {@link formatText}. */
export interface TextOptions {
  /** Use ANSI colours. */
  color: boolean;
  /** Print the question above the answer (batch mode). */
  showQuestion?: boolean;
}

interface Style {
  match: (s: string) => string;
  path: (s: string) => string;
  number: (s: string) => string;
  dim: (s: string) => string;
  heading: (s: string) => string;
}

function styleFor(color: boolean): Style {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    match: (s) => chalk.bold.red(s),
    path: (s) => chalk.magenta(s),
    number: (s) => chalk.green(s),
    dim: (s) => chalk.dim(s),
    heading: (s) => chalk.bold(s),
  };
}

const SNIPPET_LENGTH = 200;

/** The passage with its matched words emphasised; every piece made terminal-safe. */
function highlighted(text: string, ranges: readonly Range[], style: Style, maxLength = Infinity): string {
  let out = '';
  let at = 0;
  const limit = Math.min(text.length, maxLength);
  for (const [start, end] of ranges) {
    if (start >= limit) break;
    out += terminalSafe(text.slice(at, start)) + style.match(terminalSafe(text.slice(start, Math.min(end, limit))));
    at = Math.min(end, limit);
  }
  out += terminalSafe(text.slice(at, limit));
  return limit < text.length ? `${out.trimEnd()}…` : out;
}

function location(citation: Citation, style: Style): string {
  const where = `${style.path(terminalSafe(citation.source))}:${style.number(String(citation.line))}:${style.number(String(citation.column))}`;
  return `${where}  ${style.dim(`sentence ${citation.sentence}, score ${citation.score.toFixed(2)}`)}`;
}

function citationLines(citation: Citation, i: number, answer: Answer, style: Style, withText = true): string[] {
  const head = `[${i + 1}] ${location(citation, style)}`;
  return withText ? [head, `    ${highlighted(citation.text, answer.highlights[i] ?? [], style, SNIPPET_LENGTH)}`] : [head];
}

/**
 * The answer for a person: the answer passage with matched words highlighted, then numbered
 * citations (`path:line:column`, sentence, score). Pure: the caller decides on colour.
 *
 * @example
 * ```ts
 * process.stdout.write(formatText(answer, { color: process.stdout.isTTY }));
 * ```
 */
export function formatText(answer: Answer, options: TextOptions): string {
  const style = styleFor(options.color);
  const lines: string[] = [];
  if (options.showQuestion) lines.push(style.heading(`? ${terminalSafe(answer.question)}`));
  if (!answer.answered || answer.answer === null) {
    lines.push('No answer found in the documents.');
    if (answer.citations.length > 0) {
      lines.push('', 'Closest passages (not an answer):');
      answer.citations.forEach((citation, i) => lines.push(...citationLines(citation, i, answer, style)));
    }
    return `${lines.join('\n')}\n`;
  }
  if (answer.span) lines.push(style.match(terminalSafe(answer.span)), '');
  lines.push(highlighted(answer.answer, answer.highlights[0] ?? [], style), '');
  answer.citations.forEach((citation, i) => lines.push(...citationLines(citation, i, answer, style, i > 0)));
  return `${lines.join('\n')}\n`;
}
