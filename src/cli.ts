import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Argument, Command, CommanderError, Option } from 'commander';
import { fileLinks, openConfiguredCorpus, runAsk } from './commands/ask.js';
import { completionScript, SHELLS, type CompletionCommand } from './commands/completion.js';
import { evaluate, formatReport } from './commands/eval.js';
import { mistypedCommand } from './commands/mistyped.js';
import { findPassage, formatShow } from './commands/show.js';
import { formatSources, sourcesOf } from './commands/sources.js';
import {
  COLOR_MODES,
  resolveAskConfig,
  resolveCorpusConfig,
  type RawAskOptions,
  type RawCorpusOptions,
} from './config.js';
import { EXIT_ERROR, SeedqaError } from './errors.js';
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
};

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

/** Adds the flags of the commands that answer questions: --limit, --context and --color. */
function withAnswerOptions(command: Command): Command {
  return command
    .option('-n, --limit <k>', 'how many citations to list', '3')
    .option('-C, --context <n>', 'show n neighbouring passages around each citation', '0')
    .addOption(colorOption());
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
  });
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

At the prompt: a question, or :sources, :show N (citation N of the last answer), :help, :quit.
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
  .addOption(colorOption())
  .addHelpText(
    'after',
    `
Examples:
  $ seedqa show seeds/000_02398d64b96f3783.txt#2
  $ seedqa show seeds/000_02398d64b96f3783.txt:1:148 --context 1
  $ seedqa --json "Who is the CEO?" | jq -r '.citations[0].id' | xargs seedqa show`,
  )
  .action(async (reference: string, options: RawAskOptions) => {
    const config = resolveAskConfig([], options, surroundings);
    const corpus = await openConfiguredCorpus(config, processIO(false));
    const found = findPassage(corpus, reference);
    const linkOf = config.links ? fileLinks(corpus) : undefined;
    write(await formatShow(corpus, found, { context: config.context, json: config.json, color: config.color, linkOf }));
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

/** The commands and flags of `program`, for completion scripts: always in step with the CLI. */
function completionCommands(root: Command): CompletionCommand[] {
  return root.commands.map((command) => {
    const flags = command.options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined));
    const choices: Record<string, readonly string[]> = {};
    for (const o of command.options) if (o.long && o.argChoices) choices[o.long] = o.argChoices;
    const pathFlags = command.options.filter((o) => o.long === '--seeds' || o.long === '--unanswerable').flatMap((o) => [o.long!, o.short!].filter(Boolean));
    return { name: command.name(), description: command.description(), flags: [...flags, '--help'], pathFlags, choices };
  });
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

void main();
