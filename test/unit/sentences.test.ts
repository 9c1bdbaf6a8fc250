import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/analysis/paragraphs.js';
import { MAX_PASSAGE_LENGTH, splitSentences } from '../../src/analysis/sentences.js';
import { ROOT } from '../helpers.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital', () => {
    expect(sentences('One thing. Another thing! A third? Yes.')).toEqual(['One thing.', 'Another thing!', 'A third?', 'Yes.']);
  });

  it('does not split after titles and common abbreviations', () => {
    expect(sentences('Mr. Smith met Dr. Jones at St. Paul. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones at St. Paul.',
      'They talked.',
    ]);
  });

  it('does not split after dotted abbreviations or initials', () => {
    expect(sentences('The U.S. Senate met J. R. Tolkien, e.g. at noon. Then it rained.')).toEqual([
      'The U.S. Senate met J. R. Tolkien, e.g. at noon.',
      'Then it rained.',
    ]);
  });

  it('does not split decimals, version numbers or lowercase continuations', () => {
    expect(sentences('It grew 3.5 percent in v1.2.3 today. wait... then more. Done.')).toEqual([
      'It grew 3.5 percent in v1.2.3 today. wait... then more.',
      'Done.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(sentences('He said "Stop." Then he left. (It was late.) Nobody saw.')).toEqual([
      'He said "Stop."',
      'Then he left.',
      '(It was late.)',
      'Nobody saw.',
    ]);
  });

  it('does not split inside brackets', () => {
    expect(sentences('The tool (see Note. It matters.) works. Next.')).toEqual(['The tool (see Note. It matters.) works.', 'Next.']);
  });

  it('recognises Chinese and Japanese sentence ends without spaces', () => {
    expect(sentences('今天下雨。明天晴天！真的吗？')).toEqual(['今天下雨。', '明天晴天！', '真的吗？']);
  });

  it('joins hard-wrapped lines into one sentence', () => {
    const text = 'This sentence is wrapped\nover two lines. And this one\nis too.';
    expect(sentences(text)).toEqual(['This sentence is wrapped\nover two lines.', 'And this one\nis too.']);
  });

  it('never joins paragraphs separated by a blank line', () => {
    expect(sentences('A heading without a stop\n\nThe body starts here.')).toEqual(['A heading without a stop', 'The body starts here.']);
  });

  it('treats every line as a paragraph when lines are too long to be hard-wrapped', () => {
    const long = `${'word '.repeat(30)}end.`;
    expect(sentences(`Impact Shorts\n${long}`)).toEqual(['Impact Shorts', long]);
  });

  it('starts a new paragraph at list items and headings', () => {
    expect(sentences('# Title\nIntro line\n- first item\n- second item')).toEqual(['# Title', 'Intro line', '- first item', '- second item']);
  });

  it('cuts a run with no sentence end into bounded passages at spaces', () => {
    const text = 'word '.repeat(1000).trim();
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(4);
    for (const piece of pieces) expect(piece.end - piece.start).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text);
  });

  it('cuts a run with no spaces without splitting a surrogate pair', () => {
    const text = '😀'.repeat(1500);
    const pieces = splitSentences(text).map((p) => text.slice(p.start, p.end));
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\r\n ')).toEqual([]);
  });

  it('splits the bundled seed one line per paragraph', () => {
    const seed = fs.readFileSync(path.join(ROOT, 'seeds', '000_02398d64b96f3783.txt'), 'utf8');
    const found = sentences(seed);
    expect(found).toContain('Impact Shorts');
    expect(found[1]).toBe(
      'Liang Rubo, ByteDance’s CEO, has laid out three goals for their AI endeavours this quarter: bolstering AI talent recruitment, refining organizational structure, and advancing fundamental research.',
    );
  });
});

describe('splitParagraphs', () => {
  it('handles CRLF line ends', () => {
    const text = 'first line\r\nsecond line\r\n\r\nnext';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['first line\r\nsecond line', 'next']);
  });
});
