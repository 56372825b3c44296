/**
 * The precision/recall trade-off over decision thresholds (notebook 09).
 *
 * A classifier that outputs a score (say the output neuron's activation) calls an example positive
 * (defective) when score ≥ threshold t. Lowering t finds more defects (recall rises) but also calls
 * more good products defective (precision usually falls):
 * "낌새만 있으면 다 골라내주세요" asks for high recall, "담당자가 다 보기 힘들어요" for high precision.
 */
import { ValueError, describeValue } from "../errors";
import { requirePairedArrays } from "../checks";
import { t } from "../i18n/translate";
import type { BinaryCounts } from "./confusion";
import { precision, recall } from "./measures";

/** The counts and measures at one threshold: positive when score ≥ threshold. Precision NaN when nothing is positive. */
export interface CurvePoint extends BinaryCounts {
  readonly threshold: number;
  readonly precision: number;
  readonly recall: number;
}

/**
 * Precision and recall at every threshold: by default each distinct score, ascending (the lowest
 * calls everything positive, recall 1). scores and truths (0/1, 1 = positive) have one entry per example.
 */
export function precisionRecallCurve(scores: ArrayLike<number>, truths: ArrayLike<number>, thresholds?: ArrayLike<number>): CurvePoint[] {
  const op = "precisionRecallCurve";
  const ranked = rank(op, scores, truths);
  const chosen = thresholds === undefined ? distinctAscending(ranked.scores) : checkThresholds(op, thresholds);
  return chosen.map((threshold) => pointAt(ranked, threshold));
}

/**
 * The HIGHEST threshold whose recall is at least `requiredRecall` (so precision is as high as that
 * recall allows), as a curve point; candidates are the distinct scores. Needs at least one positive truth.
 */
export function thresholdForRecall(scores: ArrayLike<number>, truths: ArrayLike<number>, requiredRecall: number): CurvePoint {
  const op = "thresholdForRecall";
  if (typeof requiredRecall !== "number" || !(requiredRecall >= 0 && requiredRecall <= 1)) {
    throw new ValueError(op, t`a required recall from 0 to 1`, describeValue(requiredRecall));
  }
  const ranked = rank(op, scores, truths);
  if (ranked.positives[ranked.positives.length - 1] === 0) {
    throw new ValueError(op, t`at least one positive truth (1)`, t`none`, t`Recall tp / (tp + fn) is undefined without positives.`);
  }
  const candidates = distinctAscending(ranked.scores).reverse();
  const found = candidates.map((threshold) => pointAt(ranked, threshold)).find((point) => point.recall >= requiredRecall);
  return found!; // the lowest score calls every example positive, so recall 1 is always reached
}

/** Scores sorted descending, with positives[k] = number of positive truths among the k highest scores. */
interface Ranked {
  readonly scores: number[];
  readonly positives: Int32Array;
}

function rank(op: string, scores: ArrayLike<number>, truths: ArrayLike<number>): Ranked {
  requirePairedArrays(op, ["scores", scores], ["truths", truths], t`there must be one score per truth`);
  const order = Array.from({ length: scores.length }, (_, i) => i);
  order.forEach((i) => {
    if (!Number.isFinite(scores[i])) throw new ValueError(op, t`finite scores`, t`${describeValue(scores[i])} at index ${i}`);
    if (truths[i] !== 0 && truths[i] !== 1) throw new ValueError(op, t`truths that are 0 (negative) or 1 (positive)`, t`${describeValue(truths[i])} at index ${i}`);
  });
  order.sort((a, b) => scores[b]! - scores[a]!);
  const positives = new Int32Array(order.length + 1);
  order.forEach((i, k) => (positives[k + 1] = positives[k]! + truths[i]!));
  return { scores: order.map((i) => scores[i]!), positives };
}

function pointAt(ranked: Ranked, threshold: number): CurvePoint {
  // called positive: the first k scores, those ≥ threshold (binary search in the descending scores)
  let low = 0, high = ranked.scores.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranked.scores[mid]! >= threshold) low = mid + 1;
    else high = mid;
  }
  const n = ranked.scores.length, allPositives = ranked.positives[n]!;
  const tp = ranked.positives[low]!, fp = low - tp, fn = allPositives - tp, tn = n - allPositives - fp;
  const counts = { tp, fp, fn, tn };
  return { threshold, precision: precision(counts), recall: recall(counts), ...counts };
}

function distinctAscending(descending: readonly number[]): number[] {
  return descending.filter((s, k) => k === 0 || s !== descending[k - 1]).reverse();
}

function checkThresholds(op: string, thresholds: ArrayLike<number>): number[] {
  const list = Array.from(thresholds);
  const bad = list.findIndex((x) => typeof x !== "number" || Number.isNaN(x));
  if (bad >= 0) throw new ValueError(op, t`thresholds that are numbers`, t`${describeValue(list[bad])} at index ${bad}`);
  return list;
}
