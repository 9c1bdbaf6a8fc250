import table from './neighbours.json' with { type: 'json' };
import type { StandIn } from './stand-ins.js';
import { synonymsOf } from './synonyms.js';

/**
 * Terms whose words are used alike (mutual nearest neighbours among GloVe's word vectors, as the
 * analyzer stems them), from the table `node scripts/neighbours.mjs` builds: "situat" ↔ "locat",
 * "biggest" ↔ "largest". Related in use, not always in meaning ("marri" ↔ "divorc"), so they only
 * help the search (see {@link StandIn.searchOnly}).
 *
 * @example
 * ```ts
 * neighboursOf('biggest'); // → ['largest']
 * ```
 */
export function neighboursOf(term: string): string[] {
  return synonymsOf(term, table.groups);
}
