import { describe, expect, it } from 'vitest';
import { BUNDLED_SEEDS, BUNDLED_SNAPSHOT, parseLimit, parseQuestion, resolveAskConfig, resolveColor, resolveHyperlinks } from '../../src/config.js';
import { SeedqaError } from '../../src/errors.js';

const tty = { env: {}, stdoutIsTTY: true };
const pipe = { env: {}, stdoutIsTTY: false };

describe('parseLimit', () => {
  it('accepts whole numbers from 1', () => {
    expect(parseLimit('5')).toBe(5);
    expect(parseLimit(undefined)).toBe(3);
  });

  it.each(['0', '-1', 'abc', '2.5', '', '1e3', '99999'])('rejects %j with a message naming the value', (raw) => {
    expect(() => parseLimit(raw)).toThrow(SeedqaError);
    expect(() => parseLimit(raw)).toThrow(`invalid --limit '${raw}'`);
  });
});

describe('resolveColor', () => {
  it('colours a terminal and not a pipe by default', () => {
    expect(resolveColor('auto', tty)).toBe(true);
    expect(resolveColor('auto', pipe)).toBe(false);
  });

  it('honours NO_COLOR, FORCE_COLOR and TERM=dumb', () => {
    expect(resolveColor('auto', { env: { NO_COLOR: '1' }, stdoutIsTTY: true })).toBe(false);
    expect(resolveColor('auto', { env: { FORCE_COLOR: '1' }, stdoutIsTTY: false })).toBe(true);
    expect(resolveColor('auto', { env: { FORCE_COLOR: '0' }, stdoutIsTTY: true })).toBe(false);
    expect(resolveColor('auto', { env: { TERM: 'dumb' }, stdoutIsTTY: true })).toBe(false);
  });

  it('lets --color always and never win over the environment', () => {
    expect(resolveColor('always', { env: { NO_COLOR: '1' }, stdoutIsTTY: false })).toBe(true);
    expect(resolveColor('never', { env: { FORCE_COLOR: '1' }, stdoutIsTTY: true })).toBe(false);
  });

  it('rejects other modes', () => {
    expect(() => resolveColor('sometimes', tty)).toThrow("invalid --color 'sometimes'");
  });
});

describe('parseQuestion', () => {
  it('joins words, or gives undefined for none', () => {
    expect(parseQuestion(['Who', 'leads?'])).toBe('Who leads?');
    expect(parseQuestion([])).toBeUndefined();
  });

  it('rejects an empty question', () => {
    expect(() => parseQuestion(['  '])).toThrow('empty question');
  });
});

describe('resolveAskConfig', () => {
  it('defaults to the bundled seeds and the cache folder', () => {
    const env = { SEEDQA_CACHE_DIR: '/tmp/sq-cache' };
    expect(resolveAskConfig(['q'], {}, { env, stdoutIsTTY: false })).toEqual({
      seeds: [BUNDLED_SEEDS],
      limit: 3,
      context: 0,
      json: false,
      color: false,
      links: false,
      full: false,
      width: undefined,
      cacheDir: '/tmp/sq-cache',
      question: 'q',
      snapshot: BUNDLED_SNAPSHOT,
    });
    expect(BUNDLED_SEEDS).toMatch(/seeds$/);
  });

  it('wraps text to the terminal width only when stdout is a terminal, and takes --full', () => {
    expect(resolveAskConfig(['q'], {}, { env: {}, stdoutIsTTY: true, stdoutColumns: 80 }).width).toBe(80);
    expect(resolveAskConfig(['q'], {}, { env: {}, stdoutIsTTY: false, stdoutColumns: 80 }).width).toBeUndefined();
    expect(resolveAskConfig(['q'], { json: true }, { env: {}, stdoutIsTTY: true, stdoutColumns: 80 }).width).toBeUndefined();
    expect(resolveAskConfig(['q'], {}, { env: {}, stdoutIsTTY: true, stdoutColumns: 0 }).width).toBeUndefined();
    expect(resolveAskConfig(['q'], { full: true }, pipe).full).toBe(true);
  });

  it('uses the bundled snapshot only for the bundled seeds', () => {
    expect(resolveAskConfig(['q'], { seeds: ['docs'] }, pipe).snapshot).toBeUndefined();
  });

  it('never reads whether stdout is a terminal for JSON output', () => {
    const surroundings = {
      env: {},
      get stdoutIsTTY(): boolean {
        throw new Error('looked at stdout');
      },
    };
    expect(resolveAskConfig(['q'], { json: true }, surroundings).color).toBe(false);
    expect(() => resolveAskConfig(['q'], { json: true, color: 'sometimes' }, surroundings)).toThrow("invalid --color 'sometimes'");
  });

  it('has no cache folder with --no-cache', () => {
    expect(resolveAskConfig(['q'], { cache: false }, pipe).cacheDir).toBeNull();
  });
});

describe('resolveHyperlinks', () => {
  it('links on terminals known to show OSC 8, never on a pipe, and FORCE_HYPERLINK decides', () => {
    expect(resolveHyperlinks({ env: { TERM_PROGRAM: 'WezTerm' }, stdoutIsTTY: true })).toBe(true);
    expect(resolveHyperlinks({ env: { VTE_VERSION: '7600' }, stdoutIsTTY: true })).toBe(true);
    expect(resolveHyperlinks({ env: { TERM: 'xterm-256color' }, stdoutIsTTY: true })).toBe(false);
    expect(resolveHyperlinks({ env: { TERM_PROGRAM: 'WezTerm' }, stdoutIsTTY: false })).toBe(false);
    expect(resolveHyperlinks({ env: { FORCE_HYPERLINK: '1' }, stdoutIsTTY: false })).toBe(true);
    expect(resolveHyperlinks({ env: { FORCE_HYPERLINK: '0', TERM_PROGRAM: 'WezTerm' }, stdoutIsTTY: true })).toBe(false);
  });

  it('is off whenever colour is off', () => {
    expect(resolveAskConfig(['q'], { color: 'never' }, { env: { FORCE_HYPERLINK: '1' }, stdoutIsTTY: true }).links).toBe(false);
    expect(resolveAskConfig(['q'], { color: 'always' }, { env: { FORCE_HYPERLINK: '1' }, stdoutIsTTY: true }).links).toBe(true);
  });
});
