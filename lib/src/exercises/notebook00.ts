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
  ],
});

defineExercise({
  id: "00-sigmoid-prime",
  name: "sigmoidPrime",
  notebook: "00",
  points: 2,
  hint: "σ′(z) = σ(z)(1 − σ(z)) with σ(z) = 1 / (1 + Math.exp(−z))",
  reference: sigmoidPrimeReference,
  cases: [[0], [2], [-2], [0.5], [10], [-800]],
});
