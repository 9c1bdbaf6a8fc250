import { describe, expect, it } from 'vitest';
import { runAsk } from '../../src/commands/ask.js';
import { BUNDLED_SEEDS } from '../../src/config.js';

const config = { seeds: [BUNDLED_SEEDS], limit: 1, context: 0, json: true, color: false, links: false, full: false, width: undefined, cacheDir: null };

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  yield* lines;
}

describe('runAsk', () => {
  it('refuses to run without a question when stdin is a terminal', async () => {
    await expect(runAsk({ ...config, question: undefined }, { out: () => {}, warn: () => {} })).rejects.toThrow('no question given');
  });

  it('writes one JSON line per question and returns 0 when one was answered', async () => {
    const out: string[] = [];
    const status = await runAsk({ ...config, question: undefined }, { out: (t) => void out.push(t), warn: () => {}, lines: linesOf('Who is the CEO?', 'Who wrote Hamlet?') });
    expect(status).toBe(0);
    expect(out.map((l) => JSON.parse(l).answered)).toEqual([true, false]);
  });

  it('returns 1 when nothing was answered', async () => {
    expect(await runAsk({ ...config, question: 'Who wrote Hamlet?' }, { out: () => {}, warn: () => {} })).toBe(1);
  });
});
