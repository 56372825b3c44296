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
    [[-0.5, 0.25, -2]],
  ],
  mistakes: [
    { hint: "it looks like K − 1 (the sample formula): this course divides by K, the number of scores ([0.8, 0.9] → σ = 0.05)",
      answer: (scores: number[]) => { const [m] = meanAndStdReference(scores); return [m, Math.sqrt(scores.reduce((s, v) => s + (v - m) ** 2, 0) / (scores.length - 1))]; } },
    { hint: "it looks like the variance: the standard deviation is its square root, Math.sqrt",
      answer: (scores: number[]) => { const [m, sd] = meanAndStdReference(scores); return [m, sd * sd]; } },
    { hint: "it looks like the mean absolute deviation: σ = √((1/K) Σ (sᵢ − s̄)²), square the deviations and take the root at the end",
      answer: (scores: number[]) => { const [m] = meanAndStdReference(scores); return [m, scores.reduce((s, v) => s + Math.abs(v - m), 0) / scores.length]; } },
    { hint: "it looks like the deviations are measured from 0: subtract the mean first, (sᵢ − s̄)²",
      answer: (scores: number[]) => { const [m] = meanAndStdReference(scores); return [m, Math.sqrt(scores.reduce((s, v) => s + v * v, 0) / scores.length)]; } },
    { hint: "it looks like [σ, s̄]: return [mean, standardDeviation]",
      answer: (scores: number[]) => [...meanAndStdReference(scores)].reverse() },
    { hint: "it looks rounded: keep every digit (σ = 0.026077 here), the check compares to 1e-6",
      answer: (scores: number[]) => meanAndStdReference(scores).map((v) => Math.round(v * 100) / 100) },
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
  mistakes: [
    { hint: "it looks like the extra indices go to the LAST folds: the FIRST n % k folds get one index more ([0, 1, 2, 3], [4, 5, 6], [7, 8, 9])",
      answer: (n: number, k: number) => foldIndicesReference(n, k).map((f) => f.length).reverse().reduce<number[][]>((folds, size) => {
        const start = folds.reduce((s, f) => s + f.length, 0);
        folds.push(Array.from({ length: size }, (_, j) => start + j));
        return folds;
      }, []) },
    { hint: "it looks like the n % k leftover indices are dropped: every index 0 … n − 1 must be in a fold",
      answer: (n: number, k: number) => Array.from({ length: k }, (_, i) => Array.from({ length: Math.floor(n / k) }, (_, j) => i * Math.floor(n / k) + j)) },
    { hint: "it looks like every fold gets ⌈n/k⌉ and the last one the rest: sizes may differ by at most one, ⌊n/k⌋ plus one for the first n % k folds",
      answer: (n: number, k: number) => Array.from({ length: k }, (_, i) => {
        const size = Math.ceil(n / k);
        return Array.from({ length: Math.max(0, Math.min(size, n - i * size)) }, (_, j) => i * size + j);
      }) },
    { hint: "it looks like the indices are dealt out in turns: a fold holds CONSECUTIVE indices (fold 0 is 0, 1, 2, …)",
      answer: (n: number, k: number) => Array.from({ length: k }, (_, i) => Array.from({ length: n }, (_, j) => j).filter((j) => j % k === i)) },
    { hint: "it looks like folds of k indices: k is the NUMBER of folds, each holds about n / k indices",
      answer: (n: number, k: number) => foldIndicesReference(n, Math.ceil(n / k)) },
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
  mistakes: [
    { hint: "it looks like the model trains on every fold, the validation fold included: training = the indices of every OTHER fold",
      answer: (folds: number[][], score: (t: number[], v: number[]) => number) => folds.map((v) => score(folds.flat(), [...v])) },
    { hint: "it looks like score(validation, training): the training indices come first, score(training, validation)",
      answer: (folds: number[][], score: (t: number[], v: number[]) => number) => folds.map((v, i) => score([...v], folds.filter((_, j) => j !== i).flat())) },
    { hint: "it looks like only the folds after fold i are used for training: every other fold, before and after it",
      answer: (folds: number[][], score: (t: number[], v: number[]) => number) => folds.map((v, i) => score(folds.slice(i + 1).flat(), [...v])) },
    { hint: "it looks like one number: return the K scores, one per fold, in fold order",
      answer: (folds: number[][], score: (t: number[], v: number[]) => number) => { const s = crossValidateReference(folds, score); return s.reduce((a, b) => a + b, 0) / s.length; } },
    { hint: "it looks like the scores come out in reverse: return them in fold order, fold 0 first",
      answer: (folds: number[][], score: (t: number[], v: number[]) => number) => crossValidateReference(folds, score).reverse() },
    { hint: "it looks like training on one other fold only: training = the indices of EVERY other fold, joined",
      answer: (folds: number[][], score: (t: number[], v: number[]) => number) => folds.map((v, i) => score([...folds[(i + 1) % folds.length]!], [...v])) },
  ],
});
