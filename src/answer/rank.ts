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

/** How many passages of a section join the candidates when the search finds its heading or a table of contents' entry for it. */
export const SECTION_PASSAGES = 3;

/**
 * For each of `hits` that is a heading or a table of contents' entry (see
 * PassageStore.headingFor), the passages that open its section: docs title a section by what it
 * answers ("### Enable logging"), and its text may not repeat the title.
 */
function sectionsOf(passages: Corpus['passages'], hits: readonly IndexHit[]): Map<number, number[]> {
  const sections = new Map<number, number[]>();
  for (const { passage } of hits) {
    const heading = passages.headingFor(passage);
    if (heading >= 0) sections.set(passage, passages.sectionUnder(heading, SECTION_PASSAGES));
  }
  return sections;
}

/**
 * A heading or a table of contents' entry is no answer: when it scores above every passage of its
 * section (`sections`, see {@link sectionsOf}), the likeliest of those takes its score and it takes
 * that one's (the model's own scores decide, so no swap feeds another); with none it scores 0.
 */
function titlesGiveWay(scored: ScoredCandidate[], sections: ReadonlyMap<number, number[]>): void {
  const byPassage = new Map(scored.map((c) => [c.hit.passage, c]));
  const own = new Map(scored.map((c) => [c, c.score]));
  for (const [i, section] of sections) {
    const title = byPassage.get(i)!;
    const under = section.flatMap((j) => byPassage.get(j) ?? []);
    if (under.length === 0) title.score = 0;
    const best = under.reduce<ScoredCandidate | undefined>((a, b) => (a && own.get(a)! >= own.get(b)! ? a : b), undefined);
    if (!best || own.get(best)! >= own.get(title)!) continue;
    best.score = Math.max(best.score, own.get(title)!);
    title.score = Math.min(title.score, own.get(best)!);
  }
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
 * probability, best first; a heading or a table of contents' entry ranks below its section's
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
  const sections = sectionsOf(corpus.passages, hits);
  const seen = new Set(hits.map((hit) => hit.passage));
  for (const i of [...sections.values()].flat()) {
    if (seen.has(i)) continue;
    seen.add(i);
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
  titlesGiveWay(scored, sections);
  return scored.sort((a, b) => b.score - a.score || b.hit.score - a.hit.score || a.hit.passage - b.hit.passage);
}
