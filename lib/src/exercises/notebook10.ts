/**
 * The exercises of notebook 10, "k-fold cross validation" (k-Fold 교차 검증).
 *
 *   meanAndStd:    [s̄, σ] with s̄ = (1/K) Σ sᵢ and σ = √((1/K) Σ (sᵢ − s̄)²)
 *   foldIndices:   0 … n − 1 cut into k consecutive folds whose sizes differ by at most one, the
 *                  larger folds first: (10, 3) → [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]
 *   crossValidate: for each fold i: score(training = every index of the other folds, validation = fold i)
 *
 * The library's meanAndStandardDeviation and crossValidate (cross-validation.ts) and kFold
 * (data/split.ts) do the same on datasets; tests/lib/exercises/notebook10.test.ts checks they agree.
 */
import { defineExercise } from "./check";

/** The toy dataset of the crossValidate checks: ten numbers to predict. */
export const TOY_VALUES: readonly number[] = Object.freeze([3, 1, 4, 1, 5, 9, 2, 6, 5, 3]);

/**
 * The simplest model there is, as a score for crossValidate: "train" by taking the mean of
 * TOY_VALUES at the training indices, then return the mean absolute error of that prediction on the
 * validation indices.
 */
export function meanPredictorError(training: readonly number[], validation: readonly number[]): number {
  const prediction = training.reduce((s, i) => s + TOY_VALUES[i]!, 0) / training.length;
  return validation.reduce((s, i) => s + Math.abs(TOY_VALUES[i]! - prediction), 0) / validation.length;
}

/** A score that only counts: training.length + validation.length / 100 (8.02 for 8 and 2). */
export function foldSizes(training: readonly number[], validation: readonly number[]): number {
  return training.length + validation.length / 100;
}

function meanAndStdReference(scores: readonly number[]): [number, number] {
  const mean = scores.reduce((s, v) => s + v, 0) / scores.length;
  const variance = scores.reduce((s, v) => s + (v - mean) ** 2, 0) / scores.length;
  return [mean, Math.sqrt(variance)];
}

function foldIndicesReference(n: number, k: number): number[][] {
  const folds: number[][] = [];
  let start = 0;
  for (let i = 0; i < k; i++) {
    const size = Math.floor(n / k) + (i < n % k ? 1 : 0);
    folds.push(Array.from({ length: size }, (_, j) => start + j));
    start += size;
  }
  return folds;
}

function crossValidateReference(folds: readonly (readonly number[])[],
  score: (training: number[], validation: number[]) => number): number[] {
  return folds.map((validation, i) => {
    const training = folds.filter((_, j) => j !== i).flat();
    return score(training, [...validation]);
  });
}

defineExercise({
  id: "10-mean-std",
  name: "meanAndStd",
  notebook: "10",
  points: 1,
  hint: "s̄ = (1/K) Σ sᵢ; σ = √((1/K) Σ (sᵢ − s̄)²): divide by K (the number of scores), not K − 1; return [s̄, σ]",
  reference: meanAndStdReference,
  cases: [
    [[0.8, 0.9]],
    [[1, 1, 1]],
    [[2, 4, 4, 4, 5, 5, 7, 9]],
    [[0.81, 0.84, 0.79, 0.86, 0.8]],
    [[0.5]],
  ],
});

defineExercise({
  id: "10-fold-indices",
  name: "foldIndices",
  notebook: "10",
  points: 2,
  hint: "fold i holds ⌊n/k⌋ indices, plus one more for the first n % k folds; the folds follow each other: " +
    "0 … n − 1, each index in exactly one fold",
  reference: foldIndicesReference,
  cases: [
    [10, 5],
    [10, 3],
    [5, 2],
    [7, 7],
    [13, 4],
  ],
});

defineExercise({
  id: "10-cross-validate",
  name: "crossValidate",
  notebook: "10",
  points: 3,
  hint: "for each fold i: validation = folds[i], training = the indices of every OTHER fold (never fold i itself); " +
    "push score(training, validation); return the k scores in fold order",
  reference: crossValidateReference,
  cases: [
    [[[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]], foldSizes],
    [[[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]], meanPredictorError],
    [[[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]], meanPredictorError],
    [[[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]], meanPredictorError],
  ],
});
