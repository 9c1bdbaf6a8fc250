// Bundles the command line into one file, so that starting seedqa reads one module instead of
// resolving and loading dozens (measured by `npm run bench`). The library (dist/index.js) stays
// as tsc emits it.
import { build } from 'esbuild';
import fs from 'node:fs';

const { version } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  define: { SEEDQA_VERSION: JSON.stringify(version) },
  banner: { js: "#!/usr/bin/env node\nimport{createRequire as __seedqaRequire}from'node:module';const require=__seedqaRequire(import.meta.url);" },
  logLevel: 'warning',
});
fs.chmodSync('dist/cli.js', 0o755);
