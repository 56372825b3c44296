/**
 * The exercises of notebook 08, "Generalization, overfitting and underfitting" (일반화, 과적합, 과소적합).
 *
 *   diagnoseFit:     the deck's two questions on the last epoch of the learning curves:
 *                    training error > acceptableError → "underfitting";
 *                    else validation − training error > acceptableGap → "overfitting"; else "good fit"
 *   earlyStopping:   [stopEpoch, bestEpoch]: stop after the first epoch whose best validation accuracy
 *                    so far is `patience` epochs old (only a strictly higher accuracy is better)
 *   l2Term:          λ/(2n) Σ w² over every weight of every layer
 *   weightDecayStep: w → w − η (∂C₀/∂w + (λ/n) w) = (1 − ηλ/n) w − η ∂C₀/∂w
 *
 * The library's diagnoseFit, earlyStoppingEpoch (generalization.ts), l2Term, l2Gradient (costs.ts)
 * and the step of train (sgd.ts) do the same; tests/lib/exercises/notebook08.test.ts checks they agree.
 */
import { defineExercise } from "./check";

function diagnoseFitReference(trainingErrors: readonly number[], validationErrors: readonly number[],
  acceptableError: number, acceptableGap: number): string {
  const training = trainingErrors[trainingErrors.length - 1]!;
  const validation = validationErrors[validationErrors.length - 1]!;
  if (training > acceptableError) return "underfitting";
  if (validation - training > acceptableGap) return "overfitting";
  return "good fit";
}

function earlyStoppingReference(validationAccuracies: readonly number[], patience: number): [number, number] {
  let best = 0;
  for (let e = 0; e < validationAccuracies.length; e++) {
    if (validationAccuracies[e]! > validationAccuracies[best]!) best = e;
    if (e - best >= patience) return [e + 1, best + 1];
  }
  return [validationAccuracies.length, best + 1];
}

function l2TermReference(weights: readonly (readonly (readonly number[])[])[], lambda: number, n: number): number {
  let squares = 0;
  for (const w of weights) for (const row of w) for (const v of row) squares += v * v;
  return (lambda / (2 * n)) * squares;
}

function weightDecayStepReference(w: readonly (readonly number[])[], nablaW: readonly (readonly number[])[],
  learningRate: number, lambda: number, n: number): number[][] {
  return w.map((row, j) => row.map((v, k) => v - learningRate * (nablaW[j]![k]! + (lambda / n) * v)));
}

defineExercise({
  id: "08-diagnose-fit",
  name: "diagnoseFit",
  notebook: "08",
  points: 1,
  hint: "look at the LAST epoch only; first ask: is the training error above acceptableError? → \"underfitting\"; " +
    "then: is validation error − training error above acceptableGap? → \"overfitting\"; otherwise \"good fit\"",
  reference: diagnoseFitReference,
  cases: [
    [[0.5, 0.42, 0.38], [0.52, 0.45, 0.41], 0.05, 0.05],
    [[0.3, 0.05, 0], [0.35, 0.2, 0.17], 0.05, 0.05],
    [[0.2, 0.06, 0.03], [0.22, 0.09, 0.06], 0.05, 0.05],
    [[0.01, 0.2], [0.3, 0.22], 0.05, 0.05],
    [[0.4, 0.1], [0.5, 0.4], 0.05, 0.05],
    [[0.05], [0.1], 0.05, 0.05],
  ],
});

defineExercise({
  id: "08-early-stopping",
  name: "earlyStopping",
  notebook: "08",
  points: 2,
  hint: "walk through the epochs keeping the index of the best accuracy so far (replace it only on a strictly higher one); " +
    "stop at the first epoch e with e − best ≥ patience; return [stopEpoch, bestEpoch] counted from 1 ([E, best] if it never stops)",
  reference: earlyStoppingReference,
  cases: [
    [[0.5, 0.6, 0.7, 0.65, 0.68, 0.66, 0.69], 3],
    [[0.5, 0.6, 0.7, 0.8], 2],
    [[0.8, 0.8, 0.8, 0.8], 2],
    [[0.9, 0.7, 0.95, 0.6, 0.5], 1],
    [[0.1], 5],
  ],
});

defineExercise({
  id: "08-l2-term",
  name: "l2Term",
  notebook: "08",
  points: 2,
  hint: "square every weight of every layer (biases are not decayed), add the squares up, multiply by λ/(2n)",
  reference: l2TermReference,
  cases: [
    [[[[1, 2], [3, 4]]], 0.1, 10],
    [[[[1, -1]], [[2], [0.5]]], 1, 4],
    [[[[3]]], 0, 100],
    [[[[0.2, -0.4, 0.1]], [[-1, 1]]], 5, 1000],
  ],
});

defineExercise({
  id: "08-weight-decay-step",
  name: "weightDecayStep",
  notebook: "08",
  points: 2,
  hint: "the gradient of C = C₀ + λ/(2n) Σ w² is ∂C₀/∂w + (λ/n) w, so each weight becomes w − η (nablaW + (λ/n) w) = (1 − ηλ/n) w − η nablaW",
  reference: weightDecayStepReference,
  cases: [
    [[[1, -2]], [[0.5, 0.5]], 0.5, 10, 100],
    [[[1, 2], [3, 4]], [[0.1, 0.2], [0.3, 0.4]], 1, 0, 50],
    [[[2, -4]], [[0, 0]], 0.5, 5, 1000],
    [[[0.3], [-0.6], [0.9]], [[1], [-2], [0.5]], 3, 0.1, 1000],
  ],
});
