/**
 * The exercises of notebook 02, "The perceptron: LG CNS에 입사할 것인가? and the sigmoid neuron".
 *
 *   weightedSum:   z = w·x + b = Σⱼ wⱼxⱼ + b           (the deck's table: 165, and 165 − 80 = 85)
 *   perceptron:    1 if z ≥ 0, else 0                    (the threshold 80 as the bias b = −80)
 *   sigmoidNeuron: σ(z) = 1 / (1 + e^(−z))
 *   tippingWeight: the wⱼ that puts z exactly at 0: wⱼ − z / xⱼ (NaN when xⱼ = 0: no wⱼ moves z)
 */
import { perceptron, sigmoidNeuron, weightedSum } from "../neuron";
import { defineExercise } from "./check";

/** The deck's table: weights, the candidate's answers (O = 1, X = 0), and the bias −80. */
const DECK_WEIGHTS = [30, -20, 15, 15, 10, 10, 100];
const DECK_ANSWERS = [1, 0, 1, 0, 1, 1, 1];
const FOOD_NOT_GOOD = [1, 0, 1, 0, 1, 1, 0];

function weightedSumReference(w: readonly number[], x: readonly number[], b: number): number {
  return weightedSum(w, x, b);
}

function perceptronReference(w: readonly number[], x: readonly number[], b: number): number {
  return perceptron(w, x, b);
}

function sigmoidNeuronReference(w: readonly number[], x: readonly number[], b: number): number {
  return sigmoidNeuron(w, x, b);
}

/** The weight of input j that puts the weighted sum exactly on the threshold (z = 0); NaN when x[j] = 0. */
function tippingWeightReference(w: readonly number[], x: readonly number[], b: number, j: number): number {
  if (x[j] === 0) return NaN;
  return w[j]! - weightedSum(w, x, b) / x[j]!;
}

defineExercise({
  id: "02-weighted-sum",
  name: "weightedSum",
  notebook: "02",
  points: 1,
  hint: "z = w₁x₁ + w₂x₂ + … + wₙxₙ + b: multiply matching entries, add them up, then add b once",
  reference: weightedSumReference,
  cases: [
    [DECK_WEIGHTS, DECK_ANSWERS, 0],
    [DECK_WEIGHTS, DECK_ANSWERS, -80],
    [[0.5, -1], [2, 3], 0.25],
    [[], [], -3],
  ],
});

defineExercise({
  id: "02-perceptron",
  name: "perceptron",
  notebook: "02",
  points: 1,
  hint: "compute z = w·x + b and return 1 when z ≥ 0 (exactly on the threshold counts as yes), else 0",
  reference: perceptronReference,
  cases: [
    [DECK_WEIGHTS, DECK_ANSWERS, -80],
    [DECK_WEIGHTS, FOOD_NOT_GOOD, -80],
    [[30, 50], [1, 1], -80],
    [[1], [1], -1.5],
    [[-2, 3], [1, 1], 0],
  ],
});

defineExercise({
  id: "02-sigmoid-neuron",
  name: "sigmoidNeuron",
  notebook: "02",
  points: 1,
  hint: "a = σ(z) with z = w·x + b and σ(z) = 1 / (1 + Math.exp(−z)); σ(0) = 0.5",
  reference: sigmoidNeuronReference,
  cases: [
    [[1, 2], [3, 4], -10.5],
    [[0], [0], 0],
    [[3, -2, 1.5, 1.5, 1, 1, 10], DECK_ANSWERS, -8],
    [[0.5, -1.5], [2, 1], 0.25],
    [[1], [-800], 0],
  ],
});

defineExercise({
  id: "02-tipping-weight",
  name: "tippingWeight",
  notebook: "02",
  points: 2,
  hint: "adding 1 to wⱼ moves z = w·x + b by xⱼ, so wⱼ must move by −z / xⱼ; when xⱼ = 0 no weight moves z: return NaN",
  reference: tippingWeightReference,
  cases: [
    [DECK_WEIGHTS, DECK_ANSWERS, -80, 6],
    [DECK_WEIGHTS, DECK_ANSWERS, -80, 0],
    [DECK_WEIGHTS, FOOD_NOT_GOOD, -80, 2],
    [[2, 1], [0.5, 4], -3, 0],
    [DECK_WEIGHTS, DECK_ANSWERS, -80, 1],
  ],
});
