import { analyze, type AnalyzedToken } from '../analysis/analyze.js';
import type { Corpus } from '../corpus/open.js';
import type { Document } from '../types.js';
import { described } from './describe.js';
import { entitiesOf, partialDatesOf } from './entities.js';
import { holdsMoreThanNames, holdsWord } from './names.js';
import type { Question } from './question.js';
import type { StandIn } from './stand-ins.js';
import { rowOf, similarity } from './vectors.js';

/** What is known about one candidate passage before it is scored. */
export interface CandidateInput {
  /** The passage's number in the corpus. */
  passage: number;
  text: string;
  /** `analyze(text)`: analyzed once per candidate, for the features, the highlights and the span. */
  tokens: readonly AnalyzedToken[];
  /** The question terms and stand-ins it holds that count as saying a question word (not those that only help the search). */
  credited: readonly string[];
}

/** What is known about all candidates of one question. */
export interface QuestionContext {
  corpus: Pick<Corpus, 'passages' | 'index'>;
  question: Question;
  /** Inverse document frequency of each question term in the corpus. */
  idf: ReadonlyMap<string, number>;
  /** Terms that stand in for question terms (see stand-ins.ts). */
  standIns: ReadonlyMap<string, StandIn>;
  /** Work its candidates share (see {@link questionMemo}). */
  memo: QuestionMemo;
}

/** What the features of one question's candidates compute once: each document's coverage of the question. */
export interface QuestionMemo {
  documents: Map<number, number>;
}

/** An empty {@link QuestionMemo}, for a new question. */
export const questionMemo = (): QuestionMemo => ({ documents: new Map() });

/**
 * Names of the passage features, in the order of {@link featuresOf}'s result and of the model's
 * weights. Every one is a share, a flag or a small bounded number, so a feature means the same
 * over a two-sentence note as over a corpus of 60,000 sentences.
 */
export const FEATURE_NAMES = [
  'bias',
  'coverage',
  'coverage_gap',
  'bigrams',
  'type_near',
  'type_missing',
  'describes',
  'only_names',
  'soft_match',
  'title_coverage',
  'context_coverage',
  'document_coverage',
  'first_passage',
  'kind_list',
  'length',
] as const;

/** One of {@link FEATURE_NAMES}. */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Where feature `name` sits in a feature vector. */
export const featureAt = (name: FeatureName): number => FEATURE_NAMES.indexOf(name);

const COVERAGE_GAP = featureAt('coverage_gap');

/** Characters between an answer-type phrase and a question word at which nearness has fallen to 1/e. */
const NEAR_CHARACTERS = 20;

/**
 * How much a question word counts when it is not in a passage but in what titles it (see
 * headingTerms): docs title their sections by what they answer ("### keepAliveTimeout" over
 * "Default: 72000").
 */
const HEADING_CREDIT = 0.5;

/**
 * Content words at which a passage counts as long (the `length` feature is log(1 + words) /
 * log(1 + LONG_PASSAGE), at most 1): a long passage holds more of the question's words by chance alone.
 */
const LONG_PASSAGE = 100;

/** How many words `tokens` hold: CJK text, analyzed into overlapping character pairs, counts each character pair that does not overlap the one before. */
function wordCount(tokens: readonly AnalyzedToken[]): number {
  let words = 0;
  let end = -1;
  for (const token of tokens) {
    if (token.start < end) continue;
    words++;
    end = token.end;
  }
  return words;
}

const LIST_ITEM = /^\s*(?:[-*+•]\s|\d{1,3}[.)]\s)/;

type Ranges = ReadonlyArray<readonly [number, number]>;

/**
 * The terms of what titles passage `i`: the Markdown headings it sits under (see
 * PassageStore.headingPath), or failing those its file's first passage, which names what the file
 * is about ("Home maintenance log — 12 Birch Lane", an article's lead), unless `i` is that passage.
 */
