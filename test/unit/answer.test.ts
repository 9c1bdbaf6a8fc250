import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { BUNDLED_SEEDS } from '../../src/config.js';
import { openCorpus } from '../../src/corpus/open.js';
import { corpusOf } from './corpus-of.js';

const corpus = corpusOf('The cat sat on the mat. Dogs chase cats in the park. The weather was sunny. A cat is a cat.');

describe('answerQuestion', () => {
  it('answers with the best passage and highlights its matched words', () => {
    const answer = answerQuestion(corpus, 'How was the weather?', { limit: 2 });
    expect(answer).toMatchObject({ answered: true, answer: 'The weather was sunny.', span: 'sunny' });
    expect(answer.citations[0]).toMatchObject({ id: 't.txt#3', sentence: 3, line: 1, column: 54 });
    expect(answer.highlights[0]).toEqual([[4, 11]]);
  });

  it('ranks passages that share more content words first', () => {
    expect(answerQuestion(corpus, 'Where do dogs chase cats?').answer).toBe('Dogs chase cats in the park.');
  });

  it('says not answered, with no citations, when nothing matches', () => {
    expect(answerQuestion(corpus, 'Who wrote Hamlet?')).toEqual({
      question: 'Who wrote Hamlet?',
      answered: false,
      answer: null,
      span: null,
      citations: [],
      highlights: [],
    });
    expect(answerQuestion(corpus, 'What is it?').answered).toBe(false);
  });

  it('puts first, for "What is X?", the passage that describes X', () => {
    const news = corpusOf('After Initech shipped the app Snapseed, Acme cut prices. Acme, the firm behind Anvil, grew. Acme sells anvils.');
    expect(answerQuestion(news, 'What is Acme?')).toMatchObject({ answer: 'Acme, the firm behind Anvil, grew.', span: 'firm behind Anvil' });
  });

  it('defaults to three citations and honours the limit', () => {
    expect(answerQuestion(corpus, 'cat dogs weather').citations).toHaveLength(3);
    expect(answerQuestion(corpus, 'cat dogs weather', { limit: 1 }).citations).toHaveLength(1);
  });
});

describe('abstention', () => {
  const news = corpusOf(
    'Acme Corp makes anvils in Ohio. The company was founded in 1921 by Jane Roe. Acme sells 40,000 anvils a year. Its rival Bolt Inc makes hammers.',
  );

  it('answers when the best passage contains every content word of the question', () => {
    expect(answerQuestion(news, 'Who founded the company?')).toMatchObject({ answered: true, span: 'Jane Roe' });
  });

  it('abstains, still citing the closest passages, when the key words are missing', async () => {
    const seed = await openCorpus([BUNDLED_SEEDS]);
    const answer = answerQuestion(seed, 'When did Apple release the first iPhone?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBeNull();
    expect(answer.span).toBeNull();
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('abstains on a when/who/how-many question whose best passage holds no phrase of that type', () => {
    const launch = corpusOf('Acme launched the Anvil Pro after a long wait. Critics praised the Anvil Pro.');
    expect(answerQuestion(launch, 'When did Acme launch the Anvil Pro?').answered).toBe(false);
    expect(answerQuestion(launch, 'How many Anvil Pro units did Acme launch?').answered).toBe(false);
    const goals = corpusOf('Acme chief Jane Roe has laid out three goals for this year.');
    expect(answerQuestion(goals, 'How old is Jane Roe?').answered).toBe(false);
    expect(answerQuestion(goals, 'How many goals has Jane Roe laid out?')).toMatchObject({ answered: true, span: 'three' });
    expect(answerQuestion(launch, 'What did Acme launch?')).toMatchObject({ answered: true, answer: 'Acme launched the Anvil Pro after a long wait.' });
    const dated = corpusOf('Acme recently launched the Anvil Pro after a long wait. Critics praised the Anvil Pro.');
    expect(answerQuestion(dated, 'When did Acme launch the Anvil Pro?')).toMatchObject({ answered: true, span: 'recently' });
    expect(answerQuestion(dated, 'When did Acme recently launch the Anvil Pro?').answered).toBe(false);
  });

  it('ranks the passage with the expected answer type first', () => {
    expect(answerQuestion(news, 'When was Acme founded?').span).toBe('1921');
    expect(answerQuestion(news, 'How many anvils does Acme sell?').span).toBe('40,000');
  });
});
