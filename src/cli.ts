import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Argument, Command, CommanderError, Option } from 'commander';
import { runAsk } from './commands/ask.js';
import { completionScript, SHELLS, type CompletionCommand, type CompletionOption } from './commands/completion.js';
import { openConfiguredCorpus, printLookups } from './commands/corpus.js';
import { evaluate } from './commands/eval.js';
import { mistypedCommand } from './commands/mistyped.js';
import { findPassage, parseReference, showCorpusConfig, showPassage } from './commands/show.js';
import { sourcesOf } from './commands/sources.js';
import {
  COLOR_MODES,
  resolveAskConfig,
  resolveCorpusConfig,
  type RawAskOptions,
  type RawCorpusOptions,
} from './config.js';
import { EXIT_ERROR, SeedqaError } from './errors.js';
import { formatReport } from './print/report.js';
import { formatSources } from './print/sources.js';
import { fail, processIO, write } from './process/io.js';

declare const SEEDQA_VERSION: string | undefined;

/** The package version: inlined by the bundler, read from package.json when run unbundled. */
const version =
  typeof SEEDQA_VERSION === 'string'
    ? SEEDQA_VERSION
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** What the process can tell about its terminal, read only when needed (it costs start-up time). */
const surroundings = {
  env: process.env,
  get stdoutIsTTY(): boolean {
    return process.stdout.isTTY === true;
  },
  get stdoutColumns(): number | undefined {
    return process.stdout.columns;
  },
};

/** Quotes `text` for a POSIX shell: `'…'`, with each `'` written `'\''`. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/** The hint that ends a mistake which may have been meant as a question. */
function askHint(words: readonly string[]): string {
  return `to ask it as a question: seedqa ask ${shellQuote(words.join(' '))}`;
}

/**
 * When the command line starts with a command name (not `ask`) followed by words and no flags
 * ("seedqa show me the CEO"), the words given: a parse error of that command then ends with
 * the hint to ask them as a question. Undefined otherwise.
 */
function questionLikeArguments(): string[] | undefined {
  const args = process.argv.slice(2);
  const first = args[0];
  if (first === undefined || first === 'ask' || first === 'help' || args.length < 2 || args.some((a) => a.startsWith('-'))) return undefined;
  return program.commands.some((c) => c.name() === first) ? args : undefined;
}

/**
 * `ask` is the default command, so a mistyped command name would silently become a question:
 * refuse a first word that is a slip of a command name unless `ask` was written out.
 */
function refuseMistypedCommand(words: readonly string[]): void {
  const first = words[0];
  if (first === undefined || program.args.slice(0, program.args.indexOf(first)).includes('ask')) return;
  const meant = mistypedCommand(first, program.commands.map((c) => c.name()));
  if (meant) throw new SeedqaError(`unknown command '${first}' (did you mean '${meant}'?); ${askHint(words)}`);
}

/**
 * With options before it (`seedqa -n 2 ask …`), commander hands the word `ask` to the default
 * command as part of the question: it is the command name, not a word of the question.
 */
function withoutCommandName(words: string[]): string[] {
  return words[0] === 'ask' && program.args[0] !== 'ask' ? words.slice(1) : words;
}

const SEEDS_HELP = 'a file or folder of documents (repeatable; default: the bundled seeds)';

/** Adds the flags of every command that reads documents: --seeds and --no-cache. */
function withCorpusOptions(command: Command): Command {
  return command.option('-s, --seeds <path>', SEEDS_HELP, collect).option('--no-cache', 'neither read nor write the index cache');
}

/** Adds the flags of the commands that answer questions: --limit, --context, --full and --color. */
function withAnswerOptions(command: Command): Command {
  return command
    .option('-n, --limit <k>', 'how many citations to list', '3')
    .option('-C, --context <n>', 'show n neighbouring passages around each citation', '0')
    .addOption(fullOption())
    .addOption(colorOption());
}

function fullOption(): Option {
  return new Option('--full', 'print long passages whole (text output shortens them to about six lines)');
}

function colorOption(): Option {
  return new Option('--color <when>', 'colour output').choices(COLOR_MODES).default('auto');
}

