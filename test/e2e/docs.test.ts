import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, jsonLines, ROOT, runCli, tempTree } from '../helpers.js';

const DOCS = path.join(ROOT, 'test', 'fixtures', 'docs');
const GUIDE = 'test/fixtures/docs/guide.md';
const TRAIN = fs.readFileSync(path.join(DOCS, 'guide.md'), 'utf8').split('\n').find((l) => l.startsWith('The release train'))!;
const ask = (...args: string[]) => runCli(['-s', DOCS, ...args]);

describe('the docs check (scripts/docs-check.mjs)', () => {
  it('passes 5/5 on the Markdown fixture', () => {
    const r = spawnSync(process.execPath, ['scripts/docs-check.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toContain('docs-check: 5/5');
    expect(r.status).toBe(0);
  }, 60_000);
});

describe('passages in text output', () => {
  it('render inline Markdown, while JSON keeps the exact bytes', async () => {
    const r = await ask('How do I set the timeout?');
    expect(r.stdout).toContain('Set timeout in the config file to 30 seconds; the default is no timeout and retries: 0.\n');
    const [json] = jsonLines((await ask('--json', 'How do I set the timeout?')).stdout);
    expect(json!.answer).toBe('Set **timeout** in the [config file](https://example.com/shipit/config) to `30` seconds; the default is *no* timeout and `retries: 0`.');
  });

  it('style code spans with colour on, and link Markdown links where links are on', async () => {
    const r = await ask('--color', 'always', 'How do I set the timeout?');
    expect(r.stdout).toContain('\u001b[36m30\u001b[39m');
    expect(r.stdout).not.toContain('\u001b]8;;https');
    const linked = await runCli(['-s', DOCS, '--color', 'always', 'How do I set the timeout?'], { env: { FORCE_HYPERLINK: '1' } });
    expect(linked.stdout).toContain('\u001b]8;;https://example.com/shipit/config\u001b\\config file\u001b]8;;\u001b\\');
    const piped = await runCli(['-s', DOCS, 'How do I set the timeout?'], { env: { FORCE_HYPERLINK: '1' } });
    expect(piped.stdout).not.toContain('\u001b');
  });

  it('print a code-block answer as a block, with its lines and indentation, and no span', async () => {
    const r = await ask('How do I force a rollback to tag v1.4.2?');
    expect(r.stdout.startsWith('    ./scripts/rollback.sh \\\n      --tag v1.4.2 \\\n      --force\n\n[1] ')).toBe(true);
  });

  it('print code blocks among the context passages as blocks too', async () => {
    const r = await ask('-C', '1', '-n', '1', 'How do I roll back a release?');
    expect(r.stdout).toContain('\n    ┊ ./scripts/rollback.sh \\\n    ┊   --tag v1.4.2 \\\n    ┊   --force\n');
  });

  it('print a table cell in its row, under the header', async () => {
    const r = await runCli(['show', `${GUIDE}:23:40`, '-C', '0'], { cwd: ROOT });
    expect(r.stdout).toBe(`${GUIDE}:23:38 › Deploy guide › Log levels  sentence 18\n▶ Level │ trace │ debug │ info │ warn\n  Value │ 10    │ 20    │ 30   │ 40\n`);
  });

  it('print a short span above the passage, never the passage twice', async () => {
    const r = await ask('When does the release train leave?', '--full');
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['Tuesday', '', TRAIN]);
  });

  it('shorten a long passage at a word boundary with …, and print it whole with --full', async () => {
    expect(TRAIN).toHaveLength(360);
    const short = (await ask('When does the release train leave?')).stdout.split('\n')[2]!;
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(300);
    expect(TRAIN.startsWith(short.slice(0, -1))).toBe(true);
    expect(TRAIN[short.length - 1]).toBe(' ');
    expect((await ask('--full', 'When does the release train leave?')).stdout).toContain(`\n${TRAIN}\n`);
  });

  it('show the section heading, rendered, beside the answer', async () => {
    const lines = (await ask('How do I force a rollback to tag v1.4.2?')).stdout.split('\n');
    expect(lines[4]).toMatch(/^\[1\] test\/fixtures\/docs\/guide\.md:14:1 › Deploy guide › Rolling back with rollback\.sh {2}sentence 7, score/);
  });
});

describe('the REPL’s --full and :full', () => {
  const question = 'When does the release train leave?';

  it(':full prints long passages whole from then on, :full off shortens them again', async () => {
    const r = await runCli(['repl', '-s', DOCS], { input: [question, ':full', question, ':full off', question, ':full maybe', ''].join('\n') });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const printed = r.stdout.split('\n').filter((l) => l.includes('The release train leaves'));
    expect(printed.map((l) => l.endsWith('…'))).toEqual([true, false, true]);
    expect(printed[1]).toBe(TRAIN);
    expect(r.stdout).toContain('seedqa> :full takes on or off\n');
  });

  it('repl --full prints them whole from the start', async () => {
    const r = await runCli(['repl', '--full', '-s', DOCS], { input: `${question}\n` });
    expect(r.stdout).toContain(`\n${TRAIN}\n`);
  });
});

describe('seedqa show', () => {
  const notes = () => tempTree({ 'notes/meeting.txt': 'First point. Second point.\nThird point.\n\nFourth.\n' });

  it('picks the passage containing path:line:column', async () => {
    const dir = notes();
    const shown = async (reference: string) => jsonLines((await runCli(['show', reference, '--json', '-s', 'notes'], { cwd: dir })).stdout)[0]!.text;
    expect(await shown('notes/meeting.txt:1:1')).toBe('First point.');
    expect(await shown('notes/meeting.txt:1:14')).toBe('Second point.');
    expect(await shown('notes/meeting.txt:1:26')).toBe('Second point.');
    expect(await shown('notes/meeting.txt:2')).toBe('Third point.');
  });

  it('exits 2 with one line for a line or column past the end', async () => {
    const dir = notes();
    const line = await runCli(['show', 'notes/meeting.txt:99', '-s', 'notes'], { cwd: dir });
    expect(line).toMatchObject({ code: 2, stdout: '', stderr: 'seedqa: no line 99 in notes/meeting.txt: it has 4 lines\n' });
    const column = await runCli(['show', 'notes/meeting.txt:2:40', '-s', 'notes'], { cwd: dir });
    expect(column).toMatchObject({ code: 2, stdout: '', stderr: 'seedqa: no column 40 on line 2 of notes/meeting.txt: the line has 12 characters\n' });
  });

  it('opens a file cited by ask -s without repeating --seeds', async () => {
    const dir = notes();
    const asked = await runCli(['-s', 'notes', '-n', '1', 'What is the third point?'], { cwd: dir });
    const cited = /^\[1\] (\S+)/m.exec(asked.stdout)![1]!;
    expect(cited).toBe('notes/meeting.txt:2:1');
    const r = await runCli(['show', cited], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('notes/meeting.txt:2:1  sentence 3\n  First point.\n  Second point.\n▶ Third point.\n  Fourth.\n');
  });

  it('runs the examples of its help from any folder', async () => {
    const elsewhere = tempTree();
    const help = (await runCli(['show', '--help'])).stdout;
    for (const example of help.matchAll(/^ {2}\$ seedqa (show seeds\/\S+(?: -C 1)?)/gm)) {
      const r = await runCli(example[1]!.split(' '), { cwd: elsewhere, env: { SEEDQA_CACHE_DIR: tempTree() } });
      expect(r.code, example[1]).toBe(0);
      expect(r.stdout).toContain('▶ ');
    }
    expect([...help.matchAll(/^ {2}\$ seedqa show seeds\//gm)]).toHaveLength(2);
  });

  it('prints the passage whole and its neighbours shortened, unless --full', async () => {
    const r = await runCli(['show', `${GUIDE}:25:1`, '-C', '1', '-s', DOCS]);
    expect(r.stdout).toContain('  The release train leaves every second Tuesday at noon');
    expect(r.stdout).toContain('…\n');
    expect((await runCli(['show', `${GUIDE}:27:1`, '-C', '0', '-s', DOCS])).stdout).toContain(`▶ ${TRAIN}\n`);
    expect((await runCli(['show', `${GUIDE}:25:1`, '-C', '1', '--full', '-s', DOCS])).stdout).toContain(`  ${TRAIN}\n`);
  });
});

describe('help and mistakes', () => {
  it('seedqa --help lists the default command’s flags', async () => {
    const r = await runCli(['--help']);
    for (const flag of ['-s, --seeds <path>', '-n, --limit <k>', '-C, --context <n>', '--json', '--full', '--color <when>', '--no-cache']) expect(r.stdout).toContain(`  ${flag}`);
  });

  it('hints at asking a question that starts with a command name and fails its parse', async () => {
    const r = await runCli(['show', 'me', 'the', 'CEO']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe("seedqa: too many arguments for 'show'. Expected 1 argument but got 3; to ask it as a question: seedqa ask 'show me the CEO'\n");
    const sources = await runCli(['sources', "ByteDance's", 'documents']);
    expect(sources.stderr).toMatch(/; to ask it as a question: seedqa ask 'sources ByteDance'\\''s documents'\n$/);
  });

  it('refuses --json with no question on a terminal, one line, exit 2', () => {
    // script(1) gives seedqa a terminal on stdin, as a person's shell would.
    const r = spawnSync('script', ['-q', '-e', '-c', `${process.execPath} ${CLI} --json`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stdout.trim()).toBe("seedqa: --json needs a question: seedqa --json 'Who is the CEO?', or pipe questions one per line");
  });
});

describe('shell completion', () => {
  const script = async (shell: string) => (await runCli(['completion', shell])).stdout;

  it('offers the shells after completion, and no files after --limit or --context (bash)', () => {
    const run = `source <(node dist/seedqa.cjs completion bash)
COMP_WORDS=(seedqa completion ''); COMP_CWORD=2; _seedqa; echo "\${COMPREPLY[*]}"
COMP_WORDS=(seedqa --limit ''); COMP_CWORD=2; _seedqa; echo "[\${COMPREPLY[*]}]"
COMP_WORDS=(seedqa ask -C ''); COMP_CWORD=3; _seedqa; echo "[\${COMPREPLY[*]}]"
COMP_WORDS=(seedqa show -); COMP_CWORD=2; _seedqa; echo "\${COMPREPLY[*]}"`;
    const r = spawnSync('bash', ['-c', run], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe('bash zsh fish\n[]\n[]\n-s --seeds --no-cache -C --context --json --full --color --help\n');
  });

  it('has short flags, shell names and no files after --limit in zsh', async () => {
    const zsh = await script('zsh');
    expect(zsh).toContain("'(-n --limit)-n[how many citations to list]:value: '");
    expect(zsh).toContain("'*-s[a file or folder of documents (repeatable; default the bundled seeds)]:path:_files'");
    expect(zsh).toContain("completion) _arguments -s '(- *)--help[show help]' '1:shell:(bash zsh fish)' ;;");
    expect(zsh).not.toMatch(/--limit\[[^\]]*\]:[^']*_files/);
  });

  it('has short flags, shell names and no files after --limit in fish', async () => {
    const fish = await script('fish');
    expect(fish).toContain('-s n -l limit -x -d "how many citations to list"');
    expect(fish).toContain('-s s -l seeds -r -F');
    expect(fish).toContain('complete -c seedqa -n "__fish_seen_subcommand_from completion" -f -a "bash zsh fish"');
  });
});

describe('the REPL in a terminal 80 columns wide (tmux)', () => {
  it('wraps answers at word boundaries to the width', async () => {
    // tmux is a test dependency (apt-get install tmux; see README, Development).
    const socket = `seedqa-test-${process.pid}`;
    const tmux = (...args: string[]) => {
      const r = spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
      if (r.error) throw new Error(`tmux is needed for this test (apt-get install tmux): ${r.error.message}`);
      return r.stdout;
    };
    const screen = (join = false) => tmux('capture-pane', '-p', ...(join ? ['-J'] : []), '-t', 'repl').split('\n').map((l) => l.trimEnd());
    const until = async (ready: (lines: string[]) => boolean) => {
      for (let i = 0; i < 200 && !ready(screen()); i++) await new Promise((r) => setTimeout(r, 50));
      return screen();
    };
    const prompts = (lines: string[]) => lines.filter((l) => l.startsWith('seedqa>')).length;
    const ask = async (line: string) => {
      const before = prompts(screen());
      tmux('send-keys', '-t', 'repl', '-l', line);
      tmux('send-keys', '-t', 'repl', 'Enter');
      return until((lines) => prompts(lines) > before);
    };
    const command = `env NO_COLOR=1 SEEDQA_CACHE_DIR=${tempTree()} ${process.execPath} ${CLI} repl -s ${DOCS}`;
    tmux('new-session', '-d', '-x', '80', '-y', '60', '-s', 'repl', command);
    try {
      await until((lines) => prompts(lines) > 0);
      const lines = await ask('When does the release train leave?');
      const start = lines.indexOf('Tuesday') + 2;
      const passage = lines.slice(start, lines.indexOf('', start));
      expect(passage.length).toBeGreaterThan(1);
      expect(passage.every((l) => l.length <= 80)).toBe(true);
      expect(passage.join(' ')).toBe(TRAIN);
      // The terminal wrapped nothing itself: every line break is seedqa's, at a word boundary.
      expect(screen(true)).toEqual(screen());
      const citation = lines.find((l) => l.startsWith('[3] '))!;
      expect(citation.length).toBeLessThanOrEqual(80);
    } finally {
      tmux('kill-server');
    }
  }, 30_000);
});
