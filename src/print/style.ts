import { Chalk } from 'chalk';
import type { Run } from './render/layout.js';

/** Colours of text output; plain functions when colour is off. */
export interface Style {
  match: (s: string) => string;
  path: (s: string) => string;
  number: (s: string) => string;
  dim: (s: string) => string;
  heading: (s: string) => string;
  /** Inline code (`` `retries: 0` ``). */
  code: (s: string) => string;
  strong: (s: string) => string;
  em: (s: string) => string;
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
    code: (s) => chalk.cyan(s),
    strong: (s) => chalk.bold(s),
    em: (s) => chalk.italic(s),
  };
}

const UNSAFE_IN_LINK = /[\u0000-\u001f\u007f-\u009f]/;

/** `text` as an OSC 8 hyperlink to `url`; plain `text` when there is no safe URL. */
export function hyperlink(text: string, url: string | undefined): string {
  if (url === undefined || UNSAFE_IN_LINK.test(url)) return text;
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}

const linkable = (url: string | undefined): url is string => url !== undefined && /^(?:https?:|mailto:)/i.test(url);

/** A run of rendered text coloured by its look (emphasis, code, match); no link. */
export function drawRun(run: Run, style: Style): string {
  let text = run.text;
  if (run.look.code) text = style.code(text);
  if (run.look.strong) text = style.strong(text);
  if (run.look.em) text = style.em(text);
  if (run.look.match) text = style.match(text);
  return text;
}

/**
 * A printed line of runs. With `links` on, each stretch of runs with the same web or mail URL
 * (a Markdown link's text, spaces included) is one OSC 8 hyperlink; a relative link has
 * nothing to open and stays plain.
 */
export function drawLine(line: readonly Run[], style: Style, links: boolean): string {
  let out = '';
  for (let i = 0; i < line.length; ) {
    const url = line[i]!.look.url;
    let j = i + 1;
    if (links && linkable(url)) while (j < line.length && line[j]!.look.url === url) j++;
    const text = line.slice(i, j).map((run) => drawRun(run, style)).join('');
    out += links && linkable(url) ? hyperlink(text, url) : text;
    i = j;
  }
  return out;
}
