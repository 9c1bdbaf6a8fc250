import { analyze, type AnalyzedToken } from '../analysis/analyze.js';
import type { Corpus } from '../corpus/open.js';
import type { PassageStore } from '../corpus/passage-store.js';
import type { IndexHit } from '../search/compact-index.js';
import type { Answer, Citation, Passage, PassageContext } from '../types.js';
import { acronymsOf } from './acronyms.js';
import { partialDatesOf } from './entities.js';
import { FEATURE_NAMES, featuresOf } from './features.js';
import { highlightRanges } from './highlight.js';
import { isAnswered, MODEL, passageProbability, rankingScore, type Model } from './model.js';
import { holdsMoreThanNames, namesHeld, namesOf, namesWrittenIn } from './names.js';
import { analyzeQuestion, type Question } from './question.js';
import { describes, extractSpan } from './span.js';
import { standInsFor } from './stand-ins.js';

/** Options for {@link answerQuestion}. */
export interface AnswerOptions {
  /** How many citations at most. Default 3. */
  limit?: number;
  /** How many neighbouring passages to attach to each citation on each side. Default 0 (none). */
  context?: number;
}

/** How many of MiniSearch's best passages the model re-ranks. */
export const CANDIDATES = 12;
const SCORE_DECIMALS = 1e4;

/** A candidate passage with the model's view of it. */
export interface ScoredCandidate {
  hit: IndexHit;
  passage: Passage;
  /** The passage's text analyzed (once, for the features, the highlights and the span). */
  tokens: AnalyzedToken[];
  features: number[];
  /** The ranking model's score: higher ranks first. */
  score: number;
  /** The question terms and stand-ins it holds that count as saying a question word (not those that only help the search). */
  credited: string[];
}

/**
 * MiniSearch's best `count` passages for a question, each with its features and ranking score,
 * best first. The one place candidates are scored: `ask`, `eval` and training use it.
 */
export function scoreCandidates(corpus: Pick<Corpus, 'passages' | 'index'>, question: Question, count = CANDIDATES): ScoredCandidate[] {
  const standIns = standInsFor(corpus.index, question);
  const weights = new Map([...standIns].map(([term, standIn]) => [term, standIn.weight]));
  const hits = corpus.index.search([...question.terms, ...standIns.keys()], count, weights);
  const idf = new Map(question.terms.map((t) => [t, corpus.index.inverseDocumentFrequency(t)]));
  const context = { question, idf, maxBm25: hits[0]?.score ?? 0, standIns };
  const ranked = hits.map((hit) => {
    const passage = corpus.passages.get(hit.passage);
    const tokens = analyze(passage.text);
    const features = featuresOf({ text: passage.text, tokens, bm25: hit.score }, context);
    const credited = hit.matched.filter((term) => !standIns.get(term)?.searchOnly);
    return { hit, passage, tokens, features, score: rankingScore(features), credited };
  }).sort((a, b) => b.score - a.score || b.hit.score - a.hit.score || a.hit.passage - b.hit.passage);
  return describingFirst(ranked, question);
}

/** For "What is X?"/"Who is X?", the best passage that describes X ("ByteDance, the company behind TikTok") first. */
function describingFirst(ranked: ScoredCandidate[], question: Question): ScoredCandidate[] {
  if (ranked.length < 2 || describes(question, ranked[0]!.passage.text)) return ranked;
  const at = ranked.findIndex((c) => describes(question, c.passage.text));
  return at < 0 ? ranked : [ranked[at]!, ...ranked.slice(0, at), ...ranked.slice(at + 1)];
}

const TYPE_FOUND = FEATURE_NAMES.indexOf('answer_type_found');
const DEFINITION = FEATURE_NAMES.indexOf('definition');

/** Whether a candidate holds a phrase of the type the question asks for, outside the question's words (for a when-question, a date without a year will do). */
function holdsAnswerType(candidate: ScoredCandidate, question: Question): boolean {
  if (candidate.features[TYPE_FOUND]! > 0) return true;
  if (question.type !== 'date') return false;
  const asked = new Set(question.terms);
  const isAsked = (start: number, end: number): boolean =>
    candidate.tokens.some((t) => t.start < end && start < t.end && t.terms.some((term) => asked.has(term)));
  return partialDatesOf(candidate.passage.text).some((date) => !isAsked(date.start, date.end));
}

/**
 * Whether a candidate says something of what the question asks about its names, not only names
 * them: it holds a phrase of the asked-for type, defines a question word ("Microsoft Corporation is
 * an American … corporation"), describes the name a "What is X?" or "What is X's role?" question
 * asks about ("Liang Rubo, ByteDance’s CEO"; see {@link describes}), or holds a question word
 * other than the names (or a credited stand-in) when the question asks by a noun (see
 * {@link holdsMoreThanNames}). "Jiang Lu, a contributor to VideoPoet" does not answer "What
 * university did Jiang Lu attend?".
 */
