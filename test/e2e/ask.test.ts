import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, ROOT, runCli, tempTree } from '../helpers.js';

const SEED = 'seeds/000_02398d64b96f3783.txt';
const CEO_SENTENCE = 'Liang Rubo, ByteDance’s CEO, has laid out three goals';

const corpus = (): string =>
  tempTree({
    'guide.md': '# Release guide\n\nTo roll back a release, run the rollback script.\nIt takes two minutes.\n',
    'notes/history.txt': 'The company was founded in 1999 by Ada Park.\r\nIts first product was a kettle.\r\n',
    'notes/people.markdown': 'Ada Park is the chief executive. Bo Lee runs engineering.\n',
    'notes/ignored.json': '{"roll back": "no"}',
    'notes/café.txt': 'Le café ouvre à 8 h. Crème brûlée served daily.\n',
  });

describe('seedqa ask over the bundled seeds', () => {
  it('answers the CEO question with the Liang Rubo sentence cited first', async () => {
    const r = await runCli(['Who is ByteDance\'s CEO?']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Liang Rubo');
    expect(lines[2]).toMatch(new RegExp(`^${CEO_SENTENCE}`));
    expect(lines[4]).toMatch(new RegExp(`^\\[1\\] ${SEED}:1:148  sentence 2, score 0\\.\\d\\d$`));
  });

  it('cites, for what an acronym stands for, the passage that spells it out', async () => {
    // Ranked second since the model weighs passage length (0.188 against 0.196 for a shorter
    // sentence that only uses "LLMs"): no rule spells acronyms out, and the suite's figure rose.
    const r = await runCli(['--json', 'What does LLM stand for?']);
    expect(JSON.parse(r.stdout).citations.slice(0, 2).map((c: { text: string }) => c.text).join('\n')).toContain('large language models (LLMs)');
  });

  it('takes ask as the command name when options come before it', async () => {
    const r = await runCli(['-n', '1', '--json', 'ask', "Who is ByteDance's CEO?"]);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ question: "Who is ByteDance's CEO?", span: 'Liang Rubo' });
    expect(jsonLines(r.stdout)[0]!.citations).toHaveLength(1);
  });

  it('works the same with the explicit ask command', async () => {
    const [plain, explicit] = await Promise.all([runCli(['Who is the CEO of ByteDance?']), runCli(['ask', 'Who is the CEO of ByteDance?'])]);
    expect(explicit).toEqual(plain);
  });

  it('finds the bundled seeds from any working directory', async () => {
    const r = await runCli(['--json', 'Who is ByteDance’s CEO?'], { cwd: tempTree() });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]!.citations[0].source).toBe(path.join(ROOT, SEED));
  });

  it('exits 1 and says so when the seeds do not mention the question', async () => {
    const r = await runCli(['What is the capital of France?']);
    expect(r).toMatchObject({ code: 1, stdout: 'No answer found in the documents.\n', stderr: '' });
  });
});

describe('--json', () => {
  it('prints one object with the documented fields', async () => {
    const r = await runCli(['--json', 'Who is ByteDance\'s CEO?']);
    expect(r.code).toBe(0);
    const [answer, ...rest] = jsonLines(r.stdout);
    expect(rest).toEqual([]);
    expect(Object.keys(answer!)).toEqual(['question', 'answered', 'reason', 'answer', 'span', 'citations']);
    expect(answer).toMatchObject({ question: "Who is ByteDance's CEO?", answered: true, reason: null, span: 'Liang Rubo' });
    expect(answer!.answer).toMatch(new RegExp(`^${CEO_SENTENCE}`));
    expect(answer!.citations).toHaveLength(3);
    const first = answer!.citations[0];
    expect(Object.keys(first)).toEqual(['id', 'source', 'heading', 'sentence', 'line', 'column', 'start', 'end', 'score', 'text']);
    expect(first).toMatchObject({ id: `${SEED}#2`, source: SEED, sentence: 2, line: 1, column: 148, start: 147 });
    expect(first.text).toBe(answer!.answer);
    expect(answer!.citations.map((c: { score: number }) => c.score)).toEqual(
      [...answer!.citations.map((c: { score: number }) => c.score)].sort((a, b) => b - a),
    );
  });

  it('cites byte ranges that reproduce each passage from the file', async () => {
    const dir = corpus();
    const r = await runCli(['--json', '-n', '10', 'Who founded the company, and what about the café and the kettle?', '--seeds', dir], { cwd: dir });
    expect(r.code).toBe(0);
    const citations = jsonLines(r.stdout)[0]!.citations as Array<{ source: string; start: number; end: number; text: string; line: number }>;
    expect(citations.length).toBeGreaterThan(2);
    for (const c of citations) {
      const bytes = fs.readFileSync(path.join(dir, c.source));
      expect(bytes.subarray(c.start, c.end).toString('utf8')).toBe(c.text);
    }
    expect(citations.find((c) => c.text.startsWith('Its first product'))).toMatchObject({ source: 'notes/history.txt', line: 2 });
  });

  it('prints answered false and no citations when nothing matches', async () => {
    const r = await runCli(['--json', 'What is the capital of France?']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout)).toEqual([
      { question: 'What is the capital of France?', answered: false, reason: 'no-match', answer: null, span: null, citations: [] },
    ]);
  });
});

