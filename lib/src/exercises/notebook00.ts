/**
 * The demonstration exercises of notebook 00 ("start here"): how an exercise looks and feels.
 *
 *   weightedSum:  z = Σⱼ wⱼ xⱼ + b               (the weighted input of one neuron, notebook 02)
 *   sigmoidPrime: σ′(z) = σ(z)(1 − σ(z)), σ(z) = 1 / (1 + e^(−z))
 */
import { defineExercise } from "./check";

function weightedSumReference(w: readonly number[], x: readonly number[], b: number): number {
  let z = b;
  for (let j = 0; j < w.length; j++) z += w[j]! * x[j]!;
  return z;
}

function sumOf(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function sigmoidPrimeReference(z: number): number {
  const sigma = 1 / (1 + Math.exp(-z));
  return sigma * (1 - sigma);
}

defineExercise({
  id: "00-weighted-sum",
  name: "weightedSum",
  notebook: "00",
  points: 1,
  hint: "z = w₁x₁ + w₂x₂ + … + b: multiply matching entries, add them up, then add b once",
  reference: weightedSumReference,
  cases: [
    [[1, 2], [3, 4], 0.5],
    [[0.5, -1, 2], [1, 1, 1], -1],
    [[2], [-1.5], 0],
    [[], [], 3],
    [[0.123, -0.456], [0.789, 0.321], 0.0005],
  ],
  caseHints: [undefined, undefined, undefined, "empty arrays: there are no products, so z is just b (give reduce a start value)"],
  mistakes: [
    { hint: "it looks like b is missing: z = Σ wⱼxⱼ + b, add b once after the products", answer: (w: number[], x: number[]) => sumOf(w.map((wj, j) => wj * x[j]!)) },
    { hint: "it looks like b is added once per entry: add it once, after the sum", answer: (w: number[], x: number[], b: number) => sumOf(w.map((wj, j) => wj * x[j]! + b)) },
    { hint: "it looks like wⱼ and xⱼ are added: multiply matching entries, then add the products", answer: (w: number[], x: number[], b: number) => sumOf(w.map((wj, j) => wj + x[j]!)) + b },
    { hint: "it looks like the first entry is skipped: array indices start at 0", answer: (w: number[], x: number[], b: number) => sumOf(w.map((wj, j) => (j === 0 ? 0 : wj * x[j]!))) + b },
    { hint: "it looks rounded: keep every digit (−0.048829 here), the check compares to 1e-6", answer: (w: number[], x: number[], b: number) => Math.round(weightedSumReference(w, x, b) * 100) / 100 },
  ],
});

defineExercise({
  id: "00-sigmoid-prime",
  name: "sigmoidPrime",
  notebook: "00",
  points: 2,
  hint: "σ′(z) = σ(z)(1 − σ(z)) with σ(z) = 1 / (1 + Math.exp(−z))",
  reference: sigmoidPrimeReference,
  cases: [[0], [2], [-2], [0.5], [10], [-800], [800], [-0.3]],
  caseHints: [undefined, undefined, undefined, undefined, undefined,
    "z = −800: Math.exp(800) is ∞ and ∞/∞ = NaN; compute σ = 1 / (1 + Math.exp(−z)) first, then σ(1 − σ), which gives 0",
    "z = 800: e^z/(1 + e^z)² is ∞/∞ = NaN there; compute σ = 1 / (1 + Math.exp(−z)) first, then σ(1 − σ)"],
  mistakes: [
    { hint: "it looks like σ(z) itself: the task asks for its derivative σ′(z) = σ(z)(1 − σ(z))", answer: sigmoid },
    { hint: "it looks like σ(1 + σ): the derivative is σ(z)(1 − σ(z)), with a minus", answer: (z: number) => sigmoid(z) * (1 + sigmoid(z)) },
    { hint: "it looks like the formula is applied to z: compute σ(z) first, then σ(z)(1 − σ(z))", answer: (z: number) => z * (1 - z) },
    { hint: "it looks like 1 − σ(z) alone: multiply it by σ(z)", answer: (z: number) => 1 - sigmoid(z) },
    { hint: "it looks rounded: keep every digit, the check compares to 1e-6", answer: (z: number) => Math.round(sigmoidPrimeReference(z) * 100) / 100 },
    { hint: "it looks like the worked value σ′(0) = 0.25 for every z: compute σ(z) for the z given", answer: () => 0.25 },
  ],
});
