import { describe, expect, it } from 'vitest';
import { analyze, analyzeTerms } from '../../src/analysis/analyze.js';
import { headingPathAt, markdownHeadings } from '../../src/analysis/headings.js';
import { splitSentences } from '../../src/analysis/sentences.js';
import { highlightRanges } from '../../src/answer/highlight.js';
import { corpusOf } from './corpus-of.js';

const pieces = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('Markdown splitting', () => {
  it('makes each table cell a passage and skips the rule row', () => {
    expect(pieces('| Step | Time |\n|:-----|-----:|\n| Build | 5 min |\n| Deploy \\| verify | 2 min |\n')).toEqual([
      'Step', 'Time', 'Build', '5 min', 'Deploy \\| verify', '2 min',
    ]);
  });

  it('keeps a fenced code block whole, never splitting it at sentence ends', () => {
    const text = 'Run this. Then wait.\n\n```sh\n./rollback.sh --now. Then wait.\necho Done. OK\n```\nAfter.\n';
    expect(pieces(text)).toEqual(['Run this.', 'Then wait.', './rollback.sh --now. Then wait.\necho Done. OK', 'After.']);
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(pieces('Intro.\n~~~\ncode. More code.\n')).toEqual(['Intro.', 'code. More code.']);
  });

  it('makes a setext heading’s title a passage, whatever it ends with, and its underline none', () => {
    expect(pieces('Why use it?\n===========\n\nIt is fast. It is small.\n')).toEqual(['Why use it?', 'It is fast.', 'It is small.']);
    expect(pieces('The meeting ended. Everyone left.\n---\nNext day.\n')).toEqual(['The meeting ended.', 'Everyone left.', 'Next day.']);
    expect(pieces('Two lines\nof text\n---\n')).toEqual(['Two lines\nof text\n---']);
  });

  it('makes headings and list items passages of their own', () => {
    expect(pieces('# Guide\nSome text. More.\n- item one. still one\n- item two\n')).toEqual([
      '# Guide', 'Some text.', 'More.', '- item one. still one', '- item two',
    ]);
  });
});

describe('markdownHeadings and headingPathAt', () => {
  const text = '# Guide\n\nIntro.\n\n## Rollback\n\nRun it.\n\n```\n# not a heading\n```\n\nSetup\n-----\n\nStep.\n\n# Other\n';
  const headings = markdownHeadings(text);

  it('finds ATX and setext headings, not lines inside code', () => {
    expect(headings).toEqual([
      { line: 1, level: 1, title: 'Guide' },
      { line: 5, level: 2, title: 'Rollback' },
      { line: 13, level: 2, title: 'Setup' },
      { line: 18, level: 1, title: 'Other' },
    ]);
  });

  it('gives the path of headings above a line, outermost first', () => {
    expect(headingPathAt(headings, 3)).toEqual(['Guide']);
    expect(headingPathAt(headings, 7)).toEqual(['Guide', 'Rollback']);
    expect(headingPathAt(headings, 16)).toEqual(['Guide', 'Setup']);
    expect(headingPathAt(headings, 18)).toEqual(['Other']);
    expect(headingPathAt([], 4)).toEqual([]);
  });

  it('skips front matter, and takes a line of dashes under a list item for a break', () => {
    expect(markdownHeadings('---\ntitle: Foo bar\nsidebar: 2\n---\n\nIntro.\n\n## Setup\n')).toEqual([{ line: 8, level: 2, title: 'Setup' }]);
    expect(markdownHeadings('- item\n---\n\nText\n====\n')).toEqual([{ line: 4, level: 1, title: 'Text' }]);
  });

  it('tells heading passages from the rest, in Markdown only', () => {
    const { passages } = corpusOf(text, 'guide.md');
    const headingPassages = [...Array(passages.count).keys()].filter((i) => passages.isHeading(i)).map((i) => passages.text(i));
    expect(headingPassages).toEqual(['# Guide', '## Rollback', 'Setup', '# Other']);
    const plain = corpusOf('# Guide\n\nIntro.\n', 'guide.txt').passages;
    expect([plain.isHeading(0), plain.isHeading(1)]).toEqual([false, false]);
  });
});

describe('analysis of Markdown markup', () => {
  it('ignores link targets but keeps link text, with offsets unchanged', () => {
    const text = 'See [the rollback guide](https://example.com/deploy "Deploy") now';
    expect(analyzeTerms(text)).toEqual(['see', 'rollback', 'guid']);
    expect(analyze(text).map((t) => text.slice(t.start, t.end))).toEqual(['See', 'the', 'rollback', 'guide', 'now']);
  });

  it('matches emphasised and code words like plain ones', () => {
    expect(analyzeTerms('**Rollback** the `deploy` _now_')).toEqual(analyzeTerms('Rollback the deploy now'));
  });
});

describe('CJK analysis', () => {
  it('splits Chinese and Japanese runs into overlapping character pairs', () => {
    expect(analyzeTerms('字节跳动的CEO')).toEqual(['字节', '节跳', '跳动', '动的', 'ceo']);
    expect(analyzeTerms('富士山')).toEqual(['富士', '士山']);
    expect(analyzeTerms('山')).toEqual(['山']);
  });

  it('reports each pair where it is in the text', () => {
    const text = 'ab 字节跳动';
    expect(analyze(text).map((t) => text.slice(t.start, t.end))).toEqual(['ab', '字节', '节跳', '跳动']);
  });

  it('folds halfwidth katakana to fullwidth', () => {
    expect(analyzeTerms('ｶﾀｶﾅ')).toEqual(analyzeTerms('カタカナ'));
  });

  it('merges overlapping highlights of pairs into one range', () => {
    expect(highlightRanges('是字节跳动。', ['字节', '节跳', '跳动'])).toEqual([[1, 5]]);
  });
});
