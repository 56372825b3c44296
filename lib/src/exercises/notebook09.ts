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
  mistakes: [
    { hint: "it looks like fp and fn are swapped: fp = predicted 1 but truly 0 (type I, a false alarm), fn = predicted 0 but truly 1 (type II, a miss)",
      answer: (p: number[], t: number[]) => { const [tp, fp, fn, tn] = confusionCountsReference(p, t); return [tp, fn, fp, tn]; } },
    { hint: "it looks like the order [tp, tn, fp, fn]: return [tp, fp, fn, tn]",
      answer: (p: number[], t: number[]) => { const [tp, fp, fn, tn] = confusionCountsReference(p, t); return [tp, tn, fp, fn]; } },
    { hint: "it looks like every agreement counts as tp: a true positive is predicted 1 AND truly 1; predicted 0 and truly 0 is a true negative (tn)",
      answer: (p: number[], t: number[]) => { const [tp, fp, fn, tn] = confusionCountsReference(p, t); return [tp + tn, fp, fn, 0]; } },
    { hint: "it looks like only the predictions are counted: tp needs predicted 1 AND truly 1; compare each prediction with its truth",
      answer: (p: number[], t: number[]) => { const [tp, fp, fn, tn] = confusionCountsReference(p, t); return [tp + fp, 0, 0, fn + tn]; } },
    { hint: "it looks like fractions: return the counts, whole numbers",
      answer: (p: number[], t: number[]) => confusionCountsReference(p, t).map((c) => (p.length === 0 ? 0 : c / p.length)) },
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
    [0, 0, 0],
  ],
  mistakes: [
    { hint: "it looks like 0 where a ratio is undefined: when tp + fp = 0 (nothing flagged) precision is 0 / 0, return NaN, not 0",
      answer: (tp: number, fp: number, fn: number) => [tp + fp === 0 ? 0 : tp / (tp + fp), tp + fn === 0 ? 0 : tp / (tp + fn)] },
    { hint: "it looks like 1 where a ratio is undefined: 0 / 0 is undefined, return NaN",
      answer: (tp: number, fp: number, fn: number) => [tp + fp === 0 ? 1 : tp / (tp + fp), tp + fn === 0 ? 1 : tp / (tp + fn)] },
    { hint: "it looks like the formulas are swapped: precision = tp / (tp + fp) (among those flagged), recall = tp / (tp + fn) (among the defective)",
      answer: (tp: number, fp: number, fn: number) => [...precisionAndRecallReference(tp, fp, fn)].reverse() },
    { hint: "it looks like percentages: return fractions from 0 to 1",
      answer: (tp: number, fp: number, fn: number) => precisionAndRecallReference(tp, fp, fn).map((v) => v * 100) },
    { hint: "it looks rounded: keep every digit (19/21 = 0.904762…), the check compares to 1e-6",
      answer: (tp: number, fp: number, fn: number) => precisionAndRecallReference(tp, fp, fn).map((v) => Math.round(v * 100) / 100) },
    { hint: "it looks like tp is missing from the denominators: precision = tp / (tp + fp), recall = tp / (tp + fn)",
      answer: (tp: number, fp: number, fn: number) => [tp + fp === 0 ? NaN : tp / fp, tp + fn === 0 ? NaN : tp / fn] },
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
  mistakes: [
    { hint: "it looks like score > t: a part counts as defective when score ≥ t, so the threshold itself is flagged",
      answer: (scores: number[], truths: number[], required: number) => thresholdBy(scores, truths, required, (s, t) => s > t, (r) => r >= required) },
    { hint: "it looks like the recall must EXCEED the required one: it is enough to reach it (≥), 2/3 ≥ 2/3",
      answer: (scores: number[], truths: number[], required: number) => thresholdBy(scores, truths, required, (s, t) => s >= t, (r) => r > required) },
    { hint: "it looks like the lowest threshold that works: try the scores from the HIGHEST down and return the first that reaches the recall",
      answer: (scores: number[], truths: number[]) => Math.min(...scores.filter((_, i) => truths.length > 0 && i >= 0)) },
    { hint: "it looks like the scores are tried in the order given: sort a copy from the highest down first ([...scores].sort((a, b) => b − a))",
      answer: (scores: number[], truths: number[], required: number) => thresholdBy(scores, truths, required, (s, t) => s >= t, (r) => r >= required, false) },
    { hint: "it looks like precision tp / (tp + fp) where recall belongs: recall = tp / (tp + fn), the share of the defective parts flagged",
      answer: (scores: number[], truths: number[], required: number) => {
        const candidates = [...scores].sort((a, b) => b - a);
        for (const t of candidates) {
          const flagged = scores.map((s, i) => [s >= t, truths[i] === 1] as const).filter(([f]) => f);
          if (flagged.filter(([, d]) => d).length / flagged.length >= required) return t;
        }
        return candidates[candidates.length - 1]!;
      } },
  ],
});

/** thresholdForRecall with other rules (known mistakes): flagged(score, t), enough(recall), sorted or as given. */
function thresholdBy(scores: readonly number[], truths: readonly number[], _required: number, flagged: (s: number, t: number) => boolean,
  enough: (recall: number) => boolean, sorted = true): number {
  const positives = truths.filter((t) => t === 1).length;
  const candidates = sorted ? [...scores].sort((a, b) => b - a) : [...scores];
  for (const t of candidates) {
    const tp = scores.filter((s, i) => flagged(s, t) && truths[i] === 1).length;
    if (enough(tp / positives)) return t;
  }
  return candidates[candidates.length - 1]!;
}
