import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from './cache/location.js';
import { SeedqaError } from './errors.js';

/** The folder of documents shipped with seedqa, used when no `--seeds` is given. */
export const BUNDLED_SEEDS: string = fileURLToPath(new URL('../seeds', import.meta.url));

/** The index of the bundled seeds, made by `npm run build`; used only while it matches them. */
export const BUNDLED_SNAPSHOT: string = fileURLToPath(new URL('./seeds-index.json', import.meta.url));

/** Flags of `seedqa ask` as commander hands them over. */
export interface RawAskOptions {
  seeds?: string[];
  limit?: string;
  json?: boolean;
  color?: string;
  /** False with `--no-cache`. */
  cache?: boolean;
}

/** What the process can tell about its surroundings, for colour decisions. */
export interface Surroundings {
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
}

/** Validated settings of one `ask` run. */
export interface AskConfig {
  seeds: string[];
  limit: number;
  json: boolean;
  color: boolean;
  /** Folder of the index cache, or null with `--no-cache`. */
  cacheDir: string | null;
  /** The question from the command line, or undefined to read questions from stdin. */
  question: string | undefined;
  /** A prebuilt index to try first (the bundled seeds' snapshot when no --seeds was given). */
  snapshot?: string | undefined;
}

export const COLOR_MODES = ['auto', 'always', 'never'] as const;
const MAX_LIMIT = 10_000;

/** Parses `--limit`: a whole number from 1 to 10,000. */
export function parseLimit(raw: string | undefined, fallback = 3): number {
  if (raw === undefined) return fallback;
  const trimmed = raw.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > MAX_LIMIT) {
    throw new SeedqaError(`invalid --limit '${raw}': expected a whole number from 1 to ${MAX_LIMIT}`);
  }
  return Number(trimmed);
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

/** Turns raw `ask` flags and arguments into a validated {@link AskConfig}. */
export function resolveAskConfig(words: readonly string[], raw: RawAskOptions, surroundings: Surroundings): AskConfig {
  return {
    seeds: resolveSeeds(raw.seeds),
    limit: parseLimit(raw.limit),
    json: raw.json === true,
    // JSON is never coloured; checking --color first keeps a bad value an error there too.
    color: resolveColor(raw.color, raw.json === true ? { env: {}, stdoutIsTTY: false } : surroundings) && raw.json !== true,
    cacheDir: raw.cache === false ? null : defaultCacheDir(surroundings.env),
    question: parseQuestion(words),
    snapshot: raw.seeds && raw.seeds.length > 0 ? undefined : BUNDLED_SNAPSHOT,
  };
}
