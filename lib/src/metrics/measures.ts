/**
 * Accuracy, precision, recall and F1 (notebook 09, "Task 목적에 따라 알맞은 measure가 달라진다").
 *
 *   accuracy  = (tp + tn) / (tp + tn + fp + fn)
 *   precision = tp / (tp + fp)      of what the model called defective, how much was?
 *   recall    = tp / (tp + fn)      of what was defective, how much did the model find?
 *   F1        = 2 · precision · recall / (precision + recall) = 2tp / (2tp + fp + fn)
 *
 * Degenerate cases: a ratio 0 / 0 is UNDEFINED and returned as NaN, never as 0 or 1 (0 would call
 * it a failure, 1 a success). So precision is NaN when nothing is predicted positive, recall is NaN
 * when no example is positive, F1 is NaN only when tp + fp + fn = 0, and every measure of no
 * examples at all is NaN. Averages over classes say how they treat NaN below.
 */
import { ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";
import { type BinaryCounts, type ConfusionMatrix, checkMatrix, classCounts } from "./confusion";

/** Precision, recall and F1 together (of one class, or averaged). */
export interface Measures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The measures of one class against the rest, and its support (how many examples truly belong to it). */
export interface ClassMeasures extends Measures {
  readonly class: number;
  readonly support: number;
}

/** Fraction correct, from binary counts ((tp + tn) / total) or a confusion matrix (diagonal / total). NaN for no examples. */
export function accuracyOf(counts: BinaryCounts | ConfusionMatrix): number {
  if (Array.isArray(counts)) {
    const classes = checkMatrix("accuracyOf", counts);
    let correct = 0, total = 0;
    for (let i = 0; i < classes; i++) {
      correct += counts[i]![i]!;
      total += counts[i]!.reduce((a, b) => a + b, 0);
    }
    return ratio(correct, total);
  }
  const { tp, fp, fn, tn } = checkCounts("accuracyOf", counts);
  return ratio(tp + tn, tp + tn + fp + fn);
}

/** tp / (tp + fp); NaN when nothing was predicted positive. */
export function precision(counts: BinaryCounts): number {
  const { tp, fp } = checkCounts("precision", counts);
  return ratio(tp, tp + fp);
}

/** tp / (tp + fn); NaN when no example is positive. */
export function recall(counts: BinaryCounts): number {
  const { tp, fn } = checkCounts("recall", counts);
  return ratio(tp, tp + fn);
}

/** 2tp / (2tp + fp + fn), the harmonic mean of precision and recall; 0 when tp = 0 but mistakes exist, NaN when tp + fp + fn = 0. */
export function f1(counts: BinaryCounts): number {
  const { tp, fp, fn } = checkCounts("f1", counts);
  return ratio(2 * tp, 2 * tp + fp + fn);
}

/** Precision, recall, F1 and support of every class (each class against the rest), from a confusion matrix. */
export function perClassMeasures(matrix: ConfusionMatrix): ClassMeasures[] {
  const classes = checkMatrix("perClassMeasures", matrix);
  return Array.from({ length: classes }, (_, c) => {
    const counts = classCounts(matrix, c);
    return { class: c, precision: precision(counts), recall: recall(counts), f1: f1(counts), support: counts.tp + counts.fn };
  });
}

/**
 * The unweighted mean over classes (every class counts the same, however rare). Only classes that
 * occur (in the truths or the predictions) take part; among them an undefined value counts as 0,
 * so a class that exists but is never predicted pulls macro precision down (as scikit-learn's
 * zero_division=0 does). NaN when no class occurs.
 */
export function macroAverage(matrix: ConfusionMatrix): Measures {
  const occurring = perClassMeasures(matrix).filter((m) => m.support > 0 || matrix.some((row) => row[m.class]! > 0));
  const mean = (pick: (m: ClassMeasures) => number): number =>
    ratio(occurring.reduce((sum, m) => sum + (Number.isNaN(pick(m)) ? 0 : pick(m)), 0), occurring.length);
  return { precision: mean((m) => m.precision), recall: mean((m) => m.recall), f1: mean((m) => m.f1) };
}

/**
 * tp, fp and fn pooled over all classes, then the measures (every example counts the same). With
 * one label per example each mistake is one fp and one fn, so all three equal the accuracy.
 */
export function microAverage(matrix: ConfusionMatrix): Measures {
  const classes = checkMatrix("microAverage", matrix);
  let tp = 0, fp = 0, fn = 0;
  for (let c = 0; c < classes; c++) {
    const counts = classCounts(matrix, c);
    tp += counts.tp;
    fp += counts.fp;
    fn += counts.fn;
  }
  const pooled = { tp, fp, fn, tn: 0 };
  return { precision: precision(pooled), recall: recall(pooled), f1: f1(pooled) };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? NaN : numerator / denominator;
}

function checkCounts(op: string, counts: BinaryCounts): BinaryCounts {
  if (counts === null || typeof counts !== "object") {
    throw new ValueError(op, t`counts { tp, fp, fn, tn } (from binaryConfusion)`, describeValue(counts));
  }
  for (const key of ["tp", "fp", "fn", "tn"] as const) {
    const value = counts[key];
    if (!Number.isInteger(value) || value < 0) throw new ValueError(op, t`${key} as a whole number ≥ 0`, describeValue(value));
  }
  return counts;
}
