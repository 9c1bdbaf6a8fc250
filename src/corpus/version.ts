/**
 * Changes whenever the splitter, the analyzer or the cache layout change what is stored; cache
 * entries and snapshots of another version are rebuilt.
 *
 * @example
 * ```ts
 * INDEX_VERSION; // 'seedqa-index-9'
 * ```
 */
export const INDEX_VERSION = 'seedqa-index-9';
