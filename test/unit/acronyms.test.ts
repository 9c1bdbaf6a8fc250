import { describe, expect, it } from 'vitest';
import { acronymsOf, alternativesFor, expansionIn, learnAcronyms } from '../../src/answer/acronyms.js';
import { answerQuestion } from '../../src/answer/answer.js';
import { analyzeQuestion } from '../../src/answer/question.js';
import { openCorpus } from '../../src/corpus/open.js';
import { tempTree } from '../helpers.js';

describe('learnAcronyms', () => {
  it('learns acronyms defined in brackets after the words they abbreviate (not those that are function words)', () => {
    const learned = learnAcronyms([
      'ByteDance hires for large language models (LLMs) and artificial intelligence (AI).',
      'The Department of Defense (DoD) and the Royal Air Force (RAF) agreed; the World Health Organization (WHO) too.',
    ]);
    expect(Object.fromEntries(learned)).toEqual({
      llm: ['larg', 'languag', 'model'],
      ai: ['artifici', 'intellig'],
      dod: ['depart', 'defens'],
      raf: ['royal', 'air', 'forc'],
    });
  });

  it('ignores brackets whose capitals do not spell the words before them', () => {
    expect(learnAcronyms(['It was sold (USD) at a loss. Some text (A) here. Red blue (RGB).']).size).toBe(0);
  });
});

describe('expansionIn', () => {
  it('finds the words a passage spells an acronym out with, however the acronym is typed', () => {
    const passage = 'ByteDance hires for large language models (LLMs); the Department of Defense (DoD) agreed.';
    expect(expansionIn(passage, 'LLM')).toBe('large language models');
    expect(expansionIn(passage, 'LLMs')).toBe('large language models');
    expect(expansionIn(passage, 'llms')).toBe('large language models');
    expect(expansionIn(passage, 'DoD')).toBe('Department of Defense');
    expect(expansionIn(passage, 'NASA')).toBeUndefined();
    expect(expansionIn('Red blue (RGB).', 'RGB')).toBeUndefined();
  });
});

describe('alternativesFor', () => {
  const acronyms = new Map([['llm', ['larg', 'languag', 'model']]]);

  it('lets an acronym in the question stand for its expansion, and the full expansion for the acronym', () => {
    expect(Object.fromEntries(alternativesFor(['bytedanc', 'llm'], acronyms))).toEqual({ larg: ['llm'], languag: ['llm'], model: ['llm'] });
    expect(Object.fromEntries(alternativesFor(['larg', 'languag', 'model'], acronyms))).toEqual({ llm: ['larg', 'languag', 'model'] });
    expect(alternativesFor(['larg', 'model'], acronyms).size).toBe(0);
  });

  it('takes whole words only: the AI inside OpenAI is not the acronym', () => {
    const question = analyzeQuestion('What did OpenAI release?', new Map([['ai', ['artifici', 'intellig']]]));
    expect(question.alternatives.size).toBe(0);
  });
});

describe('acronyms in answers', () => {
  it('find a passage that only has the acronym when the question spells it out, and highlight it', async () => {
    const dir = tempTree({
      'a.txt': 'The lab studies large language models (LLMs) and robots.\n\nThe budget for LLMs doubled in March.\n\nRobots got less money.\n',
    });
    const corpus = await openCorpus([dir]);
    const answer = answerQuestion(corpus, 'What happened to the budget for large language models?', { limit: 3 });
    const cited = answer.citations.findIndex((c) => c.text === 'The budget for LLMs doubled in March.');
    expect(cited).toBeGreaterThanOrEqual(0);
    const [start, end] = answer.highlights[cited]!.at(-1)!;
    expect(answer.citations[cited]!.text.slice(start, end)).toBe('LLMs');
  });
});

describe('acronyms with a cached index', () => {
  it('are stored with the index and taken from it, not learned again', async () => {
    const { CacheStore } = await import('../../src/cache/store.js');
    const { INDEX_VERSION } = await import('../../src/corpus/open.js');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = tempTree({ 'a.txt': 'The lab studies large language models (LLMs).\n' });
    const cacheDir = tempTree();
    const options = { cacheDir, cacheMinBytes: 0 };
    await openCorpus([dir], options);
    const store = new CacheStore(cacheDir);
    const [name] = fs.readdirSync(path.join(cacheDir, 'index'));
    const stored = store.read(`index/${name}`, INDEX_VERSION)!;
    expect(stored.meta.acronyms).toEqual([['llm', ['larg', 'languag', 'model']]]);
    store.write(`index/${name}`, INDEX_VERSION, { ...stored, meta: { ...stored.meta, acronyms: [['llm', ['marker']]] } });
    const warm = await openCorpus([dir], options);
    expect(analyzeQuestion('What do LLMs do?', acronymsOf(warm.passages)).alternatives.get('marker')).toEqual(['llm']);
  });
});
