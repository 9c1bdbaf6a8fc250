import { MAX_POSTINGS, type CompactIndex } from '../search/compact-index.js';
import type { Question } from './question.js';
import { synonymsOf } from './synonyms.js';

/**
 * How much a stand-in term (an acronym for its expansion or back, a word of the same family)
 * counts in ranking, relative to the question's own words.
 */
const ALTERNATIVE_WEIGHT = 0.5;
/** Question terms found in at most this many passages get stand-ins (common ones find enough). */
const RARE_TERM = 100;
/** Most stand-in terms one question searches with. */
const MAX_STAND_INS = 4;
/** How much a WordNet synonym of a question word counts in ranking. */
const SYNONYM_WEIGHT = 0.3;

/**
 * The stand-ins a question searches with, and their weights: the acronyms of its words, and for
 * its rare terms (see {@link RARE_TERM}) word-family members (weight {@link ALTERNATIVE_WEIGHT})
 * and WordNet synonyms ({@link SYNONYM_WEIGHT}); of those the corpus holds in at most
 * {@link MAX_POSTINGS} passages, the {@link MAX_STAND_INS} rarest: they say the most and cost the
 * least to search (a common synonym adds little but many postings to score, and halved batch
 * throughput on a large corpus).
 */
export function standInWeights(index: CompactIndex, question: Question): Map<string, number> {
  const own = new Set(question.terms);
  // A word the documents use often already finds its passages: look further only for rare ones.
  const rare = question.terms.filter((term) => index.documentFrequency(term) <= RARE_TERM);
  const weights = new Map<string, number>();
  for (const t of rare.flatMap((term) => synonymsOf(term))) weights.set(t, SYNONYM_WEIGHT);
  for (const t of [...question.alternatives.keys(), ...rare.flatMap((term) => index.relatedTerms(term))]) weights.set(t, ALTERNATIVE_WEIGHT);
  const present = [...weights.keys()]
    .filter((t) => !own.has(t))
    .map((t) => [t, index.documentFrequency(t)] as const)
    .filter(([, frequency]) => frequency > 0 && frequency <= MAX_POSTINGS)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_STAND_INS);
  return new Map(present.map(([t]) => [t, weights.get(t)!]));
}
