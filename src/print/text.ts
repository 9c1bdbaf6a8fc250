import type { Answer, Citation, Passage, PassageBlock, Range } from '../types.js';
import { renderHeading, renderPassage } from './render/passage.js';
import { terminalSafe } from './sanitize.js';
import { printedSpan } from './span.js';
import { hyperlink, styleFor, type Style } from './style.js';

export { hyperlink, styleFor, type Style } from './style.js';

/** Options for {@link formatText}. */
export interface TextOptions {
  /** Use ANSI colours. */
  color: boolean;
  /** Print the question above the answer (batch mode). */
  showQuestion?: boolean;
  /**
   * The URL to link a citation's `path:line:column` to (an OSC 8 hyperlink), or undefined for
   * plain text. Only for terminals that support hyperlinks; when given, Markdown links in
   * passages are hyperlinks too.
   */
  linkOf?: (passage: Passage) => string | undefined;
  /** What kind of block each passage is (code, table cell, text); text when not given. */
  blockOf?: (passage: Passage) => PassageBlock;
  /** The terminal's width in columns, to wrap to; undefined (a pipe) for no wrapping. */
  width?: number | undefined;
  /** Print long passages whole instead of shortened to about six lines (`--full`). */
  full?: boolean;
}

const TEXT: PassageBlock = { kind: 'text' };
const INDENT = '    ';
const CONTEXT_MARK = '┊ ';

/** How passages print under `options`, `indent` columns in. */
function layout(options: TextOptions, style: Style, indent: number) {
  return {
    style,
    width: options.width === undefined || options.width <= 0 ? undefined : Math.max(options.width - indent, 20),
    full: options.full === true,
    links: options.linkOf !== undefined,
  };
}

/** What kind of block `passage` is, as `options` tell (text when they do not). */
export function blockOfPassage(passage: Passage, options: Pick<TextOptions, 'blockOf'>): PassageBlock {
  return options.blockOf?.(passage) ?? TEXT;
}

/**
 * A passage as lines, indented: every line begins with `indent` (and `mark` on the first, or
 * spaces as wide on the rest); a code block goes four columns further in.
 */
export function passageLines(text: string, block: PassageBlock, ranges: readonly Range[], options: TextOptions, style: Style, indent = '', mark = ''): string[] {
  const inset = block.kind === 'code' && indent === '' && mark === '' ? INDENT : '';
  const lines = renderPassage(text, block, ranges, layout(options, style, indent.length + mark.length + inset.length));
  return lines.map((line, i) => `${indent}${i === 0 ? mark : ' '.repeat(mark.length)}${inset}${line}`.trimEnd());
}

/** A piece of a citation's first line: what it prints (`styled`) and how wide that is (`plain`). */
interface HeadPart {
  plain: string;
  styled: string;
}

/** Parts of a citation's first line, laid out: on one line, or (too wide for the terminal) over several, indented. */
function headLines(parts: readonly HeadPart[], width: number | undefined): string[] {
  const lines: string[] = [];
  let plain = '';
  let styled = '';
  parts.forEach((part, i) => {
    const gap = i === 0 ? '' : part.plain.startsWith('›') ? ' ' : '  ';
    if (width !== undefined && plain !== '' && plain.length + gap.length + part.plain.length > width) {
      lines.push(styled);
      plain = INDENT + part.plain;
      styled = INDENT + part.styled;
    } else {
      plain += gap + part.plain;
      styled += gap + part.styled;
    }
  });
  lines.push(styled);
  return lines;
}

/** The parts of `path:line:column` (linked when the terminal supports it) and the heading path in Markdown. */
function locationParts(passage: Passage & { heading?: string | null }, style: Style, options: Pick<TextOptions, 'linkOf'>): HeadPart[] {
  const source = terminalSafe(passage.source);
  const where = `${style.path(source)}:${style.number(String(passage.line))}:${style.number(String(passage.column))}`;
  const parts = [{ plain: `${source}:${passage.line}:${passage.column}`, styled: hyperlink(where, options.linkOf?.(passage)) }];
  for (const title of passage.heading ? renderHeading(passage.heading).split(' › ') : []) parts.push({ plain: `› ${title}`, styled: `› ${title}` });
  return parts;
}