describe('questions about a name', () => {
  it('answers about a name the seeds speak of from the passage that names it', async () => {
    const r = await runCli(['--json'], { input: "Who is Apple's CEO?\nWho is ByteDance's CEO?\n" });
    expect(r.code).toBe(0);
    const [apple, bytedance] = jsonLines(r.stdout);
    expect(apple).toMatchObject({ answered: true, span: 'Tim Cook' });
    expect(bytedance).toMatchObject({ answered: true, span: 'Liang Rubo' });
  });
});

describe('sums of money and times of day', () => {
  const notes = (): string =>
    tempTree({
      'server.txt': 'Home server notes.\nThe server is a Dell OptiPlex 7050 with 32 GB of RAM.\n',
      'travel.txt': 'Trip notes.\nThe NAS cost 640 euros in March.\nThe ferry to the island leaves Dover at 06:55.\n',
    });

  it('answers "how much … cost" with the sum, and a what-time question with a 24-hour time', async () => {
    const dir = notes();
    const asked = async (q: string) => JSON.parse((await runCli(['--json', '-s', dir, q])).stdout);
    expect(await asked('How much did the NAS cost?')).toMatchObject({ answered: true, span: '640 euros' });
    expect(await asked('What time does the ferry leave?')).toMatchObject({ answered: true, span: '06:55' });
  });

  it('does not take an amount that is no sum ("32 GB") for a price', async () => {
    const r = await runCli(['--json', '-s', path.join(notes(), 'server.txt'), 'How much did the server cost?']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ answered: false, reason: 'type-missing' });
  });
});

describe('durations as docs write them', () => {
  it('answers a how-long question with "5000ms" or "30s", which it took for no duration before', async () => {
    const dir = tempTree({
      'client.md': '# Client options\n\nThe client keeps connections open between requests.\n\nThe default request timeout is 5000ms, after which the call fails.\n\nRetries back off for 30s at most.\n',
    });
    const asked = async (q: string) => JSON.parse((await runCli(['--json', '-s', dir, q])).stdout);
    expect(await asked('How long is the default request timeout?')).toMatchObject({ answered: true, span: '5000ms' });
    expect(await asked('How long do retries back off at most?')).toMatchObject({ answered: true, span: '30s' });
  });
});

describe('--limit', () => {
  it('caps the number of citations', async () => {
    const r = await runCli(['--json', '-n', '1', 'ByteDance AI']);
    expect(jsonLines(r.stdout)[0]!.citations).toHaveLength(1);
    const long = await runCli(['--json', '--limit', '7', 'ByteDance AI']);
    expect(jsonLines(long.stdout)[0]!.citations).toHaveLength(7);
  });
});

