import { Chalk } from 'chalk';
import type { Answer, Citation, Passage, Range } from '../types.js';
import { terminalSafe } from './sanitize.js';

/** Options for {@link formatText}. */
export interface TextOptions {
  /** Use ANSI colours. */
  color: boolean;
  /** Print the question above the answer (batch mode). */
  showQuestion?: boolean;
  /**
   * The URL to link a citation's `path:line:column` to (an OSC 8 hyperlink), or undefined for
   * plain text. Only for terminals that support hyperlinks.
   */
  linkOf?: (passage: Passage) => string | undefined;
}

/** Colours of text output; plain functions when colour is off. */
export interface Style {
  match: (s: string) => string;
  path: (s: string) => string;
  number: (s: string) => string;
  dim: (s: string) => string;
  heading: (s: string) => string;
}

/** The colours of text output, or none. */
export function styleFor(color: boolean): Style {
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
export function highlighted(text: string, ranges: readonly Range[], style: Style, maxLength = Infinity): string {
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

const UNSAFE_IN_LINK = /[\u0000-\u001f\u007f-\u009f]/;

/** `text` as an OSC 8 hyperlink to `url`; plain `text` when there is no safe URL. */
export function hyperlink(text: string, url: string | undefined): string {
  if (url === undefined || UNSAFE_IN_LINK.test(url)) return text;
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}

/** `path:line:column`, linked when the terminal supports it, then the heading path in Markdown. */
export function passageLocation(passage: Passage & { heading?: string | null }, style: Style, options: TextOptions): string {
  const where = `${style.path(terminalSafe(passage.source))}:${style.number(String(passage.line))}:${style.number(String(passage.column))}`;
  const heading = passage.heading ? ` › ${terminalSafe(passage.heading)}` : '';
  return `${hyperlink(where, options.linkOf?.(passage))}${heading}`;
}

function contextLines(passages: readonly Passage[], style: Style): string[] {
  return passages.map((p) => `    ${style.dim(`┊ ${highlighted(p.text, [], style, SNIPPET_LENGTH)}`)}`);
}

function citationLines(citation: Citation, i: number, answer: Answer, style: Style, options: TextOptions, withText = true): string[] {
  const head = `[${i + 1}] ${passageLocation(citation, style, options)}  ${style.dim(`sentence ${citation.sentence}, score ${citation.score.toFixed(2)}`)}`;
  const text = `    ${highlighted(citation.text, answer.highlights[i] ?? [], style, SNIPPET_LENGTH)}`;
  if (citation.context) return [head, ...contextLines(citation.context.before, style), text, ...contextLines(citation.context.after, style)];
  return withText ? [head, text] : [head];
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
      answer.citations.forEach((citation, i) => lines.push(...citationLines(citation, i, answer, style, options)));
    }
    return `${lines.join('\n')}\n`;
  }
  if (answer.span) lines.push(style.match(terminalSafe(answer.span)), '');
  lines.push(highlighted(answer.answer, answer.highlights[0] ?? [], style), '');
  answer.citations.forEach((citation, i) => lines.push(...citationLines(citation, i, answer, style, options, i > 0)));
  return `${lines.join('\n')}\n`;
}
