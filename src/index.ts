/**
 * seedqa's library API: load documents, index their sentences, and answer questions with
 * cited passages. The `seedqa` command line is built on exactly these functions.
 *
 * @example
 * ```ts
 * import { openCorpus, answerQuestion, formatJson } from 'seedqa';
 * const corpus = await openCorpus(['docs/']);
 * const answer = answerQuestion(corpus, 'How do I roll back?', { limit: 3 });
 * console.log(formatJson(answer));
 * ```
 * @packageDocumentation
 */
export { analyze, analyzeTerms, type AnalyzedToken } from './analysis/analyze.js';
export { toPassages } from './analysis/passages.js';
export { splitSentences } from './analysis/sentences.js';
export { answerQuestion, type AnswerOptions } from './answer/answer.js';
export { contextOf, headingOf } from './corpus/passage-context.js';
export { BUNDLED_SEEDS } from './config.js';
export { defaultCacheDir } from './cache/location.js';
export { passageBlocks } from './corpus/blocks.js';
export { INDEX_VERSION, openCorpus, type Corpus, type OpenOptions } from './corpus/open.js';
export { PassageStore } from './corpus/passage-store.js';
export { SeedqaError } from './errors.js';
export { displayPath, readDocument, type LoadOptions } from './load/index.js';
export { loadDocuments } from './load/list.js';
export { formatJson } from './print/json.js';
export { terminalSafe } from './print/sanitize.js';
export { formatShow, type ShownPassage, type ShowOptions } from './print/show.js';
export { formatSources } from './print/sources.js';
export { formatText, type TextOptions } from './print/text.js';
export { CompactIndex, type IndexHit } from './search/compact-index.js';
export type { Answer, Citation, Document, Passage, PassageBlock, PassageContext, Range, SourceInfo } from './types.js';
