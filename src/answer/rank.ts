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

/** How many passages of a section join the candidates when the search finds its heading. */
export const SECTION_PASSAGES = 3;

/** The passages that open the section passage `i` heads or links to (see PassageStore.headingFor), up to {@link SECTION_PASSAGES}. */
function sectionOf(passages: Corpus['passages'], i: number): number[] {
  const heading = passages.headingFor(i);
  return heading < 0 ? [] : passages.sectionUnder(heading, SECTION_PASSAGES);
}

/**
 * The passages that open the sections `hits` head or link to (see {@link sectionOf}) and are not
 * hits themselves: docs title a section by what it answers ("### Enable logging"), and its text
 * may not repeat the title.
 */
function sectionsOf(passages: Corpus['passages'], hits: readonly IndexHit[]): number[] {
  const seen = new Set(hits.map((hit) => hit.passage));
  const found: number[] = [];
  for (const hit of hits) {
    for (const j of sectionOf(passages, hit.passage)) {
      if (!seen.has(j)) found.push(j);
      seen.add(j);
    }
  }
  return found;
}

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
 * The lexical search's best `count` passages for a question, and the passages of the sections
 * they head or link to (see {@link sectionsOf}), each with its features and the model's
 * probability, best first; a heading or a table of contents' line ranks below its section's
 * likeliest passage. The one place candidates are scored: `ask`, `eval` and training use it.
 */
export function scoreCandidates(corpus: Pick<Corpus, 'passages' | 'index'>, question: Question, count = CANDIDATES, model: Model = MODEL): ScoredCandidate[] {
  const standIns = standInsFor(corpus.index, question, model.standIns);
  const weights = new Map([...standIns].map(([term, standIn]) => [term, standIn.weight]));
  const searched = [...question.terms, ...standIns.keys()];
  const hits = corpus.index.search(searched, count, weights);
  const found = hits.map((hit) => {
    const passage = corpus.passages.get(hit.passage);
    return { hit, passage, tokens: analyze(passage.text) };
  });
  for (const i of sectionsOf(corpus.passages, hits)) {
    const passage = corpus.passages.get(i);
    const tokens = analyze(passage.text);
    const held = new Set(tokens.flatMap((t) => t.terms));
    found.push({ hit: { passage: i, score: 0, matched: searched.filter((term) => held.has(term)) }, passage, tokens });
  }
  const idf = new Map(question.terms.map((t) => [t, corpus.index.inverseDocumentFrequency(t)]));
  const context = { corpus, question, idf, standIns, memo: questionMemo() };
  const features = withCandidateFeatures(
    found.map(({ hit, passage, tokens }) => {
      const credited = hit.matched.filter((term) => !standIns.get(term)?.searchOnly);
      return featuresOf({ passage: hit.passage, text: passage.text, tokens, credited }, context);
    }),
  );
  const scored = found.map((c, i) => ({ ...c, features: features[i]!, score: probability(features[i]!, model) }));
  // A heading, or a table of contents' line, is no answer: its section's likeliest passage takes its place.
  const byPassage = new Map(scored.map((c) => [c.hit.passage, c]));
  for (const c of scored) {
    const section = sectionOf(corpus.passages, c.hit.passage).flatMap((j) => byPassage.get(j) ?? []);
    const best = section.reduce<ScoredCandidate | undefined>((a, b) => (a && a.score >= b.score ? a : b), undefined);
    if (best && best.score < c.score) [best.score, c.score] = [c.score, best.score];
  }
  return scored.sort((a, b) => b.score - a.score || b.hit.score - a.hit.score || a.hit.passage - b.hit.passage);
}
