import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { runAsk, type CommandIO } from './commands/ask.js';
import { evaluate, formatReport } from './commands/eval.js';
import { mistypedCommand } from './commands/mistyped.js';
import { COLOR_MODES, resolveAskConfig, resolveSeeds, type RawAskOptions } from './config.js';
import { defaultCacheDir } from './cache/location.js';
import { EXIT_ERROR, SeedqaError } from './errors.js';
import { terminalSafe } from './print/sanitize.js';
import { writeStdout } from './process/stdout.js';

declare const SEEDQA_VERSION: string | undefined;

/** The package version: inlined by the bundler, read from package.json when run unbundled. */
const version =
  typeof SEEDQA_VERSION === 'string'
    ? SEEDQA_VERSION
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function fail(message: string): void {
  process.stderr.write(`seedqa: ${terminalSafe(message)}\n`);
}

/** Writes results; a reader that went away (EPIPE) ends seedqa quietly with status 0. */
function write(text: string): void {
  try {
    writeStdout(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    fail(`cannot write output: ${(error as Error).message}`);
    process.exit(EXIT_ERROR);
  }
}

/** Corpora this large take about a second or more to index: worth telling a person about. */
const SLOW_INDEX_BYTES = 4 * 1024 * 1024;

function showIndexing(files: number, bytes: number): void {
  if (bytes >= SLOW_INDEX_BYTES && process.stderr.isTTY) {
    process.stderr.write(`seedqa: indexing ${files} files (${(bytes / 1024 / 1024).toFixed(1)} MB)…\n`);
  }
}

function standardInputLines(): AsyncIterable<string> | undefined {
  if (process.stdin.isTTY) return undefined;
  // Loaded only for batch input; getBuiltinModule works inside the code-cached bundle, import() does not.
  const readline = process.getBuiltinModule('node:readline') as typeof import('node:readline');
  // Start iterating at once: lines read while the index loads would otherwise be lost.
  const iterator = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return { [Symbol.asyncIterator]: () => iterator };
}

function processIO(readsStdin: boolean): CommandIO {
  return {
    out: write,
    warn: (line) => fail(`warning: ${line}`),
    onIndexing: showIndexing,
    lines: readsStdin ? standardInputLines() : undefined,
  };
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * `ask` is the default command, so a mistyped command name would silently become a question:
 * refuse a first word that is a slip of a command name unless `ask` was written out.
 */
function refuseMistypedCommand(words: readonly string[]): void {
  const first = words[0];
  if (first === undefined || program.args.slice(0, program.args.indexOf(first)).includes('ask')) return;
  const meant = mistypedCommand(first, program.commands.map((c) => c.name()));
  if (meant) throw new SeedqaError(`unknown command '${first}' (did you mean '${meant}'?); to ask it as a question: seedqa ask ${words.join(' ')}`);
}

const program = new Command('seedqa')
  .description('Answer questions about a folder of text documents, with citations you can open.')
  .version(version, '-V, --version')
  .exitOverride()
  .configureOutput({
    outputError: (message) => fail(message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()),
  })
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa "Who is ByteDance's CEO?"          ask over the bundled seeds
  $ seedqa --seeds docs/ "How do I roll back?"  ask over your own documents
  $ seedqa --json < questions.txt             one JSON object per question

Exit status: 0 answered, 1 no answer, 2 error.`,
  );

program
  .command('ask', { isDefault: true })
  .description('answer a question (the default command); with no question, answer each line of stdin')
  .argument('[question...]', 'the question, in words')
  .option('-s, --seeds <path>', 'a file or folder of documents (repeatable; default: the bundled seeds)', collect)
  .option('-n, --limit <k>', 'how many citations to list', '3')
  .option('--json', 'print one JSON object per question (JSON Lines)')
  .option('--no-cache', 'neither read nor write the index cache')
  .addOption(new Option('--color <when>', 'colour output').choices(COLOR_MODES).default('auto'))
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa "Who is ByteDance's CEO?"
  $ seedqa ask --seeds docs/ -n 5 "How do I roll back a release?"
  $ printf 'Who is the CEO?\\nWhat is Boximator?\\n' | seedqa --json | jq -r .answer

Exit status: 0 answered, 1 no answer, 2 error.`,
  )
  .action(async (words: string[], options: RawAskOptions) => {
    refuseMistypedCommand(words);
    const surroundings = {
      env: process.env,
      get stdoutIsTTY() {
        return process.stdout.isTTY === true;
      },
    };
    const config = resolveAskConfig(words, options, surroundings);
    process.exitCode = await runAsk(config, processIO(config.question === undefined));
  });

program
  .command('eval')
  .description('score seedqa on a file of questions with known answers')
  .argument('<gold>', 'JSON Lines: {"id", "q", "gold": [passage substrings], "span"?}')
  .option('-u, --unanswerable <file>', 'JSON Lines of questions the documents do not answer: {"id", "q"}')
  .option('-s, --seeds <path>', 'a file or folder of documents (repeatable; default: the bundled seeds)', collect)
  .option('--json', 'print the report as one JSON object')
  .option('--no-cache', 'neither read nor write the index cache')
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa eval questions.jsonl --unanswerable unanswerable.jsonl
  $ seedqa eval my-questions.jsonl --seeds docs/ --json | jq .top1`,
  )
  .action(async (gold: string, options: { unanswerable?: string; seeds?: string[]; json?: boolean; cache?: boolean }) => {
    const report = await evaluate(gold, options.unanswerable, resolveSeeds(options.seeds), {
      warn: (line) => fail(`warning: ${line}`),
      cacheDir: options.cache === false ? null : defaultCacheDir(),
    });
    await write(formatReport(report, options.json === true));
  });

process.on('SIGINT', () => process.exit(130));

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_ERROR;
    } else if (error instanceof SeedqaError) {
      fail(error.message);
      process.exitCode = error.exitCode;
    } else {
      fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.SEEDQA_DEBUG) console.error(error);
      process.exitCode = EXIT_ERROR;
    }
  }
}

void main();