async function startRepl(options: RawAskOptions): Promise<number> {
  const config = resolveAskConfig([], options, surroundings);
  const io = processIO(false);
  const corpus = await openConfiguredCorpus(config, io);
  const { runRepl } = await import('./commands/repl.js');
  return runRepl(config, corpus, {
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY === true && process.stdout.isTTY === true,
    historyFile: config.cacheDir === null ? undefined : join(config.cacheDir, 'history'),
    width: () => (process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined),
  });
}

const program = new Command('seedqa')
  .description('Answer questions about a folder of text documents, with citations you can open.')
  .version(version, '-V, --version')
  .exitOverride()
  .configureOutput({
    // Help and version go out as results do: a reader that goes away (`| head`) ends seedqa quietly.
    writeOut: write,
    outputError: (message) => {
      const words = questionLikeArguments();
      const line = message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim().replace(/\.$/, '');
      fail(words ? `${line}; ${askHint(words)}` : line);
    },
  })
  .addHelpText('after', () => defaultCommandHelp())
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa "Who is ByteDance's CEO?"          ask over the bundled seeds
  $ seedqa --seeds docs/ "How do I roll back?"  ask over your own documents
  $ seedqa --json < questions.txt             one JSON object per question
  $ seedqa                                    on a terminal: ask one question after another

Exit status: 0 answered, 1 no answer, 2 error.`,
  );

withAnswerOptions(
  withCorpusOptions(
    program
      .command('ask', { isDefault: true })
      .description('answer a question (the default command); with no question, answer each line of stdin')
      .argument('[question...]', 'the question, in words'),
  ),
)
  .option('--json', 'print one JSON object per question (JSON Lines)')
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa "Who is ByteDance's CEO?"
  $ seedqa ask --seeds docs/ -n 5 "How do I roll back a release?"
  $ seedqa -C 1 "What is Boximator?"           with the passages around each citation
  $ printf 'Who is the CEO?\\nWhat is Boximator?\\n' | seedqa --json | jq -r .answer

With no question and a terminal on stdin, seedqa starts the interactive prompt (seedqa repl).
Exit status: 0 answered, 1 no answer, 2 error.`,
  )
  .action(async (given: string[], options: RawAskOptions) => {
    const words = withoutCommandName(given);
    refuseMistypedCommand(words);
    const config = resolveAskConfig(words, options, surroundings);
    if (config.question === undefined && process.stdin.isTTY) {
      if (config.json) throw new SeedqaError(`--json needs a question: seedqa --json ${shellQuote('Who is the CEO?')}, or pipe questions one per line`);
      process.exitCode = await startRepl(options);
      return;
    }
    process.exitCode = await runAsk(config, processIO(config.question === undefined));
  });

withAnswerOptions(withCorpusOptions(program.command('repl').description('ask one question after another at a prompt; the index loads once')))
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa repl
  $ seedqa repl --seeds docs/

At the prompt: a question, or :sources, :show N (citation N of the last answer), :full [on|off]
(long passages whole, or shortened again), :help, :quit.
History (arrow keys) is kept in the cache folder. Ctrl-C clears the line, Ctrl-D leaves.`,
  )
  .action(async (options: RawAskOptions) => {
    process.exitCode = await startRepl(options);
  });

withCorpusOptions(
  program
    .command('show')
    .description('print a cited passage with the passages around it')
    .argument('<citation>', 'a citation id (path#sentence, as in --json) or path:line[:column]'),
)
  .option('-C, --context <n>', 'passages of context on each side', '2')
  .option('--json', 'print one JSON object')
  .addOption(fullOption())
  .addOption(colorOption())
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa show seeds/000_02398d64b96f3783.txt#2            a bundled seed, from any folder
  $ seedqa show seeds/000_02398d64b96f3783.txt:1:148 -C 1   path:line:column, as ask prints it
  $ seedqa show notes/meeting.txt:3:1                       any file: read on its own without --seeds
  $ seedqa --json "Who is the CEO?" | jq -r '.citations[0].id' | xargs seedqa show

The passage is printed whole; the passages around it are shortened unless --full.`,
  )
  .action(async (reference: string, options: RawAskOptions) => {
    const config = resolveAskConfig([], options, surroundings);
    let ref;
    try {
      ref = parseReference(reference);
    } catch (error) {
      const words = questionLikeArguments();
      throw error instanceof SeedqaError && words ? new SeedqaError(`${error.message}; ${askHint(words)}`) : error;
    }
    const corpus = await openConfiguredCorpus(showCorpusConfig(config, (options.seeds?.length ?? 0) > 0, ref), processIO(false));
    const shown = showPassage(corpus, findPassage(corpus, ref), config.context);
    const { formatShow } = await import('./print/show.js');
    write(formatShow(shown, { ...config, ...(config.json ? {} : printLookups(corpus, config.links)) }));
  });

