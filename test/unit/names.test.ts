import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { answerQuestion } from '../../src/answer/answer.js';
import { scoreCandidates } from '../../src/answer/rank.js';
import { featureAt, type FeatureName } from '../../src/answer/features.js';
import { holdsMoreThanNames, holdsWord, namesOf } from '../../src/answer/names.js';
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

describe('holdsMoreThanNames', () => {
  const more = (matched: string[], question: string) => holdsMoreThanNames(matched, analyzeQuestion(question));

  it('needs a matched term besides the names when the question asks by a noun', () => {
    expect(more(['jane', 'roe'], 'What university did Jane Roe attend?')).toBe(false);
    expect(more(['acm'], 'What is the stock price of Acme?')).toBe(false);
    expect(more(['acm'], "What is Acme's market share?")).toBe(false);
    expect(more(['jane', 'roe', 'attend'], 'What university did Jane Roe attend?')).toBe(true);
  });

  it('asks nothing more of a question made of names and verbs, or of one without names', () => {
    expect(more(['jane', 'roe'], 'Who is Jane Roe?')).toBe(true);
    expect(more(['jane', 'roe'], 'What did Jane Roe outline?')).toBe(true);
    expect(more(['acm', 'ceo'], "What is Acme's CEO called?")).toBe(true);
    expect(more(['kettl'], 'what university did she attend')).toBe(true);
  });
});

describe('what the model is told of a question’s names', () => {
  /** The value of feature `name` for the passage of `text` (a corpus) that holds `holding`, asked `question`. */
  function flag(text: string, question: string, holding: string, name: FeatureName): number {
    const corpus = corpusOf(text);
    const candidate = scoreCandidates(corpus, analyzeQuestion(question)).find((c) => c.passage.text.includes(holding));
    if (!candidate) throw new Error(`no candidate holds ${holding}`);
    return candidate.features[featureAt(name)]!;
  }

  it('flags a passage that only names what the question asks about by a noun', () => {
    const text = 'Recently, Acme hired Jane Roe, a contributor to the Widget project. Globex makes kettles.';
    expect(flag(text, 'What university did Jane Roe attend?', 'Jane Roe', 'only_names')).toBe(1);
    expect(flag(text, 'What project did Jane Roe contribute to?', 'Jane Roe', 'only_names')).toBe(0);
  });
});

describe('answering about a name', () => {
  it('answers who leads a company from the passage that names both, with the name as the span', () => {
    const corpus = corpusOf('Jane Roe, Acme’s CEO, has laid out three goals. Globex makes kettles.');
    expect(answerQuestion(corpus, "Who is Acme's CEO?")).toMatchObject({ answered: true, span: 'Jane Roe' });
  });
});
