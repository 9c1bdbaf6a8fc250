import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the index cache lives: `SEEDQA_CACHE_DIR`, else `$XDG_CACHE_HOME/seedqa`, else
 * `~/.cache/seedqa`.
 *
 * @example
 * ```ts
 * const corpus = await openCorpus(['docs/'], { cacheDir: defaultCacheDir() });
 * defaultCacheDir({ XDG_CACHE_HOME: '/tmp/xdg' }); // '/tmp/xdg/seedqa'
 * ```
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SEEDQA_CACHE_DIR) return resolve(env.SEEDQA_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return join(resolve(env.XDG_CACHE_HOME), 'seedqa');
  return join(homedir(), '.cache', 'seedqa');
}
