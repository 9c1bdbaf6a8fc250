// Scores an answerer on the quality suite's rows. An answerer is (corpus, question, limit) → Answer-like
// { answered, citations: [{ passage number as `at`, text }], span }.
import MiniSearch from 'minisearch';
import { toPassages } from '../../dist/analysis/passages.js';
import { PassageStore } from '../../dist/corpus/passage-store.js';
import { decodeUtf8 } from '../../dist/load/decode.js';
import { CompactIndex } from '../../dist/search/compact-index.js';

/** A corpus of one text, as `seedqa ask --seeds FILE` would read it. */
export function corpusOfText(text, source = 'q.txt') {
  const bytes = new TextEncoder().encode(text);
  const doc = { path: `/${source}`, source, bytes, ...decodeUtf8(bytes) };
  const passages = PassageStore.fromPassages([doc], [toPassages(doc)]);
  return { documents: [doc], passages, index: CompactIndex.build(passages.texts()) };
}

/** The span matches when either contains the other (the shorter at least three characters long), as `seedqa eval` counts. */
export function spanMatches(found, expected) {
  if (!found) return false;
  const a = found.toLowerCase();
  const b = expected.toLowerCase();
  return a.includes(b) || (b.includes(a) && a.length >= 3);
}

/**
 * One question set: answered right (answered, right passage first), ranked first (whether or not
 * answered), false abstentions, abstentions on unanswerable questions, spans; plus the reasons
 * given for not answering, and the ids of the misses.
 */
export function scoreSet(answerer, corpus, set) {
  const r = { n: set.answerable.length, right: 0, first: 0, false_abstain: 0, spans: 0, spans_expected: 0, unanswerable: set.unanswerableQs.length, abstained: 0, reasons: {}, misses: [] };
  for (const q of set.answerable) {
    const a = answerer(corpus, q.q, 5);
    const hit = (c) => q.gold.some((g) => c.text.includes(g));
    const first = a.citations.length > 0 && hit(a.citations[0]);
    if (first) r.first++;
    if (a.answered && first) r.right++;
    else r.misses.push(q.id);
    if (!a.answered) {
      r.false_abstain++;
      if (a.reason) r.reasons[a.reason] = (r.reasons[a.reason] ?? 0) + 1;
    }
    if (q.span !== undefined) {
      r.spans_expected++;
      if (a.answered && first && spanMatches(a.span, q.span)) r.spans++;
    }
  }
  for (const q of set.unanswerableQs) if (!answerer(corpus, q.q, 5).answered) r.abstained++;
  return r;
}

const toks = (s) => s.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) || [];
/** Token F1 of two phrases, as wikiqa-eval.mjs computes it. */
export function tokenF1(a, b) {
  const x = toks(a);
  const y = toks(b);
  if (!x.length || !y.length) return 0;
  const m = new Map();
  for (const t of y) m.set(t, (m.get(t) || 0) + 1);
  let c = 0;
  for (const t of x) if (m.get(t) > 0) { c++; m.set(t, m.get(t) - 1); }
  if (!c) return 0;
  const p = c / x.length;
  const rec = c / y.length;
  return (2 * p * rec) / (p + rec);
}

/**
 * WikiQA as wikiqa-eval.mjs scores it: MAP, MRR and P@1 over questions with both a correct and a wrong
 * sentence; answer triggering over all; span F1 against the annotators' phrases.
 */
export function scoreWikiQA(answerer, questions, phrases) {
  let ap = 0, rr = 0, p1 = 0, ranked = 0, answered = 0, counted = 0, withGold = 0, spanSum = 0;
  for (const q of questions) {
    const corpus = corpusOfText(q.sentences.join('\n\n') + '\n');
    const a = answerer(corpus, q.question, 50);
    // A sentence split into two passages is cited once, at its first place (as wikiqa-eval.mjs ranks).
    const order = [];
    for (const i of [...a.citations.map((c) => c.at), ...q.sentences.keys()]) if (!order.includes(i)) order.push(i);
    const correct = (i) => q.gold.includes(i);
    if (q.gold.length > 0) withGold++;
    const firstRight = a.citations.length > 0 && correct(a.citations[0].at);
    if (a.answered) {
      answered++;
      if (firstRight) counted++;
    }
    if (q.gold.length === 0 || q.gold.length === q.sentences.length) continue;
    ranked++;
    let found = 0, precisions = 0;
    order.forEach((s, k) => {
      if (correct(s)) {
        found++;
        precisions += found / (k + 1);
      }
    });
    ap += precisions / q.gold.length;
    rr += 1 / (order.findIndex(correct) + 1);
    if (correct(order[0])) p1++;
    if (a.answered && firstRight && a.span) {
      const gold = phrases.get(`${q.qid}\t${q.sentences[a.citations[0].at]}`) ?? [];
      spanSum += Math.max(0, ...gold.map((g) => tokenF1(a.span, g)));
    }
  }
  const P = answered ? counted / answered : 0;
  const R = withGold ? counted / withGold : 0;
  return { n: ranked, map: ap / ranked, mrr: rr / ranked, p1: p1 / ranked, trigger_f1: P + R ? (2 * P * R) / (P + R) : 0, trigger_p: P, trigger_r: R, span_f1: spanSum / ranked };
}

/** WikiQA candidate i starts on line 2i+1 of the per-question file. */
const wikiSentence = (passage) => Math.floor((passage.line - 1) / 2);

/** seedqa's answers, in the shape the scorers read. */
export function seedqaAnswerer(answerQuestion, options = {}) {
  return (corpus, question, limit) => {
    const a = answerQuestion(corpus, question, { limit, ...options });
    return { answered: a.answered, span: a.span, reason: a.reason, citations: a.citations.map((c) => ({ text: c.text, at: wikiSentence(c) })) };
  };
}

const baselines = new WeakMap();
/** MiniSearch with its default options over the same passages; it always answers with its first hit. */
export function miniSearchAnswerer(corpus, question, limit) {
  let engine = baselines.get(corpus);
  if (!engine) {
    engine = new MiniSearch({ fields: ['text'] });
    engine.addAll([...corpus.passages.texts()].map((text, id) => ({ id, text })));
    baselines.set(corpus, engine);
  }
  const hits = engine.search(question).slice(0, limit);
  const citations = hits.map((h) => {
    const p = corpus.passages.get(h.id);
    return { text: p.text, at: wikiSentence(p) };
  });
  return { answered: citations.length > 0, span: null, citations };
}
