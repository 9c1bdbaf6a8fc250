import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { featureAt, FEATURE_NAMES, featuresOf, questionMemo, withCandidateFeatures, type FeatureName } from '../../src/answer/features.js';
import { analyzeQuestion } from '../../src/answer/question.js';
import type { StandIn } from '../../src/answer/stand-ins.js';
import { corpusOf } from './corpus-of.js';

/** The features of passage `at` of `document` (default: its first) for a question, every question word weighing the same. */
function featuresFor(question: string, document: string, standIns = new Map<string, StandIn>(), at = 0, path?: string) {
  const corpus = corpusOf(document, path);
  const analyzed = analyzeQuestion(question);
  const idf = new Map(analyzed.terms.map((t) => [t, 1]));
  const text = corpus.passages.text(at);
  const tokens = analyze(text);
  const credited = [...new Set(tokens.flatMap((t) => t.terms))].filter((t) => analyzed.terms.includes(t) || (standIns.has(t) && !standIns.get(t)!.searchOnly));
  const context = { corpus, question: analyzed, idf, standIns, memo: questionMemo() };
  return featuresOf({ passage: at, text, tokens, credited }, context);
}

/** Feature `name` of passage `at` of `document` for a question. */
const feature = (name: FeatureName, question: string, document: string, at = 0, path?: string, standIns?: Map<string, StandIn>): number =>
  featuresFor(question, document, standIns, at, path).features[featureAt(name)]!;

