import { describe, expect, it } from 'vitest';
import { toPassages } from '../../src/analysis/passages.js';
import { answerQuestion } from '../../src/answer/answer.js';
import { decodeUtf8 } from '../../src/load/decode.js';
import { PassageIndex } from '../../src/search/passage-index.js';

function indexOf(text: string): PassageIndex {
  const bytes = new TextEncoder().encode(text);
  return new PassageIndex(toPassages({ path: '/tmp/t.txt', source: 't.txt', bytes, ...decodeUtf8(bytes) }));
}

const index = indexOf('The cat sat on the mat. Dogs chase cats in the park. The weather was sunny. A cat is a cat.');

describe('PassageIndex.search', () => {
  it('ranks passages that share more content words first', () => {
    const hits = index.search('Where do dogs chase cats?', 5);
    expect(hits[0]!.passage.text).toBe('Dogs chase cats in the park.');
    expect(hits[0]!.matched.sort()).toEqual(['cat', 'chase', 'dog']);
  });

  it('returns at most limit hits', () => {
    expect(index.search('cat', 1)).toHaveLength(1);
  });

  it('finds nothing when no content word matches', () => {
    expect(index.search('What is the capital of France?', 3)).toEqual([]);
    expect(index.search('What is it?', 3)).toEqual([]);
  });
});

describe('answerQuestion', () => {
  it('answers with the best passage and highlights its matched words', () => {
    const answer = answerQuestion(index, 'How was the weather?', { limit: 2 });
    expect(answer).toMatchObject({ answered: true, answer: 'The weather was sunny.', span: null });
    expect(answer.citations[0]).toMatchObject({ id: 't.txt#3', sentence: 3, line: 1, column: 54 });
    expect(answer.highlights[0]).toEqual([[4, 11]]);
  });

  it('says not answered, with no citations, when nothing matches', () => {
    expect(answerQuestion(index, 'Who wrote Hamlet?')).toEqual({
      question: 'Who wrote Hamlet?',
      answered: false,
      answer: null,
      span: null,
      citations: [],
      highlights: [],
    });
  });

  it('defaults to three citations', () => {
    expect(answerQuestion(index, 'cat dogs weather').citations).toHaveLength(3);
  });
});
