import type { Answer } from '../types.js';
import { formatJson } from './json.js';
import type { TextOptions } from './text.js';

/** How {@link answerPrinter} prints: JSON Lines, or text with these options. */
export interface PrinterOptions extends Omit<TextOptions, 'showQuestion'> {
  json: boolean;
}

/**
 * A function that formats answers as `options` say: JSON Lines, or text (whose module, with
 * chalk, is loaded only then: JSON starts faster without it). Text options are read at each
 * call, so a caller may change `width` or `full` between answers (as the REPL does).
 *
 * @example
 * ```ts
 * const print = await answerPrinter({ json: false, color: false });
 * process.stdout.write(print(answerQuestion(corpus, 'Who is the CEO?'), false));
 * ```
 */
export async function answerPrinter(options: PrinterOptions): Promise<(answer: Answer, showQuestion: boolean) => string> {
  if (options.json) return (answer) => `${formatJson(answer)}\n`;
  const { formatText } = await import('./text.js');
  return (answer, showQuestion) => formatText(answer, { ...options, showQuestion });
}
