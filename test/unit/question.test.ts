import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../../src/answer/entities.js';
import { modelMatchesFeatures, probability } from '../../src/answer/model.js';
import { analyzeQuestion, answerTypeOf } from '../../src/answer/question.js';
import { extractSpan } from '../../src/answer/span.js';

describe('answerTypeOf', () => {
  it.each([
    ['Who is the CEO?', 'person'],
    ['How many jobs are there?', 'number'],
    ['How much does it cost?', 'number'],
    ['When was it founded?', 'date'],
    ['What year did it open?', 'date'],
    ['Where is the headquarters?', 'place'],
    ['What is Boximator?', 'other'],
  ])('%s → %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});

describe('entitiesOf', () => {
  const text = 'In March 2024 Liang Rubo hired over 300 people at the AI lab in Beijing.';
  const found = (type: Parameters<typeof entitiesOf>[1]) => entitiesOf(text, type).map((c) => text.slice(c.start, c.end));

  it('finds dates, numbers and names, but not lone acronyms as names', () => {
    expect(found('date')).toEqual(['March 2024']);
    expect(found('number')).toEqual(['2024', 'over 300']);
    expect(found('person')).toEqual(['March', 'Liang Rubo', 'Beijing']);
    expect(found('other')).toEqual([]);
  });
});

describe('extractSpan', () => {
  it('picks the name the question does not already contain', () => {
    expect(extractSpan(analyzeQuestion("Who is ByteDance's CEO?"), 'Liang Rubo, ByteDance’s CEO, has laid out three goals.')).toBe('Liang Rubo');
  });

  it('keeps the passage without the question words at either end for other questions', () => {
    const glacier = 'A glacier cave is a cave formed within the ice of a glacier.';
    expect(extractSpan(analyzeQuestion('How are glacier caves formed?'), glacier)).toBe('within the ice');
    expect(extractSpan(analyzeQuestion('What is ByteDance trying to keep pace with?'), 'ByteDance is trying to keep pace with rivals like OpenAI.')).toBe(
      'rivals like OpenAI',
    );
  });

  it('cuts who, when and how-many answers down to the name, date or number', () => {
    expect(extractSpan(analyzeQuestion('How many jobs are linked to AI?'), 'The site lists over 300 jobs linked to AI.')).toBe('over 300');
    expect(extractSpan(analyzeQuestion('When was the company founded?'), 'The company was founded in March 2012 in Beijing.')).toBe('March 2012');
  });

  it('gives null when nothing but question words remain', () => {
    expect(extractSpan(analyzeQuestion('keep pace'), 'Keep pace.')).toBeNull();
  });
});

describe('the shipped model', () => {
  it('was trained for exactly the features this build computes', () => {
    expect(modelMatchesFeatures()).toBe(true);
  });

  it('turns features into a probability', () => {
    expect(probability([0, 0], [1, 1])).toBe(0.5);
    expect(probability([1], [10])).toBeGreaterThan(0.99);
  });
});

describe('names with diacritics', () => {
  it('keep their accented letters after an A–Z capital', () => {
    const text = 'The award went to Zoë Müller and Đặng Thái Sơn.';
    expect(entitiesOf(text, 'person').map((c) => text.slice(c.start, c.end))).toEqual(['Zoë Müller', 'Thái Sơn']);
  });
});
