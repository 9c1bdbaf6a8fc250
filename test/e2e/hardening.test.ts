import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, jsonLines, ROOT, runCli, tempTree } from '../helpers.js';

/** Cites a passage's bytes back out of its file, as a user opening the citation would. */
function bytesOf(dir: string, citation: Record<string, any>): string {
  const bytes = fs.readFileSync(path.join(dir, citation.source));
  return new TextDecoder().decode(bytes.subarray(citation.start, citation.end));
}

describe('hostile documents', () => {
  it('keeps offsets exact through a BOM and invalid UTF-8, with replacement characters in text', async () => {
    const bad = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Intro line. The broken byte '),
      Buffer.from([0xff, 0xc3]),
      Buffer.from(' sits in the mangled record. The kettle boils at noon.\n'),
    ]);
    const dir = tempTree({ 'bad.txt': bad });
    const r = await runCli(['--json', '-n', '3', '--seeds', dir, 'Which record is mangled?'], { cwd: dir });
    expect(r.code).toBe(0);
    const [answer] = jsonLines(r.stdout);
    expect(answer!.answer).toBe('The broken byte \uFFFD\uFFFD sits in the mangled record.');
    for (const c of answer!.citations) expect(bytesOf(dir, c)).toBe(c.text);
  });

  it('gives correct lines, columns and byte offsets in CRLF files', async () => {
    const dir = tempTree({ 'crlf.txt': 'First line here.\r\n\r\nSecond para about the otter. Then the heron waded.\r\n' });
    const r = await runCli(['--json', '--seeds', dir, 'heron waded'], { cwd: dir });
    const [c] = jsonLines(r.stdout)[0]!.citations;
    expect(c).toMatchObject({ source: 'crlf.txt', line: 3, column: 30, start: 49, end: 70, text: 'Then the heron waded.' });
    expect(bytesOf(dir, c)).toBe(c.text);
  });

  it('neutralises every kind of control character in text, even with colour forced', async () => {
    const dir = tempTree({ 'evil.txt': 'The vault code\u0008\u0008 is\u0007 here\u001bc\u001b[?1049h\u202Eterces\u202C\u0085 ok.\n' });
    for (const colour of ['always', 'never']) {
      const r = await runCli(['--seeds', dir, '--color', colour, 'vault code'], { cwd: dir });
      expect(r.code).toBe(0);
      const ours = r.stdout.replace(/\u001b\[\d+m/g, '');
      expect(ours).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    const json = await runCli(['--json', '--seeds', dir, 'vault code'], { cwd: dir });
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(jsonLines(json.stdout)[0]!.answer).toContain('\u0008\u0008 is\u0007 here\u001bc\u001b[?1049h\u202E');
  });

  it('splits a 20 MB file with no sentence end and no newline into bounded passages', async () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', 'river', 'stone', 'cloud', 'market'];
    const parts: string[] = [];
    for (let i = 0, size = 0; size < 20 * 1024 * 1024; i++) {
      const word = `${words[i % words.length]}${i % 5003}`;
      parts.push(word);
      size += word.length + 1;
    }
    const dir = tempTree({ 'huge.txt': parts.join(' ') });
    const r = await runCli(['--json', '-n', '5', '--seeds', dir, 'river4 stone5'], { cwd: dir, env: { SEEDQA_CACHE_DIR: tempTree() } });
    expect(r.code).toBe(0);
    const [answer] = jsonLines(r.stdout);
    expect(answer!.citations.length).toBe(5);
    for (const c of answer!.citations) {
      expect(c.text.length).toBeLessThanOrEqual(1000);
      expect(c.line).toBe(1);
      expect(bytesOf(dir, c)).toBe(c.text);
    }
  }, 60_000);

  it('answers around empty and whitespace-only files', async () => {
    const dir = tempTree({ 'empty.txt': '', 'blank.md': ' \n\t\r\n\n', 'real.txt': 'The ferry leaves at dawn.\n' });
    const r = await runCli(['--seeds', dir, 'When does the ferry leave?'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('The ferry leaves at dawn.');
    const onlyEmpty = tempTree({ 'empty.txt': '', 'blank.txt': '\n\n' });
    expect(await runCli(['--seeds', onlyEmpty, 'ferry'])).toMatchObject({ code: 1, stderr: '' });
  });

  it('follows symbolic links once, out of the folder too, and never hangs on a loop', async () => {
    const outside = tempTree({ 'far.txt': 'The far lighthouse is painted red.\n' });
    const dir = tempTree({ 'sub/near.txt': 'The near dock is painted blue.\n' });
    fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    fs.symlinkSync(path.join(outside, 'far.txt'), path.join(dir, 'far-link.txt'));
    fs.symlinkSync(path.join(dir, 'sub'), path.join(dir, 'again'));
    const r = await runCli(['--json', '-n', '10', '--seeds', dir, 'What is painted?'], { cwd: dir });
    expect(r.code).toBe(0);
    const texts = jsonLines(r.stdout)[0]!.citations.map((c: any) => c.text);
    expect(texts.sort()).toEqual(['The far lighthouse is painted red.', 'The near dock is painted blue.']);
  });
});

describe('hostile questions', () => {
  it('answers or declines a 200 KB question without crashing', async () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `word${i}`).join(' ');
    expect(words.length).toBeGreaterThan(200 * 1024);
    const r = await runCli(['--json'], { input: `${words} CEO\n` });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout)).toHaveLength(1);
  });

  const questions = [
    '.*+?^${}()|[]\\/',
    '(((((((((((a*)*)*)*)*)*)*)*)*)*)*$',
    '😀🔥👩‍👩‍👧?',
    'من هو الرئيس التنفيذي؟',
    'מי המנכ"ל?',
    '\u200bWho\u200b is\u200d the\u2060 CEO\ufeff?',
    'Who\u0000is\u0000the CEO',
    '\u202eOEC eht si ohW',
    '\u0301\u0301\u0301 combining only',
    '\ud800 lone surrogate',
  ];

  it.each(questions)('exits 0 or 1 for %j', async (question) => {
    for (const args of [['--json'], []]) {
      const r = await runCli(args, { input: `${question}\n` });
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    }
  });
});

