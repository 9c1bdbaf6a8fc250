import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { contextOf, headingOf } from '../corpus/passage-context.js';
import { BUNDLED_SEEDS, type CorpusConfig } from '../config.js';
import type { Corpus } from '../corpus/open.js';
import { SeedqaError } from '../errors.js';
import type { ShownPassage } from '../print/show.js';

/** A reference to a passage, as `seedqa show` takes it. */
export type PassageReference =
  | { path: string; sentence: number }
  | { path: string; line: number; column: number | undefined };

/**
 * Reads a reference: a citation id (`path#sentence`, as in JSON output) or a place in a file
 * (`path:line`, or `path:line:column` as in text output).
 *
 * @example
 * ```ts
 * parseReference('notes/a.txt#3'); // → { path: 'notes/a.txt', sentence: 3 }
 * parseReference('notes/a.txt:2:14'); // → { path: 'notes/a.txt', line: 2, column: 14 }
 * ```
 */
export function parseReference(reference: string): PassageReference {
  const byId = /^(.+)#(\d+)$/.exec(reference);
  if (byId) return { path: byId[1]!, sentence: Number(byId[2]) };
  const byLine = /^(.+?):(\d+)(?::(\d+))?$/.exec(reference);
  if (byLine) return { path: byLine[1]!, line: Number(byLine[2]), column: byLine[3] === undefined ? undefined : Number(byLine[3]) };
  throw new SeedqaError(`cannot read '${reference}': expected a citation id (path#sentence) or path:line[:column]`);
}

/** The folder the bundled seeds sit in, so that `seeds/<file>` names a bundled seed from anywhere. */
const PACKAGE_ROOT = dirname(BUNDLED_SEEDS);

/** Index of the document a user names: by the path seedqa shows, by any path to the same file, or as `seeds/<file>` for a bundled seed. */
function documentNamed(corpus: Corpus, name: string): number {
  const absolute = resolve(name);
  const bundled = resolve(PACKAGE_ROOT, name);
  const doc = corpus.documents.findIndex((d) => d.source === name || d.path === absolute || (d.path === bundled && bundled.startsWith(BUNDLED_SEEDS + sep)));
  if (doc < 0) throw new SeedqaError(`no document '${name}' among the seeds (see seedqa sources)`);
  return doc;
}

/** How many lines a text has (a final line break ends the last line, it does not start another). */
function lineCount(text: string): number {
  if (text === '') return 0;
  const breaks = text.split('\n').length - 1;
  return text.endsWith('\n') ? breaks : breaks + 1;
}

/** The passage a reference names in `corpus`; a line or column past the end of the document is an error. */
export function findPassage(corpus: Corpus, reference: string | PassageReference): number {
  const ref = typeof reference === 'string' ? parseReference(reference) : reference;
  const doc = documentNamed(corpus, ref.path);
  if ('sentence' in ref) {
    const found = corpus.passages.find(doc, ref.sentence);
    if (found < 0) throw new SeedqaError(`no passage '${ref.path}#${ref.sentence}': ${ref.path} has ${corpus.passages.countIn(doc)} passages`);
    return found;
  }
  const text = corpus.documents[doc]!.text;
  const lines = lineCount(text);
  if (ref.line < 1 || ref.line > lines) throw new SeedqaError(`no line ${ref.line} in ${ref.path}: it has ${lines} ${lines === 1 ? 'line' : 'lines'}`);
  const characters = [...text.split('\n')[ref.line - 1]!.replace(/\r$/, '')].length;
  if (ref.column !== undefined && (ref.column < 1 || ref.column > characters + 1)) {
    throw new SeedqaError(`no column ${ref.column} on line ${ref.line} of ${ref.path}: the line has ${characters} characters`);
  }
  const found = corpus.passages.at(doc, ref.line, ref.column);
  if (found < 0) throw new SeedqaError(`no passage at '${ref.path}:${ref.line}': ${ref.path} has no text`);
  return found;
}

/**
 * The documents `seedqa show` opens for a reference: those of `--seeds` when given; otherwise
 * the named file on its own when it exists on disk (a citation of `seedqa -s notes …` opens
 * without repeating `-s notes`), else the bundled seeds.
 */
export function showCorpusConfig(config: CorpusConfig, seedsGiven: boolean, reference: PassageReference): CorpusConfig {
  if (seedsGiven) return config;
  try {
    if (statSync(reference.path).isFile() && relative(BUNDLED_SEEDS, resolve(reference.path)).startsWith('..')) {
      return { ...config, seeds: [reference.path], snapshot: undefined };
    }
  } catch {
    // Not a file here: a bundled seed, or an error naming the document below.
  }
  return config;
}

/** Passage `i` with its heading and `context` passages on each side, as `formatShow` (print/show.ts) takes it. */
export function showPassage(corpus: Corpus, i: number, context: number): ShownPassage {
  return { passage: corpus.passages.get(i), heading: headingOf(corpus.passages, i), ...contextOf(corpus.passages, i, context) };
}
