import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/print/json.js';
import { safeJsonStringify, terminalSafe } from '../../src/print/sanitize.js';
import { formatText } from '../../src/print/text.js';
import type { Answer, Citation } from '../../src/types.js';

const citation = (n: number, text: string, score: number): Citation => ({
  id: `docs/a.txt#${n}`,
  source: 'docs/a.txt',
  heading: null,
  sentence: n,
  line: n,
  column: 1,
  start: n * 10,
  end: n * 10 + text.length,
  text,
  score,
});

const answer: Answer = {
  question: 'Who leads Acme?',
  answered: true,
  reason: null,
  answer: 'Jane Roe leads Acme.',
  span: null,
  citations: [citation(2, 'Jane Roe leads Acme.', 4.5), citation(5, 'Acme makes\nanvils.', 1.25)],
  highlights: [
    [
      [9, 14],
      [15, 19],
    ],
    [[0, 4]],
  ],
};

const unanswered: Answer = { question: 'Why?', answered: false, reason: 'no-match', answer: null, span: null, citations: [], highlights: [] };

describe('formatText', () => {
  it('prints the answer, then numbered citations with snippets after the first', () => {
    expect(formatText(answer, { color: false })).toBe(
      [
        'Jane Roe leads Acme.',
        '',
        '[1] docs/a.txt:2:1  sentence 2, score 4.50',
        '[2] docs/a.txt:5:1  sentence 5, score 1.25',
        '    Acme makes anvils.',
        '',
      ].join('\n'),
    );
  });

  it('highlights matched words when colour is on', () => {
    const out = formatText(answer, { color: true });
    expect(out.split('\n')[0]).toBe('Jane Roe \u001b[1m\u001b[31mleads\u001b[39m\u001b[22m \u001b[1m\u001b[31mAcme\u001b[39m\u001b[22m.');
  });

  it('says plainly when there is no answer, with the question in batch mode', () => {
    expect(formatText(unanswered, { color: false })).toBe('No answer found in the documents.\n');
    expect(formatText(unanswered, { color: false, showQuestion: true })).toBe('? Why?\nNo answer found in the documents.\n');
  });

  it('lists the closest passages, marked as not an answer, when not answered', () => {
    const close: Answer = { ...unanswered, citations: [answer.citations[1]!], highlights: [[[0, 4]]] };
    expect(formatText(close, { color: false })).toBe(
      ['No answer found in the documents.', '', 'Closest passages (not an answer):', '[1] docs/a.txt:5:1  sentence 5, score 1.25', '    Acme makes anvils.', ''].join('\n'),
    );
  });

  it('says what the closest passages lack, when the model gives a reason', () => {
    const close: Answer = { ...unanswered, reason: 'type-missing', citations: [answer.citations[1]!], highlights: [[[0, 4]]] };
    expect(formatText(close, { color: false }).split('\n')[2]).toBe('Closest passages (not an answer: none holds the kind of date, number or name asked for):');
    expect(formatText({ ...close, reason: 'only-names' }, { color: false }).split('\n')[2]).toBe(
      'Closest passages (not an answer: they name what is asked about but say nothing more of it):',
    );
  });

  it('shows the span first when there is one', () => {
    expect(formatText({ ...answer, span: 'Jane Roe' }, { color: false }).split('\n').slice(0, 2)).toEqual(['Jane Roe', '']);
  });

  it('never prints control characters from documents, even with colour on', () => {
    const hostile: Answer = { ...answer, answer: 'Evil\u001b]52;c;aGk=\u0007 \u009b2J\u202etxt', highlights: [[]] };
    const out = formatText(hostile, { color: true });
    const withoutOurColours = out.replace(/\u001b\[\d+m/g, '');
    expect(withoutOurColours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(withoutOurColours.split('\n')[0]).toBe('Evil␛]52;c;aGk=␇ <U+009B>2J<U+202E>txt');
  });
});

describe('terminalSafe', () => {
  it('folds whitespace runs to one space', () => {
    expect(terminalSafe('a\r\n\tb')).toBe('a b');
  });
});

describe('formatJson', () => {
  it('prints exactly the documented fields', () => {
    expect(JSON.parse(formatJson(answer))).toEqual({
      question: 'Who leads Acme?',
      answered: true,
      reason: null,
      answer: 'Jane Roe leads Acme.',
      span: null,
      citations: answer.citations,
    });
  });

  it('escapes C1 and bidi controls while keeping the text exact', () => {
    const text = 'a\u009b\u202eb\u001b';
    const line = safeJsonStringify({ text });
    expect(line).toBe('{"text":"a\\u009b\\u202eb\\u001b"}');
    expect(JSON.parse(line).text).toBe(text);
  });
});
