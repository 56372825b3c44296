/**
 * k-fold cross-validation (notebook 10; the folds themselves are `kFold` of data/split.ts).
 *
 *   for i = 1 … K: train on every fold but fold i, score on fold i   →   s₁ … s_K
 *   mean  s̄ = (1/K) Σᵢ sᵢ        standard deviation  σ = √((1/K) Σᵢ (sᵢ − s̄)²)
 *
 * Every example is used for validation exactly once, so the estimate depends far less on one lucky
 * or unlucky split than a single train/validation split of a small dataset does (the deck's 이유).
 */
import { ValueError, describeValue } from "./errors";
import { type Dataset, checkDataset, subset } from "./data/dataset";
import { type Fold, type KFoldOptions, kFold } from "./data/split";
import { t } from "./i18n/translate";

/** The mean and the (population) standard deviation of some scores. */
export interface Spread {
  mean: number;
  standardDeviation: number;
}

/** What `crossValidate` returns: the score of every fold, their spread, and the folds used. */
export interface CrossValidation extends Spread {
  scores: number[];
  folds: Fold[];
}

/** Trains a fresh model on `training` and returns its score on `validation` (e.g. the accuracy). */
export type TrainAndScore = (training: Dataset, validation: Dataset, fold: number) => number;

/** s̄ = (1/K) Σ sᵢ and σ = √((1/K) Σ (sᵢ − s̄)²) of K ≥ 1 finite numbers. */
export function meanAndStandardDeviation(scores: ArrayLike<number>): Spread {
  if (scores === null || typeof scores !== "object" || typeof scores.length !== "number" || scores.length === 0) {
    throw new ValueError("meanAndStandardDeviation", t`a non-empty array of scores`, describeValue(scores));
  }
  const values = Array.from(scores);
  const bad = values.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
  if (bad >= 0) throw new ValueError("meanAndStandardDeviation", t`finite numbers`, t`${describeValue(values[bad])} at position ${bad}`);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { mean, standardDeviation: Math.sqrt(variance) };
}

/**
 * K-fold cross-validation of `data` (the test set already held out): splits it into k folds with
 * `kFold` (pass `{ stratified: true }` to keep the class ratios), calls `trainAndScore` once per fold
 * with the other k − 1 folds as training data, and returns the k scores, their mean and spread.
 */
export function crossValidate(data: Dataset, k: number, trainAndScore: TrainAndScore, options: KFoldOptions = {}): CrossValidation {
  checkDataset("crossValidate", data);
  if (typeof trainAndScore !== "function") {
    throw new ValueError("crossValidate", t`a function (training, validation) => score`, describeValue(trainAndScore));
  }
  const folds = options.stratified ? kFold(data.labels, k, options) : kFold(data.labels.length, k, options);
  const scores = folds.map((fold, i) => {
    const score = trainAndScore(subset(data, fold.training), subset(data, fold.validation), i);
    if (typeof score !== "number" || !Number.isFinite(score)) {
      throw new ValueError("crossValidate", t`trainAndScore to return a finite number`, t`${describeValue(score)} for fold ${i + 1}`);
    }
    return score;
  });
  return { scores, folds, ...meanAndStandardDeviation(scores) };
}