/** `path:line:column`, linked when the terminal supports it, then the heading path in Markdown. */
export function passageLocation(passage: Passage & { heading?: string | null }, style: Style, options: Pick<TextOptions, 'linkOf'>): string {
  return headLines(locationParts(passage, style, options), undefined)[0]!;
}

/**
 * The first line of a cited passage: `prefix`, its place and headings, then `meta` (dim); over
 * several lines when it does not fit the terminal.
 */
export function citationHead(prefix: string, passage: Passage & { heading?: string | null }, meta: string, style: Style, options: TextOptions): string[] {
  const [first, ...rest] = locationParts(passage, style, options);
  const parts = [{ plain: prefix + first!.plain, styled: prefix + first!.styled }, ...rest, { plain: meta, styled: style.dim(meta) }];
  return headLines(parts, options.width !== undefined && options.width > 0 ? options.width : undefined);
}

function contextLines(passages: readonly Passage[], style: Style, options: TextOptions): string[] {
  return passages.flatMap((p) => passageLines(p.text, blockOfPassage(p, options), [], options, style, INDENT + CONTEXT_MARK).map((line) => style.dim(line)));
}

function citationLines(citation: Citation, i: number, answer: Answer, style: Style, options: TextOptions, withText = true): string[] {
  const head = citationHead(`[${i + 1}] `, citation, `sentence ${citation.sentence}, score ${citation.score.toFixed(2)}`, style, options);
  const text = passageLines(citation.text, blockOfPassage(citation, options), answer.highlights[i] ?? [], options, style, INDENT);
  if (citation.context) return [...head, ...contextLines(citation.context.before, style, options), ...text, ...contextLines(citation.context.after, style, options)];
  return withText ? [...head, ...text] : head;
}

/** What the closest passages lack, by the reason the model gives for not answering. */
const WHY_NOT: Partial<Record<NonNullable<Answer['reason']>, string>> = {
  'type-missing': ': none holds the kind of date, number or name asked for',
  'only-names': ': they name what is asked about but say nothing more of it',
};

/**
 * The answer for a person: the answer phrase when it adds something, the answer passage
 * rendered (Markdown, code blocks, tables; wrapped to `width`, shortened unless `full`), then
 * numbered citations (`path:line:column › heading`, sentence, score). Pure: the caller decides
 * on colour, width and links.
 *
 * @example
 * ```ts
 * process.stdout.write(formatText(answer, { color: process.stdout.isTTY, width: process.stdout.columns }));
 * ```
 */
export function formatText(answer: Answer, options: TextOptions): string {
  const style = styleFor(options.color);
  const lines: string[] = [];
  if (options.showQuestion) lines.push(style.heading(`? ${terminalSafe(answer.question)}`));
  if (!answer.answered || answer.answer === null) {
    lines.push('No answer found in the documents.');
    if (answer.citations.length > 0) {
      lines.push('', `Closest passages (not an answer${WHY_NOT[answer.reason ?? 'low-confidence'] ?? ''}):`);
      answer.citations.forEach((citation, i) => lines.push(...citationLines(citation, i, answer, style, options)));
    }
    return `${lines.join('\n')}\n`;
  }
  const best = answer.citations[0];
  const block = best ? blockOfPassage(best, options) : TEXT;
  const span = printedSpan(answer, block);
  if (span) lines.push(style.match(terminalSafe(span)), '');
  lines.push(...passageLines(answer.answer, block, answer.highlights[0] ?? [], options, style), '');
  answer.citations.forEach((citation, i) => lines.push(...citationLines(citation, i, answer, style, options, i > 0)));
  return `${lines.join('\n')}\n`;
}
