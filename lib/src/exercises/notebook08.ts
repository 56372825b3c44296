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
    [[0.06, 0.04], [0.05, 0.0], 0.05, 0.03],
  ],
  mistakes: [
    { hint: "it looks like the gap is asked first: question 1 (training error above acceptableError → \"underfitting\") comes first",
      answer: (t: number[], v: number[], error: number, gap: number) => (v.at(-1)! - t.at(-1)! > gap ? "overfitting" : t.at(-1)! > error ? "underfitting" : "good fit") },
    { hint: "it looks like the curves are not read at the LAST epoch: judge the network as training ended, trainingErrors[trainingErrors.length − 1]",
      answer: (t: number[], v: number[], error: number, gap: number) => diagnoseFitReference([t[0]!], [v[0]!], error, gap) },
    { hint: "it looks like ≥ where the rule says above (>): an error exactly at the acceptable level is acceptable",
      answer: (t: number[], v: number[], error: number, gap: number) => (t.at(-1)! >= error ? "underfitting" : v.at(-1)! - t.at(-1)! >= gap ? "overfitting" : "good fit") },
    { hint: "it looks like the gap is taken as a distance |v − t|: only a validation error ABOVE the training error by more than acceptableGap is overfitting",
      answer: (t: number[], v: number[], error: number, gap: number) => (t.at(-1)! > error ? "underfitting" : Math.abs(v.at(-1)! - t.at(-1)!) > gap ? "overfitting" : "good fit") },
    { hint: "it looks like the gap is training − validation: the gap is validation error − training error",
      answer: (t: number[], v: number[], error: number, gap: number) => (t.at(-1)! > error ? "underfitting" : t.at(-1)! - v.at(-1)! > gap ? "overfitting" : "good fit") },
    { hint: "it looks like underfitting is judged on the validation error: question 1 looks at the TRAINING error",
      answer: (t: number[], v: number[], error: number, gap: number) => (v.at(-1)! > error ? "underfitting" : v.at(-1)! - t.at(-1)! > gap ? "overfitting" : "good fit") },
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
    [[0.9, 0.5, 0.6], 5],
  ],
  mistakes: [
    { hint: "it looks like a tie counts as an improvement: only a STRICTLY higher accuracy replaces the best epoch, so [0.8, 0.8, 0.8, 0.8] with patience 2 stops at 3",
      answer: (acc: number[], patience: number) => earlyStoppingWith(acc, patience, (a, best) => a >= best) },
    { hint: "it looks like epochs counted from 0: epoch e is validationAccuracies[e − 1], the first epoch is 1",
      answer: (acc: number[], patience: number) => earlyStoppingReference(acc, patience).map((e) => e - 1) },
    { hint: "it looks like one epoch too late: stop at the first epoch with e − best ≥ patience (≥, not >)",
      answer: (acc: number[], patience: number) => earlyStoppingReference(acc, patience + 1) },
    { hint: "it looks like [bestEpoch, stopEpoch]: return [stopEpoch, bestEpoch]",
      answer: (acc: number[], patience: number) => [...earlyStoppingReference(acc, patience)].reverse() },
    { hint: "it looks like the best epoch of the WHOLE curve: training cannot see the future, keep the best epoch SO FAR",
      answer: (acc: number[], patience: number) => {
        const best = acc.indexOf(Math.max(...acc)) + 1;
        const [stop] = earlyStoppingReference(acc, patience);
        return [stop, best];
      } },
    { hint: "it looks like the count restarts whenever an epoch beats the one before: compare with the BEST accuracy so far, not the previous epoch",
      answer: (acc: number[], patience: number) => {
        let best = 0;
        let since = 0;
        for (let e = 1; e < acc.length; e++) {
          if (acc[e]! > acc[best]!) best = e;
          since = acc[e]! > acc[e - 1]! ? 0 : since + 1;
          if (since >= patience) return [e + 1, best + 1];
        }
        return [acc.length, best + 1];
      } },
    { hint: "it looks like a run that never stops reports its last epoch as the best: bestEpoch is the epoch of the best accuracy ([0.9, 0.5, 0.6] → 1)",
      answer: (acc: number[], patience: number) => {
        const [stop, best] = earlyStoppingReference(acc, patience);
        return stop === acc.length && stop - best < patience ? [stop, stop] : [stop, best];
      } },
  ],
});