function headingTerms(context: QuestionContext, i: number): ReadonlySet<string> {
  const { passages } = context.corpus;
  const doc = passages.documentOf(i);
  const first = passages.find(doc, 1);
  const headings = passages.headingPath(i);
  if (i === first && headings.length === 0) return NO_TERMS;
  // A file's first passage is known by the file's number; headings by their text.
  const key = headings.length > 0 ? headings.join('\n') : doc;
  let known = headingTermsOf.get(passages);
  if (!known) headingTermsOf.set(passages, (known = new Map()));
  let terms = known.get(key);
  if (!terms) known.set(key, (terms = new Set(analyze(typeof key === 'number' ? passages.text(first) : key).flatMap((t) => t.terms))));
  return terms;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** Each corpus's titles (see headingTerms) and their terms, analyzed once: they do not depend on the question. */
const headingTermsOf = new WeakMap<object, Map<string | number, ReadonlySet<string>>>();

const titles = new WeakMap<Document, Set<string>>();

/** The words of a file's name, its title ("1862_abraham_lincoln_r.txt" → 1862 abraham lincoln r, "Type-Providers.md" → type provid), analyzed once per document. */
function titleTerms(document: Document): Set<string> {
  let terms = titles.get(document);
  if (!terms) {
    const name = document.path.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
    titles.set(document, (terms = new Set(analyze(name.replace(/[_\-.]+/g, ' ')).flatMap((t) => t.terms))));
  }
  return terms;
}

/** The share of the question's IDF that the name of passage `i`'s file holds and the passage does not. */
function titleCoverage(context: QuestionContext, i: number, matched: ReadonlySet<string>): number {
  const inTitle = titleTerms(context.corpus.passages.documents[context.corpus.passages.documentOf(i)]!);
  return idfShare(context, (terms) => Number(!holdsWord(terms, matched) && holdsWord(terms, inTitle)));
}

/**
 * The question's words the passage does not hold, matched softly: each counts the cosine of its
 * GloVe vector with the most alike word of the passage (0 when unrelated or unknown), weighted by
 * IDF, as a share of the whole question's IDF: "earn" is nearer "salaries" (0.58) than "comment"
 * (0.31).
 */
function softCoverage(context: QuestionContext, tokens: readonly AnalyzedToken[], matched: ReadonlySet<string>): number {
  const missing = new Map<string, number>();
  for (const terms of context.question.words) {
    const row = holdsWord(terms, matched) ? -1 : rowOf(terms[0]!);
    if (row >= 0) missing.set(terms[0]!, row);
  }
  if (missing.size === 0) return 0;
  const rows = [...new Set(tokens.map((t) => t.terms[0]!))].map((term) => rowOf(term)).filter((row) => row >= 0);
  return idfShare(context, (terms) => {
    const row = missing.get(terms[0]!);
    if (row === undefined) return 0;
    let best = 0;
    for (const other of rows) best = Math.max(best, similarity(row, other));
    return best;
  });
}

/** The share of the question's IDF held by the passages beside passage `i` (one each side) and not by it. */
function contextCoverage(context: QuestionContext, i: number, matched: ReadonlySet<string>): number {
  const { before, after } = context.corpus.passages.around(i, 1);
  const { index } = context.corpus;
  // The index knows which terms a passage holds: nothing is analyzed again.
  const near = { has: (term: string) => before.some((j) => index.holdsBetween(term, j, j + 1)) || after.some((j) => index.holdsBetween(term, j, j + 1)) };
  return idfShare(context, (terms) => Number(!holdsWord(terms, matched) && holdsWord(terms, near)));
}

/** The share of the question's IDF held by the document passage `i` is in, found once per document and question. */
function documentCoverage(context: QuestionContext, i: number): number {
  const { passages, index } = context.corpus;
  const doc = passages.documentOf(i);
  let share = context.memo.documents.get(doc);
  if (share === undefined) {
    const first = passages.find(doc, 1);
    const end = first + passages.countIn(doc);
    share = idfShare(context, (terms) => Number(index.holdsBetween(terms[0]!, first, end)));
    context.memo.documents.set(doc, share);
  }
  return share;
}

/** The question's IDF, each word's part weighed by `share` (0 to 1), as a share of the whole. */
function idfShare(context: QuestionContext, share: (terms: readonly string[]) => number): number {
  let all = 0;
  let held = 0;
  for (const terms of context.question.words) {
    const weight = context.idf.get(terms[0]!) ?? 0;
    all += weight;
    if (weight > 0) held += weight * share(terms);
  }
  return all > 0 ? held / all : 0;
}

/** Whether the text holds a phrase of the asked-for type outside `asked` ranges, and the characters from the nearest to a matched word. */
function answerTypePhrase(text: string, question: Question, matchedRanges: Ranges, asked: Ranges) {
  if (question.type === 'other') return { found: false, gap: Infinity };
  const typed = entitiesOf(text, question.type);
  // For a when-question, a date without a year will do ("on Friday").
  const all = question.type === 'date' ? [...typed, ...partialDatesOf(text)] : typed;
  const phrases = all.filter((e) => !asked.some(([start, end]) => e.start < end && start < e.end));
  let gap = Infinity;
  for (const e of phrases) for (const [start, end] of matchedRanges) gap = Math.min(gap, Math.max(0, e.start - end, start - e.end));
  return { found: phrases.length > 0, gap };
}

/**
 * Numbers describing how well a passage answers a question (see {@link FEATURE_NAMES}): lexical
 * match (coverage of the question's words, bigrams), the answer type (how near the
 * question's words a phrase of the asked-for type is, or that none is there when the wording
 * demands one), whether it describes the name a "What is X?" asks about or only names what is
 * asked about, the question words that its file's name, its neighbours and its document hold, and
 * the kind of passage (list item, first of its document) and its length. `coverage_gap` is filled in by
 * {@link withCandidateFeatures}, once all candidates are known.
 */
export function featuresOf(candidate: CandidateInput, context: QuestionContext): CandidateFeatures {
  const { question } = context;
  const wanted = new Set(question.terms);
  const tokens = candidate.tokens.filter((t) => t.terms.length > 0);
  const matched = new Set<string>();
  const matchedRanges: Array<[number, number]> = [];
  const standInCredit = new Map<string, number>();
  const standInRanges: Array<[number, number]> = [];
  for (const token of tokens) {
    let standsIn = false;
    for (const t of token.terms) {
      const standIn = context.standIns.get(t);
      if (!standIn || standIn.searchOnly) continue;
      for (const c of standIn.covers) standInCredit.set(c, Math.max(standInCredit.get(c) ?? 0, standIn.weight));
      standsIn = true;
    }
    if (standsIn) standInRanges.push([token.start, token.end]);
    const hit = token.terms.filter((t) => wanted.has(t));
    if (hit.length === 0) continue;
    matchedRanges.push([token.start, token.end]);
    for (const t of hit) matched.add(t);
  }
  const titled = headingTerms(context, candidate.passage);
  for (const term of question.terms) {
    if (titled.has(term) && !matched.has(term)) standInCredit.set(term, Math.max(standInCredit.get(term) ?? 0, HEADING_CREDIT));
  }
  // A word matches as a whole (see holdsWord); failing that, through a stand-in or a heading the
  // passage sits under, for its weight.
  const credits = new Map<readonly string[], number>(question.words.map((terms) => [terms, holdsWord(terms, matched) ? 1 : Math.max(0, ...terms.map((t) => standInCredit.get(t) ?? 0))]));
  const creditSum = [...credits.values()].reduce((sum, credit) => sum + credit, 0);
  const coverage = { idf: idfShare(context, (terms) => credits.get(terms)!), words: credits.size > 0 ? creditSum / credits.size : 0 };

  const pairs = new Set<string>();
  for (let i = 1; i < tokens.length; i++) for (const a of tokens[i - 1]!.terms) for (const b of tokens[i]!.terms) pairs.add(`${a} ${b}`);
  let bigrams = 0;
  for (let i = 1; i < question.terms.length; i++) if (pairs.has(`${question.terms[i - 1]} ${question.terms[i]}`)) bigrams++;

  // "founder Zhang" answers "Who founded …?": a stand-in places the answer as well as a question word does.
  const near = [...matchedRanges, ...standInRanges];
  const typed = answerTypePhrase(candidate.text, question, near, matchedRanges);
  const text = candidate.text;
  const features = [
    1,
    coverage.words,
    0,
    question.terms.length > 1 ? bigrams / (question.terms.length - 1) : 0,
    // Beside a common word alone ("ByteDance"), a name of the asked-for type says little.
    Math.exp(-typed.gap / NEAR_CHARACTERS) * coverage.idf,
    question.demandsType && !typed.found ? 1 : 0,
    described({ question, passage: text }) !== null ? 1 : 0,
    holdsMoreThanNames(candidate.credited, question) ? 0 : 1,
    softCoverage(context, tokens, matched),
    titleCoverage(context, candidate.passage, matched),
    contextCoverage(context, candidate.passage, matched),
    documentCoverage(context, candidate.passage),
    context.corpus.passages.around(candidate.passage, 1).before.length === 0 ? 1 : 0,
    LIST_ITEM.test(text) ? 1 : 0,
    Math.min(1, Math.log1p(wordCount(tokens)) / Math.log1p(LONG_PASSAGE)),
  ];
  return { features, idfCoverage: coverage.idf };
}

/** A candidate's features, and its IDF-weighted coverage of the question, which the others are measured against. */
export interface CandidateFeatures {
  features: number[];
  idfCoverage: number;
}

/** Fills in the features that compare a candidate with the others of its question: how far its IDF coverage falls short of the best. */
export function withCandidateFeatures(all: readonly CandidateFeatures[]): number[][] {
  const best = Math.max(0, ...all.map((c) => c.idfCoverage));
  return all.map((c) => {
    const features = [...c.features];
    features[COVERAGE_GAP] = best - c.idfCoverage;
    return features;
  });
}
