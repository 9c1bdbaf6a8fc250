// Checks that developer docs read well in text output (issue 20), through the built CLI:
//   1. inline Markdown is rendered while JSON keeps the file's exact bytes;
//   2. a code-block answer keeps its lines and indentation;
//   3. spans are never nearly the whole passage: at most 2 of pino's 40 questions;
//   4. a 360-character passage is shortened, and --full prints it whole;
//   5. the section heading is shown near the answer.
// Usage: node scripts/docs-check.mjs [--docs <folder with pino/ and pino-questions.jsonl>] [--cli <seedqa.cjs>]
// The pino docs default to ../shared/eval/docs; without them, check 3 runs over the fixture's
// own questions (test/fixtures/docs/questions.jsonl) and says so. Exit status 0 when all pass.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const cliFlag = process.argv.indexOf('--cli');
const CLI = cliFlag > 0 ? path.resolve(process.argv[cliFlag + 1]) : path.join(ROOT, 'dist', 'seedqa.cjs');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'docs');
const GUIDE = path.join(FIXTURE, 'guide.md');
const docsFlag = process.argv.indexOf('--docs');
const DOCS = path.resolve(docsFlag > 0 ? process.argv[docsFlag + 1] : path.join(ROOT, '..', 'shared', 'eval', 'docs'));
const MAX_NEARLY_WHOLE = 2;

/** Runs seedqa in a pipe (no terminal: no colour, no wrapping), as a script would. */
function seedqa(args, input = '') {
  const env = { ...process.env, SEEDQA_CACHE_DIR: path.join(ROOT, 'node_modules', '.cache', 'seedqa-docs-check') };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status === 2 || r.error) throw new Error(`seedqa ${args.join(' ')} failed: ${r.error ?? r.stderr}`);
  return r.stdout;
}

const ask = (question, ...flags) => seedqa(['-s', FIXTURE, ...flags, question]);
const askJson = (question) => JSON.parse(seedqa(['-s', FIXTURE, '--json', question]));
const bytes = fs.readFileSync(GUIDE);
/** Whether a JSON citation's text is exactly the file's bytes at its offsets. */
const exact = (c) => bytes.subarray(c.start, c.end).toString('utf8') === c.text;

/** The lines before the first citation: the answer (and the span, when one is printed). */
function answerLines(text) {
  const lines = text.split('\n');
  return lines.slice(0, lines.findIndex((l) => l.startsWith('[1] ')));
}

/**
 * The printed span and passage of one answer in text output: a span is an unindented first
 * line followed by a blank line and more text before the citations.
 */
function spanAndPassage(lines) {
  while (lines.at(-1) === '') lines = lines.slice(0, -1);
  const hasSpan = lines.length >= 3 && lines[1] === '' && !lines[0].startsWith(' ');
  const passage = (hasSpan ? lines.slice(2) : lines).map((l) => l.trim()).join(' ');
  return { span: hasSpan ? lines[0] : null, passage };
}

const checks = [];
function check(name, run) {
  try {
    const detail = run();
    checks.push({ name, ok: true, detail });
  } catch (error) {
    checks.push({ name, ok: false, detail: error.message });
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

check('inline markup rendered, JSON exact', () => {
  const question = 'How do I set the timeout?';
  const { passage } = spanAndPassage(answerLines(ask(question)));
  const rendered = 'Set timeout in the config file to 30 seconds; the default is no timeout and retries: 0.';
  expect(passage === rendered, `answer printed as ${JSON.stringify(passage)}`);
  const cited = askJson(question).citations[0];
  expect(exact(cited) && cited.text.includes('**timeout** in the [config file](https://example.com/shipit/config)'), 'JSON text is not the exact Markdown');
  return 'markers, link target and backticks dropped; JSON text is the file bytes';
});

check('code-block answer keeps its lines and indentation', () => {
  const question = 'How do I force a rollback to tag v1.4.2?';
  const out = ask(question);
  const block = '    ./scripts/rollback.sh \\\n      --tag v1.4.2 \\\n      --force\n';
  expect(out.startsWith(block), `answer printed as ${JSON.stringify(out.slice(0, 120))}`);
  expect(exact(askJson(question).citations[0]), 'JSON text is not the file bytes');
  return '3 lines, continuation lines indented 2 more';
});

check(`spans never nearly the whole passage (at most ${MAX_NEARLY_WHOLE})`, () => {
  const pino = fs.existsSync(path.join(DOCS, 'pino-questions.jsonl'));
  const file = pino ? path.join(DOCS, 'pino-questions.jsonl') : path.join(FIXTURE, 'questions.jsonl');
  const questions = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).q);
  const out = seedqa(['-s', pino ? path.join(DOCS, 'pino') : FIXTURE], `${questions.join('\n')}\n`);
  const blocks = out.split(/^\? /m).slice(1);
  expect(blocks.length === questions.length, `${blocks.length} answers for ${questions.length} questions`);
  let answered = 0;
  let spans = 0;
  const nearlyWhole = [];
  for (const block of blocks) {
    const [question, ...rest] = block.split('\n');
    if (rest[0] === 'No answer found in the documents.') continue;
    answered++;
    const { span, passage } = spanAndPassage(answerLines(rest.join('\n')));
    if (span === null) continue;
    spans++;
    if (span.length >= 0.8 * passage.length) nearlyWhole.push(question);
  }
  expect(nearlyWhole.length <= MAX_NEARLY_WHOLE, `nearly whole: ${nearlyWhole.join(' | ')}`);
  return `${nearlyWhole.length} of ${questions.length} ${pino ? 'pino' : 'fixture (pino docs not found)'} questions (${answered} answered, ${spans} spans printed)`;
});

check('a 360-character passage shortened, --full whole', () => {
  const question = 'When does the release train leave?';
  const sentence = bytes.toString('utf8').split('\n').find((l) => l.startsWith('The release train'));
  expect(sentence.length === 360, `the fixture's passage is ${sentence.length} characters`);
  const short = spanAndPassage(answerLines(ask(question))).passage;
  expect(short.endsWith('…') && short.length < sentence.length && sentence.startsWith(short.slice(0, -1)), `shortened to ${JSON.stringify(short)}`);
  const full = spanAndPassage(answerLines(ask(question, '--full'))).passage;
  expect(full === sentence, `--full printed ${JSON.stringify(full)}`);
  return `${short.length} characters, whole with --full`;
});

check('section heading shown near the answer', () => {
  const lines = ask('How do I force a rollback to tag v1.4.2?').split('\n');
  const first = lines.findIndex((l) => l.startsWith('[1] '));
  expect(first >= 0 && first <= 6, `the first citation is on line ${first + 1}`);
  expect(lines[first].includes(' › Deploy guide › Rolling back with rollback.sh'), `heading printed as ${JSON.stringify(lines[first])}`);
  return `on line ${first + 1}, rendered (no backticks)`;
});

const passed = checks.filter((c) => c.ok).length;
for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}`);
console.log(`docs-check: ${passed}/${checks.length}`);
process.exitCode = passed === checks.length ? 0 : 1;
