import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, jsonLines, ROOT, runCli, tempTree } from '../helpers.js';

const SEED = 'seeds/000_02398d64b96f3783.txt';
const CEO = "Who is ByteDance's CEO?";

describe('seedqa sources', () => {
  it('lists the documents with passage counts and sizes, and a total', async () => {
    const dir = tempTree({ 'a.txt': 'One. Two. Three.\n', 'sub/b.md': '# Title\n\nFour.\n' });
    const r = await runCli(['sources', '--seeds', dir], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(['a.txt        3 passages  17 B', 'sub/b.md     2 passages  15 B', '2 documents  5 passages  32 B', ''].join('\n'));
  });

  it('prints one JSON object per document with --json', async () => {
    const r = await runCli(['sources', '--json']);
    expect(jsonLines(r.stdout)).toEqual([{ source: SEED, path: path.join(ROOT, SEED), passages: 21, bytes: 2466 }]);
  });
});

describe('seedqa show', () => {
  it('prints a passage by citation id with its neighbours, the passage marked', async () => {
    const r = await runCli(['show', `${SEED}#2`, '--context', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${SEED}:1:148  sentence 2`);
    expect(lines[1]).toMatch(/^ {2}ByteDance, the company behind TikTok/);
    expect(lines[2]).toMatch(/^▶ Liang Rubo, ByteDance’s CEO/);
    expect(lines[3]).toMatch(/^ {2}ByteDance’s website advertises/);
    expect(lines).toHaveLength(4);
  });

  it('finds the passage at path:line[:column], and prints JSON with --json', async () => {
    const [byLine] = jsonLines((await runCli(['show', `${SEED}:1:148`, '--json', '-C', '0'])).stdout);
    expect(byLine).toMatchObject({ id: `${SEED}#2`, heading: null, line: 1, column: 148, before: [], after: [] });
    expect(Object.keys(byLine!)).toEqual(['id', 'source', 'heading', 'sentence', 'line', 'column', 'start', 'end', 'text', 'before', 'after']);
    const [cited] = jsonLines((await runCli(['--json', CEO])).stdout)[0]!.citations;
    const [shown] = jsonLines((await runCli(['show', cited.id, '--json'])).stdout);
    expect(shown).toMatchObject({ id: cited.id, text: cited.text, start: cited.start, end: cited.end });
    expect(shown!.before.map((p: any) => p.sentence)).toEqual([1]);
    expect(shown!.after.map((p: any) => p.sentence)).toEqual([3, 4]);
  });

  it.each([
    ['an unknown document', 'nope.txt#1', /^seedqa: no document 'nope.txt' among the seeds \(see seedqa sources\)\n$/],
    ['a sentence past the end', `${SEED}#99`, /^seedqa: no passage '.*#99': .* has 21 passages\n$/],
    ['an unreadable reference', 'whatever', /^seedqa: cannot read 'whatever': expected a citation id \(path#sentence\) or path:line\[:column\]; to ask it as a question: seedqa ask 'show whatever'\n$/],
  ])('exits 2 with one line for %s', async (_name, reference, message) => {
    const r = await runCli(['show', reference]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(message);
  });
});

describe('ask --context', () => {
  it('shows neighbouring passages around each citation in text', async () => {
    const r = await runCli(['-C', '1', '-n', '1', CEO]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(-4)).toEqual([
      expect.stringMatching(new RegExp(`^\\[1\\] ${SEED}:1:148  sentence 2, score 0\\.\\d\\d$`)),
      expect.stringMatching(/^ {4}┊ ByteDance, the company behind TikTok/),
      expect.stringMatching(/^ {4}Liang Rubo/),
      expect.stringMatching(/^ {4}┊ ByteDance’s website/),
    ]);
  });

  it('adds a context field to each JSON citation only when asked', async () => {
    const [plain] = jsonLines((await runCli(['--json', '-n', '1', CEO])).stdout);
    expect(plain!.citations[0]).not.toHaveProperty('context');
    const [withContext] = jsonLines((await runCli(['--json', '-n', '1', '--context', '2', CEO])).stdout);
    const { before, after } = withContext!.citations[0].context;
    expect(before.map((p: any) => p.id)).toEqual([`${SEED}#1`]);
    expect(after.map((p: any) => p.id)).toEqual([`${SEED}#3`, `${SEED}#4`]);
  });

  it('rejects a bad --context with one line, exit 2', async () => {
    const r = await runCli(['--context', '-1', CEO]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^seedqa: .*--context.*\n$/);
  });
});

describe('clickable citations', () => {
  const link = /\u001b\]8;;file:\/\/\/[^\u001b]*000_02398d64b96f3783\.txt\u001b\\/;

  it('link path:line:column to the file where the terminal supports OSC 8', async () => {
    const r = await runCli(['--color', 'always', CEO], { env: { FORCE_HYPERLINK: '1' } });
    expect(r.stdout).toMatch(link);
    expect(r.stdout).toContain('\u001b]8;;\u001b\\');
  });

  it('are plain when piped, with --color never, and in JSON', async () => {
    expect((await runCli([CEO], { env: { TERM_PROGRAM: 'WezTerm' } })).stdout).not.toContain('\u001b]8');
    expect((await runCli(['--color', 'never', CEO], { env: { FORCE_HYPERLINK: '1' } })).stdout).not.toContain('\u001b]8');
    expect((await runCli(['--json', CEO], { env: { FORCE_HYPERLINK: '1' } })).stdout).not.toContain(']8;;');
  });
});

describe('seedqa completion', () => {
  it.each([['bash'], ['zsh'], ['fish']])('prints a %s script naming every command, flag and --color value', async (shell) => {
    const r = await runCli(['completion', shell]);
    expect(r.code).toBe(0);
    for (const word of ['ask', 'repl', 'show', 'sources', 'eval', 'completion', 'seeds', 'limit', 'context', 'json', 'no-cache', 'always', 'never']) {
      expect(r.stdout).toContain(word);
    }
  });

  it('gives bash completions that work', () => {
    const script = `source <(node dist/seedqa.cjs completion bash)
COMP_WORDS=(seedqa so); COMP_CWORD=1; _seedqa; echo "\${COMPREPLY[*]}"
COMP_WORDS=(seedqa ask --col); COMP_CWORD=2; _seedqa; echo "\${COMPREPLY[*]}"
COMP_WORDS=(seedqa --color a); COMP_CWORD=2; _seedqa; echo "\${COMPREPLY[*]}"`;
    const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe('sources\n--color\nauto always\n');
  });

  it('rejects an unknown shell, exit 2', async () => {
    const r = await runCli(['completion', 'powershell']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^seedqa: .*'powershell'.*bash, zsh, fish; to ask it as a question: seedqa ask 'completion powershell'\n$/);
  });
});

describe('help', () => {
  it('lists every command, and every command has an example', async () => {
    const top = await runCli(['--help']);
    for (const command of ['ask', 'repl', 'show', 'sources', 'eval', 'completion']) {
      expect(top.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
      const r = await runCli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n {2}\$ seedqa /);
    }
  });
});

describe('seedqa repl', () => {
  it('answers typed questions over one index, with :sources, :show N and :help; end of input exits 0', async () => {
    const input = [CEO, ':show 2', ':show 9', ':sources', ':bogus', ':help', ''].join('\n');
    const r = await runCli(['repl'], { input });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const out = r.stdout;
    expect(out).toMatch(/^seedqa: 1 document, 21 passages\. Type :help for commands, Ctrl-D to leave\.\nseedqa> Liang Rubo\n/);
    // :show 2 opens the answer's second citation, its passage marked among its neighbours.
    const second = /^\[2\] (\S+:\d+:\d+)  (sentence \d+), score [\d.]+\n {4}(.{20})/m.exec(out);
    expect(second).not.toBeNull();
    expect(out).toContain(`seedqa> ${second![1]}  ${second![2]}\n`);
    expect(out).toContain(`▶ ${second![3]}`);
    expect(out).toContain('seedqa> :show takes a citation number from 1 to 3\n');
    expect(out).toContain(`seedqa> ${SEED}  21 passages  2.4 KB\n`);
    expect(out).toContain("seedqa> unknown command ':bogus' (try :help)\n");
    expect(out).toContain(':show N      citation N of the last answer');
  });

  it('on a terminal: opens with no arguments, recalls history with the up arrow (kept between runs), Ctrl-C clears, Ctrl-D exits 0', async () => {
    const cache = tempTree();
    const session = (keys: (send: (s: string) => Promise<void>) => Promise<void>) =>
      new Promise<{ code: number | null; out: string }>((resolve, reject) => {
        // script(1) gives seedqa a pseudo-terminal, as a person's shell would.
        const child = spawn('script', ['-q', '-e', '-c', `${process.execPath} ${CLI}`, '/dev/null'], {
          cwd: ROOT,
          env: { ...process.env, SEEDQA_CACHE_DIR: cache, TERM: 'xterm', NO_COLOR: '1' },
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, out }));
        const prompts = () => out.split('seedqa> ').length - 1;
        const send = async (keys: string) => {
          const before = prompts();
          child.stdin.write(keys);
          if (keys.endsWith('\r') || keys.endsWith('\u0003')) {
            while (prompts() === before) await new Promise((r) => setTimeout(r, 20));
          } else await new Promise((r) => setTimeout(r, 100));
        };
        void (async () => {
          while (prompts() === 0) await new Promise((r) => setTimeout(r, 20));
          await keys(send);
          child.stdin.write('\u0004');
        })();
      });

    const first = await session(async (send) => {
      await send(`${CEO}\r`);
      await send('half typed\u0003');
    });
    expect(first.code).toBe(0);
    expect(first.out).toContain('Liang Rubo');
    expect(first.out).toMatch(/half typed.*\^C/s);
    expect(fs.readFileSync(path.join(cache, 'history'), 'utf8')).toBe(`${CEO}\n`);

    const second = await session(async (send) => {
      await send('\u001b[A');
      await send('\r');
    });
    expect(second.code).toBe(0);
    expect(second.out).toContain(`seedqa> ${CEO}`);
    expect(second.out).toContain('Liang Rubo, ByteDance’s CEO');
  }, 30_000);
});
