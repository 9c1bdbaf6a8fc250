import { resolve } from 'node:path';
import { contextOf, headingOf } from '../answer/answer.js';
import type { Corpus } from '../corpus/open.js';
import { SeedqaError } from '../errors.js';
import { passageJson } from '../print/json.js';
import { safeJsonStringify } from '../print/sanitize.js';
import type { Passage } from '../types.js';

/** Settings of `seedqa show`. */
export interface ShowOptions {
  /** Passages of context on each side. */
  context: number;
  json: boolean;
  color: boolean;
  linkOf?: (passage: Passage) => string | undefined;
}

/** Index of the document a user names: by the path seedqa shows, or by any path to the same file. */
function documentNamed(corpus: Corpus, name: string): number {
  const absolute = resolve(name);
  const doc = corpus.documents.findIndex((d) => d.source === name || d.path === absolute);
  if (doc < 0) throw new SeedqaError(`no document '${name}' among the seeds (see seedqa sources)`);
  return doc;
}

/**
 * The passage a reference names: a citation id (`path#sentence`, as in JSON output) or a
 * place in a file (`path:line`, or `path:line:column` as in text output).
 */
export function findPassage(corpus: Corpus, reference: string): number {
  const byId = /^(.+)#(\d+)$/.exec(reference);
  if (byId) {
    const doc = documentNamed(corpus, byId[1]!);
    const found = corpus.passages.find(doc, Number(byId[2]));
    if (found < 0) throw new SeedqaError(`no passage '${reference}': ${byId[1]} has ${corpus.passages.countIn(doc)} passages`);
    return found;
  }
  const byLine = /^(.+?):(\d+)(?::\d+)?$/.exec(reference);
  if (byLine) {
    const found = corpus.passages.atLine(documentNamed(corpus, byLine[1]!), Number(byLine[2]));
    if (found < 0) throw new SeedqaError(`no passage at '${reference}'`);
    return found;
  }
  throw new SeedqaError(`cannot read '${reference}': expected a citation id (path#sentence) or path:line`);
}

/** `seedqa show`: a passage with its neighbours, as text (the passage emphasised) or one JSON object. */
export async function formatShow(corpus: Corpus, i: number, options: ShowOptions): Promise<string> {
  const passage = corpus.passages.get(i);
  const heading = headingOf(corpus.passages, i);
  const { before, after } = contextOf(corpus.passages, i, options.context);
  if (options.json) {
    const json = { ...passageJson(passage, { heading }), before: before.map((p) => passageJson(p)), after: after.map((p) => passageJson(p)) };
    return `${safeJsonStringify(json)}\n`;
  }
  const { highlighted, passageLocation, styleFor } = await import('../print/text.js');
  const style = styleFor(options.color);
  const plain = (p: Passage): string => `  ${style.dim(highlighted(p.text, [], style))}`;
  return [
    `${passageLocation({ ...passage, heading }, style, { color: options.color, linkOf: options.linkOf })}  ${style.dim(`sentence ${passage.sentence}`)}`,
    ...before.map(plain),
    `${style.match('▶')} ${style.heading(highlighted(passage.text, [], style))}`,
    ...after.map(plain),
    '',
  ].join('\n');
}
