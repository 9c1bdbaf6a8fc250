import fs from 'node:fs';
import { NEIGHBOURS_TABLE } from '../config.js';
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
  // lines[low] and lines[high] end lines; the term's line, if there, lies between them.
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const start = lines.lastIndexOf('\n', (low + high) >> 1);
    const end = lines.indexOf('\n', start + 1);
    const [head, ...neighbours] = lines.slice(start + 1, end).split(' ');
    if (head === term) return neighbours;
    if (head! < term) low = end;
    else high = start;
  }
  return [];
}
