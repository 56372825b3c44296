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
    [[0.123, -0.456], [0.789, 0.321], 0.0005],
  ],
  caseHints: [undefined, undefined, undefined, "empty arrays: there are no products, so z is just b (give reduce a start value)"],
  mistakes: [
    { hint: "it looks like b is missing: z = Σ wⱼxⱼ + b, add b once after the products", answer: (w: number[], x: number[]) => weightedSum(w, x, 0) },
    { hint: "it looks like b is added once per entry: add it once, after the sum", answer: (w: number[], x: number[], b: number) => weightedSum(w, x, b * w.length) },
    { hint: "it looks like wⱼ and xⱼ are added: multiply matching entries, then add the products", answer: (w: number[], x: number[], b: number) => w.reduce((s, wj, j) => s + wj + x[j]!, b) },
    { hint: "it looks like the first entry is skipped: array indices start at 0", answer: (w: number[], x: number[], b: number) => weightedSum(w.slice(1), x.slice(1), b) },
    { hint: "it looks rounded: keep every digit (−0.048829 here), the check compares to 1e-6", answer: (w: number[], x: number[], b: number) => roundTo2(weightedSum(w, x, b)) },
  ],
});

/** A value rounded to two decimals (the mistake of rounding an answer). */
function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}

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
    [[-1, 0.5], [1, 1], -1],
  ],
  mistakes: [
    { hint: "it looks like z > 0: exactly on the threshold (z = 0, as 30 + 50 − 80) the perceptron says yes, so use z ≥ 0", answer: (w: number[], x: number[], b: number) => (weightedSum(w, x, b) > 0 ? 1 : 0) },
    { hint: "it looks like the answers are swapped: 1 (yes) when z ≥ 0, 0 (no) otherwise", answer: (w: number[], x: number[], b: number) => (weightedSum(w, x, b) >= 0 ? 0 : 1) },
    { hint: "it looks like b is missing: decide on z = w·x + b", answer: (w: number[], x: number[]) => (weightedSum(w, x, 0) >= 0 ? 1 : 0) },
    { hint: "it looks like w·x is compared with b: the rule is w·x + b ≥ 0, that is w·x ≥ −b", answer: (w: number[], x: number[], b: number) => (weightedSum(w, x, 0) >= b ? 1 : 0) },
    { hint: "it looks like z itself: return the decision, 1 or 0", answer: (w: number[], x: number[], b: number) => weightedSum(w, x, b) },
    { hint: "it looks like true/false: return the numbers 1 and 0", answer: (w: number[], x: number[], b: number) => weightedSum(w, x, b) >= 0 },
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
    [[-1], [-800], 0],
  ],
  caseHints: [undefined, undefined, undefined, undefined, undefined,
    "z = 800: e^z / (1 + e^z) is ∞/∞ = NaN there; σ(z) = 1 / (1 + Math.exp(−z)) gives 1"],
  mistakes: [
    { hint: "it looks like e^(+z): σ(z) = 1 / (1 + Math.exp(−z)), with a minus", answer: (w: number[], x: number[], b: number) => 1 / (1 + Math.exp(weightedSum(w, x, b))) },
    { hint: "it looks like b is missing: z = w·x + b", answer: (w: number[], x: number[]) => sigmoidNeuron(w, x, 0) },
    { hint: "it looks like z itself: the output is a = σ(z)", answer: (w: number[], x: number[], b: number) => weightedSum(w, x, b) },
    { hint: "it looks like the perceptron's step: a sigmoid neuron outputs σ(z), σ(0) = 0.5", answer: (w: number[], x: number[], b: number) => (weightedSum(w, x, b) >= 0 ? 1 : 0) },
    { hint: "it looks rounded: keep every digit, the check compares to 1e-6", answer: (w: number[], x: number[], b: number) => roundTo2(sigmoidNeuron(w, x, b)) },
    { hint: "it looks like 1 / (1 − e^(−z)): σ(z) = 1 / (1 + Math.exp(−z)), with a plus", answer: (w: number[], x: number[], b: number) => 1 / (1 - Math.exp(-weightedSum(w, x, b))) },
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
    [[0.3, -1.7], [0.6, 2.2], 0.45, 1],
    [[1.5, 2], [-0.5, 1], 1, 0],
  ],
  caseHints: [undefined, undefined, undefined, undefined,
    "xⱼ = 0: wⱼ has no effect on z and no value tips the decision; check `x[j] === 0` first and return NaN (the number, not a string)"],
  mistakes: [
    { hint: "it looks like z is not divided by xⱼ: wⱼ must move by −z / xⱼ", answer: (w: number[], x: number[], b: number, j: number) => (x[j] === 0 ? NaN : w[j]! - weightedSum(w, x, b)) },
    { hint: "it looks like the sign is flipped: wⱼ − z / xⱼ, so that the new z is z − (z / xⱼ)·xⱼ = 0", answer: (w: number[], x: number[], b: number, j: number) => (x[j] === 0 ? NaN : w[j]! + weightedSum(w, x, b) / x[j]!) },
    { hint: "it looks like the change −z / xⱼ alone: return the new weight wⱼ − z / xⱼ", answer: (w: number[], x: number[], b: number, j: number) => (x[j] === 0 ? NaN : -weightedSum(w, x, b) / x[j]!) },
    { hint: "it looks like b is left out of z: z = w·x + b", answer: (w: number[], x: number[], _b: number, j: number) => (x[j] === 0 ? NaN : w[j]! - weightedSum(w, x, 0) / x[j]!) },
    { hint: "it looks like j counts from 1: j = 6 is the 7th input (food), w[6] and x[6]", answer: (w: number[], x: number[], b: number, j: number) => (x[j - 1] === 0 ? NaN : w[j - 1]! - weightedSum(w, x, b) / x[j - 1]!) },
    { hint: "it looks like |xⱼ|: divide by xⱼ with its sign; a negative answer moves z the other way", answer: (w: number[], x: number[], b: number, j: number) => (x[j] === 0 ? NaN : w[j]! - weightedSum(w, x, b) / Math.abs(x[j]!)) },
    { hint: "it looks rounded: keep every digit (−0.286364 here), the check compares to 1e-6", answer: (w: number[], x: number[], b: number, j: number) => (x[j] === 0 ? NaN : roundTo2(tippingWeightReference(w, x, b, j))) },
  ],
});
