import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../src/analysis/code-spans.js';
import { inlinePieces, inlineText, withMatches } from '../../src/print/render/inline.js';
import { breakLine, displayWidth, layoutProse, type Run } from '../../src/print/render/layout.js';
import { renderPassage, type RenderOptions } from '../../src/print/render/passage.js';
import { terminalSafeLine } from '../../src/print/sanitize.js';
import { styleFor } from '../../src/print/style.js';

const plain: RenderOptions = { style: styleFor(false), width: undefined, full: false, links: false };
const runs = (text: string): Run[] => [{ text, look: {} }];
const lineText = (line: Run[]): string => line.map((r) => r.text).join('');

describe('codeSpans', () => {
  it('pairs a run of backticks with the next run of as many, past shorter or longer runs', () => {
    expect(codeSpans('Set `port: 0` or ``a ` b``')).toEqual([[4, 13], [17, 26]]);
    expect(codeSpans('```a`` b```')).toEqual([[0, 11]]);
  });

  it('leaves a run with no partner as plain backticks, and pairs what follows it', () => {
    expect(codeSpans('an ``open run, then `code`')).toEqual([[20, 26]]);
    expect(codeSpans('no code here')).toEqual([]);
  });
});

describe('inlinePieces', () => {
  it('drops emphasis markers, link targets and escapes, keeping exact source places', () => {
    const text = 'Set **timeout** in [the config](https://x.example/c) to `retries: 0`, not \\*this\\*.';
    const pieces = inlinePieces(text);
    expect(pieces.map((p) => text.slice(p.from, p.to)).join('')).toBe('Set timeout in the config to retries: 0, not *this*.');
    expect(pieces.find((p) => p.look.strong)).toMatchObject({ from: 6, to: 13 });
    expect(pieces.find((p) => p.look.url)?.look.url).toBe('https://x.example/c');
    expect(pieces.find((p) => p.look.code && text.slice(p.from, p.to) === 'retries: 0')).toBeDefined();
  });

  it('leaves snake_case, lone asterisks and unclosed backticks as written', () => {
    expect(inlineText('snake_case_name and 2 * 3 and `open')).toBe('snake_case_name and 2 * 3 and `open');
  });

  it('renders images as their alt text, autolinks as links, and drops anchors', () => {
    expect(inlineText('<a id="opt"></a>See ![the logo](logo.png) at <https://pino.io>')).toBe('See the logo at https://pino.io');
  });

  it('marks the matched ranges inside pieces', () => {
    const text = 'a **bold** word';
    const marked = withMatches(inlinePieces(text), [[4, 8]]);
    expect(marked.filter((p) => p.look.match).map((p) => text.slice(p.from, p.to))).toEqual(['bold']);
    expect(marked.find((p) => p.look.match)?.look.strong).toBe(true);
  });
});

describe('layoutProse', () => {
  const words = 'one two three four five six seven eight nine ten';

  it('wraps at word boundaries to the width', () => {
    expect(layoutProse(runs(words), { width: 14, full: false }).map(lineText)).toEqual(['one two three', 'four five six', 'seven eight', 'nine ten']);
  });

  it('prints one line without a width (a pipe), whatever its length up to the limit', () => {
    expect(layoutProse(runs(words), { width: undefined, full: false }).map(lineText)).toEqual([words]);
  });

  it('shortens to six lines on a terminal, ending the last at a word boundary with …', () => {
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const lines = layoutProse(runs(long), { width: 12, full: false }).map(lineText);
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toMatch(/^w\d+( w\d+)*…$/);
    expect(lines.every((l) => displayWidth(l) <= 12)).toBe(true);
    expect(layoutProse(runs(long), { width: 12, full: true }).map(lineText).join(' ')).toBe(long);
  });

  it('shortens past 300 characters in a pipe, at a word boundary', () => {
    const long = 'word '.repeat(80).trim();
    const [line] = layoutProse(runs(long), { width: undefined, full: false }).map(lineText);
    expect(line!.length).toBeLessThanOrEqual(300);
    expect(line).toMatch(/^(word )+word…$/);
  });

  it('counts wide characters as two columns', () => {
    expect(displayWidth('字节跳动')).toBe(8);
    expect(layoutProse(runs('字节 跳动 字节'), { width: 9, full: false }).map(lineText)).toEqual(['字节 跳动', '字节']);
  });
});

describe('breakLine', () => {
  it('cuts a code line too wide for the terminal, continuing two columns further in', () => {
    expect(breakLine(runs('  abcdefghij'), 8).map(lineText)).toEqual(['  abcdef', '    ghij']);
    expect(breakLine(runs('  abcdefghij'), undefined).map(lineText)).toEqual(['  abcdefghij']);
  });
});

describe('renderPassage', () => {
  it('prints a code block with its own lines and indentation', () => {
    const code = 'if (a) {\n\tcall()\n}';
    expect(renderPassage(code, { kind: 'code', info: 'js' }, [], plain)).toEqual(['if (a) {', '    call()', '}']);
  });

  it('shortens a long code block to six lines, saying how many more there are', () => {
    const code = Array.from({ length: 10 }, (_, i) => `line${i}`).join('\n');
    expect(renderPassage(code, { kind: 'code', info: '' }, [], plain)).toEqual(['line0', 'line1', 'line2', 'line3', 'line4', '… 5 more lines']);
    expect(renderPassage(code, { kind: 'code', info: '' }, [], { ...plain, full: true })).toHaveLength(10);
  });

  it('prints a table cell in its row, under the header, lined up', () => {
    const block = { kind: 'table' as const, header: ['Level', 'trace', 'warn'], cells: ['**Value**', '10', '40'], cell: 2 };
    expect(renderPassage('40', block, [], plain)).toEqual(['Level │ trace │ warn', 'Value │ 10    │ 40']);
  });

  it('drops heading hashes and shows bullets', () => {
    expect(renderPassage('## Rolling back with `rollback.sh`', { kind: 'text' }, [], plain)).toEqual(['Rolling back with rollback.sh']);
    expect(renderPassage('- an *item*', { kind: 'text' }, [], plain)).toEqual(['• an item']);
  });

  it('styles code spans when colour is on, and makes links hyperlinks only where links are on', () => {
    const text = 'Use `pino()` and [the docs](https://getpino.io).';
    const [coloured] = renderPassage(text, { kind: 'text' }, [], { ...plain, style: styleFor(true), links: true });
    expect(coloured).toContain('\u001b[36mpino()\u001b[39m');
    expect(coloured).toContain('\u001b]8;;https://getpino.io\u001b\\the docs\u001b]8;;\u001b\\');
    expect(renderPassage(text, { kind: 'text' }, [], plain)).toEqual(['Use pino() and the docs.']);
  });

  it('never prints escape sequences from documents, in code blocks and tables too', () => {
    const hostile = 'a\u001b[2Jb\u009b\u202e';
    for (const block of [{ kind: 'text' as const }, { kind: 'code' as const, info: '' }, { kind: 'table' as const, header: null, cells: [hostile], cell: 0 }]) {
      const out = renderPassage(hostile, block, [], plain).join('\n');
      expect(out).not.toMatch(/[\u001b\u009b\u202e]/);
      expect(out).toContain('a␛[2Jb');
    }
  });
});

describe('terminalSafeLine', () => {
  it('expands tabs to the next multiple of four and shows control characters', () => {
    expect(terminalSafeLine('\tif (a)  b\u001b')).toBe('    if (a)  b␛');
    expect(terminalSafeLine('ab\tc')).toBe('ab  c');
  });
});
