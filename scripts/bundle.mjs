// Bundles the command line into one CommonJS file (dist/cli.cjs), writes the bundled seeds' index
// (dist/seeds-index.json), and records V8's code cache for the bundle by answering one question over
// the bundled seeds (dist/cli.cjs.cache). The executable,
// dist/seedqa.cjs (from src/seedqa.cts), runs the bundle with that cache. CommonJS starts faster
// than an ES module and lets the rarely used parts load lazily; `npm run bench` measures it.
// The library (dist/index.js) stays as tsc emits it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Commander needs child_process only for executable subcommands, which seedqa has none of. */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// Read at run time from beside the library and the bundle (config.ts names it).
fs.copyFileSync('src/answer/neighbours.txt', 'dist/answer/neighbours.txt');
fs.copyFileSync('src/answer/vectors.bin', 'dist/answer/vectors.bin');

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  define: { SEEDQA_VERSION: JSON.stringify(version), 'import.meta.url': '__seedqaUrl' },
  banner: { js: "const __seedqaUrl=require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});
// The cold build's worker thread, bundled in place of tsc's output: a worker starts by loading one file.
await build({
  entryPoints: ['src/build-worker.ts'],
  outfile: 'dist/build-worker.js',
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
// The bundled seeds' index, so that the first question users meet skips splitting and indexing.
const { openCorpus, sectionsOf } = await import('../dist/corpus/open.js');
const { writeSnapshot } = await import('../dist/corpus/snapshot.js');
const { BUNDLED_SEEDS, BUNDLED_SNAPSHOT } = await import('../dist/config.js');
const seeds = await openCorpus([BUNDLED_SEEDS]);
writeSnapshot(BUNDLED_SNAPSHOT, seeds.documents, sectionsOf(seeds), seeds.passages.texts());

fs.rmSync('dist/cli.cjs.cache', { force: true });
const run = spawnSync(process.execPath, ['dist/seedqa.cjs', '--json', "Who is ByteDance's CEO?"], {
  env: { ...process.env, SEEDQA_WRITE_CODE_CACHE: '1', SEEDQA_CACHE_DIR: undefined },
  encoding: 'utf8',
});
if (run.status !== 0 || !fs.existsSync('dist/cli.cjs.cache')) {
  console.error(`bundle: the built CLI failed its first question (status ${run.status})\n${run.stderr}`);
  process.exit(1);
}
fs.chmodSync('dist/seedqa.cjs', 0o755);