describe('--seeds', () => {
  it('reads a folder of .txt, .md and .markdown files recursively', async () => {
    const dir = corpus();
    const r = await runCli(['--seeds', dir, '--json', 'How do I roll back a release?'], { cwd: dir });
    expect(r.code).toBe(0);
    const [answer] = jsonLines(r.stdout);
    expect(answer!.answer).toBe('To roll back a release, run the rollback script.');
    expect(answer!.citations[0]).toMatchObject({ source: 'guide.md', line: 3, column: 1 });
    const people = await runCli(['--seeds', dir, '--json', 'Who runs engineering?'], { cwd: dir });
    expect(jsonLines(people.stdout)[0]!.citations[0].source).toBe('notes/people.markdown');
  });

  it('can be repeated, and takes single files', async () => {
    const dir = corpus();
    const r = await runCli(['-s', 'guide.md', '-s', 'notes/people.markdown', '--json', '-n', '9', 'Ada Park roll back'], { cwd: dir });
    const sources = new Set(jsonLines(r.stdout)[0]!.citations.map((c: { source: string }) => c.source));
    expect(sources).toEqual(new Set(['guide.md', 'notes/people.markdown']));
  });

  it('skips binary files with a one-line warning and still answers', async () => {
    const dir = tempTree({ 'a.txt': 'Kettles boil water.', 'blob.txt': Uint8Array.from([1, 0, 2, 3]) });
    const r = await runCli(['--seeds', dir, 'What boils water?'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('seedqa: warning: skipping binary file blob.txt\n');
    expect(r.stdout.split('\n')).toContain('Kettles boil water.');
  });
});

describe('questions on standard input', () => {
  it('answers one question per line, in order, skipping blank lines', async () => {
    const r = await runCli(['--json'], { input: "Who is ByteDance's CEO?\n\n   \nWhat is the capital of France?\r\nWhat is Boximator?\n" });
    expect(r.code).toBe(0);
    const answers = jsonLines(r.stdout);
    expect(answers.map((a) => [a.question, a.answered])).toEqual([
      ["Who is ByteDance's CEO?", true],
      ['What is the capital of France?', false],
      ['What is Boximator?', true],
    ]);
  });

  it('shows each question above its answer in text mode', async () => {
    const r = await runCli([], { input: 'What is the capital of France?\nWhere do penguins nest?\n' });
    expect(r).toMatchObject({
      code: 1,
      stdout: '? What is the capital of France?\nNo answer found in the documents.\n\n? Where do penguins nest?\nNo answer found in the documents.\n',
      stderr: '',
    });
  });

  it('exits 1 with no output for empty input', async () => {
    expect(await runCli(['--json'], { input: '' })).toMatchObject({ code: 1, stdout: '', stderr: '' });
  });
});

describe('colour', () => {
  const hasAnsi = (s: string): boolean => s.includes('\u001b[');

  it('is off when piped, on with --color always or FORCE_COLOR', async () => {
    const q = ['Who is ByteDance\'s CEO?'];
    expect(hasAnsi((await runCli(q)).stdout)).toBe(false);
    expect(hasAnsi((await runCli([...q, '--color', 'always'])).stdout)).toBe(true);
    expect(hasAnsi((await runCli(q, { env: { FORCE_COLOR: '1' } })).stdout)).toBe(true);
    expect(hasAnsi((await runCli([...q, '--color', 'never'], { env: { FORCE_COLOR: '1' } })).stdout)).toBe(false);
  });

  it('never lets escape sequences from documents reach the terminal', async () => {
    const dir = tempTree({ 'evil.txt': 'The secret is here\u001b]52;c;cGF3bmVk\u0007\u001b[2J\u009b31m now.\n' });
    const r = await runCli(['--seeds', dir, '--color', 'always', 'secret'], { cwd: dir });
    expect(r.code).toBe(0);
    const ours = r.stdout.replace(/\u001b\[\d+m/g, '');
    expect(ours).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(ours).toContain('␛]52;c;cGF3bmVk␇␛[2J<U+009B>31m now.');
  });
});

describe('errors', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['an unknown flag', ['--frobnicate', 'q'], /^seedqa: unknown option '--frobnicate'\n$/],
    ['a non-numeric --limit', ['-n', 'many', 'q'], /^seedqa: invalid --limit 'many': expected a whole number from 1 to 10000\n$/],
    ['a negative --limit', ['--limit', '-2', 'q'], /^seedqa: .*--limit.*\n$/],
    ['a bad --color', ['--color', 'sometimes', 'q'], /^seedqa: .*'sometimes'.*auto, always, never.*\n$/],
    ['an empty question', ['   '], /^seedqa: empty question.*\n$/],
    ['a missing path', ['--seeds', '/no/such/dir', 'q'], /^seedqa: no such file or folder: \/no\/such\/dir\n$/],
  ];

  it.each(cases)('exits 2 with one line on stderr for %s', async (_name, args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 for a folder without documents', async () => {
    const dir = tempTree({ 'image.png': 'x', '.hidden.txt': 'hidden' });
    const r = await runCli(['--seeds', dir, 'q']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `seedqa: no readable documents (.txt, .md, .markdown) in ${dir}\n` });
  });
});

describe('closed pipes', () => {
  it('ends quietly, exit 0, when the reader goes away', () => {
    const shell = spawnSync(
      'bash',
      ['-c', `yes "Who is ByteDance's CEO?" | head -n 2000 | node dist/seedqa.cjs --json | head -c 1; echo " \${PIPESTATUS[2]}"`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(shell.stdout).toBe('{ 0\n');
    expect(shell.stderr).toBe('');
  });

  it('ends help quietly, exit 0, when the reader goes away', () => {
    for (const args of ['--help', 'ask --help', 'show --help']) {
      // The reader leaves before seedqa writes: every write meets a closed pipe.
      const shell = spawnSync('bash', ['-c', `node dist/seedqa.cjs ${args} | (exec 0<&-; sleep 0.2); echo "\${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: 'utf8' });
      expect(shell.stdout).toBe('0\n');
      expect(shell.stderr).toBe('');
    }
  });
});

describe('help and version', () => {
  it('prints help with examples and exits 0', async () => {
    for (const args of [['--help'], ['ask', '--help']]) {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain('seedqa "Who is ByteDance\'s CEO?"');
    }
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('loads no worker-thread machinery to print its version', () => {
    // The executable, run in a process that then lists the Node.js modules it loaded.
    const script = `process.argv = [process.argv[0], 'seedqa', '--version']; require(${JSON.stringify(path.join(ROOT, 'dist', 'seedqa.cjs'))}); process.on('exit', () => console.error(process.moduleLoadList.join()));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('worker_threads');
  });
});
