import type { CompactIndex } from '../search/compact-index.js';
import type { Question } from './question.js';
import { neighboursOf } from './neighbours.js';
import { synonymsOf } from './synonyms.js';

/** Question terms found in at most this many passages get stand-ins (common ones find enough). */
const RARE_TERM = 100;
/** Most stand-in terms one question searches with. */
const MAX_STAND_INS = 4;
/** How much a WordNet synonym of a question word counts. */
const SYNONYM_WEIGHT = 0.3;
/** How much a word used alike (see neighbours.ts) counts in the search. */
const NEIGHBOUR_WEIGHT = 0.3;
/** Stand-ins found in more passages than this are left out: a common word says little about any one passage. */
const MAX_STAND_IN_PASSAGES = 400;

/** Where stand-ins come from: WordNet synonyms, words used alike (GloVe). */
export type StandInSource = 'synonyms' | 'neighbours';

/** Every source of stand-ins. */
export const STAND_IN_SOURCES: readonly StandInSource[] = ['synonyms', 'neighbours'];

/** A term searched for in place of question terms. */
export interface StandIn {
  /** How much a match counts, relative to a match of a question term. */
  weight: number;
  /** The question terms it stands in for. */
  covers: readonly string[];
  /**
   * True when it only helps the search find and rank passages (their BM25 score), and a passage
   * holding it is not credited with the question words it covers: a word used alike is often no
   * synonym ("largest" ~ "biggest", but "married" ~ "divorced").
   */
  searchOnly?: boolean;
}

/**
 * The stand-ins a question searches with: for its rare terms (see {@link RARE_TERM}) WordNet synonyms
 * ({@link SYNONYM_WEIGHT}) and, for the search only, words used alike ({@link NEIGHBOUR_WEIGHT});
 * of those the corpus holds in at most {@link MAX_STAND_IN_PASSAGES} passages, the
 * {@link MAX_STAND_INS} rarest: they say the most about a passage.
 */
export function standInsFor(index: CompactIndex, question: Question, sources: readonly StandInSource[] = STAND_IN_SOURCES): Map<string, StandIn> {
  const own = new Set(question.terms);
  // A word the documents use often already finds its passages: look further only for rare ones.
  const rare = question.terms.filter((term) => index.documentFrequency(term) <= RARE_TERM);
  const found = new Map<string, StandIn>();
  // A term found several ways counts at its best weight for all the words it covers; one found
  // another way as well (a synonym) is credited as that, not only searched.
  const add = (term: string, weight: number, covers: readonly string[], searchOnly = false): void => {
    const known = found.get(term);
    if (known && searchOnly) return;
    const covered = [...new Set([...(known?.covers ?? []), ...covers])];
    found.set(term, { weight: Math.max(weight, known?.weight ?? 0), covers: covered, ...(searchOnly ? { searchOnly } : {}) });
  };
  const from = new Set(sources);
  if (from.has('synonyms')) for (const term of rare) for (const synonym of synonymsOf(term)) add(synonym, SYNONYM_WEIGHT, [term]);
  if (from.has('neighbours')) for (const term of rare) for (const near of neighboursOf(term)) add(near, NEIGHBOUR_WEIGHT, [term], true);
  const present = [...found.keys()]
    .filter((t) => !own.has(t))
    .map((t) => [t, index.documentFrequency(t)] as const)
    .filter(([, frequency]) => frequency > 0 && frequency <= MAX_STAND_IN_PASSAGES)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_STAND_INS);
  return new Map(present.map(([t]) => [t, found.get(t)!]));
}
