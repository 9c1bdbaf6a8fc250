import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { scoreCandidates } from '../../src/answer/rank.js';
import { featureAt } from '../../src/answer/features.js';
import { MODEL } from '../../src/answer/model.js';
import { analyzeQuestion } from '../../src/answer/question.js';
import { neighboursOf } from '../../src/answer/neighbours.js';
import { openCorpus } from '../../src/corpus/open.js';
import { tempTree } from '../helpers.js';

describe('neighboursOf', () => {
  it('finds terms whose words are used alike, both ways', () => {
    expect(neighboursOf('biggest')).toContain('largest');
    expect(neighboursOf('largest')).toContain('biggest');
    expect(neighboursOf('job')).toContain('worker');
  });

  it('finds nothing for unknown terms or parts of terms', () => {
    expect(neighboursOf('bytedanc')).toEqual([]);
    expect(neighboursOf('bigg')).toEqual([]);
    expect(neighboursOf('')).toEqual([]);
  });

  it('reads any table of sorted lines, a term and its neighbours, set off by line ends', () => {
    const lines = '\na b c\nb a\nc a\nd e\ne d\n';
    for (const [term, neighbours] of Object.entries({ a: ['b', 'c'], b: ['a'], c: ['a'], d: ['e'], e: ['d'] })) {
      expect(neighboursOf(term, lines)).toEqual(neighbours);
    }
    for (const missing of ['', '0', 'aa', 'bb', 'f', 'zz']) expect(neighboursOf(missing, lines)).toEqual([]);
    expect(neighboursOf('a', '\n')).toEqual([]);
  });
});

describe('neighbours in answers', () => {
  const corpus = async () => openCorpus([tempTree({ 'a.txt': 'The largest factory is in Peru.\n\nAcme sells anvils.\n' })]);

  it('find a passage that says the question’s words only in words used alike', async () => {
    const answer = answerQuestion(await corpus(), 'Where is the biggest mill?', { limit: 2 });
    expect(answer.citations.map((c) => c.text)).toEqual(['The largest factory is in Peru.']);
    const without = answerQuestion(await corpus(), 'Where is the biggest mill?', { limit: 2, model: { ...MODEL, standIns: [] } });
    expect(without.citations).toEqual([]);
  });

  it('are highlighted like the question’s words, as other stand-ins are', async () => {
    const answer = answerQuestion(await corpus(), 'Where is the biggest mill?', { limit: 2 });
    const words = answer.highlights[0]!.map(([start, end]) => answer.citations[0]!.text.slice(start, end));
    expect(words).toContain('largest');
  });

  it('do not say what a question asks by its noun: "workers" beside Jiang Lu leaves "Which job …?" asked of his name only', async () => {
    const corpus = await openCorpus([tempTree({ 'a.txt': 'Jiang Lu thanked the workers.\n\nAcme sells anvils.\n' })]);
    const [best] = scoreCandidates(corpus, analyzeQuestion('Which job does Jiang Lu have?'));
    expect(best!.passage.text).toBe('Jiang Lu thanked the workers.');
    expect(best!.features[featureAt('only_names')]).toBe(1);
  });
});
