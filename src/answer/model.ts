import model from './weights.json' with { type: 'json' };
import { FEATURE_NAMES } from './features.js';

/** The shipped ranking model: logistic regression weights trained by `npm run train`. */
export interface Model {
  features: string[];
  weights: number[];
  /** The best passage answers the question when its probability reaches this. */
  threshold: number;
}

/** The model in `weights.json`, checked against the features this build computes. */
export const MODEL: Model = model as Model;

/** True when weights.json was trained for exactly the features this build computes. */
export function modelMatchesFeatures(candidate: Model = MODEL): boolean {
  return candidate.features.join() === FEATURE_NAMES.join() && candidate.weights.length === FEATURE_NAMES.length;
}

const COVERAGE = FEATURE_NAMES.indexOf('coverage');

/**
 * Whether the best passage answers the question: the model is confident enough, or the passage
 * contains every content word of the question.
 */
export function isAnswered(features: readonly number[], threshold: number = MODEL.threshold): boolean {
  return probability(features) >= threshold || features[COVERAGE] === 1;
}

/** Probability that a passage with these features answers the question. */
export function probability(features: readonly number[], weights: readonly number[] = MODEL.weights): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i]! * (weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
