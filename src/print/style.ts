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

/**
 * A run of rendered text as the terminal gets it: coloured by its look, and an OSC 8 link to its
 * URL when `links` is on (only web and mail links: a relative link has nothing to open).
 */
export function drawRun(run: Run, style: Style, links: boolean): string {
  let text = run.text;
  if (run.look.code) text = style.code(text);
  if (run.look.strong) text = style.strong(text);
  if (run.look.em) text = style.em(text);
  if (run.look.match) text = style.match(text);
  if (links && run.look.url && /^(?:https?:|mailto:)/i.test(run.look.url)) text = hyperlink(text, run.look.url);
  return text;
}

/** A printed line of runs. */
export function drawLine(line: readonly Run[], style: Style, links: boolean): string {
  return line.map((run) => drawRun(run, style, links)).join('');
}
