import { headingPathAt, isMarkdown, markdownHeadings, type Heading } from '../analysis/headings.js';
import type { Document, Passage } from '../types.js';

/** Numbers stored per passage in a {@link PassageStore} table. */
export const ROW_WIDTH = 5;
const [DOC, LINE, COLUMN, START, END] = [0, 1, 2, 3, 4] as const;

const decoder = new TextDecoder();

/** A line of a table of contents: a list item that only links to a heading of its document. */
const CONTENTS_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\[([^\]]+)\]\(#[^)\s]*\)\s*$/;

/**
 * All passages of a corpus as one flat table (document, line, column, start, end per
 * passage); a {@link Passage} object, with its text decoded from the file's bytes, is made
 * only when asked for.
 *
 * @example
 * ```ts
 * const { passages } = await openCorpus(['docs/']);
 * passages.count; // how many sentences
 * passages.get(0); // { id: 'docs/a.md#1', line: 1, column: 1, start: 0, end: 42, text: '…', … }
 * ```
 */
export class PassageStore {
  readonly documents: readonly Document[];
  readonly rows: Uint32Array;
  private readonly sentences: Uint32Array;
  /** Passage number of each document's first passage; one more entry for the end. */
  private readonly firsts: Uint32Array;
  private readonly headings = new Map<number, Heading[]>();

  constructor(documents: readonly Document[], rows: Uint32Array) {
    this.documents = documents;
    this.rows = rows;
    this.sentences = new Uint32Array(this.count);
    this.firsts = new Uint32Array(documents.length + 1).fill(this.count);
    let previousDoc = -1;
    let sentence = 0;
    for (let i = this.count - 1; i >= 0; i--) this.firsts[rows[i * ROW_WIDTH + DOC]!] = i;
    for (let d = documents.length - 1; d >= 0; d--) this.firsts[d] = Math.min(this.firsts[d]!, this.firsts[d + 1]!);
    for (let i = 0; i < this.count; i++) {
      const doc = rows[i * ROW_WIDTH + DOC]!;
      sentence = doc === previousDoc ? sentence + 1 : 1;
      previousDoc = doc;
      this.sentences[i] = sentence;
    }
  }

  /** Builds the table from each document's passages, in document order. */
  static fromPassages(documents: readonly Document[], perDocument: ReadonlyArray<readonly Passage[]>): PassageStore {
    const total = perDocument.reduce((n, list) => n + list.length, 0);
    const rows = new Uint32Array(total * ROW_WIDTH);
    let at = 0;
    perDocument.forEach((list, doc) => {
      for (const p of list) {
        rows.set([doc, p.line, p.column, p.start, p.end], at);
        at += ROW_WIDTH;
      }
    });
    return new PassageStore(documents, rows);
  }

  /** Number of passages. */
  get count(): number {
    return this.rows.length / ROW_WIDTH;
  }

  /** The text of passage `i`: exactly its bytes in the file, decoded. */
  text(i: number): string {
    const at = i * ROW_WIDTH;
    const doc = this.documents[this.rows[at + DOC]!]!;
    const bytes = doc.bytes.subarray(this.rows[at + START]!, this.rows[at + END]!);
    return doc.byteOffsets ? decoder.decode(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }

  /** Every passage's text, in order. */
  *texts(): Generator<string> {
    for (let i = 0; i < this.count; i++) yield this.text(i);
  }

  /** Index in {@link documents} of the document passage `i` belongs to. */
  documentOf(i: number): number {
    return this.rows[i * ROW_WIDTH + DOC]!;
  }

  /** How many passages document `doc` has. */
  countIn(doc: number): number {
    return this.firsts[doc + 1]! - this.firsts[doc]!;
  }

  /** The passage number of sentence `sentence` (1-based) of document `doc`, or -1 when there is none. */
  find(doc: number, sentence: number): number {
    return sentence >= 1 && sentence <= this.countIn(doc) ? this.firsts[doc]! + sentence - 1 : -1;
  }

  /**
   * The passage of document `doc` at `line` and `column` (1-based, column in characters): the one
   * whose text spans that place; else, in the space between passages, the first one that starts
   * later on the same line, else the last one before it, else the first after it. -1 when the
   * document has no passages.
   */
  at(doc: number, line: number, column = 1): number {
    const first = this.firsts[doc]!;
    const end = this.firsts[doc + 1]!;
    const before = (l: number, c: number): boolean => l < line || (l === line && c <= column);
    let previous = -1;
    for (let i = first; i < end; i++) {
      const startLine = this.rows[i * ROW_WIDTH + LINE]!;
      const startColumn = this.rows[i * ROW_WIDTH + COLUMN]!;
      if (!before(startLine, startColumn)) return startLine === line || previous < 0 ? i : previous;
      const text = this.text(i);
      const breaks = text.split('\n');
      const endLine = startLine + breaks.length - 1;
      const endColumn = (breaks.length === 1 ? startColumn : 1) + [...breaks.at(-1)!].length;
      if (endLine > line || (endLine === line && endColumn > column)) return i;
      previous = i;
    }
    return previous;
  }

  /** Up to `radius` passages of the same document on each side of passage `i`, in order. */
  around(i: number, radius: number): { before: number[]; after: number[] } {
    const doc = this.documentOf(i);
    const before: number[] = [];
    const after: number[] = [];
    for (let j = Math.max(this.firsts[doc]!, i - radius); j < i; j++) before.push(j);
    for (let j = i + 1; j <= Math.min(this.firsts[doc + 1]! - 1, i + radius); j++) after.push(j);
    return { before, after };
  }

  /** The Markdown headings passage `i` sits under, outermost first; empty for other files. */
  headingPath(i: number): string[] {
    const headings = this.headingsOf(i);
    return headings ? headingPathAt(headings, this.rows[i * ROW_WIDTH + LINE]!) : [];
  }

  /** Whether passage `i` is a Markdown heading. */
  isHeading(i: number): boolean {
    const line = this.rows[i * ROW_WIDTH + LINE]!;
    return this.headingsOf(i)?.some((heading) => heading.line === line) ?? false;
  }

  /**
   * The heading passage `i` stands for: itself when it is a Markdown heading, or the heading its
   * table-of-contents line links to ("- [Enable logging](#enable-logging)"); -1 for none.
   */
  headingFor(i: number): number {
    const headings = this.headingsOf(i);
    if (!headings) return -1;
    if (this.isHeading(i)) return i;
    const link = CONTENTS_LINE.exec(this.text(i));
    const heading = link ? headings.find((h) => h.title === link[1]) : undefined;
    return heading ? this.at(this.documentOf(i), heading.line) : -1;
  }

  /** Up to `count` passages that open the section under heading passage `heading`, none past the next heading. */
  sectionUnder(heading: number, count: number): number[] {
    const after = this.around(heading, count).after;
    const end = after.findIndex((j) => this.isHeading(j));
    return end < 0 ? after : after.slice(0, end);
  }

  /** The headings of passage `i`'s document, parsed on first use; undefined when it is not Markdown. */
  private headingsOf(i: number): Heading[] | undefined {
    const doc = this.documentOf(i);
    const document = this.documents[doc]!;
    if (!isMarkdown(document.path)) return undefined;
    let headings = this.headings.get(doc);
    if (!headings) this.headings.set(doc, (headings = markdownHeadings(document.text)));
    return headings;
  }

  /** Passage `i` as an object. */
  get(i: number): Passage {
    const at = i * ROW_WIDTH;
    const doc = this.documents[this.rows[at + DOC]!]!;
    const sentence = this.sentences[i]!;
    return {
      id: `${doc.source}#${sentence}`,
      source: doc.source,
      sentence,
      line: this.rows[at + LINE]!,
      column: this.rows[at + COLUMN]!,
      start: this.rows[at + START]!,
      end: this.rows[at + END]!,
      text: this.text(i),
    };
  }
}
