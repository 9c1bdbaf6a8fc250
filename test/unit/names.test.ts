import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { answerQuestion } from '../../src/answer/answer.js';
import { holdsWord, namesHeld, namesOf } from '../../src/answer/names.js';
import { analyzeQuestion } from '../../src/answer/question.js';
import { corpusOf } from './corpus-of.js';

describe('holdsWord', () => {
  it('takes a glued word as a whole, or all of its parts, not one part', () => {
    expect(holdsWord(['openai', 'ai', 'open'], new Set(['openai']))).toBe(true);
    expect(holdsWord(['openai', 'ai', 'open'], new Set(['ai', 'open']))).toBe(true);
    expect(holdsWord(['openai', 'ai', 'open'], new Set(['ai']))).toBe(false);
    expect(holdsWord(['cat'], new Set(['dog']))).toBe(false);
  });
});

describe('namesOf', () => {
  const first = (question: string) => namesOf(question).map((name) => name.map((terms) => terms[0]));

  it('finds capitalised words that are not common words, joining runs of them into one name', () => {
    expect(first('Where did Jiang Lu work before joining ByteDance?')).toEqual([['jiang', 'lu'], ['byted']]);
    expect(first('When is the feast of St. Rita?')).toEqual([['st', 'rita']]);
  });

  it('splits names at a possessive and counts acronyms as names', () => {
    expect(first("Who is Google's CEO?")).toEqual([['googl'], ['ceo']]);
  });

  it('skips common words written with a capital and questions written in capitals', () => {
    expect(first('Did Reports Suggest anything?')).toEqual([]);
    expect(first('Which American firm makes anvils?')).toEqual([]);
    expect(first('WHERE IS ROUGH AND READY, CA')).toEqual([]);
  });
});

describe('namesHeld', () => {
  const corpus = corpusOf(
    'Acme makes anvils. Jane Roe, Acme’s chief, likes them. Zenith sells kettles. It is run by John Doe. Globex is new. The company was founded in 1921.',
  );
  const held = (question: string, passage: number) =>
    namesHeld(corpus, passage, analyze(corpus.passages.get(passage).text), analyzeQuestion(question));

  it('needs each known name in the passage, or before a passage that refers back to it', () => {
    expect(held('Who is the chief of Acme?', 1)).toBe(true);
    expect(held('Who is the chief of Zenith?', 1)).toBe(false);
    expect(held('Who runs Zenith?', 3)).toBe(true);
    expect(held('Who runs Globex?', 3)).toBe(false);
    expect(held('When was Globex founded?', 5)).toBe(true);
    expect(held('When was Zenith founded?', 5)).toBe(false);
  });

  it('ignores names the documents never use', () => {
    expect(held('Who is the chief of Initech?', 1)).toBe(true);
  });
});

describe('answering about a name', () => {
  it('abstains when the best passage is about another name the documents also use', () => {
    const corpus = corpusOf('Jane Roe, Acme’s CEO, has laid out three goals. Globex makes kettles.');
    expect(answerQuestion(corpus, "Who is Acme's CEO?")).toMatchObject({ answered: true, span: 'Jane Roe' });
    expect(answerQuestion(corpus, "Who is Globex's CEO?").answered).toBe(false);
  });
});
