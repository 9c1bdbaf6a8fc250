import { forEachWord } from '../analysis/analyze.js';
import { isUpper, isWordChar } from '../analysis/unicode.js';
import { isFunctionWord, PHRASE_OPENERS, PRONOUN_DETERMINERS } from './lexicon.js';
import type { Question } from './question.js';

const LEADING_OPENER = new RegExp(`^(?:${PHRASE_OPENERS})\\s+`, 'i');

/** A phrase of `text` without punctuation and a leading function word at its ends; null when no word is left. */
export function trimPhrase(text: string, start = 0, end = text.length): string | null {
  const phrase = text
    .slice(start, end)
    .replace(/^[\s,;:.()"“”'’–—。，、！？：；「」『』（）-]+|[\s,;:.()"“”'’–—。，、！？：；「」『』（）-]+$/g, '')
    .replace(LEADING_OPENER, '');
  let hasWord = false;
  forEachWord(phrase, () => (hasWord = true));
  return hasWord ? phrase : null;
}

/** "Apple’s", "U.S.’s": a name as a possessive determiner. */
export const POSSESSIVE = String.raw`[A-Z][\w.-]*['’]s`;

/** Where `words` first stand in `text` as whole words, any case; -1 when they do not. */
function wholeWordsAt(text: string, words: string): number {
  const lower = text.toLowerCase();
  const wanted = words.toLowerCase();
  const isWordAt = (i: number): boolean => i >= 0 && i < text.length && isWordChar(text.codePointAt(i)!);
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    if (!isWordAt(at - 1) && !isWordAt(at + wanted.length)) return at;
  }
  return -1;
}

const DETERMINER = `(?:${PRONOUN_DETERMINERS}|${POSSESSIVE})`;
const DESCRIBING_WORD = String.raw`(?!(?:${PRONOUN_DETERMINERS})\s)[A-Za-z][\w-]*`;
/** What follows a name set off by an apposition: ", an LLM designed for …". */
const APPOSITION = new RegExp(`^\\)?\\s*,\\s*(${DETERMINER}\\s[^,;.]+)`);
/** Up to five describing words and their determiner right before a name: "the video-editing app ", "its tool, ". */
const DESCRIBED_BEFORE = new RegExp(`\\b(${DETERMINER})\\s+((?:${DESCRIBING_WORD}\\s+){0,4}${DESCRIBING_WORD})\\s*(,?)\\s*$`);

/**
 * What a passage calls the name a "What is X?"/"Who is X?" question asks about: the noun phrase
 * set after it ("VideoPoet, an LLM designed for generating videos") or the words before it
 * ("the video-editing app CapCut", "its tool, Boximator", "Apple’s CEO Tim Cook"), or the kind it
 * gives the name as one of ("rivals like OpenAI", "ChatGPT and similar chatbots").
 */
export function described({ question, passage }: { question: Question; passage: string }): string | null {
  const name = question.cues.get('describe');
  const at = name ? wholeWordsAt(passage, name) : -1;
  if (at < 0 || !isUpper(passage.codePointAt(at)!)) return null;
  // "VideoPoet, an LLM …"; "large language models (LLMs), the technology behind ChatGPT".
  const apposition = APPOSITION.exec(passage.slice(at + name!.length))?.[1];
  if (apposition) return trimPhrase(apposition);
  const kind = classBefore(passage.slice(0, at)) ?? classAfter(passage.slice(at + name!.length));
  if (kind) return kind;
  const before = DESCRIBED_BEFORE.exec(passage.slice(0, at));
  // "its tool, Boximator, is …" sets the name off by commas; "… the video generator Sora, ByteDance admitted" ends a clause.
  if (before?.[3] && !/^\s*(?:[,;:)]|[.!?]?\s*$)/.test(passage.slice(at + name!.length))) return null;
  // "the company behind TikTok", "rivals like OpenAI": the name is the object of a preposition, not described.
  if (!before || before[2]!.split(/\s+/).some(isFunctionWord)) return null;
  const description = /['’]s$/.test(before[1]!) ? before[0] : before[2]!;
  return trimPhrase(description);
}

// "emerging technologies like GenAI", "Other executives, like Kelly Zhang and Alex Zhu": up to
// five words, "like" (or "such as", "including"), and any names listed before this one.
const CLASS_BEFORE = new RegExp(
  String.raw`((?:${DESCRIBING_WORD}\s+){0,4}${DESCRIBING_WORD}),?\s+(?:like|such as|including)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s*,\s*|\s+and\s+))*$`,
);

/** The kind a passage says a name is one of, in the words before it ("rivals like OpenAI" → "rivals"). */
function classBefore(before: string): string | null {
  const words = CLASS_BEFORE.exec(before)?.[1]?.split(/\s+/) ?? [];
  const start = words.findLastIndex(isFunctionWord) + 1;
  return start < words.length ? trimPhrase(words.slice(start).join(' ')) : null;
}

// "ChatGPT and similar chatbots", "Sora and other video generators".
const CLASS_AFTER = new RegExp(String.raw`^\s+(?:and|or)\s+(?:similar|other)\s+((?:${DESCRIBING_WORD}\s+){0,2}${DESCRIBING_WORD})`);

/** The kind a passage says a name is one of, in the words after it ("ChatGPT and similar chatbots" → "chatbots"). */
function classAfter(after: string): string | null {
  const words = CLASS_AFTER.exec(after)?.[1]?.split(/\s+/) ?? [];
  const end = words.findIndex(isFunctionWord);
  const kept = end < 0 ? words : words.slice(0, end);
  return kept.length > 0 ? trimPhrase(kept.join(' ')) : null;
}
