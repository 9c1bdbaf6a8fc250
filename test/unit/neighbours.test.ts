import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
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
  const corpus = async () => openCorpus([tempTree({ 'a.txt': 'Acme owns the oldest factory in Spain.\n\nAcme owns the largest factory in Peru.\n' })]);

  it('rank first a passage that says a question word in a word used alike', async () => {
    const answer = answerQuestion(await corpus(), "Where is Acme's biggest factory?", { limit: 2 });
    expect(answer.citations[0]!.text).toBe('Acme owns the largest factory in Peru.');
  });

  it('are highlighted like the question’s words, as other stand-ins are', async () => {
    const answer = answerQuestion(await corpus(), "Where is Acme's biggest factory?", { limit: 2 });
    const words = answer.highlights[0]!.map(([start, end]) => answer.citations[0]!.text.slice(start, end));
    expect(words).toContain('largest');
  });

  it('do not say what a question asks by its noun: a passage that names Jiang Lu beside "workers" does not answer "Which job …?"', async () => {
    const answer = answerQuestion(await openCorpus([tempTree({ 'a.txt': 'Jiang Lu thanked the workers.\n\nAcme sells anvils.\n' })]), 'Which job does Jiang Lu have?');
    expect(answer.citations[0]!.text).toBe('Jiang Lu thanked the workers.');
    expect(answer.answered).toBe(false);
  });
});
