import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { answerQuestion } from '../../src/answer/answer.js';
import { holdsMoreThanNames, holdsWord, namesHeld, namesOf, namesWrittenIn } from '../../src/answer/names.js';
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

describe('namesWrittenIn', () => {
  const written = (...texts: string[]) => {
    const passages = texts.map((text) => ({ text, tokens: analyze(text) }));
    return [...namesWrittenIn(passages, new Set(passages.flatMap((p) => p.tokens.flatMap((t) => t.terms))))].sort();
  };

  it('takes the words written with a capital after a passage’s first word, never in lower case', () => {
    expect(written('Recently, Acme hired Jane Roe.', 'The chief of Globex resigned.')).toEqual(['acm', 'globex', 'jane', 'roe']);
    expect(written('Acme makes anvils.')).toEqual([]);
    expect(written('Acme makes anvils.', 'Reports say so.')).toEqual([]);
    expect(written('They met Rose.', 'A rose grew.')).toEqual([]);
  });

  it('looks only at the terms it is asked about', () => {
    const passages = [{ text: 'Recently, Acme hired Jane Roe.', tokens: analyze('Recently, Acme hired Jane Roe.') }];
    expect([...namesWrittenIn(passages, new Set(['acm']))]).toEqual(['acm']);
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

describe('answering about a name', () => {
  it('abstains when the best passage is about another name the documents also use', () => {
    const corpus = corpusOf('Jane Roe, Acme’s CEO, has laid out three goals. Globex makes kettles.');
    expect(answerQuestion(corpus, "Who is Acme's CEO?")).toMatchObject({ answered: true, span: 'Jane Roe' });
    expect(answerQuestion(corpus, "Who is Globex's CEO?").answered).toBe(false);
  });

  it('knows the names of a question written in lower case or in capitals from how the documents write them', () => {
    const corpus = corpusOf('Jane Roe, Acme’s CEO, has laid out three goals. Recently, Globex made kettles. Kettles boil water. Water is wet. Anvils are heavy.');
    expect(answerQuestion(corpus, "who is acme's ceo")).toMatchObject({ answered: true, span: 'Jane Roe' });
    expect(answerQuestion(corpus, "who is globex's ceo").answered).toBe(false);
    expect(answerQuestion(corpus, "WHO IS GLOBEX'S CEO").answered).toBe(false);
  });

  it('does not ask for a name written in lower case that many passages hold: the documents are about it', () => {
    const corpus = corpusOf('The city of Algoma has a port. Algoma lies on a lake. The population was 3,167 in 2010. Globex makes kettles. Acme makes anvils.');
    expect(answerQuestion(corpus, 'what is the population of algoma').answered).toBe(true);
  });

  it('abstains when the best passage only names what the question asks about', () => {
    const corpus = corpusOf('Recently, Acme hired Jane Roe, a contributor to the Widget project. Globex makes kettles.');
    expect(answerQuestion(corpus, 'What university did Jane Roe attend?').answered).toBe(false);
    expect(answerQuestion(corpus, 'What project did Jane Roe contribute to?').answered).toBe(true);
    expect(answerQuestion(corpus, 'Which company hired Jane Roe?')).toMatchObject({ answered: true, span: 'Acme' });
  });

  it('answers from a passage that holds the asked-for kind of answer, though it holds no other question word', () => {
    const corpus = corpusOf('Acme, the company behind Widgetry, is growing. Globex makes kettles.');
    expect(answerQuestion(corpus, 'Who owns Widgetry?')).toMatchObject({ answered: true, span: 'Acme' });
  });

  it('answers "What is X\'s role?" from a passage that describes X, though it holds no other question word', () => {
    const corpus = corpusOf('Jane Roe, Acme’s CEO, has laid out three goals. Globex makes kettles. Kettles boil water.');
    expect(answerQuestion(corpus, "What is Jane Roe's role?")).toMatchObject({ answered: true, span: 'Acme’s CEO' });
    expect(answerQuestion(corpus, "What is Jane Roe's salary?").answered).toBe(false);
  });

  it('answers from a passage that defines the name, though it holds no other question word', () => {
    const corpus = corpusOf('Microsoft Corporation is an American software corporation. Globex makes kettles.');
    expect(answerQuestion(corpus, 'What kind of company is Microsoft?').answered).toBe(true);
  });
});
