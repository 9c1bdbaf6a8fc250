import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/commands/eval.js';
import { BUNDLED_SEEDS } from '../../src/config.js';
import { ROOT, runCli, tempTree } from '../helpers.js';

const corpus = {
  'acme.txt': 'Acme Corp makes anvils in Ohio. The company was founded in 1921 by Jane Roe. Acme sells 40,000 anvils a year.\n',
};
const gold = [
  { id: 'g1', q: 'Who founded Acme?', gold: ['founded in 1921'], span: 'Jane Roe' },
  { id: 'g2', q: 'How many anvils does Acme sell?', gold: ['40,000 anvils'], span: '40,000' },
  { id: 'g3', q: 'Where does Acme make anvils?', gold: ['sells 40,000'] },
];
const unanswerable = [{ id: 'u1', q: 'Who wrote Hamlet?' }];
const lines = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('seedqa eval', () => {
  it('prints the figures for a question file', async () => {
    const dir = tempTree({ ...corpus, 'gold.jsonl': lines(gold), 'none.jsonl': lines(unanswerable) });
    const r = await runCli(['eval', 'gold.jsonl', '--unanswerable', 'none.jsonl', '--seeds', 'acme.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'questions          3',
        'right passage 1st  2/3 (66.7%)',
        'MRR@5              0.833',
        'answer spans       2/2',
        'false abstentions  0',
        'abstentions        1/1 unanswerable questions',
        'why not answered   no-match 1',
        '',
        'misses:',
        '  g3  Where does Acme make anvils?',
        '',
      ].join('\n'),
    );
  });

  it('prints one JSON object with --json', async () => {
    const dir = tempTree({ ...corpus, 'gold.jsonl': lines(gold) });
    const r = await runCli(['eval', 'gold.jsonl', '--json', '-s', 'acme.txt'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toMatchObject({ n: 3, top1: 2, mrr5: 0.833, span: 2, false_abstain: 0, abstained: 0, unanswerable: 0 });
  });

  it.each([
    ['a missing file', null, /^seedqa: cannot read question file missing\.jsonl: ENOENT\n$/],
    ['a line that is not JSON', '{"q": "a", "gold": ["b"]}\nnot json\n', /^seedqa: gold\.jsonl:2: not valid JSON\n$/],
    ['a line without gold', '{"id": "x", "q": "Who?"}\n', /^seedqa: gold\.jsonl:1: expected "gold" as a list of passage substrings\n$/],
  ])('exits 2 naming the problem for %s', async (_name, content, message) => {
    const dir = tempTree(content === null ? corpus : { ...corpus, 'gold.jsonl': content });
    const r = await runCli(['eval', content === null ? 'missing.jsonl' : 'gold.jsonl', '-s', 'acme.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('regression over the bundled seed', () => {
  // The figures of the shared development set (seed-dev), which no model or threshold was fitted or chosen on.
  // The other question sets train the model or report as held out, so they are no floor: `npm run quality` scores them.
  it.each([{ set: 'seed-dev', n: 24, top1: 18, span: 18, falseAbstain: 4, abstained: 5 }])('keeps the right passage first, the spans and the abstentions on $set', async ({ set, n, top1, span, falseAbstain, abstained }) => {
    const fixtures = path.join(ROOT, 'test', 'fixtures', set);
    const report = await evaluate(path.join(fixtures, 'seed-questions.jsonl'), path.join(fixtures, 'seed-unanswerable.jsonl'), [BUNDLED_SEEDS], {});
    expect(report.n).toBe(n);
    expect(report.top1).toBeGreaterThanOrEqual(top1);
    expect(report.span).toBeGreaterThanOrEqual(span);
    expect(report.false_abstain).toBeLessThanOrEqual(falseAbstain);
    expect(report.abstained).toBeGreaterThanOrEqual(abstained);
  });
});
