// The training pool: questions with their candidate passages, as `seedqa ask` finds and describes
// them, each candidate labelled 1 when it answers. Groups carry a source (whose F1 the threshold
// balances) and a fold (for cross-validation: a question's variants share its fold).
import fs from 'node:fs';
import { CANDIDATES, scoreCandidates } from '../../dist/answer/rank.js';
import { MODEL } from '../../dist/answer/model.js';
import { analyzeQuestion } from '../../dist/answer/question.js';
import { STAND_IN_SOURCES } from '../../dist/answer/stand-ins.js';
import { corpusOfText } from '../quality/score.mjs';
import { openCorpus } from '../../dist/corpus/open.js';
import { questionSets, readJsonLines, SHARED, WIKIQA } from '../quality/sets.mjs';

export const FOLDS = 5;
export const SQUAD = `${SHARED}/squad/squad2-train-first10.json`;

/** The sources of stand-ins the pool is searched with: all, unless an ablation sets fewer. */
let standIns = [...STAND_IN_SOURCES];

/** A question's candidates over a corpus, in passage order (the shipped weights must not decide the order of examples), each labelled by `isAnswer(passage)`. */
export function labelledCandidates(corpus, question, isAnswer) {
  const analyzed = analyzeQuestion(question);
  return scoreCandidates(corpus, analyzed, CANDIDATES, { ...MODEL, standIns })
    .sort((a, b) => a.hit.passage - b.hit.passage)
    .map((c) => ({ features: c.features, y: isAnswer(c.passage) ? 1 : 0 }));
}

/** WikiQA candidate i starts on line 2i+1 of its question's file. */
const wikiSentence = (passage) => Math.floor((passage.line - 1) / 2);
const wikiCorpus = (sentences) => corpusOfText(sentences.join('\n\n') + '\n');

/**
 * WikiQA's training questions, each also asked twice where nothing answers it (its training split
 * keeps only questions with a right sentence): with its right sentences removed, and of the next
 * question's page (a document about something else sharing a few words with it).
 */
export function wikiqaGroups(questions = readJsonLines(WIKIQA.train)) {
  const groups = [];
  questions.forEach((q, i) => {
    const fold = i % FOLDS;
    const own = labelledCandidates(wikiCorpus(q.sentences), q.question, (p) => q.gold.includes(wikiSentence(p)));
    groups.push({ source: 'wikiqa', fold, question: q.question, hasGold: own.some((c) => c.y === 1), candidates: own });
    const rest = q.sentences.filter((_, s) => !q.gold.includes(s));
    if (rest.length > 0 && rest.length < q.sentences.length) {
      groups.push({ source: 'wikiqa', fold, hasGold: false, candidates: labelledCandidates(wikiCorpus(rest), q.question, () => false) });
    }
    const other = questions[(i + 1) % questions.length].sentences;
    groups.push({ source: 'wikiqa', fold, hasGold: false, candidates: labelledCandidates(wikiCorpus(other), q.question, () => false) });
  });
  return groups.filter((g) => g.candidates.length > 0 || !g.hasGold);
}

/**
 * SQuAD 2.0's questions, asked of their paragraph alone (a short note: the right sentence is the
 * one holding the answer; an unanswerable question has none) and, when answerable, of the whole
 * article (a paragraph per blank-line block: ranking among hundreds of sentences). Folds by article.
 */
export function squadGroups(file = SQUAD) {
  if (!fs.existsSync(file)) return [];
  const groups = [];
  JSON.parse(fs.readFileSync(file, 'utf8')).data.forEach((article, a) => {
    const fold = a % FOLDS;
    const contexts = article.paragraphs.map((p) => p.context.replace(/\s*\n\s*/g, ' '));
    const whole = corpusOfText(contexts.join('\n\n') + '\n');
    const offsets = [];
    let at = 0;
    for (const c of contexts) {
      offsets.push(at);
      at += new TextEncoder().encode(c + '\n\n').length;
    }
    article.paragraphs.forEach((paragraph, p) => {
      const context = contexts[p];
      const note = corpusOfText(context + '\n');
      const encoder = new TextEncoder();
      for (const qa of paragraph.qas) {
        const answerBytes = qa.is_impossible ? [] : qa.answers.map((ans) => encoder.encode(context.slice(0, ans.answer_start)).length);
        const holds = (base) => (passage) => answerBytes.some((b) => passage.start <= base + b && base + b < passage.end);
        const inNote = labelledCandidates(note, qa.question, holds(0));
        groups.push({ source: 'squad-note', fold, hasGold: inNote.some((c) => c.y === 1), candidates: inNote });
        if (!qa.is_impossible) {
          const inArticle = labelledCandidates(whole, qa.question, holds(offsets[p]));
          groups.push({ source: 'squad-article', fold, hasGold: inArticle.some((c) => c.y === 1), candidates: inArticle });
        }
      }
    });
  });
  return groups;
}

/** The question sets that train as well as report (all but seed dev, the regression floor, and the held-out sets): the suite scores each with a model fitted without it. */
export const TRAINING_SETS = ['seed probes', 'pino docs', 'dev docs', 'small notes', 'SOTU', 'READMEs', 'small notes 2'];

/** A question set's questions over its documents, answerable ones labelled by their gold passages; folds by question. */
export async function questionSetGroups(sets = questionSets().filter((s) => TRAINING_SETS.includes(s.name) && !s.heldOut)) {
  const groups = [];
  for (const set of sets) {
    const corpus = await openCorpus(set.paths, { cacheDir: null });
    [...set.answerable, ...set.unanswerableQs].forEach((q, i) => {
      const gold = q.gold ?? [];
      const candidates = labelledCandidates(corpus, q.q, (p) => gold.some((g) => p.text.includes(g)));
      groups.push({ source: set.name, fold: i % FOLDS, hasGold: gold.length > 0, candidates });
    });
  }
  return groups;
}

/** The whole pool, searched with stand-ins from `sources`. */
export async function trainingPool(sources = STAND_IN_SOURCES) {
  standIns = [...sources];
  return [...wikiqaGroups(), ...squadGroups(), ...(await questionSetGroups())];
}
