/**
 * The exercises of notebook 09, "Performance measures" (성능 평가 지표), on the defect-inspection task
 * (양불판정: 1 = defective = positive, 0 = good = negative).
 *
 *   confusionCounts:    [tp, fp, fn, tn] from 0/1 predictions and truths
 *   precisionAndRecall: [tp / (tp + fp), tp / (tp + fn)], NaN for 0 / 0 (undefined, neither 0 nor 1)
 *   thresholdForRecall: the HIGHEST threshold t among the scores whose recall (score ≥ t counts as
 *                       defective) reaches the required recall
 *
 * The library's binaryConfusion, precision, recall and thresholdForRecall do the same
 * (tests/lib/exercises/notebook09.test.ts checks they agree).
 */
import { binaryConfusion } from "../metrics/confusion";
import { thresholdForRecall } from "../metrics/tradeoff";
import { defineExercise } from "./check";

function confusionCountsReference(predictions: readonly number[], truths: readonly number[]): number[] {
  const { tp, fp, fn, tn } = binaryConfusion(predictions, truths);
  return [tp, fp, fn, tn];
}

function precisionAndRecallReference(tp: number, fp: number, fn: number): number[] {
  return [tp + fp === 0 ? NaN : tp / (tp + fp), tp + fn === 0 ? NaN : tp / (tp + fn)];
}

function thresholdForRecallReference(scores: readonly number[], truths: readonly number[], requiredRecall: number): number {
  return thresholdForRecall(scores, truths, requiredRecall).threshold;
}

defineExercise({
  id: "09-confusion-counts",
  name: "confusionCounts",
  notebook: "09",
  points: 1,
  hint: "for each product compare prediction and truth: 1 and 1 → tp, 1 and 0 → fp (type I), 0 and 1 → fn (type II), 0 and 0 → tn; return [tp, fp, fn, tn] in that order",
  reference: confusionCountsReference,
  cases: [
    [[1, 0, 1, 0, 0], [1, 0, 0, 1, 0]],
    [[1, 1, 1], [1, 1, 1]],
    [[0, 0, 0, 0], [0, 1, 0, 1]],
    [[1, 1, 0, 0, 1, 0], [0, 1, 0, 1, 1, 1]],
    [[], []],
  ],
});

defineExercise({
  id: "09-precision-recall",
  name: "precisionAndRecall",
  notebook: "09",
  points: 2,
  hint: "precision = tp / (tp + fp) (of the products called defective, the share that is), recall = tp / (tp + fn) (of the defective products, the share found); when a denominator is 0 the ratio is undefined: return NaN, not 0",
  reference: precisionAndRecallReference,
  cases: [
    [19, 2, 11],
    [26, 56, 4],
    [0, 0, 30],
    [30, 370, 0],
    [0, 5, 0],
  ],
});

defineExercise({
  id: "09-threshold-for-recall",
  name: "thresholdForRecall",
  notebook: "09",
  points: 3,
  hint: "try the scores themselves as thresholds, from the highest down; at threshold t a product counts as defective when score ≥ t; return the first (highest) t whose recall tp / (tp + fn) reaches requiredRecall",
  reference: thresholdForRecallReference,
  cases: [
    [[0.9, 0.8, 0.7, 0.6, 0.5, 0.4], [1, 0, 1, 0, 1, 0], 2 / 3],
    [[0.9, 0.8, 0.7, 0.6, 0.5, 0.4], [1, 0, 1, 0, 1, 0], 1],
    [[0.2, 0.95, 0.1, 0.6, 0.35], [0, 1, 0, 1, 1], 0.5],
    [[0.3, 0.3, 0.8, 0.1], [1, 0, 1, 1], 0.6],
    [[0.4, 0.7], [1, 0], 0],
  ],
});
