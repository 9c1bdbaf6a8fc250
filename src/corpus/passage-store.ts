import type { Document, Passage } from '../types.js';

/** Numbers stored per passage in a {@link PassageStore} table. */
export const ROW_WIDTH = 5;
const [DOC, LINE, COLUMN, START, END] = [0, 1, 2, 3, 4] as const;

const decoder = new TextDecoder();

/**
 * All passages of a corpus as one flat table (document, line, column, start, end per
 * passage); a {@link Passage} object, with its text decoded from the file's bytes, is made
 * only when asked for.
 */
export class PassageStore {
  readonly documents: readonly Document[];
  readonly rows: Uint32Array;
  private readonly sentences: Uint32Array;

  constructor(documents: readonly Document[], rows: Uint32Array) {
    this.documents = documents;
    this.rows = rows;
    this.sentences = new Uint32Array(this.count);
    let previousDoc = -1;
    let sentence = 0;
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