/** earlyStopping with another rule for "better than the best so far" (known mistakes). */
function earlyStoppingWith(acc: readonly number[], patience: number, better: (a: number, best: number) => boolean): [number, number] {
  let best = 0;
  for (let e = 0; e < acc.length; e++) {
    if (e > 0 && better(acc[e]!, acc[best]!)) best = e;
    if (e - best >= patience) return [e + 1, best + 1];
  }
  return [acc.length, best + 1];
}

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
    [[], 1, 10],
  ],
  caseHints: [undefined, undefined, undefined, undefined, "no layers: no weights, so the term is 0 (give reduce a start value of 0)"],
  mistakes: [
    { hint: "it looks like λ/n: the L2 term is λ/(2n) Σ w² (the ½ cancels the 2 of the derivative later)", answer: (w: number[][][], lambda: number, n: number) => 2 * l2TermReference(w, lambda, n) },
    { hint: "it looks like `lambda / 2 * n`, which multiplies by n: write lambda / (2 * n)", answer: (w: number[][][], lambda: number, n: number) => l2TermReference(w, lambda, n) * n * n },
    { hint: "it looks like λ is missing: multiply the sum of squares by λ/(2n)", answer: (w: number[][][], _lambda: number, n: number) => l2TermReference(w, 1, n) },
    { hint: "it looks like |w|: the L2 term adds the SQUARES w²", answer: (w: number[][][], lambda: number, n: number) => (lambda / (2 * n)) * w.flat(2).reduce((s, v) => s + Math.abs(v), 0) },
    { hint: "it looks like only the first layer: add the squares of every layer's weights", answer: (w: number[][][], lambda: number, n: number) => l2TermReference(w.slice(0, 1), lambda, n) },
    { hint: "it looks like the weights are added before squaring: square EACH weight, then add", answer: (w: number[][][], lambda: number, n: number) => (lambda / (2 * n)) * w.flat(2).reduce((s, v) => s + v, 0) ** 2 },
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
  mistakes: [
    { hint: "it looks like the decay uses λ instead of λ/n: w − η (nablaW + (λ/n) w), with n the number of training examples",
      answer: (w: number[][], g: number[][], eta: number, lambda: number) => weightDecayStepReference(w, g, eta, lambda, 1) },
    { hint: "it looks like λ/(2n): that is the L2 term's factor; its derivative is (λ/n) w",
      answer: (w: number[][], g: number[][], eta: number, lambda: number, n: number) => weightDecayStepReference(w, g, eta, lambda / 2, n) },
    { hint: "it looks like the decay is left out: add (λ/n) w to the gradient, w − η (nablaW + (λ/n) w)",
      answer: (w: number[][], g: number[][], eta: number, _lambda: number, n: number) => weightDecayStepReference(w, g, eta, 0, n) },
    { hint: "it looks like the decay term misses η: both terms are multiplied by η, w − η (nablaW + (λ/n) w)",
      answer: (w: number[][], g: number[][], eta: number, lambda: number, n: number) => w.map((row, j) => row.map((v, k) => v - eta * g[j]![k]! - (lambda / n) * v)) },
    { hint: "it looks like a step uphill: w − η (…), with a minus",
      answer: (w: number[][], g: number[][], eta: number, lambda: number, n: number) => weightDecayStepReference(w, g, -eta, lambda, n) },
    { hint: "it looks like the gradient is decayed instead of the weights: the extra term is (λ/n) w, from the weights",
      answer: (w: number[][], g: number[][], eta: number, lambda: number, n: number) => w.map((row, j) => row.map((v, k) => v - eta * (g[j]![k]! + (lambda / n) * g[j]![k]!))) },
  ],
});
