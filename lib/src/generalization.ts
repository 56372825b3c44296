/**
 * Generalization: reading learning curves and stopping early (notebook 08).
 *
 *   underfitting  the training error stays above what the task needs
 *   overfitting   validation error − training error is too wide a gap
 *   early stopping  stop once the validation accuracy has not improved for `patience` epochs,
 *                   and keep the network of the best epoch
 *
 * The deck asks its two questions in this order (Training set에 대한 error가 작아졌는가? Training
 * error와 test error의 갭이 작은가?), so `diagnoseFit` does too. `earlyStoppingEpoch` applies the rule
 * of `train`'s `earlyStopping` option (sgd.ts) to a recorded history.
 */
import { ValueError, describeValue } from "./errors";
import { t } from "./i18n/translate";

/** What a learning curve says about a trained network. */
export type FitDiagnosis = "underfitting" | "overfitting" | "good fit";

/** Where early stopping stops and which epoch it keeps (both counted from 1). */
export interface EarlyStop {
  /** The epoch after which training stops (the last epoch when it never stalls). */
  stopEpoch: number;
  /** The epoch with the best validation accuracy up to stopEpoch (the first, on a tie). */
  bestEpoch: number;
}

/**
 * Diagnoses learning curves from their last epoch: "underfitting" when the training error is above
 * `acceptableError`, else "overfitting" when validation error − training error is above
 * `acceptableGap`, else "good fit". Errors are fractions (1 − accuracy), one per epoch.
 */
export function diagnoseFit(trainingErrors: readonly number[], validationErrors: readonly number[],
  acceptableError: number, acceptableGap: number): FitDiagnosis {
  const training = lastValue("diagnoseFit", "trainingErrors", trainingErrors);
  const validation = lastValue("diagnoseFit", "validationErrors", validationErrors);
  nonNegative("diagnoseFit", "acceptableError", acceptableError);
  nonNegative("diagnoseFit", "acceptableGap", acceptableGap);
  if (training > acceptableError) return "underfitting";
  if (validation - training > acceptableGap) return "overfitting";
  return "good fit";
}

/**
 * The early-stopping rule on validation accuracies a₁ … a_E (one per epoch): training stops after
 * the first epoch e whose best accuracy so far is `patience` or more epochs old (only a strictly
 * higher accuracy counts as better). Returns that epoch and the best one before it.
 */
export function earlyStoppingEpoch(validationAccuracies: readonly number[], patience: number): EarlyStop {
  lastValue("earlyStoppingEpoch", "validationAccuracies", validationAccuracies);
  if (!Number.isInteger(patience) || patience < 1) {
    throw new ValueError("earlyStoppingEpoch", t`a patience as a whole number ≥ 1`, describeValue(patience));
  }
  let best = 0;
  for (let e = 0; e < validationAccuracies.length; e++) {
    if (validationAccuracies[e]! > validationAccuracies[best]!) best = e;
    if (e - best >= patience) return { stopEpoch: e + 1, bestEpoch: best + 1 };
  }
  return { stopEpoch: validationAccuracies.length, bestEpoch: best + 1 };
}

/** The last entry of a non-empty array of finite numbers. */
function lastValue(op: string, name: string, values: readonly number[]): number {
  if (!Array.isArray(values) || values.length === 0) {
    throw new ValueError(op, t`${name} as a non-empty array of numbers, one per epoch`, describeValue(values));
  }
  const bad = values.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
  if (bad >= 0) throw new ValueError(op, t`finite numbers in ${name}`, t`${describeValue(values[bad])} at epoch ${bad + 1}`);
  return values[values.length - 1]!;
}

function nonNegative(op: string, name: string, value: number): void {
  if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value)) {
    throw new ValueError(op, t`${name} as a number ≥ 0`, describeValue(value));
  }
}
