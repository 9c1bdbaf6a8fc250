import { headingPathAt, isMarkdown, markdownHeadings, type Heading } from '../analysis/headings.js';
import { isWordChar } from '../analysis/unicode.js';
import type { Document, Passage } from '../types.js';

/** Numbers stored per passage in a {@link PassageStore} table. */
export const ROW_WIDTH = 5;
const [DOC, LINE, COLUMN, START, END] = [0, 1, 2, 3, 4] as const;

const decoder = new TextDecoder();

/** An entry of a table of contents: a list item, or a line, that only links to an anchor of its own document. */
const CONTENTS_ENTRY = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?\[.*\]\(#([^)\s]+)\)\s*$/;

/** How far past a heading {@link PassageStore.sectionUnder} looks for its section's passages. */
const SECTION_SCAN = 50;

/**
 * The anchors GitHub gives a document's headings, each with its heading's line: the title in lower
 * case, punctuation dropped, spaces as hyphens ("`level` (String)" → "level-string"), and "-1",
 * "-2" … after a title's repeats.
 */
function anchorLines(headings: readonly Heading[]): Map<string, number> {
  const lines = new Map<string, number>();
  const repeats = new Map<string, number>();
  for (const { title, line } of headings) {
    const kept = [...title.toLowerCase()].filter((ch) => isWordChar(ch.codePointAt(0)!) || /[\s_-]/.test(ch));
    const base = kept.join('').replace(/\s/g, '-');
    const seen = repeats.get(base) ?? 0;
    repeats.set(base, seen + 1);
    lines.set(seen === 0 ? base : `${base}-${seen}`, line);
  }
  return lines;
}

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
  /** Each Markdown document's headings by line, made with {@link headings}. */
  private readonly headingLines = new Map<number, Map<number, Heading>>();
  /** Each Markdown document's heading anchors (see anchorLines), made when a table of contents is first followed. */
  private readonly anchors = new Map<number, Map<string, number>>();

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
    return this.headingAt(i) !== undefined;
  }

  /**
   * The heading passage `i` stands for: itself when it is a Markdown heading, or the heading its
   * table-of-contents entry links to ("- [Enable logging](#enable-logging)", by GitHub's anchors,
   * "-1" and on for repeated titles); -1 for none.
   */
  headingFor(i: number): number {
    const headings = this.headingsOf(i);
    if (!headings) return -1;
    if (this.isHeading(i)) return i;
    const anchor = CONTENTS_ENTRY.exec(this.text(i))?.[1]?.toLowerCase();
    if (anchor === undefined) return -1;
    const doc = this.documentOf(i);
    let lines = this.anchors.get(doc);
    if (!lines) this.anchors.set(doc, (lines = anchorLines(headings)));
    const line = lines.get(anchor);
    return line === undefined ? -1 : this.onLine(doc, line);
  }

  /**
   * Up to `count` passages of the section under heading passage `heading`, its subsections'
   * included: not its subheadings or table-of-contents entries, nothing past the next heading of
   * the same or a higher level.
   */
  sectionUnder(heading: number, count: number): number[] {
    const level = this.headingAt(heading)?.level ?? 0;
    const end = Math.min(this.firsts[this.documentOf(heading) + 1]!, heading + 1 + SECTION_SCAN);
    const found: number[] = [];
    for (let j = heading + 1; j < end && found.length < count; j++) {
      const sub = this.headingAt(j);
      if (sub && sub.level <= level) break;
      if (!sub && !CONTENTS_ENTRY.test(this.text(j))) found.push(j);
    }
    return found;
  }

  /** The heading on passage `i`'s line, when passage `i` is one. */
  private headingAt(i: number): Heading | undefined {
    if (!this.headingsOf(i)) return undefined;
    return this.headingLines.get(this.documentOf(i))!.get(this.rows[i * ROW_WIDTH + LINE]!);
  }

  /** The first passage of document `doc` on `line`, or -1 (passages are in line order). */
  private onLine(doc: number, line: number): number {
    let [low, high] = [this.firsts[doc]!, this.firsts[doc + 1]!];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.rows[middle * ROW_WIDTH + LINE]! < line) low = middle + 1;
      else high = middle;
    }
    return low < this.firsts[doc + 1]! && this.rows[low * ROW_WIDTH + LINE] === line ? low : -1;
  }

  /** The headings of passage `i`'s document, parsed on first use; undefined when it is not Markdown. */
  private headingsOf(i: number): Heading[] | undefined {
    const doc = this.documentOf(i);
    const document = this.documents[doc]!;
    if (!isMarkdown(document.path)) return undefined;
    let headings = this.headings.get(doc);
    if (!headings) {
      this.headings.set(doc, (headings = markdownHeadings(document.text)));
      this.headingLines.set(doc, new Map(headings.map((h) => [h.line, h])));
    }
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
