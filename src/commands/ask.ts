import { pathToFileURL } from 'node:url';
import { answerQuestion } from '../answer/answer.js';
import type { AskConfig, CorpusConfig } from '../config.js';
import { openCorpus, type Corpus } from '../corpus/open.js';
import { SeedqaError } from '../errors.js';
import { formatJson } from '../print/json.js';
import type { Answer, Passage } from '../types.js';

/** Exit status when no question was answered. */
export const EXIT_NO_ANSWER = 1;

/** Where a command reads and writes; the CLI passes the process streams, tests pass buffers. */
export interface CommandIO {
  /** Writes results (stdout); resolves when the consumer can take more. */
  out: (text: string) => Promise<void> | void;
  /** Writes one warning line (stderr). */
  warn: (line: string) => void;
  /** Told before a corpus is indexed (not taken from the cache), to show progress. */
  onIndexing?: (files: number, bytes: number) => void;
  /** Lines of standard input, or undefined when stdin is a terminal. */
  lines?: AsyncIterable<string>;
}

/** Opens the documents a command works on, as its {@link CorpusConfig} says. */
export function openConfiguredCorpus(config: CorpusConfig, io: Pick<CommandIO, 'warn' | 'onIndexing'>): Promise<Corpus> {
  return openCorpus(config.seeds, { warn: io.warn, cacheDir: config.cacheDir, snapshot: config.snapshot, onIndexing: io.onIndexing });
}

/** A `file:` URL for each passage's document, for OSC 8 hyperlinks. */
export function fileLinks(corpus: Corpus): (passage: Passage) => string | undefined {
  const urls = new Map(corpus.documents.map((d) => [d.source, pathToFileURL(d.path).href]));
  return (passage) => urls.get(passage.source);
}

/** Formats answers as `config` asks: JSON Lines, or text (loaded only then: JSON starts faster without chalk). */
export async function answerPrinter(config: AskConfig, corpus: Corpus): Promise<(answer: Answer, showQuestion: boolean) => string> {
  if (config.json) return (answer) => `${formatJson(answer)}\n`;
  const { formatText } = await import('../print/text.js');
  const linkOf = config.links ? fileLinks(corpus) : undefined;
  return (answer, showQuestion) => formatText(answer, { color: config.color, showQuestion, linkOf });
}

/**
 * `seedqa ask`: answers the question of `config`, or else each non-blank line of input.
 * Resolves to the exit status: 0 when at least one question was answered, else 1.
 */
export async function runAsk(config: AskConfig, io: CommandIO): Promise<number> {
  const questions = config.question !== undefined ? [config.question] : io.lines;
  if (!questions) {
    throw new SeedqaError('no question given: try seedqa "Who is the CEO?", or pipe one question per line');
  }
  const corpus = await openConfiguredCorpus(config, io);
  const batch = config.question === undefined;
  const print = await answerPrinter(config, corpus);
  let answered = 0;
  let asked = 0;
  for await (const line of questions) {
    const question = line.trim();
    if (question === '') continue;
    const answer = answerQuestion(corpus, question, { limit: config.limit, context: config.context });
    if (answer.answered) answered++;
    const separator = batch && !config.json && asked > 0 ? '\n' : '';
    asked++;
    await io.out(separator + print(answer, batch));
  }
  return answered > 0 ? 0 : EXIT_NO_ANSWER;
}
