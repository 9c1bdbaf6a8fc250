import { analyze, forEachWord } from '../analysis/analyze.js';
import { entitiesOf, type Candidate } from './entities.js';
import type { Question } from './question.js';

const CLAUSE_BREAK = /[,;:()–—"“”]|\s-\s/g;

function trimPhrase(text: string, start: number, end: number): string | null {
  const phrase = text
    .slice(start, end)
    .replace(/^[\s,;:.()"“”'’–—。，、！？：；「」『』（）-]+|[\s,;:.()"“”'’–—。，、！？：；「」『』（）-]+$/g, '')
    .replace(/^(?:and|or|but|that|which|who|is|are|was|were|the|a|an|to|of|in|on|for|by|with|as|from)\s+/i, '');
  let hasWord = false;
  forEachWord(phrase, () => (hasWord = true));
  return hasWord ? phrase : null;
}

/**
 * The shortest phrase of `passage` that answers `question`: for a typed question (who, when,
 * how many, where) the nearest name, date or number the question does not already contain;
 * otherwise the clause piece that follows the question's words.
 *
 * @example
 * ```ts
 * extractSpan(analyzeQuestion("Who is ByteDance's CEO?"), 'Liang Rubo, ByteDance’s CEO, said so.'); // → 'Liang Rubo'
 * ```
 */
export function extractSpan(question: Question, passage: string): string | null {
  const wanted = new Set(question.terms);
  const tokens = analyze(passage);
  const matched = tokens.filter((t) => t.terms.some((term) => wanted.has(term)));
  const inQuestion = (c: Candidate): boolean => matched.some((m) => c.start < m.end && m.start < c.end);
  const centre = matched.length > 0 ? (matched[0]!.start + matched[matched.length - 1]!.end) / 2 : 0;

  const entities = entitiesOf(passage, question.type).filter((c) => !inQuestion(c));
  if (entities.length > 0) {
    const nearest = entities.reduce((best, c) =>
      Math.abs((c.start + c.end) / 2 - centre) < Math.abs((best.start + best.end) / 2 - centre) ? c : best,
    );
    return trimPhrase(passage, nearest.start, nearest.end);
  }

  // Clause pieces without question words: prefer the first one after the last matched word.
  const breaks = [0, ...[...passage.matchAll(CLAUSE_BREAK)].map((m) => m.index!), passage.length];
  const pieces: Candidate[] = [];
  let from = 0;
  for (const at of breaks.slice(1)) {
    const lastMatchInside = matched.filter((m) => m.start >= from && m.end <= at).pop();
    const start = lastMatchInside ? lastMatchInside.end : from;
    if (at > start) pieces.push({ start, end: at });
    from = at + 1;
  }
  const lastMatched = matched.length > 0 ? matched[matched.length - 1]!.end : 0;
  const content = (c: Candidate): boolean => analyze(passage.slice(c.start, c.end)).some((t) => t.terms.length > 0);
  const after = pieces.find((c) => c.start >= lastMatched && content(c));
  const chosen = after ?? pieces.filter(content).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  return chosen ? trimPhrase(passage, chosen.start, chosen.end) : null;
}
