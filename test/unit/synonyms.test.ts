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
