import { answerQuestion } from '../answer/answer.js';
import type { AskConfig } from '../config.js';
import { SeedqaError } from '../errors.js';
import { answerPrinter } from '../print/printer.js';
import { openConfiguredCorpus, printLookups } from './corpus.js';
import type { CommandIO } from './io.js';

export type { CommandIO } from './io.js';
export { fileLinks, openConfiguredCorpus } from './corpus.js';

/** Exit status when no question was answered. */
export const EXIT_NO_ANSWER = 1;

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
  const print = await answerPrinter({ ...config, ...(config.json ? {} : printLookups(corpus, config.links)) });
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
