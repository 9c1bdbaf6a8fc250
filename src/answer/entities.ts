import { STOP_WORDS } from '../analysis/stopwords.js';
import { isUpper } from '../analysis/unicode.js';
import type { AnswerType } from './question.js';

/** A `[start, end)` character range of an answer candidate inside a passage. */
export interface Candidate {
  start: number;
  end: number;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DATE = new RegExp(
  `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{3,4}|\\d{1,2}\\s+${MONTH}\\s+\\d{3,4}|${MONTH}\\s+\\d{3,4}|(?:in|since|by|from|until|during|of)\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?(?:1[0-9]{3}|20[0-9]{2})s?|\\b(?:1[0-9]{3}|20[0-9]{2})s?\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\s+century\\b)`,
  'g',
);
const NUMBER = /(?:(?:about|around|over|under|nearly|almost|approximately|more than|less than|fewer than|up to|some)\s+)?[$€£]?\d[\d,.]*(?:\s*(?:%|percent|per cent|million|billion|thousand|hundred|trillion))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|hundreds|thousands|millions)\b/gi;
// Latin letters, as names here start with A–Z: a /\p{L}/u class would cost a millisecond to compile.
const NAME_LETTERS = "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff’'.-";
const NAME = new RegExp(`\\b[A-Z][${NAME_LETTERS}]*(?:\\s+(?:(?:of|the|de|van|von|and|&)\\s+)?[A-Z][${NAME_LETTERS}]*)*`, 'g');

/** "AI", "LLMs", "G7": capitals and digits only, with an optional plural s. */
function isAcronym(phrase: string): boolean {
  const body = phrase.endsWith('s') ? phrase.slice(0, -1) : phrase;
  if (body === '') return false;
  for (const char of body) {
    const cp = char.codePointAt(0)!;
    if (!isUpper(cp) && !(cp >= 0x30 && cp <= 0x39)) return false;
  }
  return true;
}

function matches(pattern: RegExp, text: string): Candidate[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

function withoutLeadingFunctionWords(text: string, c: Candidate): Candidate {
  let { start } = c;
  for (let word = /^\S+\s*/.exec(text.slice(start, c.end)); word; word = /^\S+\s*/.exec(text.slice(start, c.end))) {
    if (!STOP_WORDS.has(word[0].trim().toLowerCase())) break;
    start += word[0].length;
  }
  return { start, end: text[c.end - 1] === '.' ? c.end - 1 : c.end };
}

/** Phrases of `text` that could be an answer of `type` (names, numbers, dates); none for 'other'. */
export function entitiesOf(text: string, type: AnswerType): Candidate[] {
  switch (type) {
    case 'date':
      return matches(DATE, text);
    case 'number':
      return matches(NUMBER, text);
    case 'person':
    case 'place':
      // Capitalised function words ("The", "In") are not part of a name; a lone acronym
      // ("AI", "LLM") is rarely the person or place asked for.
      return matches(NAME, text)
        .map((c) => withoutLeadingFunctionWords(text, c))
        .filter((c) => c.end > c.start && !isAcronym(text.slice(c.start, c.end)));
    default:
      return [];
  }
}
