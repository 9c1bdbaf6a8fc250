import { analyze, type AnalyzedToken } from '../analysis/analyze.js';
import { STOP_WORDS } from '../analysis/stopwords.js';
import { nounTypeOf, PREPOSITIONS } from './lexicon.js';
import { namesOf, type Name } from './names.js';

/** What kind of thing a question asks for; 'money' is a sum with its currency ("How much does it cost?"), 'duration' an age or a length of time or distance ("How old …", "How long …"). */
export type AnswerType = 'person' | 'number' | 'money' | 'duration' | 'date' | 'place' | 'other';

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
  /** What its wording tells of the answer (see {@link QUESTION_PATTERNS}): each cue found, with what its pattern captured ('' for nothing). */
  cues: ReadonlyMap<Cue, string>;
  /** The names it asks about ("Google", "Jiang Lu"; see {@link namesOf}): an answer must be about them. */
  names: Name[];
}

/**
 * What a row of {@link QUESTION_PATTERNS} tells of the answer when its pattern matches, besides an
 * answer type:
 * - `describe`: "What is X?", "Who was X?", "What kind of tool is X?": the name (captured) to describe;
 * - `who-is`: "Who was Paul Avery?": a description is asked for, not a name, though "who" asks for a person;
 * - `named`, `role`, `which`: the words (captured) the answer is named by: after "the name of",
 *   the role a who-question asks about, the words after "what"/"which";
 * - `where`: a place named after a preposition;
 * - `year`: only the year of a date;
 * - `birth`, `end`: which date of a life span or a period: its start, the later date;
 * - `counted`: the noun (captured) a how-many question counts.
 */
export type Cue = 'describe' | 'who-is' | 'named' | 'role' | 'which' | 'where' | 'year' | 'birth' | 'end' | 'counted';

/** One row of {@link QUESTION_PATTERNS}. */
interface QuestionPattern {
  pattern: RegExp;
  /** The answer type its wording sets (the first matching row with a type sets it), and whether the wording demands it. */
  type?: AnswerType;
  demands?: boolean;
  /** What it tells of the answer, with the pattern's first capture (see {@link Cue}). */
  cue?: Cue;
}

/**
 * "When" as the question's own word ("When did …?", "By when is …?", "Quick question: when was …?",
 * "When and where …?", "… was released when?"), not the conjunction of "Why do I lose logs when I
 * exit?" or "When loading two files, which wins?".
 */
const ASKING_WHEN = String.raw`(?:^|[.?!:;]\s+)\W*(?:(?:and|but|so|since|until|till|by|from|as of)\s+)?when(?:,?\s+(?:exactly|roughly|approximately|about),?)?\s+(?:is|am|are|was|were|do|does|did|will|would|can|could|shall|should|has|have|had|may|might|must)\b|\bwhen['’]d\b|\bwhen\s+and\s+(?:where|how|why)\b|\bwhen\s*\?`;

/**
 * Every pattern of question wording seedqa reads, matched against the question with its
 * contractions spelled out: what each says of the answer's type, the noun it asks by and how the
 * span is cut. Row order matters only among rows that set a type.
 */
