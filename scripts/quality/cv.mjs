// WikiQA train by 5-fold cross-validation: each fold's questions answered by a model fitted, and
// thresholded, on the rest of the pool.
import { answerQuestion } from '../../dist/answer/answer.js';
import { FEATURE_NAMES } from '../../dist/answer/features.js';
import { MODEL } from '../../dist/answer/model.js';
import { chooseThreshold, fitWeights, outOfFold } from '../train/fit.mjs';
import { FOLDS, squadGroups, wikiqaGroups } from '../train/pool.mjs';
import { scoreWikiQA, seedqaAnswerer } from './score.mjs';

/**
 * Scores WikiQA train questions out of fold: each fold's by weights fitted, and a threshold chosen
 * by cross-validation, on the rest of the pool (the other folds of every source). `mask` drops
 * features (ablations).
 */
export function crossValidated(train, phrases, { mask, pool, standIns } = {}) {
  const groups = pool ?? [...wikiqaGroups(train), ...squadGroups()];
  const models = [];
  for (let k = 0; k < FOLDS; k++) {
    const rest = groups.filter((g) => g.fold !== k);
    const { threshold } = chooseThreshold(outOfFold(rest, FEATURE_NAMES.length, mask));
    models.push({ ...MODEL, weights: fitWeights(rest, FEATURE_NAMES.length, mask), threshold, ...(standIns ? { standIns } : {}) });
  }
  const foldOf = new Map(train.map((q, i) => [q.question, i % FOLDS]));
  const answerer = (corpus, question, limit) => seedqaAnswerer(answerQuestion, { model: models[foldOf.get(question)] })(corpus, question, limit);
  return scoreWikiQA(answerer, train, phrases);
}
