// Fitting the answer model: weighted logistic regression by Newton's method (deterministic: the
// same pool gives the same weights, bit for bit), and the answer threshold by cross-validation.
import { FOLDS } from './pool.mjs';

/** L2 penalty on every weight but the bias, against a pool whose sources each weigh 1,000 questions. */
export const L2 = 1;
const SOURCE_WEIGHT = 1000;
const NEWTON_STEPS = 30;

/** Each source's groups weigh SOURCE_WEIGHT in all, whatever its size. */
function groupWeights(groups) {
  const count = new Map();
  for (const g of groups) count.set(g.source, (count.get(g.source) ?? 0) + 1);
  return groups.map((g) => SOURCE_WEIGHT / count.get(g.source));
}

/** Solves A x = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[pivot][c])) pivot = r;
    [M[c], M[pivot]] = [M[pivot], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const dot = (f, w) => {
  let z = 0;
  for (let i = 0; i < f.length; i++) z += f[i] * w[i];
  return z;
};

/**
 * Logistic regression over every candidate of every group (feature 0 is the bias).
 * `mask[d] === false` holds feature d at weight 0 (for ablations).
 */
export function fitWeights(groups, dims, mask = new Array(dims).fill(true)) {
  const weights = groupWeights(groups);
  let w = new Array(dims).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const g = new Array(dims).fill(0);
    const H = Array.from({ length: dims }, () => new Array(dims).fill(0));
    groups.forEach((group, gi) => {
      const s = weights[gi];
      for (const c of group.candidates) {
        const p = sigmoid(dot(c.features, w));
        const f = c.features;
        const r = s * (p - c.y);
        const h = s * p * (1 - p);
        for (let i = 0; i < dims; i++) {
          if (!mask[i] || f[i] === 0) continue;
          g[i] += r * f[i];
          const hf = h * f[i];
          for (let j = i; j < dims; j++) if (mask[j]) H[i][j] += hf * f[j];
        }
      }
    });
    for (let i = 0; i < dims; i++) {
      for (let j = 0; j < i; j++) H[i][j] = H[j][i];
      if (i > 0) {
        g[i] += L2 * w[i];
        H[i][i] += L2;
      }
      if (!mask[i]) {
        H[i] = H[i].map((_, j) => (j === i ? 1 : 0));
        for (let j = 0; j < dims; j++) if (j !== i) H[j][i] = 0;
        g[i] = 0;
      }
    }
    const delta = solve(H, g);
    w = w.map((x, i) => x - delta[i]);
    if (Math.max(...delta.map(Math.abs)) < 1e-10) break;
  }
  return w;
}

/** A group's best candidate under weights `w`: its probability and whether it answers. */
export function bestOf(group, w) {
  let best = null;
  for (const c of group.candidates) {
    const p = sigmoid(dot(c.features, w));
    if (best === null || p > best.p) best = { p, y: c.y };
  }
  return best;
}

/** Out-of-fold best candidates: each group judged by weights fitted on the other folds. */
export function outOfFold(groups, dims, mask) {
  const judged = new Array(groups.length);
  for (let k = 0; k < FOLDS; k++) {
    const w = fitWeights(groups.filter((g) => g.fold !== k), dims, mask);
    groups.forEach((g, i) => {
      if (g.fold === k) judged[i] = { source: g.source, hasGold: g.hasGold, best: bestOf(g, w) };
    });
  }
  return judged;
}

/**
 * Share of questions decided right — answered with a right first passage, or not answered when
 * nothing answers — per source, averaged over sources. A wrong answer counts as badly as a
 * needless abstention.
 */
export function meanAccuracy(judged, threshold) {
  const bySource = new Map();
  for (const j of judged) {
    const s = bySource.get(j.source) ?? { right: 0, all: 0 };
    const answered = j.best !== null && j.best.p >= threshold;
    if (answered ? j.best.y === 1 : !j.hasGold) s.right++;
    s.all++;
    bySource.set(j.source, s);
  }
  let sum = 0;
  for (const s of bySource.values()) sum += s.right / s.all;
  return sum / bySource.size;
}

/** Thresholds tried: 0.05 to 0.95 by 0.01. */
const GRID = Array.from({ length: 91 }, (_, i) => Number((0.05 + i * 0.01).toFixed(2)));
/** Accuracy is jagged over thresholds: each is judged by the mean over its neighbours within this distance. */
const SMOOTHING = 0.03;

/** The threshold that maximises the smoothed {@link meanAccuracy} of out-of-fold judgements. */
export function chooseThreshold(judged) {
  const f1 = GRID.map((t) => meanAccuracy(judged, t));
  const smoothed = GRID.map((t) => {
    const near = f1.filter((_, j) => Math.abs(GRID[j] - t) <= SMOOTHING + 1e-9);
    return near.reduce((a, b) => a + b, 0) / near.length;
  });
  const best = smoothed.indexOf(Math.max(...smoothed));
  return { threshold: GRID[best], accuracy: f1[best] };
}