const QUESTION_PATTERNS: readonly QuestionPattern[] = [
  { pattern: /\b(?:how (?:old|long)|what age)\b/i, type: 'duration', demands: true },
  // A sum of money: "How much does it cost / did I pay?" (not "How much time did we spend?"), "What does it cost?", "What (is the yearly) fee …?".
  { pattern: /\bhow much\b(?! (?:time|effort|memory|attention|space|data|work|energy|power|charge|load|traffic|cpu|ram|disk|storage|of)\b)[^?.!]*\b(?:cost|costs|price|priced|charge|charges|charged|fee|fees|pay|pays|paid|spend|spends|spent|earn|earns|earned|salary|budget|worth|rent)\b|\bwhat (?:(?:is|was|are|were) (?:the|its|their|your|my|our) )?(?:[\w-]+ )?(?:price|fee|salary|rent|budget)s?\b|\bwhat (?:does|do|did|will|would)\b[^?.!]*\bcost\b/i, type: 'money', demands: true },
  { pattern: /\b(?:how (?:many|much|big|far|tall|large|high|fast)|what (?:percentage|number|amount|size)|population)\b/i, type: 'number', demands: true },
  { pattern: new RegExp(String.raw`${ASKING_WHEN}|\b(?:what (?:year|date|day|month|time|century|decade)|which (?:year|date|day|month|century)|(?:the|its|their|his|her) (?:\w+ )?date|(?:year|date) of)\b`, 'i'), type: 'date', demands: true },
  { pattern: /\b(?:who|whom|whose|which (?:person|company|group|organi[sz]ation))\b/i, type: 'person', demands: true },
  { pattern: /\b(?:where|(?:what|which) (?:countr(?:y|ies)|cit(?:y|ies)|states?|places?|continents?))\b/i, type: 'place' },
  { pattern: /^\s*(?:what|who)\s+(?:(?:kind|type|sort)\s+of\s+[\w-]+\s+)?(?:is|was|are|were)\s+(.+?)(?:['’]s?\s+(?:role|position|job|title|occupation|profession))?\s*\??\s*$/i, cue: 'describe' },
  // "Who is the CEO?", "Who is Apple's CEO?", "Who is in charge?" ask for a name.
  { pattern: new RegExp(String.raw`^\s*who\s+(?:is|was|are|were)\s+(?!(?:the|a|an|${PREPOSITIONS.join('|')})\b)(?!.*['’]s\b)`, 'i'), cue: 'who-is' },
  { pattern: /\bthe name of\s+(?:(?:the|an?|\S+['’]s)\s+)*((?:[A-Za-z-]+\s*){1,4})/i, cue: 'named' },
  { pattern: /^\s*(?:who\s+(?:is|are|was|were)\s+(?:the|an?|\S+['’]s)|(?:what|which)\s+(?:is|are|was|were)\s+\S+['’]s)((?:\s+[A-Za-z][A-Za-z-]*){1,3})/i, cue: 'role' },
  { pattern: /\b(?:what|which)((?:\s+[A-Za-z]+){1,3})/i, cue: 'which' },
  { pattern: /^\s*where\b/i, cue: 'where' },
  { pattern: /\b(?:what|which) year\b/i, cue: 'year' },
  { pattern: /\b(?:born|birth|birthday)\b/i, cue: 'birth' },
  { pattern: /\b(?:die|died|dies|death|dead|killed|end|ended|ends|resign|resigned|resigns|last|finish|finished)\b/i, cue: 'end' },
  { pattern: /\bhow many\s+([A-Za-z]+)/i, cue: 'counted' },
];

/** What the rows of {@link QUESTION_PATTERNS} say of a question: its type by wording, whether that is demanded, and its cues with their captures. */
function readWording(text: string): Pick<Question, 'type' | 'demandsType' | 'cues'> {
  let byWording: QuestionPattern | undefined;
  const cues = new Map<Cue, string>();
  for (const row of QUESTION_PATTERNS) {
    const match = row.pattern.exec(text);
    if (!match) continue;
    if (row.type && !byWording) byWording = row;
    if (row.cue) cues.set(row.cue, match[1] ?? '');
  }
  const demandsType = byWording?.demands === true && !cues.has('who-is');
  return { type: byWording?.type ?? typeByNoun(cues.get('which')), demandsType, cues };
}

/** The type WordNet gives the noun after "what"/"which" ("what composer" → person, "which county" → place), or 'other'. */
function typeByNoun(words: string | undefined): AnswerType {
  const noun = words?.trim().split(/\s+/)[0]?.toLowerCase();
  return (noun && /^[a-z]+$/.test(noun) && !STOP_WORDS.has(noun) && nounTypeOf(noun)) || 'other';
}

/**
 * The words that name what a question asks for: after "the name of" ("the name of the app …"); the
 * role a who-question asks about ("Who is the husband of …", "Who are Acme's rivals?") or a
 * what-question asks of a name ("What are Acme's rivals?"); else after "what"/"which" ("What video
 * generator did …" → video generator), up to the first function word.
 */
function askedWords({ cues }: Pick<Question, 'cues'>): string[] {
  const named = cues.get('named');
  const role = cues.get('role');
  const words = (named ?? role ?? cues.get('which'))?.trim().split(/\s+/) ?? [];
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
export function askedNouns(question: Pick<Question, 'cues'>): string[] {
  const words = askedWords(question);
  return [...new Set([words.at(-1), words[0]])].filter((w) => w !== undefined);
}

/** "What's X?" → "What is X?", "Who're they?" → "Who are they?": the question words' contractions spelled out. */
function withoutContractions(question: string): string {
  return question.replace(/\b(what|who|where|when|how|which)['’](s|re)\b/gi, (_, word: string, verb: string) => `${word} ${verb.toLowerCase() === 's' ? 'is' : 'are'}`);
}

/**
 * Analyzes a question: its content terms, the answer type it expects, what its wording tells of
 * the answer and the names it asks about. `text` is the question with its contractions spelled
 * out ("What's" → "What is").
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
    ...readWording(text),
    names: namesOf(text, tokens),
  };
}