function saysWhatIsAsked(candidate: ScoredCandidate, question: Question): boolean {
  return (
    holdsAnswerType(candidate, question) ||
    candidate.features[DEFINITION]! > 0 ||
    describes(question, candidate.passage.text) ||
    holdsMoreThanNames(candidate.credited, question)
  );
}

/**
 * Whether the best of the candidates (best first) answers the question: the answer model says so
 * (see {@link isAnswered}), the passage holds a word of the question itself — a synonym or other
 * stand-in alone is not evidence enough — and it is about what the question names (see
 * {@link namesHeld}) and says something of what is asked about them (see {@link saysWhatIsAsked}).
 *
 * @example
 * ```ts
 * answers(corpus, scoreCandidates(corpus, question), question); // true when seedqa would answer
 * ```
 */
export function answers(
  corpus: Pick<Corpus, 'passages' | 'index'>,
  candidates: readonly ScoredCandidate[],
  question: Question,
  model: Pick<Model['answer'], 'weights' | 'threshold'> = MODEL.answer,
): boolean {
  const best = candidates[0];
  if (best === undefined || (question.demandsType && !holdsAnswerType(best, question))) return false;
  if (!best.hit.matched.some((term) => question.terms.includes(term)) || !isAnswered(candidates, model)) return false;
  const named = withNamesOfCandidates(corpus, question, candidates);
  return namesHeld(corpus, best.hit.passage, best.tokens, named) && saysWhatIsAsked(best, named);
}

/**
 * Share of the passages that hold a name the documents are about: a question that writes it in
 * lower case may be answered from a passage that leaves it unsaid ("The population was 3,167"
 * on a page about Algoma).
 */
const SUBJECT_SHARE = 0.25;

/**
 * The question with, among its names, the words it writes in lower case (or all in capitals) that
 * the candidates write as names (see {@link namesWrittenIn}) and that fewer than
 * {@link SUBJECT_SHARE} of the passages hold: "who is google's ceo" names Google.
 */
function withNamesOfCandidates(corpus: Pick<Corpus, 'passages' | 'index'>, question: Question, candidates: readonly ScoredCandidate[]): Question {
  const written = namesWrittenIn(candidates.map((c) => ({ text: c.passage.text, tokens: c.tokens })), new Set(question.terms));
  for (const term of written) if (corpus.index.documentFrequency(term) >= SUBJECT_SHARE * corpus.passages.count) written.delete(term);
  if (written.size === 0) return question;
  const own = new Set(question.names.flat(2));
  const names = namesOf(question.text, question.tokens, (word, terms) => own.has(terms[0]!) || written.has(terms[0]!));
  return { ...question, names };
}

/**
 * The heading path of passage `i` as shown to users ("Guide › Rollback"), or null.
 *
 * @example
 * ```ts
 * headingOf(corpus.passages, 12); // 'Release guide › Rollback' (Markdown), null (plain text)
 * ```
 */
export function headingOf(passages: PassageStore, i: number): string | null {
  const path = passages.headingPath(i);
  return path.length > 0 ? path.join(' › ') : null;
}

/**
 * Up to `radius` passages of the same document on each side of passage `i`.
 *
 * @example
 * ```ts
 * const { before, after } = contextOf(corpus.passages, 12, 1);
 * before[0]?.text; // the sentence just before passage 12
 * ```
 */
export function contextOf(passages: PassageStore, i: number, radius: number): PassageContext {
  const { before, after } = passages.around(i, radius);
  return { before: before.map((j) => passages.get(j)), after: after.map((j) => passages.get(j)) };
}

/**
 * Answers one question from a corpus. MiniSearch finds candidate passages; a linear model
 * (features in features.ts, weights trained on WikiQA by `npm run train`) re-ranks them, a second
 * model decides whether the best one answers the question, and the answer span is cut from it.
 *
 * @example
 * ```ts
 * const answer = answerQuestion(corpus, "Who is ByteDance's CEO?", { limit: 3 });
 * answer.span; // 'Liang Rubo'
 * ```
 */
export function answerQuestion(corpus: Pick<Corpus, 'passages' | 'index'>, question: string, options: AnswerOptions = {}): Answer {
  const analyzed = analyzeQuestion(question, acronymsOf(corpus.passages));
  const candidates = scoreCandidates(corpus, analyzed, Math.max(CANDIDATES, options.limit ?? 3));
  const answered = answers(corpus, candidates, analyzed);
  const ranked = candidates.slice(0, options.limit ?? 3);
  const citations: Citation[] = ranked.map(({ hit, passage, score }) => ({
    ...passage,
    heading: headingOf(corpus.passages, hit.passage),
    score: Math.round(passageProbability(score) * SCORE_DECIMALS) / SCORE_DECIMALS,
    ...(options.context ? { context: contextOf(corpus.passages, hit.passage, options.context) } : {}),
  }));
  const best = ranked[0];
  return {
    question,
    answered,
    answer: answered && best ? best.passage.text : null,
    span: answered && best ? extractSpan(analyzed, best.passage.text, best.tokens) : null,
    citations,
    highlights: ranked.map(({ hit, passage, tokens }) => highlightRanges(passage.text, hit.matched, tokens)),
  };
}
