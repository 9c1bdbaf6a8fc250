import { analyze, type AnalyzedToken } from '../analysis/analyze.js';
import type { Corpus } from '../corpus/open.js';
import type { IndexHit } from '../search/compact-index.js';
import type { Passage } from '../types.js';
import { featuresOf, questionMemo, withCandidateFeatures } from './features.js';
import { MODEL, probability, type Model } from './model.js';
import type { Question } from './question.js';
import { standInsFor } from './stand-ins.js';

/** How many of the lexical search's best passages the model re-ranks. */
export const CANDIDATES = 12;

/** A candidate passage with the model's view of it. */
export interface ScoredCandidate {
  hit: IndexHit;
  passage: Passage;
  /** The passage's text analyzed (once, for the features, the highlights and the span). */
  tokens: AnalyzedToken[];
  features: number[];
  /** The model's probability that it answers the question: higher ranks first. */
  score: number;
}

/**
 * The lexical search's best `count` passages for a question, each with its features and the
 * model's probability, best first. The one place candidates are scored: `ask`, `eval` and
 * training use it.
 */
export function scoreCandidates(corpus: Pick<Corpus, 'passages' | 'index'>, question: Question, count = CANDIDATES, model: Model = MODEL): ScoredCandidate[] {
  const standIns = standInsFor(corpus.index, question, model.standIns);
  const weights = new Map([...standIns].map(([term, standIn]) => [term, standIn.weight]));
  const hits = corpus.index.search([...question.terms, ...standIns.keys()], count, weights);
  const found = hits.map((hit) => {
    const passage = corpus.passages.get(hit.passage);
    return { hit, passage, tokens: analyze(passage.text) };
  });
  const idf = new Map(question.terms.map((t) => [t, corpus.index.inverseDocumentFrequency(t)]));
  const context = { corpus, question, idf, standIns, memo: questionMemo() };
  const features = withCandidateFeatures(
    found.map(({ hit, passage, tokens }) => {
      const credited = hit.matched.filter((term) => !standIns.get(term)?.searchOnly);
      return featuresOf({ passage: hit.passage, text: passage.text, tokens, credited }, context);
    }),
  );
  return found
    .map((c, i) => ({ ...c, features: features[i]!, score: probability(features[i]!, model) }))
    .sort((a, b) => b.score - a.score || b.hit.score - a.hit.score || a.hit.passage - b.hit.passage);
}
