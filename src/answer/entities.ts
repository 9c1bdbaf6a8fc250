import { STOP_WORDS } from '../analysis/stopwords.js';
import { isUpper, isWordChar } from '../analysis/unicode.js';
import { isCommonWord, isFunctionWord, isProperAdjective } from './lexicon.js';
import type { AnswerType } from './question.js';

/** A `[start, end)` character range of an answer candidate inside a passage. */
export interface Candidate {
  start: number;
  end: number;
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = `(?:${MONTH_NAMES}|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`;
const DATE = new RegExp(
  `(?:\\b(?:1[0-9]{3}|20[0-9]{2})-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12][0-9]|3[01])\\b|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{3,4}|\\d{1,2}\\s+${MONTH}\\s+\\d{3,4}|${MONTH}\\s+\\d{3,4}|(?:in|since|by|from|until|during|of)\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?(?:1[0-9]{3}|20[0-9]{2})s?|\\b(?:1[0-9]{3}|20[0-9]{2})s?\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\s+century\\b)`,
  'g',
);
/**
 * Dates without a year ("May 22", "19th November", "mid-August"), times of day ("6 pm", "8:00 p.m.", "15:00",
 * "midnight", "at dawn", "in the evening") and times told from now ("recently", "last year", "this quarter").
 */
const PARTIAL_DATE = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b(?:early|mid|late)-?\\s*${MONTH}|\\b(?:early|mid|late)-(?:1[0-9]{3}|20[0-9]{2})s?\\b` +
    `|\\b\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.m\\.|[ap]m\\b)|\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b|\\b(?:midnight|noon|midday|dawn|dusk|daybreak|sunrise|sunset|tonight)\\b|\\b(?:in the|this|every|each) (?:morning|afternoon|evening)\\b|\\b(?:at|every|each) night\\b` +
    `|\\b(?:[Rr]ecently|[Yy]esterday|[Tt]oday|[Tt]omorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?:[Tt]his|[Ll]ast|[Nn]ext)\\s+(?:year|quarter|month|week|spring|summer|autumn|fall|winter|decade)\\b`,
  'g',
);
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const NUMBER_WORD = `(?:(?:${TENS})-(?:${UNITS})|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${TENS})`;
const SCALE = '(?:hundred|thousand|million|billion|trillion)';
/** Currency signs before an amount and words after it ("£240", "45 euros"; "46 pounds", though pounds weigh too; not "10 per cent"). */
const CURRENCY_SIGNS = '$€£¥';
const CURRENCY_WORDS = 'euros?|dollars?|cents?|USD|EUR|GBP';
const CURRENCY = new RegExp(`[${CURRENCY_SIGNS}]|(?<!per )\\b(?:${CURRENCY_WORDS}|pounds)\\b`, 'i');
/** One number: digits with an optional scale or percent sign, or words ("twenty-two", "one million"). */
const ONE_NUMBER = `(?:[${CURRENCY_SIGNS}]?\\d[\\d,.]*(?:\\s*(?:%|percent|per cent|${SCALE}))?|\\b${NUMBER_WORD}(?:\\s+${SCALE})?\\b|\\b(?:${SCALE}|dozens?|hundreds|thousands|millions)\\b)`;
/** Units of measure and time an amount keeps: "500 feet", "80 to 150 mg", "over 500 years". */
const MEASURE = `(?:feet|foot|ft|inches|inch|miles|mile|yards|meters|metres|metre|meter|km|kilometers|kilometres|cm|mm|m|kg|kilograms|grams|g|mg|lb|lbs|pounds|ounces|oz|tons|tonnes|liters|litres|ml|mL|gallons|acres|hectares|mph|km/h|degrees|°C|°F|years?|months?|weeks?|days?|hours?|minutes?|seconds?|milliseconds?|microseconds?|nanoseconds?|decades?|century|centuries|[KMGT]i?B|kB|bytes?|${CURRENCY_WORDS}|percent|per cent|times|watts?|kWh)`;
const NUMBER = new RegExp(
  `(?:(?:about|around|over|under|nearly|almost|approximately|more than|less than|fewer than|up to|some|between)\\s+)?${ONE_NUMBER}(?:\\s*(?:–|-|to|and)\\s*${ONE_NUMBER})?(?:\\s+${MEASURE}\\b)?`,
  'gi',
);
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);
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

const matches = (pattern: RegExp, text: string): Candidate[] => [...text.matchAll(pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

/** Whether a capitalised phrase could be a name: not a month or weekday, an adjective ("American", "Austro-Hungarian") or a function word ("It's", "Despite"). */
function couldBeName(phrase: string): boolean {
  return !CALENDAR_WORD.test(phrase) && !isProperAdjective(phrase.slice(phrase.lastIndexOf('-') + 1)) && !isFunctionWord(phrase.replace(/['’]s$/, ''));
}

/** A lone common word at the start of a sentence ("Reports suggest …"), capitalised only for being there. */
function isCapitalisedForTheSentence(text: string, c: Candidate): boolean {
  const phrase = text.slice(c.start, c.end);
  return !/\s/.test(phrase) && /^[\s"“‘'(]*$|[.!?]["”’')]*\s+$/.test(text.slice(Math.max(0, c.start - 4), c.start)) && isCommonWord(phrase.replace(/['’]s?$/, ''));
}

/** `preferred` when it has any, else `all`. */
export const preferring = (all: Candidate[], preferred: Candidate[]): Candidate[] => (preferred.length > 0 ? preferred : all);

const UNIT = new RegExp(`^${MEASURE}$`, 'i');
/** A unit abbreviated as docs write it, glued on or not ("500ms", "30s", "1.5h", "2 hrs", "512MB"), case and all: "3D", "5G", "40 HR" are none. */
const SHORT_UNIT = /^ ?(?:ms|µs|ns|s|secs?|mins?|h|hrs?|d|[KMGT]i?B|kB|km|kg|mg|ml|mm|cm|m|g)\b/;
const DECADE_BEFORE = /\b(?:the|its|his|her|their|early|mid|late)[\s-]+$/i;

/** How many characters of short unit follow the number at `c`: none for a number glued into a word ("k8s", "F-16s"), nor for the "s" of a decade or an age ("the 80s", "his 30s"). */
function shortUnitAfter(text: string, c: Candidate): number {
  const before = text.slice(Math.max(0, c.start - 8), c.start);
  const last = [...before].at(-1);
  const gluedIntoWord = last !== undefined && (last === '-' || isWordChar(last.codePointAt(0)!));
  const unit = gluedIntoWord ? undefined : SHORT_UNIT.exec(text.slice(c.end, c.end + 5))?.[0];
  return unit === undefined || (unit.trim() === 's' && DECADE_BEFORE.test(before)) ? 0 : unit.length;
}

/** Whether the number at `c` counts things ("three goals", "300 jobs"): a word that is no unit follows it. */
function countsThings(text: string, c: Candidate): boolean {
  const next = /^[\s-]*([A-Za-z]+)/.exec(text.slice(c.end))?.[1];
  return next !== undefined && !UNIT.test(next) && !STOP_WORDS.has(next.toLowerCase());
}

/**
 * Amounts in `text`: numbers inside a date count as the date (a day of the month is not an
 * amount), and the word "one" ("one of the …") only when nothing else is there; an ordinal
 * ("the 16th President") is none. A count or amount is never a year ("an 1850 romantic work"
 * does not say how many acts it has); an age or length (`measured`) may be told by one (born in
 * 1950), and is no number of things: "three goals" does not say how old.
 */
function amountsOf(text: string, measured = false): Candidate[] {
  const dates = matches(DATE, text);
  const numbers = matches(NUMBER, text)
    .map((c) => ({ start: c.start, end: text[c.end - 1] === '.' || text[c.end - 1] === ',' ? c.end - 1 : c.end + shortUnitAfter(text, c) }))
    .filter((c) => !/^[A-Za-z]/.test(text.slice(c.end, c.end + 1)));
  const undated = numbers.filter((c) => !dates.some((d) => c.start < d.end && d.start < c.end) && !(measured && countsThings(text, c)));
  const amounts = measured ? preferring(dates, undated) : undated;
  return preferring(amounts, amounts.filter((c) => !/^one$/i.test(text.slice(c.start, c.end))));
}

function withoutLeadingFunctionWords(text: string, c: Candidate): Candidate {
  let { start } = c;
  for (let word = /^\S+\s*/.exec(text.slice(start, c.end)); word; word = /^\S+\s*/.exec(text.slice(start, c.end))) {
    if (!STOP_WORDS.has(word[0].trim().toLowerCase())) break;
    start += word[0].length;
  }
  return { start, end: text[c.end - 1] === '.' ? c.end - 1 : c.end };
}

/** Dates without a year ("May 22", "19th November", "mid-August") and times of day ("6 pm", "8:00 p.m."): an answer to a when-question when the passage has no full date; not evidence for ranking, which counts the dates of {@link entitiesOf}. */
export function partialDatesOf(text: string): Candidate[] {
  return matches(PARTIAL_DATE, text);
}

/** Phrases of `text` that could be an answer of `type` (names, numbers, dates); none for 'other'. */
export function entitiesOf(text: string, type: AnswerType): Candidate[] {
  switch (type) {
    case 'date':
      return matches(DATE, text);
    case 'number':
      return amountsOf(text);
    case 'duration':
      return amountsOf(text, true);
    case 'money':
      return amountsOf(text).filter((c) => CURRENCY.test(text.slice(c.start, c.end)));
    case 'person':
    case 'place':
      // Capitalised function words ("The", "In") are not part of a name; a lone acronym
      // ("AI", "LLM") is rarely the person or place asked for.
      return matches(NAME, text)
        .map((c) => withoutLeadingFunctionWords(text, c))
        .filter((c) => c.end > c.start && !isAcronym(text.slice(c.start, c.end)) && couldBeName(text.slice(c.start, c.end)) && !isCapitalisedForTheSentence(text, c));
    default:
      return [];
  }
}
