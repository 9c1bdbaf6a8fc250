import type { AnalyzedToken } from '../analysis/analyze.js';
import { entitiesOf } from './entities.js';
import { holdsWord } from './names.js';
import type { Question } from './question.js';
import type { StandIn } from './stand-ins.js';

/** What is known about one candidate passage before it is scored. */
export interface CandidateInput {
  text: string;
  /** `analyze(text)`: analyzed once per candidate, for the features, the highlights and the span. */
  tokens: readonly AnalyzedToken[];
  /** MiniSearch's BM25 score. */
  bm25: number;
}

/** What is known about all candidates of one question. */
export interface QuestionContext {
  question: Question;
  /** Inverse document frequency of each question term in the corpus. */
  idf: ReadonlyMap<string, number>;
  /** Best BM25 score among the candidates. */
  maxBm25: number;
  /** Terms that stand in for question terms (see stand-ins.ts). */
  standIns?: ReadonlyMap<string, StandIn>;
}

/** Names of the features, in the order of {@link featuresOf}'s result and of the model weights. */
export const FEATURE_NAMES = [
  'bm25_relative',
  'bm25_log',
  'coverage_idf',
  'coverage',
  'bigrams',
  'answer_type_found',
  'answer_type_near_covered',
  'answer_type_other',
  'definition',
  'proximity',
  'length',
  'pronoun_start',
] as const;

function overlapsAny(start: number, end: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([s, e]) => start < e && s < end);
}

/** Characters between an answer-type phrase and a question word at which nearness has fallen to 1/e. */
const NEAR_CHARACTERS = 20;

/** A sentence that goes on about something already named: "It was founded in 1998." */
const PRONOUN_START = /^(?:He|She|It|They|His|Her|Its|Their)\b/;

const COPULA = /^[^.;:]{0,60}?\b(?:is|are|was|were|refers to|means|describes)\s+(?:an?|the|one)\b/i;

/** A sentence that defines a question word: "BMC Software, Inc. is an American company …". */
function isDefinition(text: string, matched: ReadonlyArray<readonly [number, number]>): boolean {
  const head = COPULA.exec(text);
  return head !== null && matched.some(([start]) => start < head[0].length);
}

/** How much of the question a passage covers: IDF-weighted and plain shares of its words, and how many it holds itself. */
function coverageOf(question: Question, idf: ReadonlyMap<string, number>, matched: ReadonlySet<string>, standInCredit: ReadonlyMap<string, number>) {
  // A word matches as a whole (see holdsWord); failing that, through a stand-in, for the stand-in's weight.
  let idfAll = 0;
  let idfMatched = 0;
  let credited = 0;
  let found = 0;
  for (const terms of question.words) {
    const weight = idf.get(terms[0]!) ?? 0;
    const own = holdsWord(terms, matched);
    const credit = own ? 1 : Math.max(0, ...terms.map((t) => standInCredit.get(t) ?? 0));
    if (own) found++;
    idfAll += weight;
    idfMatched += weight * credit;
    credited += credit;
  }
  const words = question.words.length;
  return { idf: idfAll > 0 ? idfMatched / idfAll : 0, words: words > 0 ? credited / words : 0, found };
}

/**
 * Whether the passage holds a phrase of the asked-for type that is not a question word, and the
 * characters between the nearest such phrase and a matched question word (Infinity when none).
 */
function answerTypePhrase(text: string, type: Question['type'], matchedRanges: ReadonlyArray<readonly [number, number]>) {
  const phrases = type === 'other' ? [] : entitiesOf(text, type).filter((e) => !overlapsAny(e.start, e.end, matchedRanges));
  let gap = Infinity;
  for (const e of phrases) for (const [start, end] of matchedRanges) gap = Math.min(gap, Math.max(0, e.start - end, start - e.end));
  return { found: phrases.length > 0, gap };
}

/**
 * Numbers describing how well a passage answers a question: lexical match (BM25, IDF-weighted
 * coverage, bigrams, proximity), whether it holds a phrase of the expected answer type that the
 * question does not already contain and how near the question's words that phrase is (weighed by
 * the passage's IDF-weighted coverage of the question), whether it is a definition ("X is a …")
 * of a question word, and whether it starts with a pronoun (it goes on about a subject named
 * before it).
 */
export function featuresOf(candidate: CandidateInput, context: QuestionContext): number[] {
  const { question } = context;
  const wanted = new Set(question.terms);
  const tokens = candidate.tokens.filter((t) => t.terms.length > 0);
  const matchedAt: number[] = [];
  const matched = new Set<string>();
  const matchedRanges: Array<[number, number]> = [];
  const standInCredit = new Map<string, number>();
  const standInRanges: Array<[number, number]> = [];
  tokens.forEach((token, i) => {
    let standsIn = false;
    for (const t of token.terms) {
      const standIn = context.standIns?.get(t);
      if (!standIn || standIn.searchOnly) continue;
      for (const c of standIn.covers) standInCredit.set(c, Math.max(standInCredit.get(c) ?? 0, standIn.weight));
      standsIn = true;
    }
    if (standsIn) standInRanges.push([token.start, token.end]);
    const hit = token.terms.filter((t) => wanted.has(t));
    if (hit.length === 0) return;
    matchedAt.push(i);
    matchedRanges.push([token.start, token.end]);
    for (const t of hit) matched.add(t);
  });
  const coverage = coverageOf(question, context.idf, matched, standInCredit);

  const pairs = new Set<string>();
  for (let i = 1; i < tokens.length; i++) for (const a of tokens[i - 1]!.terms) for (const b of tokens[i]!.terms) pairs.add(`${a} ${b}`);
  let bigrams = 0;
  for (let i = 1; i < question.terms.length; i++) if (pairs.has(`${question.terms[i - 1]} ${question.terms[i]}`)) bigrams++;

  const window = matchedAt.length > 0 ? matchedAt[matchedAt.length - 1]! - matchedAt[0]! + 1 : 0;
  // "founder Zhang" answers "Who founded …?": a stand-in places the answer as well as a question word does.
  const typed = answerTypePhrase(candidate.text, question.type, [...matchedRanges, ...standInRanges]);

  return [
    context.maxBm25 > 0 ? candidate.bm25 / context.maxBm25 : 0,
    Math.log1p(candidate.bm25) / 3,
    coverage.idf,
    coverage.words,
    question.terms.length > 1 ? bigrams / (question.terms.length - 1) : 0,
    typed.found ? 1 : 0,
    // A phrase of the asked-for type beside the question's words counts for as much of the
    // question as the passage covers: beside a common word alone ("ByteDance"), a name says little.
    Math.exp(-typed.gap / NEAR_CHARACTERS) * coverage.idf,
    question.type === 'other' ? 1 : 0,
    isDefinition(candidate.text, matchedRanges) ? 1 : 0,
    window > 0 ? coverage.found / window : 0,
    Math.log1p(tokens.length) / 4,
    PRONOUN_START.test(candidate.text) ? 1 : 0,
  ];
}
