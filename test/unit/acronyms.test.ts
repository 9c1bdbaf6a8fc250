import { describe, expect, it } from 'vitest';
import { expansionIn } from '../../src/answer/describe.js';

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
