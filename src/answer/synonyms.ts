import table from './synonyms.json' with { type: 'json' };

/**
 * Terms that share a frequent WordNet sense with `term` (both as the analyzer stems them), from
 * the table `node scripts/wordnet.mjs` builds: "crucial" ↔ "important", "construct" ↔ "build".
 *
 * @example
 * ```ts
 * synonymsOf('crucial'); // → ['import']
 * ```
 */
export function synonymsOf(term: string, groups: string = table.groups): string[] {
  const found = new Set<string>();
  const needle = ` ${term} `;
  for (let at = groups.indexOf(needle); at >= 0; at = groups.indexOf(needle, at + 1)) {
    const start = groups.lastIndexOf('\n', at) + 1;
    const end = groups.indexOf('\n', at);
    for (const other of groups.slice(start, end < 0 ? groups.length : end).split(' ')) if (other && other !== term) found.add(other);
  }
  return [...found];
}
