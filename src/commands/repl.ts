import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { answerQuestion } from '../answer/answer.js';
import type { AskConfig } from '../config.js';
import type { Corpus } from '../corpus/open.js';
import { SeedqaError } from '../errors.js';
import { answerPrinter, type PrinterOptions } from '../print/printer.js';
import { formatShow } from '../print/show.js';
import { formatSources } from '../print/sources.js';
import type { Answer } from '../types.js';
import { printLookups } from './corpus.js';
import { findPassage, showPassage } from './show.js';
import { sourcesOf } from './sources.js';

/** The streams of an interactive session. */
export interface ReplIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** True on a terminal: line editing, arrow-key history, Ctrl-C clears the line. */
  terminal: boolean;
  /** File keeping the question history between sessions, or undefined for none. */
  historyFile?: string;
  /** The terminal's width now (it may change between answers), or undefined for no wrapping. */
  width?: () => number | undefined;
}

const HISTORY_SIZE = 500;
const CONTEXT_OF_SHOW = 2;

export const REPL_HELP = `Type a question and press Enter. Commands:
  :sources     the documents in use
  :show N      citation N of the last answer, with the passages around it
  :full        print long passages whole from now on (:full off: shortened again)
  :help        this help
  :quit        leave (or Ctrl-D)
Up and down arrows recall earlier questions; Ctrl-C clears the line.
`;

function readHistory(file: string | undefined): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

function writeHistory(file: string | undefined, history: readonly string[]): void {
  if (!file) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${[...history].reverse().join('\n')}\n`, { mode: 0o600 });
  } catch {
    // History is a convenience: a read-only cache folder only means it is not kept.
  }
}

/**
 * `seedqa repl`: answers each line typed as a question over an index loaded once, with
 * `:help`, `:sources`, `:show N` and `:full`. Resolves to 0 when the input ends (Ctrl-D).
 */
export async function runRepl(config: AskConfig, corpus: Corpus, io: ReplIO): Promise<number> {
  const options: PrinterOptions = { ...config, json: false, ...printLookups(corpus, config.links) };
  const print = await answerPrinter(options);
  const rl = createInterface({
    input: io.input,
    output: io.output,
    terminal: io.terminal,
    prompt: 'seedqa> ',
    history: readHistory(io.historyFile),
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  });
  rl.on('history', (history: string[]) => writeHistory(io.historyFile, history));
  rl.on('SIGINT', () => {
    rl.write(null, { ctrl: true, name: 'u' });
    io.output.write('^C\n');
    rl.prompt();
  });
  const say = (text: string): void => void io.output.write(text);
  let last: Answer | undefined;

  const command = async (line: string): Promise<boolean> => {
    const [name, ...rest] = line.slice(1).trim().split(/\s+/);
    switch (name) {
      case 'help':
        say(REPL_HELP);
        return true;
      case 'sources':
        say(formatSources(sourcesOf(corpus), false));
        return true;
      case 'show': {
        const n = Number(rest[0]);
        const citation = last?.citations[n - 1];
        if (!citation) {
          say(last ? `:show takes a citation number from 1 to ${last.citations.length}\n` : 'ask a question first; then :show N opens its citation N\n');
          return true;
        }
        say(formatShow(showPassage(corpus, findPassage(corpus, citation.id), CONTEXT_OF_SHOW), { ...options, json: false, width: io.width?.() }));
        return true;
      }
      case 'full':
        if (rest[0] !== undefined && rest[0] !== 'on' && rest[0] !== 'off') {
          say(':full takes on or off\n');
          return true;
        }
        options.full = rest[0] !== 'off';
        say(options.full ? 'long passages now print whole (:full off to shorten them)\n' : 'long passages now print shortened\n');
        return true;
      case 'quit':
      case 'exit':
        return false;
      default:
        say(`unknown command ':${name}' (try :help)\n`);
        return true;
    }
  };

  say(`seedqa: ${corpus.documents.length} ${corpus.documents.length === 1 ? "document" : "documents"}, ${corpus.passages.count} passages. Type :help for commands, Ctrl-D to leave.\n`);
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line.startsWith(':')) {
      try {
        if (!(await command(line))) break;
      } catch (error) {
        if (!(error instanceof SeedqaError)) throw error;
        say(`${error.message}\n`);
      }
    } else if (line !== '') {
      last = answerQuestion(corpus, line, { limit: config.limit, context: config.context });
      options.width = io.width?.();
      say(print(last, false));
    }
    rl.prompt();
  }
  rl.close();
  if (io.terminal) say('\n');
  return 0;
}
