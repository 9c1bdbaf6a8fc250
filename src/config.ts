import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from './cache/location.js';
import { SeedqaError } from './errors.js';

/**
 * The folder of documents shipped with seedqa, used when no `--seeds` is given.
 *
 * @example
 * ```ts
 * const corpus = await openCorpus([BUNDLED_SEEDS]);
 * answerQuestion(corpus, "Who is ByteDance's CEO?").span; // 'Liang Rubo'
 * ```
 */
export const BUNDLED_SEEDS: string = fileURLToPath(new URL('../seeds', import.meta.url));

/** The index of the bundled seeds, made by `npm run build`; used only while it matches them. */
export const BUNDLED_SNAPSHOT: string = fileURLToPath(new URL('./seeds-index.json', import.meta.url));

/** Flags every command that reads documents takes, as commander hands them over. */
export interface RawCorpusOptions {
  seeds?: string[];
  /** False with `--no-cache`. */
  cache?: boolean;
}

/** Flags of `seedqa ask` (and `repl`, `show`) as commander hands them over. */
export interface RawAskOptions extends RawCorpusOptions {
  limit?: string;
  context?: string;
  json?: boolean;
  color?: string;
  /** `--full`: print long passages whole. */
  full?: boolean;
}

/** What the process can tell about its surroundings, for colour decisions. */
export interface Surroundings {
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** The terminal's width in columns when stdout is a terminal (read only for text output). */
  stdoutColumns?: number | undefined;
}

/** Where a command's documents and index come from. */
export interface CorpusConfig {
  seeds: string[];
  /** Folder of the index cache, or null with `--no-cache`. */
  cacheDir: string | null;
  /** A prebuilt index to try first (the bundled seeds' snapshot when no --seeds was given). */
  snapshot?: string | undefined;
}

/** Validated settings of one `ask` run. */
export interface AskConfig extends CorpusConfig {
  limit: number;
  /** Neighbouring passages to show around each citation (`--context`). */
  context: number;
  json: boolean;
  color: boolean;
  /** Print citations as OSC 8 hyperlinks. */
  links: boolean;
  /** Print long passages whole (`--full`) instead of shortened to about six lines. */
  full: boolean;
  /** Columns to wrap text output to: the terminal's width, or undefined (a pipe, or JSON) for no wrapping. */
  width: number | undefined;
  /** The question from the command line, or undefined to read questions from stdin. */
  question: string | undefined;
}

export const COLOR_MODES = ['auto', 'always', 'never'] as const;
const MAX_LIMIT = 10_000;

/** Parses a whole-number flag within `[min, max]`, naming the flag in the error. */
export function parseCount(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const trimmed = raw.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max) {
    throw new SeedqaError(`invalid ${flag} '${raw}': expected a whole number from ${min} to ${max}`);
  }
  return Number(trimmed);
}

/** Parses `--limit`: a whole number from 1 to 10,000. */
export function parseLimit(raw: string | undefined, fallback = 3): number {
  return parseCount('--limit', raw, fallback, 1, MAX_LIMIT);
}

const MAX_CONTEXT = 100;

/** Parses `--context`: a whole number from 0 to 100. */
export function parseContext(raw: string | undefined, fallback = 0): number {
  return parseCount('--context', raw, fallback, 0, MAX_CONTEXT);
}

/**
 * Decides on colour: `--color always|never` wins; with `auto`, FORCE_COLOR (not "0") turns
 * colour on, NO_COLOR or TERM=dumb turn it off, otherwise colour follows whether stdout is a terminal.
 */
export function resolveColor(mode: string | undefined, surroundings: Surroundings): boolean {
  const { env } = surroundings;
  const chosen = mode ?? 'auto';
  if (!(COLOR_MODES as readonly string[]).includes(chosen)) {
    throw new SeedqaError(`invalid --color '${chosen}': expected one of ${COLOR_MODES.join(', ')}`);
  }
  if (chosen !== 'auto') return chosen === 'always';
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  // Read last: finding out whether stdout is a terminal costs a few milliseconds.
  return surroundings.stdoutIsTTY;
}

