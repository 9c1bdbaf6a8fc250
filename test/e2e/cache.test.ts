import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, jsonLines, runCli, tempTree } from '../helpers.js';

/** A corpus above the size where seedqa starts caching (256 KiB). */
function largeCorpus(): string {
  const files: Record<string, string> = {};
  for (let f = 0; f < 8; f++) {
    const lines = Array.from({ length: 800 }, (_, i) => `Record ${f}-${i} notes that warehouse ${i % 97} shipped ${i * 3} crates of item ${f * 1000 + i}.`);
    files[`part${f}.txt`] = `${lines.join('\n')}\n`;
  }
  files['answer.txt'] = 'The lighthouse keeper is named Orla Quinn.\n';
  return tempTree(files);
}

describe('index cache through the CLI', () => {
  it('answers the same from a cold and a warm cache, and --no-cache writes nothing', async () => {
    const dir = largeCorpus();
    const cache = path.join(tempTree(), 'c');
    const env = { SEEDQA_CACHE_DIR: cache };
    const args = ['--json', '--seeds', dir, 'Who is the lighthouse keeper?'];
    const plain = await runCli([...args, '--no-cache'], { env });
    expect(fs.existsSync(cache)).toBe(false);
    const cold = await runCli(args, { env });
    expect(fs.readdirSync(path.join(cache, 'index'))).toHaveLength(1);
    const warm = await runCli(args, { env });
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    expect(jsonLines(warm.stdout)[0]!.answer).toBe('The lighthouse keeper is named Orla Quinn.');
  });

  it('uses XDG_CACHE_HOME when SEEDQA_CACHE_DIR is not set', async () => {
    const dir = largeCorpus();
    const xdg = tempTree();
    await runCli(['--seeds', dir, 'lighthouse'], { env: { SEEDQA_CACHE_DIR: undefined, XDG_CACHE_HOME: xdg } });
    expect(fs.readdirSync(path.join(xdg, 'seedqa', 'index'))).toHaveLength(1);
  });

  it('answers with one warning when the cache location is unwritable', async () => {
    const dir = largeCorpus();
    const blocker = path.join(tempTree(), 'file');
    fs.writeFileSync(blocker, 'x');
    const r = await runCli(['--seeds', dir, 'lighthouse keeper'], { env: { SEEDQA_CACHE_DIR: path.join(blocker, 'sub') } });
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^seedqa: warning: cannot write the index cache in .*; working without it\n$/);
  });

  it('survives 8 processes started together on a cold cache', async () => {
    const dir = largeCorpus();
    const cache = path.join(tempTree(), 'c');
    const run = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, '--json', '--seeds', dir, 'Who is the lighthouse keeper?'], {
          env: { ...process.env, SEEDQA_CACHE_DIR: cache },
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stdin.end();
        child.on('close', (code) => resolve({ code, out }));
      });
    const results = await Promise.all(Array.from({ length: 8 }, run));
    expect(new Set(results.map((r) => r.code))).toEqual(new Set([0]));
    expect(new Set(results.map((r) => r.out)).size).toBe(1);
    const files = fs.readdirSync(cache, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const warm = await runCli(['--json', '--seeds', dir, 'Who is the lighthouse keeper?'], { env: { SEEDQA_CACHE_DIR: cache } });
    expect(warm.stdout).toBe(results[0]!.out);
  });
});

describe('progress while indexing', () => {
  /** About 4.5 MB of text: large enough that indexing takes a noticeable moment. */
  function largeCorpusOverFourMegabytes(): string {
    const line = (i: number) => `Entry ${i} records that shipment ${i % 991} reached dock ${i % 37} on time.`;
    return tempTree({ 'big.txt': Array.from({ length: 75_000 }, (_, i) => line(i)).join('\n') + '\nThe harbour master is Ines Ruiz.\n' });
  }

  it('shows one line on a terminal, never when stderr is piped', async () => {
    const dir = largeCorpusOverFourMegabytes();
    const piped = await runCli(['--json', '--seeds', dir, 'Who is the harbour master?'], { env: { SEEDQA_CACHE_DIR: tempTree() } });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    const onTerminal = spawnSync('script', ['-q', '-e', '-c', `${process.execPath} ${CLI} --json --seeds ${dir} 'Who is the harbour master?' </dev/null`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, SEEDQA_CACHE_DIR: tempTree() },
    });
    expect(onTerminal.stdout).toMatch(/^seedqa: indexing 1 file \(4\.\d MB\)…\r?\n\{"question"/);
  }, 60_000);
});
