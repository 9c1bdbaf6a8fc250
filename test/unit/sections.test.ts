import { describe, expect, it } from 'vitest';
import { corpusOf } from './corpus-of.js';

/** The passages of a Markdown document, and what each stands for and holds, by text. */
function structure(markdown: string) {
  const { passages } = corpusOf(markdown, 'doc.md');
  const text = (i: number) => (i < 0 ? null : passages.text(i));
  const find = (t: string) => [...passages.texts()].indexOf(t);
  return {
    headingFor: (t: string) => text(passages.headingFor(find(t))),
    section: (t: string, count = 3) => passages.sectionUnder(find(t), count).map(text),
  };
}

describe('PassageStore.headingFor', () => {
  it('gives a heading itself, and for a table of contents’ entry the heading its anchor names', () => {
    const doc = structure('# API\n\n- [`level` option](#level-option)\n- [*Enable* it](#enable-logging)\n\n## `level` option\n\nText.\n\n## Enable logging\n\nMore.\n');
    expect(doc.headingFor('# API')).toBe('# API');
    expect(doc.headingFor('- [`level` option](#level-option)')).toBe('## `level` option');
    expect(doc.headingFor('- [*Enable* it](#enable-logging)')).toBe('## Enable logging');
    expect(doc.headingFor('Text.')).toBeNull();
  });

  it('tells repeated titles apart by GitHub’s numbered anchors, and follows numbered lists', () => {
    const doc = structure('# ws\n\n1. [Usage](#usage)\n2. [Usage](#usage-1)\n\n## Client\n\n### Usage\n\nConnect.\n\n## Server\n\n### Usage\n\nListen.\n');
    expect(doc.headingFor('[Usage](#usage-1)')).toBe('### Usage');
    expect(structure('# ws\n\n- [Usage](#usage-1)\n\n## A\n\n### Usage\n\nConnect.\n\n## B\n\n### Usage\n\nListen.\n').section('### Usage')).toEqual(['Connect.']);
  });

  it('gives none for a link to another file, an anchor no heading has, or a file that is not Markdown', () => {
    const doc = structure('# FAQ\n\n- [Logging](other.md#logging)\n- [Gone](#gone)\n\n## Logging\n\nOn.\n');
    expect(doc.headingFor('- [Logging](other.md#logging)')).toBeNull();
    expect(doc.headingFor('- [Gone](#gone)')).toBeNull();
    const { passages } = corpusOf('# FAQ\n\n- [Logging](#logging)\n', 'doc.txt');
    expect(passages.headingFor(0)).toBe(-1);
  });
});

describe('PassageStore.sectionUnder', () => {
  it('gives the first passages under a heading, its subsections’ included, up to the next heading of its level', () => {
    const doc = structure('# Guide\n\n## Logging\n\n### Options\n\nPass true.\n\nOr false.\n\n## Metrics\n\nOff.\n');
    expect(doc.section('## Logging')).toEqual(['Pass true.', 'Or false.']);
    expect(doc.section('## Logging', 1)).toEqual(['Pass true.']);
    expect(doc.section('## Metrics')).toEqual(['Off.']);
  });

  it('leaves out a table of contents, and gives none for a heading at the end', () => {
    const doc = structure('# Logging\n\n- [On](#on)\n\n## On\n\nPass true.\n\n## End\n');
    expect(doc.section('# Logging')).toEqual(['Pass true.']);
    expect(doc.section('## End')).toEqual([]);
  });
});
