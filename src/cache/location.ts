import os from 'node:os';
import path from 'node:path';

/**
 * Where the index cache lives: `SEEDQA_CACHE_DIR`, else `$XDG_CACHE_HOME/seedqa`, else
 * `~/.cache/seedqa`.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SEEDQA_CACHE_DIR) return path.resolve(env.SEEDQA_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return path.join(path.resolve(env.XDG_CACHE_HOME), 'seedqa');
  return path.join(os.homedir(), '.cache', 'seedqa');
}
