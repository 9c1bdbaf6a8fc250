import type { AbstainReason } from './answer/model.js';

/** A document read from disk: its path, raw bytes and decoded text. */
export interface Document {
  /** Absolute path of the file. */
  path: string;
  /** Path as shown to users: relative to the working directory when below it, else absolute. */
  source: string;
  /** The file's bytes, exactly as read. */
  bytes: Uint8Array;
  /** The decoded text (BOM stripped, invalid UTF-8 replaced by U+FFFD). */
  text: string;
  /**
   * Byte offset in `bytes` of every UTF-16 code unit of `text`, plus one final entry for the
   * end of the file. Only present when the file is not valid UTF-8; otherwise offsets are
   * computed from the UTF-8 length of the text.
   */
  byteOffsets?: Uint32Array;
  /** Length of the stripped byte order mark (0 or 3). */
  bomLength: number;
}

/** A sentence-level piece of a document, with exact offsets back into the file. */
export interface Passage {
  /** Stable id: `<source>#<sentence>`. */
  id: string;
  /** The document's display path (see {@link Document.source}). */
  source: string;
  /** 1-based index of the passage in its document. */
  sentence: number;
  /** 1-based line of the passage's first character. */
  line: number;
  /** 1-based column of the passage's first character, counted in Unicode characters. */
  column: number;
  /** Byte offset of the passage's first byte in the file. */
  start: number;
  /** Byte offset just past the passage's last byte (exclusive). */
  end: number;
  /** Exactly the file's bytes `start..end`, decoded. */
  text: string;
}

/** Where an answer comes from, as printed in JSON. */
export interface Citation extends Passage {
  /** The Markdown headings the passage sits under, joined by ` › `; null outside Markdown or before any heading. */
  heading: string | null;
  /** The ranking model's probability (0–1, four decimals) that this passage answers the question. */
  score: number;
  /** Neighbouring passages of the same document, when asked for (`--context`). */
  context?: PassageContext;
}

/** Passages around a passage, nearest last in `before` and first in `after`. */
export interface PassageContext {
  before: Passage[];
  after: Passage[];
}

/** A character range `[start, end)` inside a string. */
export type Range = readonly [start: number, end: number];

/** The answer to one question. */
export interface Answer {
  question: string;
  /** True when the best passage answers the question. */
  answered: boolean;
  /**
   * Why not, when not answered: `no-match` (no passage shares a word with the question),
   * `type-missing` (the best passage holds no date, number or name the question asks for),
   * `only-names` (it names what is asked about but says nothing of what is asked),
   * `low-confidence` (neither; the model is not sure enough). Null when answered.
   */
  reason: AbstainReason | null;
  /** Text of the best passage, or null when not answered. */
  answer: string | null;
  /** The part of the answer that answers the question (a name, date or number, or the passage without the question's words), or null. */
  span: string | null;
  /** Cited passages, best first. */
  citations: Citation[];
  /** For each citation, the character ranges of its text that matched the question. */
  highlights: Range[][];
}

/**
 * What kind of block of its document a passage is, for printing it as the document shows it:
 * running text, a fenced code block (with the fence's info string, such as `js`), or a cell of a
 * table (with its row and the table's header row).
 */
export type PassageBlock =
  | { kind: 'text' }
  | { kind: 'code'; info: string }
  | {
      kind: 'table';
      /** The header row's cells, or null when the passage's row is the header or there is none. */
      header: string[] | null;
      /** The cells of the passage's row, as written (Markdown). */
      cells: string[];
      /** Which of `cells` the passage is. */
      cell: number;
    };

/** One document in use, as `seedqa sources` lists it: where it is, how many passages it gave, its size. */
export interface SourceInfo {
  source: string;
  path: string;
  passages: number;
  bytes: number;
}

/** What `seedqa eval` reports. */
export interface EvalReport {
  n: number;
  top1: number;
  mrr5: number;
  span: number;
  spans_expected: number;
  false_abstain: number;
  unanswerable: number;
  abstained: number;
  /** How often each reason for not answering was given, over all questions (see {@link Answer.reason}). */
  reasons: Partial<Record<AbstainReason, number>>;
  misses: Array<{ id: string; q: string }>;
}
