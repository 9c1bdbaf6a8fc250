import { describe, expect, it } from 'vitest';
import { printedSpan } from '../../src/print/span.js';
import type { Answer, PassageBlock } from '../../src/types.js';

const TEXT: PassageBlock = { kind: 'text' };
const CODE: PassageBlock = { kind: 'code', info: 'js' };

function answer(question: string, passage: string, span: string | null): Answer {
  return { question, answered: true, reason: null, answer: passage, span, citations: [], highlights: [] };
}

describe('printedSpan', () => {
  const passage = 'Liang Rubo, ByteDance’s CEO, has laid out three goals for their AI endeavours this quarter.';

  it('prints a short phrase the passage does not say as a whole', () => {
    expect(printedSpan(answer("Who is ByteDance's CEO?", passage, 'Liang Rubo'), TEXT)).toBe('Liang Rubo');
  });

  it('never prints the passage, or most of it, twice', () => {
    expect(printedSpan(answer('What did he lay out?', passage, passage), TEXT)).toBeNull();
    expect(printedSpan(answer('What did he lay out?', passage, passage.slice(12)), TEXT)).toBeNull();
  });

  it('prints no phrase longer than 80 characters', () => {
    const long = `${'word '.repeat(30)}end.`;
    expect(printedSpan(answer('What?', `${long} ${long} ${long}`, long), TEXT)).toBeNull();
  });

  it('prints no piece cut out of code (unbalanced brackets or quotes)', () => {
    expect(printedSpan(answer('What is the RAM?', "console.log(`${red('90%')} RAM: ${free}` and more text to make it long)", "red('90%')} RAM"), TEXT)).toBeNull();
  });

  it('gives a code block a span only when the question asks for an identifier and the span is one', () => {
    const code = "const logger = pino({\n  msgPrefix: '[HTTP] '\n})";
    expect(printedSpan(answer('How do I add a prefix to every message?', code, "msgPrefix: '[HTTP] '"), CODE)).toBeNull();
    expect(printedSpan(answer('Which option adds a prefix to every message?', code, 'msgPrefix'), CODE)).toBe('msgPrefix');
    expect(printedSpan(answer('Which option adds a prefix to every message?', code, "'[HTTP] '"), CODE)).toBeNull();
  });

  it('gives a "How do I …" question a span only when it is an identifier', () => {
    const text = 'Pass a small object with `version` set to the version string to the program when you create it.';
    expect(printedSpan(answer('How do I add a version option?', text, 'small'), TEXT)).toBeNull();
    expect(printedSpan(answer('How do I add a version option?', text, 'version'), TEXT)).toBe('version');
  });

  it('renders the inline Markdown of the span', () => {
    expect(printedSpan(answer('What is the default?', 'The default level is `info`, set by the level option of the logger.', '`info`'), TEXT)).toBe('info');
  });

  it('compares a table cell against its whole row', () => {
    const block: PassageBlock = { kind: 'table', header: ['Level', 'warn'], cells: ['Value', '40'], cell: 1 };
    expect(printedSpan(answer('What number is warn?', '40', '40'), block)).toBe('40');
  });
});
