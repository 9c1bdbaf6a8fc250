#!/usr/bin/env node
/**
 * The `seedqa` executable: runs the bundled command line (cli.cjs) compiled once, not on every
 * start. Where Node.js has `module.enableCompileCache()` (22.1 and later), V8's code cache is
 * kept by Node.js itself; elsewhere (Node.js 20) the bundle runs with the code cache
 * `npm run build` made (cli.cjs.cache), which V8 rejects, compiling as usual, when it does not
 * fit the running V8.
 */
import fs = require('node:fs');
import nodeModule = require('node:module');
import path = require('node:path');
import vm = require('node:vm');

const bundle = path.join(__dirname, 'cli.cjs');
const enableCompileCache = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;

if (typeof enableCompileCache === 'function' && process.env.SEEDQA_WRITE_CODE_CACHE !== '1') {
  enableCompileCache();
  require(bundle);
} else {
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
}
