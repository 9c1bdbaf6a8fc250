import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempTree } from '../helpers.js';

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd, encoding: 'utf8' });

describe('the npm package', () => {
  let tarball = '';
  let files: string[] = [];

  beforeAll(() => {
    // `npm test` has just built dist/; packing must not build again.
    const out = tempTree();
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', out], ROOT)) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = path.join(out, packed!.filename);
    files = packed!.files.map((f) => f.path);
  }, 60_000);

  it('holds the CLI, the library with its types, the seeds and nothing else', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/seedqa.cjs', 'dist/cli.cjs', 'dist/index.js', 'dist/index.d.ts']));
    expect(files.filter((f) => f.startsWith('seeds/'))).toEqual(fs.readdirSync(path.join(ROOT, 'seeds')).map((f) => `seeds/${f}`));
    const unwanted = files.filter((f) => /^(?:src|test|scripts)\/|\.map$|\.ts$(?<!\.d\.ts)|\.d\.cts$|tsconfig|vitest/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('installs globally and answers over its bundled seeds from any folder', () => {
    const prefix = tempTree();
    npm(['install', '--global', '--prefix', prefix, tarball], ROOT);
    const elsewhere = tempTree();
    const r = spawnSync(path.join(prefix, 'bin', 'seedqa'), ["Who is ByteDance's CEO?"], { cwd: elsewhere, encoding: 'utf8', env: { ...process.env, SEEDQA_CACHE_DIR: tempTree() } });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Liang Rubo');
    expect(r.stdout).toContain('seeds/000_02398d64b96f3783.txt:1:148');
  }, 120_000);

  it("is importable as 'seedqa', with types a TypeScript consumer compiles against", () => {
    const project = tempTree({
      'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
      'ask.ts': `import { answerQuestion, BUNDLED_SEEDS, openCorpus, type Answer } from 'seedqa';
const corpus = await openCorpus([BUNDLED_SEEDS]);
const answer: Answer = answerQuestion(corpus, "Who is ByteDance's CEO?", { limit: 1 });
console.log(answer.span);
`,
    });
    npm(['install', tarball], project);
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--module', 'nodenext', '--target', 'es2022', '--strict', '--types', 'node', '--typeRoots', path.join(ROOT, 'node_modules', '@types'), 'ask.ts'], { cwd: project, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    const run = spawnSync(process.execPath, ['ask.js'], { cwd: project, encoding: 'utf8' });
    expect(run.stdout).toBe('Liang Rubo\n');
  }, 120_000);
});
