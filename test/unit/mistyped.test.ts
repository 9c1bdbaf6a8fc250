import { describe, expect, it } from 'vitest';
import { editDistance, mistypedCommand } from '../../src/commands/mistyped.js';

const COMMANDS = ['ask', 'eval', 'show', 'sources'];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('eval', 'eval')).toBe(0);
    expect(editDistance('evl', 'eval')).toBe(1);
    expect(editDistance('eavl', 'eval')).toBe(1);
    expect(editDistance('sorces', 'sources')).toBe(1);
    expect(editDistance('', 'ask')).toBe(3);
  });
});

describe('mistypedCommand', () => {
  it('names the command a slip was meant to be', () => {
    expect(mistypedCommand('evl', COMMANDS)).toBe('eval');
    expect(mistypedCommand('aks', COMMANDS)).toBe('ask');
    expect(mistypedCommand('sorces', COMMANDS)).toBe('sources');
  });

  it('lets questions through: function words, capitals, punctuation, real command names, far words', () => {
    for (const word of ['how', 'who', 'Show', 'eval?', 'ask', 'sources', 'ByteDance', 'revenue', 'as', 'ceo']) {
      expect(mistypedCommand(word, COMMANDS)).toBeUndefined();
    }
  });
});
