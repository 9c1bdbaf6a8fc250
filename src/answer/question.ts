import { analyze, type AnalyzedToken } from '../analysis/analyze.js';
import { STOP_WORDS } from '../analysis/stopwords.js';
import { nounTypeOf, PREPOSITIONS } from './lexicon.js';
import { namesOf, type Name } from './names.js';

/** What kind of thing a question asks for; 'duration' is an age or a length of time or distance ("How old …", "How long …"). */
export type AnswerType = 'person' | 'number' | 'duration' | 'date' | 'place' | 'other';

/** A question, analyzed once for ranking, abstention and span extraction. */
export interface Question {
  text: string;
  /** `analyze(text)`, once: names, nouns and terms all come from it. */
  tokens: AnalyzedToken[];
  /** Distinct content terms, in order of appearance. */
  terms: string[];
  /** The terms of each distinct content word ("TikTok" → tiktok, tik, tok): coverage counts words, not terms. */
  words: string[][];
  type: AnswerType;
  /**
   * Whether the question's wording demands an answer of its type ("When …", "How many …", "Who is
   * the CEO …"): a passage without a phrase of that type does not answer it. Not so for a type guessed
   * from its noun ("What stage …"), a question about someone named ("Who is Tim Cook?"), or a place,
   * which may be no name at all ("Where do dogs play?" → "in the park").
   */
  demandsType: boolean;
  /** The names it asks about ("Google", "Jiang Lu"; see {@link namesOf}): an answer must be about them. */
  names: Name[];
}

// Matched against the lowercased question: case-insensitive expressions are slower to compile.
const TYPE_PATTERNS: Array<[RegExp, AnswerType]> = [
  [/\b(how (old|long)|what age)\b/, 'duration'],
  [/\b(how (many|much|big|far|tall|large|high|fast)|what (percentage|number|amount|size)|population)\b/, 'number'],
  [/\b(when|what (year|date|day|month|time|century|decade)|which (year|date|day|month|century)|(the|its|their|his|her) (\w+ )?date|(year|date) of)\b/, 'date'],
  [/\b(who|whom|whose|which (person|company|group|organi[sz]ation))\b/, 'person'],
  [/\b(where|(what|which) (countr(y|ies)|cit(y|ies)|states?|places?|continents?))\b/, 'place'],
];

/** The answer type the question's wording sets ("how many" → number), if any. */
function typeByWording(lowercased: string): AnswerType | undefined {
  return TYPE_PATTERNS.find(([pattern]) => pattern.test(lowercased))?.[1];
}

// "Who is the CEO?", "Who is Apple's CEO?", "Who is in charge?" ask for a name.
const ASKS_WHO_SOMEONE_IS = new RegExp(String.raw`^\s*who\s+(?:is|was|are|were)\s+(?!(?:the|a|an|${PREPOSITIONS.join('|')})\b)(?!.*['’]s\b)`, 'i');

/** Whether the question asks who someone named is ("Who was Paul Avery?"): a description, not a name. */
export function asksWhoSomeoneIs(question: string): boolean {
  return ASKS_WHO_SOMEONE_IS.test(question);
}

/** Whether the question's wording, not a guess from its noun, demands a date, amount or name (see {@link Question.demandsType}). */
export function demandsAnswerType(question: string): boolean {
  const type = typeByWording(question.toLowerCase());
  return type !== undefined && type !== 'place' && !asksWhoSomeoneIs(question);
}

const WHAT_NOUN = /\b(?:what|which)\s+([a-z]+)/;

/**
 * The expected answer type from the question's wording ("how many" → number, "who" → person …),
 * or from the noun after "what"/"which" when WordNet knows what it names ("what composer" → person,
 * "which county" → place).
 */
export function answerTypeOf(question: string): AnswerType {
  const lower = question.toLowerCase();
  const type = typeByWording(lower);
  if (type) return type;
  const noun = WHAT_NOUN.exec(lower)?.[1];
  return (noun && !STOP_WORDS.has(noun) && nounTypeOf(noun)) || 'other';
}

/**
 * The words that name what a question asks for: after "the name of" ("the name of the app …"); the
 * role a who-question asks about ("Who is the husband of …", "Who are Acme's rivals?") or a
 * what-question asks of a name ("What are Acme's rivals?"); else after "what"/"which" ("What video
 * generator did …" → video generator), up to the first function word.
 */
function askedWords(question: string): string[] {
  const named = /\bthe name of\s+(?:(?:the|an?|\S+['’]s)\s+)*((?:[A-Za-z-]+\s*){1,4})/i.exec(question)?.[1];
  const role = /^\s*(?:who\s+(?:is|are|was|were)\s+(?:the|an?|\S+['’]s)|(?:what|which)\s+(?:is|are|was|were)\s+\S+['’]s)((?:\s+[A-Za-z][A-Za-z-]*){1,3})/i.exec(question)?.[1];
  const words = (named ?? role ?? /\b(?:what|which)((?:\s+[A-Za-z]+){1,3})/i.exec(question)?.[1])?.trim().split(/\s+/) ?? [];
  // A name qualifies the noun ("What Acme product …") or ends the words ("Which company made
  // VideoPoet?"); a role may be written in capitals ("What is Acme's CEO called?").
  const isName = (w: string): boolean => named === undefined && role === undefined && /^[A-Z]/.test(w);
  const first = words.findIndex((w) => !isName(w));
  const rest = first < 0 ? [] : words.slice(first);
  const end = rest.findIndex((w) => STOP_WORDS.has(w.toLowerCase()) || isName(w) || /^(?:called|named)$/i.test(w));
  return (end < 0 ? rest : rest.slice(0, end)).map((w) => w.toLowerCase());
}

/**
 * The nouns a question may name its answer by (see {@link askedWords}), likeliest first: the last
 * of its words ("What video generator …" → generator, video), then the first, for when they run on
 * into a verb ("Which chatbot runs …" → runs, chatbot).
 */
export function askedNouns(question: string): string[] {
  const words = askedWords(question);
  return [...new Set([words.at(-1), words[0]])].filter((w) => w !== undefined);
}

/**
 * Whether a question asks for several things ("What countries …", "Which composers …", "Who were …"):
 * its answer is a list, not one name.
 */
export function asksForMany(question: string): boolean {
  if (/\bwho (?:are|were)\b/i.test(question)) return true;
  // The first word: in "What countries legalize marijuana" the words run on into the verb.
  const noun = askedWords(question)[0];
  return noun !== undefined && /[^siu]s$/.test(noun) && nounTypeOf(noun) !== undefined;
}

/** "What's X?" → "What is X?", "Who're they?" → "Who are they?": the question words' contractions spelled out. */
function withoutContractions(question: string): string {
  return question.replace(/\b(what|who|where|when|how|which)['’](s|re)\b/gi, (_, word: string, verb: string) => `${word} ${verb.toLowerCase() === 's' ? 'is' : 'are'}`);
}

/**
 * Analyzes a question: its content terms, the answer type it expects and the names it asks about. `text` is the question with its contractions
 * spelled out ("What's" → "What is").
 */
export function analyzeQuestion(question: string): Question {
  const text = withoutContractions(question);
  const tokens = analyze(text);
  const terms = [...new Set(tokens.flatMap((t) => t.terms))];
  const words = new Map<string, string[]>();
  for (const token of tokens) if (token.terms.length > 0 && !words.has(token.terms[0]!)) words.set(token.terms[0]!, token.terms);
  return {
    text,
    tokens,
    terms,
    words: [...words.values()],
    type: answerTypeOf(text),
    demandsType: demandsAnswerType(text),
    names: namesOf(text, tokens),
  };
}