/** The question given as words on the command line, or undefined when none was given. */
export function parseQuestion(words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const question = words.join(' ').trim();
  if (question === '') throw new SeedqaError('empty question: ask something, e.g. seedqa "Who is the CEO?"');
  return question;
}

/** The `--seeds` paths, or the bundled seeds when none was given. */
export function resolveSeeds(seeds: string[] | undefined): string[] {
  return seeds && seeds.length > 0 ? seeds : [BUNDLED_SEEDS];
}

/** Turns `--seeds` and `--no-cache` into a {@link CorpusConfig}. */
export function resolveCorpusConfig(raw: RawCorpusOptions, env: NodeJS.ProcessEnv): CorpusConfig {
  const ownSeeds = raw.seeds !== undefined && raw.seeds.length > 0;
  return {
    seeds: resolveSeeds(raw.seeds),
    cacheDir: raw.cache === false ? null : defaultCacheDir(env),
    snapshot: ownSeeds ? undefined : BUNDLED_SNAPSHOT,
  };
}

/** Turns raw `ask` flags and arguments into a validated {@link AskConfig}. */
export function resolveAskConfig(words: readonly string[], raw: RawAskOptions, surroundings: Surroundings): AskConfig {
  const json = raw.json === true;
  // JSON is never coloured; checking --color first keeps a bad value an error there too.
  const color = resolveColor(raw.color, json ? { env: {}, stdoutIsTTY: false } : surroundings) && !json;
  return {
    ...resolveCorpusConfig(raw, surroundings.env),
    limit: parseLimit(raw.limit),
    context: parseContext(raw.context),
    json,
    color,
    links: color && resolveHyperlinks(surroundings),
    full: raw.full === true,
    width: json ? undefined : terminalWidth(surroundings),
    question: parseQuestion(words),
  };
}

/** The width to wrap text to: the terminal's columns when stdout is one, else none. */
function terminalWidth(surroundings: Surroundings): number | undefined {
  if (!surroundings.stdoutIsTTY) return undefined;
  const columns = surroundings.stdoutColumns;
  return columns !== undefined && columns > 0 ? columns : undefined;
}

const HYPERLINK_TERMINALS = /^(?:iTerm\.app|WezTerm|vscode|ghostty|Hyper|Tabby|rio)$/;

/**
 * Whether the terminal shows OSC 8 hyperlinks (asked only when colour is on, so never for a pipe
 * or with `--color never`): FORCE_HYPERLINK=1 or 0 decides; otherwise terminals known to support them.
 */
export function resolveHyperlinks(surroundings: Surroundings): boolean {
  const { env } = surroundings;
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0' && env.FORCE_HYPERLINK !== 'false';
  if (!surroundings.stdoutIsTTY || env.CI) return false;
  if (HYPERLINK_TERMINALS.test(env.TERM_PROGRAM ?? '')) return true;
  if (env.WT_SESSION || env.KONSOLE_VERSION || env.KITTY_WINDOW_ID || env.DOMTERM) return true;
  if (/^(?:xterm-kitty|foot|alacritty|xterm-ghostty)/.test(env.TERM ?? '')) return true;
  return Number(env.VTE_VERSION ?? 0) >= 5000;
}

/** Words used alike (see answer/neighbours.ts), read on first use; `npm run build` copies it beside the bundle. */
export const NEIGHBOURS_TABLE: string = fileURLToPath(new URL('./answer/neighbours.txt', import.meta.url));

/** Word vectors of index terms (see answer/vectors.ts), read on first use; `npm run build` copies it beside the bundle. */
export const WORD_VECTORS: string = fileURLToPath(new URL('./answer/vectors.bin', import.meta.url));

/** The worker thread script of a cold build; at the top of dist/ for both the library and the bundled CLI. */
export const BUILD_WORKER: string = fileURLToPath(new URL('./build-worker.js', import.meta.url));