withCorpusOptions(program.command('sources').description('list the documents in use, with passage counts and sizes'))
  .option('--json', 'print one JSON object per document (JSON Lines)')
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa sources
  $ seedqa sources --seeds docs/ --json | jq -r .source`,
  )
  .action(async (options: RawCorpusOptions & { json?: boolean }) => {
    const corpus = await openConfiguredCorpus(resolveCorpusConfig(options, process.env), processIO(false));
    write(formatSources(sourcesOf(corpus), options.json === true));
  });

withCorpusOptions(
  program
    .command('eval')
    .description('score seedqa on a file of questions with known answers')
    .argument('<gold>', 'JSON Lines: {"id", "q", "gold": [passage substrings], "span"?}'),
)
  .option('-u, --unanswerable <file>', 'JSON Lines of questions the documents do not answer: {"id", "q"}')
  .option('--json', 'print the report as one JSON object')
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa eval questions.jsonl --unanswerable unanswerable.jsonl
  $ seedqa eval my-questions.jsonl --seeds docs/ --json | jq .top1`,
  )
  .action(async (gold: string, options: RawCorpusOptions & { unanswerable?: string; json?: boolean }) => {
    const config = resolveCorpusConfig(options, process.env);
    const report = await evaluate(gold, options.unanswerable, config.seeds, {
      warn: (line) => fail(`warning: ${line}`),
      cacheDir: config.cacheDir,
      snapshot: config.snapshot,
    });
    write(formatReport(report, options.json === true));
  });

program
  .command('completion')
  .description('print a shell completion script')
  .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa completion bash > ~/.local/share/bash-completion/completions/seedqa
  $ seedqa completion fish > ~/.config/fish/completions/seedqa.fish
  $ echo 'eval "$(seedqa completion zsh)"' >> ~/.zshrc`,
  )
  .action((shell: string) => {
    write(completionScript(shell, completionCommands(program)));
  });

const PATH_FLAGS = new Set(['--seeds', '--unanswerable']);
const PATH_ARGUMENTS = new Set(['show', 'eval']);

/** The commands and flags of `program`, for completion scripts: always in step with the CLI. */
function completionCommands(root: Command): CompletionCommand[] {
  return root.commands.map((command) => {
    const options = command.options.map(
      (o): CompletionOption => ({
        long: o.long!,
        short: o.short,
        description: o.description,
        value: !(o.required || o.optional) ? 'none' : o.argChoices ? o.argChoices : PATH_FLAGS.has(o.long!) ? 'path' : 'other',
        repeatable: o.variadic || o.long === '--seeds',
      }),
    );
    const choices = command.registeredArguments[0]?.argChoices;
    return { name: command.name(), description: command.description(), options, argument: choices ?? (PATH_ARGUMENTS.has(command.name()) ? 'path' : 'words') };
  });
}

/** The default command's flags, for `seedqa --help`: `seedqa "…"` takes them without writing `ask`. */
function defaultCommandHelp(): string {
  const ask = program.commands.find((c) => c.name() === 'ask')!;
  const help = program.createHelp();
  const options = help.visibleOptions(ask).filter((o) => o.long !== '--help');
  const width = Math.max(...options.map((o) => help.optionTerm(o).length));
  const lines = options.map((o) => `  ${help.optionTerm(o).padEnd(width)}  ${help.optionDescription(o)}`);
  return `\nOptions of ask, the default command (seedqa [options] [question...]):\n${lines.join('\n')}`;
}

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

// Exit as soon as the work is done: output is written synchronously, and waiting for V8's
// background tasks (a concurrent garbage collection) would cost a short question a fifth of its time.
void main().then(() => process.exit());