describe('cache faults', () => {
  function corpusOver256KiB(answer: string): string {
    const filler = Array.from({ length: 6000 }, (_, i) => `Ledger entry ${i} moved ${i * 7} tonnes of grain.`).join('\n');
    return tempTree({ 'filler.txt': filler, 'answer.txt': answer });
  }
  const ask = (dir: string, cache: string) => runCli(['--json', '--seeds', dir, 'Who keeps the lighthouse?'], { env: { SEEDQA_CACHE_DIR: cache } });
  const indexFile = (cache: string) => {
    const [name] = fs.readdirSync(path.join(cache, 'index'));
    return path.join(cache, 'index', name!);
  };

  const damages: Array<[string, (bytes: Buffer) => Buffer]> = [
    ['garbage bytes', (bytes) => Buffer.alloc(bytes.length, 0x5a)],
    ['a truncated file', (bytes) => bytes.subarray(0, bytes.length >> 1)],
    ['an empty file', () => Buffer.alloc(0)],
    ['another version', (bytes) => Buffer.from(bytes.toString('latin1').replace('seedqa-index-', 'seedqa-index-0'), 'latin1')],
    ['a flipped payload byte', (bytes) => Buffer.from(bytes.map((b, i) => (i === bytes.length - 3 ? b ^ 0xff : b)))],
  ];

  it.each(damages)('ignores and rebuilds a cache damaged by %s', async (_name, damage) => {
    const dir = corpusOver256KiB('The lighthouse is kept by Orla Quinn.\n');
    const cache = tempTree();
    const clean = await ask(dir, cache);
    const file = indexFile(cache);
    const good = fs.readFileSync(file);
    fs.writeFileSync(file, damage(good));
    expect(await ask(dir, cache)).toEqual(clean);
    expect(fs.readFileSync(file).equals(good)).toBe(true);
  });

  it('never answers from stale data after a document is edited', async () => {
    const dir = corpusOver256KiB('The lighthouse is kept by Orla Quinn.\n');
    const cache = tempTree();
    expect(jsonLines((await ask(dir, cache)).stdout)[0]!.answer).toBe('The lighthouse is kept by Orla Quinn.');
    fs.writeFileSync(path.join(dir, 'answer.txt'), 'Since May the lighthouse is kept by Ines Ruiz.\n');
    expect(jsonLines((await ask(dir, cache)).stdout)[0]!.answer).toBe('Since May the lighthouse is kept by Ines Ruiz.');
  });
});

describe('signals', () => {
  it('exits 130 on Ctrl-C during indexing and leaves no partial cache', async () => {
    const lines = Array.from({ length: 120_000 }, (_, i) => `Line ${i} of the slow corpus mentions crate ${i % 977}.`);
    const dir = tempTree({ 'slow.txt': lines.join('\n') });
    const cache = tempTree();
    const child = spawn(process.execPath, [CLI, '--seeds', dir, 'crate 12'], { env: { ...process.env, SEEDQA_CACHE_DIR: cache } });
    child.stdin.end();
    setTimeout(() => child.kill('SIGINT'), 400);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const left = fs.readdirSync(cache, { recursive: true }).map(String);
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const after = await runCli(['--json', '--seeds', dir, 'crate 12'], { env: { SEEDQA_CACHE_DIR: cache } });
    expect(after.code).toBe(0);
  }, 30_000);
});

describe('commands', () => {
  it.each([['evl'], ['evla'], ['aks']])('refuses the mistyped command %s with a hint, exit 2', async (word) => {
    const r = await runCli([word, 'questions.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^seedqa: unknown command '${word}' \\(did you mean '\\w+'\\?\\); to ask it as a question: seedqa ask '${word} questions.jsonl'\\n$`));
  });

  it('still takes questions that start with ordinary words, and ask forces a question', async () => {
    expect((await runCli(['how', 'does', 'Doubao', 'compare?'])).code).not.toBe(2);
    expect((await runCli(['ask', 'evl'])).code).toBe(1);
  });
});

describe('npm run fuzz', () => {
  it('runs random corpora and questions through the pipeline for the time it is given', async () => {
    const child = spawn(process.execPath, ['scripts/fuzz.mjs'], { cwd: ROOT, env: { ...process.env, FUZZ_SECONDS: '2', FUZZ_SEED: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/^fuzz: [1-9]\d* random corpora and their questions in 2 s, no failure \(FUZZ_SEED=1\)\n$/);
  }, 30_000);
});
