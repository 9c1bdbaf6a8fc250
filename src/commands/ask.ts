import { answerQuestion } from '../answer/answer.js';
import type { AskConfig } from '../config.js';
import { openCorpus } from '../corpus/open.js';
import { SeedqaError } from '../errors.js';
import { formatJson } from '../print/json.js';

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

/**
 * `seedqa ask`: answers the question of `config`, or else each non-blank line of input.
 * Resolves to the exit status: 0 when at least one question was answered, else 1.
 */
export async function runAsk(config: AskConfig, io: CommandIO): Promise<number> {
  const questions = config.question !== undefined ? [config.question] : io.lines;
  if (!questions) {
    throw new SeedqaError('no question given: try seedqa "Who is the CEO?", or pipe one question per line');
  }
  const corpus = await openCorpus(config.seeds, {
    warn: io.warn,
    cacheDir: config.cacheDir,
    snapshot: config.snapshot,
    onIndexing: io.onIndexing,
  });
  const batch = config.question === undefined;
  // Text output (and chalk) loads only when it is asked for: JSON runs start faster without it.
  const formatText = config.json ? undefined : (await import('../print/text.js')).formatText;
  let answered = 0;
  let asked = 0;
  for await (const line of questions) {
    const question = line.trim();
    if (question === '') continue;
    const answer = answerQuestion(corpus, question, { limit: config.limit });
    if (answer.answered) answered++;
    const separator = batch && !config.json && asked > 0 ? '\n' : '';
    asked++;
    await io.out(
      formatText ? separator + formatText(answer, { color: config.color, showQuestion: batch }) : `${formatJson(answer)}\n`,
    );
  }
  return answered > 0 ? 0 : EXIT_NO_ANSWER;
}
