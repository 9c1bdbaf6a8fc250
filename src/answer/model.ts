import shipped from './weights.json' with { type: 'json' };
import { FEATURE_NAMES, featureAt, type FeatureName } from './features.js';
import type { StandInSource } from './stand-ins.js';

/**
 * The answer model, trained by `npm run train` (scripts/train.mjs): one logistic model of whether
 * a candidate passage answers the question. Its probability ranks the candidates, and the best
 * one answers when its probability reaches the threshold, which cross-validation chose.
 */
export interface Model {
  /** Passage features, as {@link FEATURE_NAMES}. */
  features: string[];
  /** One weight per feature. */
  weights: number[];
  /** The best passage answers the question when its probability reaches this. */
  threshold: number;
  /** The sources of stand-ins the search uses (see stand-ins.ts); the model was trained with them. */
  standIns: StandInSource[];
}

/** The model in `weights.json`. */
export const MODEL: Model = shipped as Model;

/** Probability that a passage with these features answers its question. */
export function probability(features: readonly number[], model: Pick<Model, 'weights'> = MODEL): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i]! * (model.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Why seedqa did not answer: no passage shares a word with the question, or what most held the best passage back. */
export type AbstainReason = 'no-match' | 'type-missing' | 'only-names' | 'low-confidence';

/** The flags that can explain an abstention, each by the reason it gives. */
const EXPLAINING: ReadonlyArray<[FeatureName, AbstainReason]> = [
  ['type_missing', 'type-missing'],
  ['only_names', 'only-names'],
];

/**
 * Why the best passage (its features) was not taken: the set flag that lowered its probability
 * most, by the model's own weights, or 'low-confidence' when none did.
 */
export function abstainReason(features: readonly number[], model: Pick<Model, 'weights'> = MODEL): AbstainReason {
  let reason: AbstainReason = 'low-confidence';
  let lowest = 0;
  for (const [name, why] of EXPLAINING) {
    const contribution = features[featureAt(name)]! * model.weights[featureAt(name)]!;
    if (contribution < lowest) [reason, lowest] = [why, contribution];
  }
  return reason;
}
