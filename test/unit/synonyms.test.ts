import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { synonymsOf } from '../../src/answer/synonyms.js';
import { openCorpus } from '../../src/corpus/open.js';
import { tempTree } from '../helpers.js';

describe('synonymsOf', () => {
  it('finds terms that share a frequent WordNet sense, both ways', () => {
    expect(synonymsOf('crucial')).toContain('import');
    expect(synonymsOf('import')).toContain('crucial');
    expect(synonymsOf('build')).toContain('construct');
  });

  it('finds nothing for unknown terms or parts of terms', () => {
    expect(synonymsOf('bytedanc')).toEqual([]);
    expect(synonymsOf('cruci')).toEqual([]);
    expect(synonymsOf('')).toEqual([]);
  });

  it('reads any table of groups, one per line with spaces around each term', () => {
    expect(synonymsOf('b', ' a b \n c d \n b e ')).toEqual(['a', 'e']);
  });
});

describe('synonyms in answers', () => {
  it('bring in a passage that uses a synonym of the question word', async () => {
    const dir = tempTree({ 'a.txt': 'Acme likes long guided factory tours with many visitors.\n\nAcme has offices in Spain.\n\nAcme will construct a factory.\n' });
    const answer = answerQuestion(await openCorpus([dir]), 'Will Acme build a factory?', { limit: 3 });
    expect(answer.citations[0]!.text).toBe('Acme will construct a factory.');
  });
});

describe('a passage that holds only a synonym of the question’s words', () => {
  it('is found and cited', async () => {
    const dir = tempTree({ 'a.txt': 'Acme will construct a factory in Spain, says Jane Roe.\n\nGlobex sells kettles.\n' });
    const answer = answerQuestion(await openCorpus([dir]), 'Who will build?', { limit: 3 });
    expect(answer.citations.map((c) => c.text)).toEqual(['Acme will construct a factory in Spain, says Jane Roe.']);
  });
});

describe('stand-ins for common words', () => {
  const highlightedIn = async (text: string): Promise<string[]> => {
    const answer = answerQuestion(await openCorpus([tempTree({ 'a.txt': text })]), 'Who will build a bridge?', { limit: 200 });
    const i = answer.citations.findIndex((c) => c.text.includes('construct'));
    return answer.highlights[i]!.map(([start, end]) => answer.citations[i]!.text.slice(start, end));
  };
  const bridge = 'The team will construct a bridge.';

  it('are searched for a word few passages use', async () => {
    expect(await highlightedIn(`Crew 1 will build a shed.\n\n${bridge}\n`)).toEqual(['construct', 'bridge']);
  });

  it('are not searched for a word in more than 100 passages: it finds its passages itself', async () => {
    const common = Array.from({ length: 120 }, (_, i) => `Crew ${i} will build a shed.`).join('\n\n');
    expect(await highlightedIn(`${common}\n\n${bridge}\n`)).toEqual(['bridge']);
  });
});
