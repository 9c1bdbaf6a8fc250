import model from './weights.json' with { type: 'json' };
import { FEATURE_NAMES } from './features.js';

/** Names of the question-level features the answer model reads, in the order of {@link answerFeaturesOf}. */
export const ANSWER_FEATURE_NAMES = ['bias', 'best_score', 'margin', 'coverage', 'open_question'] as const;

/**
 * The shipped models, trained by `npm run train`: a linear ranking of passages, a calibration of
 * ranking scores into probabilities, and a logistic model of whether the best passage answers.
 */
export interface Model {
  /** Passage features, as {@link FEATURE_NAMES}. */
  features: string[];
  /** Weights of the passage features in a passage's ranking score. */
  ranking: number[];
  /** `[a, b]`: a passage with ranking score s answers the question with probability σ(a·s + b). */
  calibration: number[];
  answer: {
    /** Question-level features, as {@link ANSWER_FEATURE_NAMES}. */
    features: string[];
    weights: number[];
    /** The best passage answers the question when the answer model's probability reaches this. */
    threshold: number;
  };
}

/** The model in `weights.json`. */
export const MODEL: Model = model as Model;

/** True when weights.json was trained for exactly the features this build computes. */
export function modelMatchesFeatures(candidate: Model = MODEL): boolean {
  return (
    candidate.features.join() === FEATURE_NAMES.join() &&
    candidate.ranking.length === FEATURE_NAMES.length &&
    candidate.answer.features.join() === ANSWER_FEATURE_NAMES.join() &&
    candidate.answer.weights.length === ANSWER_FEATURE_NAMES.length
  );
}

const COVERAGE = FEATURE_NAMES.indexOf('coverage');
const OPEN_QUESTION = FEATURE_NAMES.indexOf('answer_type_other');
/** Margin given when there is no second passage, and the most any margin counts. */
const MARGIN_CAP = 3;

function dot(features: readonly number[], weights: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i]! * (weights[i] ?? 0);
  return z;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A passage's ranking score: higher ranks first. */
export function rankingScore(features: readonly number[], weights: readonly number[] = MODEL.ranking): number {
  return dot(features, weights);
}

/** Probability that a passage with this ranking score answers the question. */
export function passageProbability(score: number, calibration: readonly number[] = MODEL.calibration): number {
  return sigmoid(calibration[0]! * score + calibration[1]!);
}

/**
 * What the answer model knows of a question from its ranked passages (best first, each with its
 * ranking score and features): the best score, its margin over the second, the best passage's
 * coverage of the question's words, and whether the question asks for no particular type of thing.
 */
export function answerFeaturesOf(ranked: ReadonlyArray<{ score: number; features: readonly number[] }>): number[] {
  const [best, second] = ranked;
  if (!best) return [];
  const margin = second ? Math.min(best.score - second.score, MARGIN_CAP) : MARGIN_CAP;
  return [1, best.score, margin, best.features[COVERAGE]!, best.features[OPEN_QUESTION]!];
}

/** Probability that the best passage answers the question, from {@link answerFeaturesOf}. */
export function answerProbability(answerFeatures: readonly number[], weights: readonly number[] = MODEL.answer.weights): number {
  return sigmoid(dot(answerFeatures, weights));
}

/**
 * Whether the best of the ranked passages answers the question: the answer model is confident
 * enough, or the passage contains every content word of the question.
 */
export function isAnswered(
  ranked: ReadonlyArray<{ score: number; features: readonly number[] }>,
  answer: Pick<Model['answer'], 'weights' | 'threshold'> = MODEL.answer,
): boolean {
  const best = ranked[0];
  if (!best) return false;
  return best.features[COVERAGE] === 1 || answerProbability(answerFeaturesOf(ranked), answer.weights) >= answer.threshold;
}