describe('featuresOf', () => {
  it('gives one number per feature name', () => {
    expect(featuresFor('Who founded Acme?', 'Acme was founded by Jane Roe.').features).toHaveLength(FEATURE_NAMES.length);
  });

  it('measures how many question words the passage holds, plainly and weighted by IDF', () => {
    expect(feature('coverage', 'Who founded Acme?', 'Acme was founded by Jane Roe.')).toBe(1);
    expect(feature('coverage', 'Who founded Acme?', 'Acme makes anvils.')).toBe(0.5);
    expect(featuresFor('Who founded Acme?', 'Acme makes anvils.').idfCoverage).toBe(0.5);
  });

  it('weighs the nearness of the expected kind of answer by how much of the question the passage covers', () => {
    expect(feature('type_near', 'Who founded Acme?', 'Acme is run by Jane Roe.')).toBeCloseTo(Math.exp(-11 / 20) * 0.5);
    expect(feature('type_near', 'Who founded Acme?', 'Acme was founded by Jane Roe.')).toBeCloseTo(Math.exp(-4 / 20));
    expect(feature('type_near', 'Who founded Acme?', 'Acme was founded in the old mill by the river, long before Jane Roe.')).toBeLessThan(Math.exp(-4 / 20));
    expect(feature('type_near', 'Who founded Acme?', 'Acme makes anvils.')).toBe(0);
    expect(feature('type_near', 'What is Acme?', 'Acme is run by Jane Roe.')).toBe(0);
  });

  it('counts a word once, however many terms the analyzer gives it ("TikTok" → tiktok, tik, tok)', () => {
    expect(feature('coverage', 'When was TikTok launched?', 'TikTok is popular.')).toBe(0.5);
    expect(feature('coverage', 'Who founded OpenAI?', 'AI is growing.')).toBe(0);
  });

  it('measures nearness to a stand-in as to a question word', () => {
    const standIns = new Map([['founder', { weight: 0.5, covers: ['found'] }]]);
    const text = 'Acme earned praise in the hometown of its founder Jane Roe.';
    const { features, idfCoverage } = featuresFor('Who founded Acme?', text, standIns);
    expect(features[featureAt('type_near')]).toBeCloseTo(Math.exp(-1 / 20) * idfCoverage);
    expect(feature('type_near', 'Who founded Acme?', text)).toBeLessThan(Math.exp(-20 / 20));
  });

  it('counts a question word found only through a stand-in at the stand-in’s weight', () => {
    const standIns = new Map([['construct', { weight: 0.3, covers: ['build'] }]]);
    const terms = analyzeQuestion('Will Acme build a bridge?').terms.length;
    expect(feature('coverage', 'Will Acme build a bridge?', 'Acme will construct a bridge.', 0, undefined, standIns)).toBeCloseTo((terms - 1 + 0.3) / terms);
    expect(feature('coverage', 'Will Acme build a bridge?', 'Acme will construct a bridge.')).toBeCloseTo((terms - 1) / terms);
  });

  it('credits no question word, nor nearness, to a stand-in that only helps the search', () => {
    const question = 'Who founded Acme?';
    const text = 'Acme earned praise in the hometown of its founder Jane Roe.';
    const searchOnly = featuresFor(question, text, new Map([['founder', { weight: 0.5, covers: ['found'], searchOnly: true }]]));
    expect(searchOnly).toEqual(featuresFor(question, text));
    expect(searchOnly).not.toEqual(featuresFor(question, text, new Map([['founder', { weight: 0.5, covers: ['found'] }]])));
  });

  it('matches the question’s missing words softly by their word vectors', () => {
    const near = feature('soft_match', 'Who leads Acme?', 'Jane Roe is the chief executive of Acme.');
    const far = feature('soft_match', 'Who leads Acme?', 'Acme sells kettles.');
    expect(near).toBeGreaterThan(far);
    expect(near).toBeLessThan(0.5);
    expect(feature('soft_match', 'Who leads Acme?', 'Jane Roe leads Acme.')).toBe(0);
  });

  it('flags a passage without the date, number or name the question’s wording demands', () => {
    expect(feature('type_missing', 'When did the pumps fail?', 'The pumps failed.')).toBe(1);
    expect(feature('type_missing', 'When did the pumps fail?', 'The pumps failed on Friday.')).toBe(0);
    expect(feature('type_missing', 'What time does the ferry leave?', 'The ferry leaves at 06:55.')).toBe(0);
    expect(feature('type_missing', 'What did the pumps do?', 'The pumps failed.')).toBe(0);
    expect(feature('type_missing', 'How much did the server cost?', 'The server has 32 GB of RAM.')).toBe(1);
    expect(feature('type_missing', 'How much did the server cost?', 'The server cost 900 euros.')).toBe(0);
  });

  it('flags a passage that only names what the question asks about by a noun', () => {
    expect(feature('only_names', 'What is the price of Acme?', 'Acme is in Ohio.')).toBe(1);
    expect(feature('only_names', 'What is the price of Acme?', 'The price of Acme is $5.')).toBe(0);
  });

  it('notices that a passage describes the name a "What is X?" question asks about', () => {
    expect(feature('describes', 'What is CapCut?', 'It owns the video-editing app CapCut.')).toBe(1);
    expect(feature('describes', 'What is CapCut?', 'CapCut grew.')).toBe(0);
  });

  it('counts, at half weight, the question words that only a heading above the passage holds', () => {
    const doc = '# Server\n\n## keepAliveTimeout\n\nDefault: 72000.\n';
    expect(feature('coverage', 'What is the default keepAliveTimeout?', doc, 2, 'doc.md')).toBe(0.75);
    expect(feature('coverage', 'What is the default keepAliveTimeout?', 'Intro.\n\nDefault: 72000.\n', 1, 'doc.md')).toBe(0.5);
  });

  it('takes a file’s first passage, where no heading stands above, for its title, at half weight', () => {
    const log = 'Boiler maintenance log\n\nServiced on 2 May by Hallam Heating.\n';
    expect(feature('coverage', 'When was the boiler serviced?', log, 1)).toBe(0.75);
    expect(feature('coverage', 'When was the boiler serviced?', log, 1, 'log.md')).toBe(0.75);
    expect(feature('coverage', 'When was the boiler serviced?', 'Boiler maintenance log\n\n# Heating\n\nServiced on 2 May.\n', 2, 'log.md')).toBe(0.5);
  });

  it('grows with the passage’s content words, on a log scale that stops at 100', () => {
    const length = (text: string) => feature('length', 'Who founded Acme?', text);
    expect(length('Acme was founded by Jane Roe.')).toBeCloseTo(Math.log1p(4) / Math.log1p(100)); // 4 content words
    expect(length('Acme was founded by Jane Roe and her three brothers in a small mill by the river.')).toBeGreaterThan(length('Acme was founded by Jane Roe.'));
    expect(length('word '.repeat(300))).toBe(1);
    // Chinese is analyzed into overlapping character pairs: 14 characters are counted as 7 words, not 13.
    expect(feature('length', '谁是首席执行官？', '字节跳动的首席执行官是梁汝波。')).toBeCloseTo(Math.log1p(7) / Math.log1p(100));
  });

  it('tells list items from prose', () => {
    const doc = '# Setup\n\nInstall it first.\n\n- Run the tests.\n';
    const kinds = (at: number) => feature('kind_list', 'How do I run the tests?', doc, at, 'doc.md');
    expect([kinds(0), kinds(1), kinds(2)]).toEqual([0, 0, 1]);
  });

  it('takes a file’s name from its path on any system', () => {
    const windows = featuresFor('What did Lincoln say?', 'We can not escape history.', undefined, 0, 'C:\\speeches\\1862_abraham_lincoln_r.txt');
    const posix = featuresFor('What did Lincoln say?', 'We can not escape history.', undefined, 0, 'speeches/1862_abraham_lincoln_r.txt');
    expect(windows.features[featureAt('title_coverage')]).toBe(posix.features[featureAt('title_coverage')]);
    expect(feature('title_coverage', 'What did Lincoln say?', 'We can not escape history.', 0, 'lincoln/speech.txt')).toBe(0);
  });

  it('counts the question words that only its file’s name holds, as a title', () => {
    const speech = 'We can not escape history.';
    expect(feature('title_coverage', 'What did Lincoln say in 1862?', speech, 0, '1862_abraham_lincoln_r.txt')).toBeCloseTo(2 / 3);
    expect(feature('title_coverage', 'What did Lincoln say in 1862?', speech, 0, 'speech.txt')).toBe(0);
    expect(feature('title_coverage', 'How do type providers work?', 'They infer them.', 0, 'Type-Providers.md')).toBeCloseTo(2 / 3);
  });

  it('counts the question words that only the passages beside it hold', () => {
    expect(feature('context_coverage', 'When did the pumps fail?', 'The pumps are old. They failed on Friday. Nobody came.', 1)).toBeCloseTo(1 / 2);
  });

  it('counts the question words its document holds, and whether it opens the document', () => {
    const doc = 'The pumps are old. They failed on Friday.';
    expect(feature('document_coverage', 'When did the pumps fail?', doc, 1)).toBe(1);
    expect(feature('document_coverage', 'When did the cranes fail?', doc, 1)).toBe(0.5);
    expect(feature('first_passage', 'When did the pumps fail?', doc, 0)).toBe(1);
    expect(feature('first_passage', 'When did the pumps fail?', doc, 1)).toBe(0);
  });
});

describe('withCandidateFeatures', () => {
  it('measures how far each candidate’s coverage falls short of the best', () => {
    const row = (idfCoverage: number) => ({ features: FEATURE_NAMES.map(() => 0), idfCoverage });
    const [a, b] = withCandidateFeatures([row(1), row(0.25)]);
    expect(a![featureAt('coverage_gap')]).toBe(0);
    expect(b![featureAt('coverage_gap')]).toBe(0.75);
  });
});
