import { readFileSync } from 'node:fs';
import { answerQuestion } from '../answer/answer.js';
import { openCorpus, type OpenOptions } from '../corpus/open.js';
import { SeedqaError } from '../errors.js';
import type { EvalReport } from '../types.js';

export type { EvalReport } from '../types.js';

/** A question with known acceptable passages (substrings) and, optionally, its answer phrase. */
export interface GoldQuestion {
  id: string;
  q: string;
  gold: string[];
  span?: string;
}

/** A question the documents do not answer. */
export interface UnanswerableQuestion {
  id: string;
  q: string;
  kind?: string;
}

function readJsonLines<T>(file: string, check: (value: Record<string, unknown>) => string | undefined): T[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SeedqaError(`cannot read question file ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const out: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SeedqaError(`${file}:${i + 1}: not valid JSON`);
    }
    const problem = value && typeof value === 'object' && !Array.isArray(value) ? check(value as Record<string, unknown>) : 'expected a JSON object';
    if (problem) throw new SeedqaError(`${file}:${i + 1}: ${problem}`);
    out.push(value as T);
  });
  return out;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function checkGold(v: Record<string, unknown>): string | undefined {
  if (!isText(v.q)) return 'expected "q", the question, as a non-empty string';
  if (!Array.isArray(v.gold) || v.gold.length === 0 || !v.gold.every(isText)) return 'expected "gold" as a list of passage substrings';
  if (v.span !== undefined && !isText(v.span)) return 'expected "span" as a string';
  return undefined;
}

function checkUnanswerable(v: Record<string, unknown>): string | undefined {
  return isText(v.q) ? undefined : 'expected "q", the question, as a non-empty string';
}

/** The span matches when either contains the other (the shorter at least three characters long). */
function spanMatches(found: string | null, expected: string): boolean {
  if (!found) return false;
  const a = found.toLowerCase();
  const b = expected.toLowerCase();
  return a.includes(b) || (b.includes(a) && a.length >= 3);
}

/**
 * `seedqa eval`: answers every question of a gold file (and of an unanswerable file) through the
 * same code as `ask`, and scores the answers: right passage first, reciprocal rank in the first
 * five, answer spans, abstentions.
 */
export async function evaluate(goldFile: string, unanswerableFile: string | undefined, seeds: string[], options: OpenOptions): Promise<EvalReport> {
  const gold = readJsonLines<GoldQuestion>(goldFile, checkGold);
  const unanswerable = unanswerableFile ? readJsonLines<UnanswerableQuestion>(unanswerableFile, checkUnanswerable) : [];
  const corpus = await openCorpus(seeds, options);
  const report: EvalReport = { n: gold.length, top1: 0, mrr5: 0, span: 0, spans_expected: 0, false_abstain: 0, unanswerable: unanswerable.length, abstained: 0, reasons: {}, misses: [] };
  const ask = (q: string) => {
    const answer = answerQuestion(corpus, q, { limit: 5 });
    if (answer.reason) report.reasons[answer.reason] = (report.reasons[answer.reason] ?? 0) + 1;
    return answer;
  };
  for (const question of gold) {
    const answer = ask(question.q);
    const cited = answer.answered ? answer.citations : [];
    const rank = cited.findIndex((c) => question.gold.some((g) => c.text.includes(g)));
    if (!answer.answered) report.false_abstain++;
    if (rank === 0) report.top1++;
    else report.misses.push({ id: question.id, q: question.q });
    if (rank >= 0) report.mrr5 += 1 / (rank + 1);
    if (question.span !== undefined) {
      report.spans_expected++;
      if (spanMatches(answer.span, question.span)) report.span++;
    }
  }
  report.mrr5 = report.n > 0 ? Math.round((report.mrr5 / report.n) * 1000) / 1000 : 0;
  for (const question of unanswerable) if (!ask(question.q).answered) report.abstained++;
  return report;
}
