import fs from 'node:fs';
import { NEIGHBOURS_TABLE } from '../config.js';
import { sortedEntry } from './lexicon.js';
import type { StandIn } from './stand-ins.js';

let shipped: string | undefined;

/** The shipped table, read on first use. */
const shippedTable = (): string => (shipped ??= fs.readFileSync(NEIGHBOURS_TABLE, 'utf8'));

/**
 * Terms whose words are used alike (mutual nearest neighbours among GloVe's word vectors, as the
 * analyzer stems them), from the table `node scripts/neighbours.mjs` builds: "situat" ↔ "locat",
 * "biggest" ↔ "largest". Related in use, not always in meaning ("marri" ↔ "divorc"), so they only
 * help the search (see {@link StandIn.searchOnly}). `lines`: a line per term, its neighbours after
 * it, sorted by term, with "\n" at either end; found by binary search.
 *
 * @example
 * ```ts
 * neighboursOf('biggest'); // → ['largest']
 * ```
 */
export function neighboursOf(term: string, lines: string = shippedTable()): string[] {
  return sortedEntry(lines, '\n', term)?.split(' ').slice(1) ?? [];
}
