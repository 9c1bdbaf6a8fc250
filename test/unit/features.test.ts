import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { FEATURE_NAMES, featuresOf } from '../../src/answer/features.js';
import { analyzeQuestion } from '../../src/answer/question.js';

const feature = (name: (typeof FEATURE_NAMES)[number]) => FEATURE_NAMES.indexOf(name);

function featuresFor(question: string, text: string, standIns?: Map<string, { weight: number; covers: string[]; searchOnly?: boolean }>): number[] {
  const analyzed = analyzeQuestion(question);
  const idf = new Map(analyzed.terms.map((t) => [t, 1]));
  return featuresOf({ text, tokens: analyze(text), bm25: 1 }, { question: analyzed, idf, maxBm25: 2, standIns });
}

describe('featuresOf', () => {
  it('gives one number per feature name', () => {
    expect(featuresFor('Who founded Acme?', 'Acme was founded by Jane Roe.')).toHaveLength(FEATURE_NAMES.length);
  });

  it('measures how many question words the passage holds', () => {
    const all = featuresFor('Who founded Acme?', 'Acme was founded by Jane Roe.');
    const half = featuresFor('Who founded Acme?', 'Acme makes anvils.');
    expect(all[feature('coverage')]).toBe(1);
    expect(half[feature('coverage')]).toBe(0.5);
    expect(half[feature('coverage_idf')]).toBe(0.5);
    expect(all[feature('answer_type_found')]).toBe(1);
    expect(half[feature('answer_type_found')]).toBe(0);
  });

  it('weighs the nearness of the expected kind of answer by how much of the question the passage covers', () => {
    const both = featuresFor('Who founded Acme?', 'Acme was founded by Jane Roe.');
    const one = featuresFor('Who founded Acme?', 'Acme is run by Jane Roe.');
    expect(both[feature('coverage_idf')]).toBe(1);
    expect(one[feature('coverage_idf')]).toBe(0.5);
    // "Acme" ends 11 characters before "Jane Roe".
    expect(one[feature('answer_type_near_covered')]).toBeCloseTo(Math.exp(-11 / 20) * 0.5);
  });

  it('measures how near the question’s words the expected kind of answer is', () => {
    const near = featuresFor('Who founded Acme?', 'Acme was founded by Jane Roe.')[feature('answer_type_near_covered')]!;
    const far = featuresFor('Who founded Acme?', 'Acme was founded in the old mill by the river, long before Jane Roe.')[feature('answer_type_near_covered')]!;
    expect(near).toBeCloseTo(Math.exp(-4 / 20));
    expect(far).toBeLessThan(near);
    expect(featuresFor('Who founded Acme?', 'Acme makes anvils.')[feature('answer_type_near_covered')]).toBe(0);
    expect(featuresFor('What is Acme?', 'Acme is run by Jane Roe.')[feature('answer_type_near_covered')]).toBe(0);
  });

  it('counts a word once, however many terms the analyzer gives it ("TikTok" → tiktok, tik, tok)', () => {
    expect(featuresFor('When was TikTok launched?', 'TikTok is popular.')[feature('coverage')]).toBe(0.5);
    expect(featuresFor('When was TikTok launched?', 'TikTok launched.')[feature('proximity')]).toBe(1);
    expect(featuresFor('Who founded OpenAI?', 'AI is growing.')[feature('coverage')]).toBe(0);
  });

  it('measures nearness to a stand-in as to a question word', () => {
    const standIns = new Map([['founder', { weight: 0.5, covers: ['found'] }]]);
    const text = 'Acme earned praise in the hometown of its founder Jane Roe.';
    const f = featuresFor('Who founded Acme?', text, standIns);
    expect(f[feature('answer_type_near_covered')]).toBeCloseTo(Math.exp(-1 / 20) * f[feature('coverage_idf')]!);
    expect(featuresFor('Who founded Acme?', text)[feature('answer_type_near_covered')]).toBeLessThan(Math.exp(-20 / 20));
  });

  it('counts a question word found only through a stand-in at the stand-in’s weight', () => {
    const standIns = new Map([['construct', { weight: 0.3, covers: ['build'] }]]);
    const f = featuresFor('Will Acme build a bridge?', 'Acme will construct a bridge.', standIns);
    const terms = analyzeQuestion('Will Acme build a bridge?').terms.length;
    expect(f[feature('coverage')]).toBeCloseTo((terms - 1 + 0.3) / terms);
    expect(featuresFor('Will Acme build a bridge?', 'Acme will construct a bridge.')[feature('coverage')]).toBeCloseTo((terms - 1) / terms);
  });

  it('credits no question word, nor nearness, to a stand-in that only helps the search', () => {
    const question = 'Who founded Acme?';
    const text = 'Acme earned praise in the hometown of its founder Jane Roe.';
    const searchOnly = featuresFor(question, text, new Map([['founder', { weight: 0.5, covers: ['found'], searchOnly: true }]]));
    expect(searchOnly).toEqual(featuresFor(question, text));
    expect(searchOnly).not.toEqual(featuresFor(question, text, new Map([['founder', { weight: 0.5, covers: ['found'] }]])));
  });

  it('notices a passage that starts with a pronoun, going on about something named before', () => {
    expect(featuresFor('When was Acme founded?', 'It was founded in 1921.')[feature('pronoun_start')]).toBe(1);
    expect(featuresFor('When was Acme founded?', 'Acme was founded in 1921.')[feature('pronoun_start')]).toBe(0);
    expect(featuresFor('When was Acme founded?', 'Items were founded in 1921.')[feature('pronoun_start')]).toBe(0);
  });

  it('notices a definition of a question word', () => {
    expect(featuresFor('What is Boximator?', 'Boximator is a video tool.')[feature('definition')]).toBe(1);
    expect(featuresFor('What is Boximator?', 'They use Boximator daily.')[feature('definition')]).toBe(0);
  });
});
