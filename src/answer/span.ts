import { analyze, type AnalyzedToken } from '../analysis/analyze.js';
import { codeSpans } from '../analysis/code-spans.js';
import { entitiesOf, partialDatesOf, preferring, type Candidate } from './entities.js';
import { described, POSSESSIVE, trimPhrase } from './describe.js';
import { PLACE_PREPOSITIONS, PRONOUN_DETERMINERS, singular as singularOf } from './lexicon.js';
import { askedNouns, type Question } from './question.js';

/** The name at `c`, trimmed, without a possessive ending ("Zhang’s hometown" → "Zhang"). */
function nameAt(passage: string, c: Candidate): string | null {
  return trimPhrase(passage, c.start, c.end)?.replace(/['’]s$/, '') ?? null;
}

/** Answer types whose answer is one name, date, number or sum: worth cutting down to that phrase. */
const PHRASE_TYPES: ReadonlySet<Question['type']> = new Set(['person', 'date', 'number', 'money', 'duration']);
const YEAR_IN = /\b(?:1[0-9]{3}|20[0-9]{2})\b/;
const COPULA = /\b(?:is|are|was|were)\s+(?:(?:an?|the)\s+)?/;

function isInParentheses(text: string, c: Candidate): boolean {
  const open = text.lastIndexOf('(', c.start);
  return open >= 0 && text.lastIndexOf(')', c.start) < open && text.indexOf(')', open) >= c.end;
}

/**
 * The candidates worth choosing from: a person named after "by" and at most three words ("by the
 * English poet Samuel Taylor Coleridge") if there is one; for dates, a life span in parentheses
 * ("(May 13, 1922 – April 25, 2009)") gives its start for a question about a birth, and is passed
 * over for any other question when the passage has other dates; a question about an end (a death,
 * "end", "resign", "last") gets the last date ("from 1939 to 1945" → 1945).
 */
function likeliest({ question, passage, tokens }: PassageView, candidates: Candidate[]): Candidate[] {
  const counted = question.cues.get('counted');
  if (question.type === 'number' && counted) {
    const term = analyze(counted)[0]?.terms[0];
    // "221 towns", "three Gold Glove awards": the noun within three words, before the next number.
    const countsIt = (c: Candidate): boolean => {
      const next = candidates.find((other) => other.start >= c.end)?.start ?? passage.length;
      return tokens.filter((t) => t.start >= c.end && t.end <= next && t.terms.length > 0).slice(0, 3).some((t) => t.terms[0] === term);
    };
    return preferring(candidates, candidates.filter(countsIt));
  }
  if (question.type === 'person') return preferring(candidates, candidates.filter((c) => /\bby\s+(?:\S+\s+){0,3}$/.test(passage.slice(Math.max(0, c.start - 30), c.start))));
  if (question.type !== 'date' || candidates.length < 2) return candidates;
  const span = candidates.filter((c) => isInParentheses(passage, c));
  if (question.cues.has('birth') && span.length > 0) return [span[0]!];
  const outside = preferring(candidates, candidates.filter((c) => !isInParentheses(passage, c)));
  // "lasted from 1939 to 1945", "between 1983 and 1996": an end is the later date.
  return question.cues.has('end') ? [outside[outside.length - 1]!] : outside;
}

/**
 * The phrase of `passage` (analyzed as `tokens`, when the caller has them) that answers `question`:
 * a name made with the noun a "what/which <noun>" question asks by ("Oakland County"
 * for "What county …?") or set beside it ("the app CapCut" for "Which app …?"); for "What is X?"
 * or "What kind of app is X?", the words the passage describes X with ("the video-editing app
 * CapCut" → "video-editing app") or the kind it gives X as one of ("technologies like GenAI" →
 * "technologies"); for who, when, how-many and how-much questions the name, date, number or sum
 * nearest the question's words that the question does not already contain (see
 * {@link likeliest}; only the year when the question asks "what year"); for where-questions, the place named after a
 * preposition nearest the question's words ("Garner, North Carolina"); otherwise (what, why, how,
 * where) the passage without the question's own words and function words at either end,
 * which is where the answer lies ("A glacier cave is a cave formed within the ice of a glacier" →
 * "within the ice" for "How are glacier caves formed?"), and when the question's words are the
 * subject of "is"/"was", only what follows it ("Mia Hamm (born 1972) is a retired American soccer
 * player" → "retired American soccer player"). Measured on WikiQA's answer phrases, the whole
 * remainder matches annotators far better than any shorter clause.
 *
 * @example
 * ```ts
 * extractSpan(analyzeQuestion("Who is ByteDance's CEO?"), 'Liang Rubo, ByteDance’s CEO, said so.'); // → 'Liang Rubo'
 * ```
 */
export function extractSpan(question: Question, passage: string, tokens: readonly AnalyzedToken[] = analyze(passage)): string | null {
  // A glued question word is one word: "videos" is not the "video" of "VideoPoet".
  const wanted = new Set(question.words.map((terms) => terms[0]!));
  const isQuestionWord = (t: AnalyzedToken): boolean => t.terms.some((term) => wanted.has(term));
  const view: PassageView = { question, passage, tokens, isQuestionWord, matched: tokens.filter(isQuestionWord) };
  const named = namedByAskedNoun(view) ?? described(view);
  if (named) return named;
  const phrase = PHRASE_TYPES.has(question.type) && !question.cues.has('who-is') ? typedPhrase(view) : undefined;
  if (phrase !== undefined) return phrase;
  return (question.cues.has('where') ? placeAfterPreposition(view) : null) ?? remainder(view);
}

/** A passage analyzed for one question. */
interface PassageView {
  question: Question;
  passage: string;
  tokens: readonly AnalyzedToken[];
  isQuestionWord: (token: AnalyzedToken) => boolean;
  /** The passage's tokens that are question words. */
  matched: readonly AnalyzedToken[];
}

/**
 * The candidate fewest characters from one of the question's words in the passage ("Apple’s" beside
 * "CEO Tim Cook", not a name halfway to "the company’s" at the other end); the first on a tie, the
 * earliest when no question word is there.
 */
function nearestToQuestion({ matched }: PassageView, candidates: Candidate[]): Candidate {
  const distance = (c: Candidate): number =>
    matched.length === 0 ? c.start : Math.min(...matched.map((m) => Math.max(0, m.start - c.end, c.start - m.end)));
  return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

/**
 * A name made with the noun the question asks by: "Oakland County" or "Boulder and Weld counties"
 * for "What county is Erie in?", "Wisconsin" from "the state of Wisconsin" for "What state …?",
 * or set beside it: "the app CapCut", "its tool, Boximator", "rivals like OpenAI", "ByteDance, the
 * company behind TikTok", "ChatGPT and similar chatbots".
 */
function namedByAskedNoun(view: PassageView): string | null {
  const nouns = askedNouns(view.question);
  const capitalised = nouns.length > 0 ? entitiesOf(view.passage, 'place') : [];
  for (const noun of nouns) {
    const named = namedBy(view, noun, capitalised);
    if (named) return named;
  }
  return null;
}

/** A lower-case word after a name that no article, possessive or name follows: a noun ("Weld counties"), not a verb ("OpenAI released the …"). */
const NOUN_NOT_VERB = new RegExp(`^\\s+([a-z]+)(?!\\s+(?:${PRONOUN_DETERMINERS}|this|these|[A-Z]))`);

/** {@link namedByAskedNoun} for one noun, among the passage's `capitalised` phrases. */
function namedBy(view: PassageView, noun: string, capitalised: Candidate[]): string | null {
  const { question, passage, tokens, isQuestionWord } = view;
  const singular = singularOf(noun);
  const sameNumber = (word: string): boolean => word.toLowerCase() === noun || word.toLowerCase() === singular;
  const nouns = `(?:${singular}s?|${singular.replace(/y$/, 'ies')})`;
  const anyNumber = new RegExp(`^${nouns}$`, 'i');
  const nounOf = new RegExp(`\\b${noun}\\s+of\\s+(?:the\\s+)?$`, 'i');
  const compound = `(?:\\s+(?:${question.text.toLowerCase().match(/[a-z]+/g)!.join('|')})){0,2}`;
  const nounBefore = new RegExp(`\\b${nouns}${compound}(?:\\s*,\\s*|\\s+(?:like|such as|including|called|named)\\s+|\\s+)$`, 'i');
  const nounAfter = new RegExp(`^(?:\\s*,\\s+(?:the|an?|${POSSESSIVE})|\\s+and\\s+(?:other|similar))\\s+(?:[\\w-]+\\s+){0,2}${nouns}\\b`, 'i');
  const names = capitalised.flatMap((c) => {
    const words = passage.slice(c.start, c.end).split(/\s+/);
    if (words.length > 1 && sameNumber(words[words.length - 1]!)) return [c];
    // "Boulder and Weld counties"; not "OpenAI released the …", where the asked word is the question's verb.
    const after = NOUN_NOT_VERB.exec(passage.slice(c.end));
    if (after && anyNumber.test(after[1]!)) return [{ start: c.start, end: c.end + after[0].length }];
    const before = passage.slice(Math.max(0, c.start - 40), c.start);
    return nounOf.test(before) || nounBefore.test(before) || nounAfter.test(passage.slice(c.end, c.end + 60)) ? [c] : [];
  });
  const withNewWords = names.filter((c) => tokens.some((t) => t.start >= c.start && t.end <= c.end && t.terms.length > 0 && !isQuestionWord(t)));
  if (withNewWords.length === 0) return null;
  const chosen = nearestToQuestion(view, withNewWords);
  return nameAt(passage, chosen);
}

/** The name, date, number or sum of the asked-for type nearest the question's words; undefined when there is none. */
function typedPhrase(view: PassageView): string | null | undefined {
  const { question, passage, tokens, isQuestionWord, matched } = view;
  // An amount's unit may be a question word ("3 days" for "How many days …?"); its number may not.
  const amount = question.type === 'number' || question.type === 'money' || question.type === 'duration';
  const overlapsQuestion = (c: Candidate): boolean =>
    matched.some((m) => c.start < m.end && m.start < c.end && (!amount || /\d/.test(passage.slice(m.start, m.end))));
  // A name may start with the question's words: "Apple’s CEO Tim Cook" answers "Who is Apple's CEO?";
  // but a single word left of it names nothing: "Act" of "No Child Left Behind Act", "CEO" of "ByteDance’s CEO".
  // And a name whose owner or maker comes before it gives that: "Google’s" of "Google’s VideoPoet"
  // for "Which company developed VideoPoet?".
  const withoutQuestionWords = (c: Candidate): Candidate[] => {
    const inside = tokens.filter((t) => t.start >= c.start && t.end <= c.end && t.terms.length > 0);
    const first = inside.findIndex((t) => !isQuestionWord(t));
    if (first < 0) return [c];
    if (first > 0) return inside.length - first > 1 ? [{ start: inside[first]!.start, end: c.end }] : [];
    const last = inside.findLastIndex((t) => !isQuestionWord(t));
    const owner = inside[last]!;
    return last < inside.length - 1 && /['’]s$/.test(passage.slice(owner.start, owner.end)) ? [{ start: c.start, end: owner.end }] : [c];
  };
  const typed = entitiesOf(passage, question.type);
  const found = question.type === 'date' ? preferring(partialDatesOf(passage), typed) : typed.flatMap((c) => (question.type === 'person' ? withoutQuestionWords(c) : [c]));
  const usable = found.filter((c) => !overlapsQuestion(c));
  const entities = likeliest(view, usable);
  if (entities.length === 0) return undefined;
  const nearest = nearestToQuestion(view, entities);
  const year = question.cues.has('year') ? YEAR_IN.exec(passage.slice(nearest.start, nearest.end)) : null;
  if (year) return year[0];
  return nameAt(passage, nearest);
}

// "in Miletus", "native to South Asia", "on a Los Angeles rooftop": a preposition of place, then at most an article and one word.
const LOCATIVE_BEFORE = new RegExp(`\\b(?:${PLACE_PREPOSITIONS})\\s+(?:(?:the|an?)\\s+)?(?:[a-z][\\w-]*\\s+)?$`, 'i');

/** For a where-question, the name nearest the question's words that follows a preposition of place; null when there is none. */
function placeAfterPreposition(view: PassageView): string | null {
  const { passage, matched } = view;
  const names = entitiesOf(passage, 'place');
  const places = names.filter(
    (c) => !matched.some((m) => c.start < m.end && m.start < c.end) && LOCATIVE_BEFORE.test(passage.slice(Math.max(0, c.start - 30), c.start)),
  );
  if (places.length === 0) return null;
  const chosen = nearestToQuestion(view, places);
  // "Garner, North Carolina", "Kirkland, Washington, United States": the wider places that follow.
  let end = chosen.end;
  for (let next = names.find((c) => c.start >= end); next && /^\s*,\s*$/.test(passage.slice(end, next.start)); next = names.find((c) => c.start >= end)) end = next.end;
  // "in founder Zhang’s hometown": the place is the hometown, not Zhang.
  const owned = /['’]s$/.test(passage.slice(chosen.start, end)) ? /^\s+[a-z][\w-]*/.exec(passage.slice(end)) : null;
  return nameAt(passage, { start: chosen.start, end: end + (owned?.[0].length ?? 0) });
}

/**
 * The passage without the question's words and function words at either end; when the
 * question's words are the subject of "is"/"was", what follows it.
 */
function remainder({ passage, tokens, isQuestionWord }: PassageView): string | null {
  const skipped = (t: AnalyzedToken): boolean => t.terms.length === 0 || isQuestionWord(t);
  let first = tokens.findIndex((t) => !skipped(t));
  if (first < 0) return null;
  let last = tokens.length - 1;
  while (skipped(tokens[last]!)) last--;
  let floor = 0;
  const copula = COPULA.exec(passage);
  if (copula && copula.index < passage.length * 0.6 && tokens.some((t) => t.end <= copula.index && isQuestionWord(t))) {
    const predicate = tokens.findIndex((t) => t.start >= copula.index + copula[0].length);
    const after = tokens.findIndex((t, i) => i >= predicate && !skipped(t));
    if (predicate >= 0 && after >= 0 && after <= last) [floor, first] = [predicate, after];
  }
  // Function words just before the first content word belong to it: "within the ice".
  while (first > floor && tokens[first - 1]!.terms.length === 0) first--;
  // Chinese character pairs overlap ("行官", "官是"): the characters of the skipped tokens either side stay out.
  const start = Math.max(tokens[first]!.start, tokens[first - 1]?.end ?? 0);
  const end = Math.min(tokens[last]!.end, tokens[last + 1]?.start ?? Infinity);
  return trimPhrase(passage, ...withWholeCode(codeSpans(passage), start, end));
}

/** `start`–`end` widened so as to cut none of the `code` spans (`` `port: 0` ``) in two. */
function withWholeCode(code: ReadonlyArray<[number, number]>, start: number, end: number): [number, number] {
  for (const [from, to] of code) {
    if (from < start && start < to) start = from;
    if (from < end && end < to) end = to;
  }
  return [start, end];
}
