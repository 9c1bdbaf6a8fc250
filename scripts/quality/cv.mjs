// WikiQA train by 5-fold cross-validation: each fold's questions answered by a model fitted on the
// rest of the pool (the other folds of WikiQA and of SQuAD), with the shipped threshold.
import { answerQuestion } from '../../dist/answer/answer.js';
import { FEATURE_NAMES } from '../../dist/answer/features.js';
import { MODEL } from '../../dist/answer/model.js';
import { fitWeights } from '../train/fit.mjs';
import { FOLDS, squadGroups, wikiqaGroups } from '../train/pool.mjs';
import { scoreWikiQA, seedqaAnswerer } from './score.mjs';

/** Scores WikiQA train questions out of fold. `mask` drops features (ablations); `threshold` overrides the shipped one. */
export function crossValidated(train, phrases, { mask, threshold = MODEL.threshold, pool, standIns } = {}) {
  const groups = pool ?? [...wikiqaGroups(train), ...squadGroups()];
  // A WikiQA question's fold is left out; so is the same fold of every other source.
  const models = [];
  for (let k = 0; k < FOLDS; k++) {
    const weights = fitWeights(groups.filter((g) => g.fold !== k), FEATURE_NAMES.length, mask);
    models.push({ ...MODEL, weights, threshold, ...(standIns ? { standIns } : {}) });
  }
  const foldOf = new Map(train.map((q, i) => [q.question, i % FOLDS]));
  const answerer = (corpus, question, limit) => seedqaAnswerer(answerQuestion, { model: models[foldOf.get(question)] })(corpus, question, limit);
  return scoreWikiQA(answerer, train, phrases);
}
