#!/usr/bin/env node
/**
 * The `seedqa` executable: runs the bundled command line (cli.cjs) with V8's code cache
 * (cli.cjs.cache, made by `npm run build`), so a question does not pay for parsing and compiling
 * the CLI again on every start. When the cache does not fit this Node.js (another V8 version)
 * V8 rejects it and the CLI simply compiles as usual.
 */
import fs = require('node:fs');
import path = require('node:path');
import vm = require('node:vm');

const bundle = path.join(__dirname, 'cli.cjs');
const cacheFile = `${bundle}.cache`;

let cachedData: Buffer | undefined;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const source = fs.readFileSync(bundle, 'utf8');
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
if (process.env.SEEDQA_WRITE_CODE_CACHE === '1') {
  // Taken at exit, the cache also holds every function this run compiled.
  process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
}
const cli = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(cli.exports, require, cli, bundle, __dirname);
