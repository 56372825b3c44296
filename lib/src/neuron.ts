/**
 * One neuron (notebook 02): "LG CNS에 입사할 것인가?", the perceptron and the sigmoid neuron.
 *
 *   z = w·x + b = Σⱼ wⱼxⱼ + b        perceptron: 1 if z ≥ 0, else 0        sigmoid neuron: σ(z)
 *
 * The threshold becomes the bias: "join when Σ wx ≥ 80" is "join when Σ wx + b ≥ 0" with b = −80.
 * Plain number arrays here, so the arithmetic reads like the deck's table.
 */
import { ShapeError } from "./errors";
import { requireFinite, requireFiniteArray } from "./checks";
import { sigmoid, step } from "./activations";
import { t } from "./i18n/translate";

/**
 * The weighted sum z = w·x + b.
 * @param w one weight per input
 * @param x the inputs, as many as weights
 * @param b the bias (minus the threshold), 0 when omitted
 * @returns z, a number
 */
export function weightedSum(w: readonly number[], x: readonly number[], b = 0): number {
  return weightedSumFor("weightedSum", w, x, b);
}

/**
 * A perceptron's decision: 1 when w·x + b ≥ 0, else 0 (a weighted sum exactly at the threshold fires).
 * @param w one weight per input
 * @param x the inputs, as many as weights
 * @param b the bias, −threshold: b = −80 for "80 points or more"
 * @returns 0 or 1
 */
export function perceptron(w: readonly number[], x: readonly number[], b = 0): number {
  return step(weightedSumFor("perceptron", w, x, b));
}

/**
 * A sigmoid neuron's output σ(w·x + b): like the perceptron, but smooth, between 0 and 1.
 * @param w one weight per input
 * @param x the inputs, as many as weights
 * @param b the bias
 * @returns a number in [0, 1]
 */
export function sigmoidNeuron(w: readonly number[], x: readonly number[], b = 0): number {
  return sigmoid(weightedSumFor("sigmoidNeuron", w, x, b));
}

function weightedSumFor(op: string, w: readonly number[], x: readonly number[], b: number): number {
  requireFiniteArray(op, "w", w);
  requireFiniteArray(op, "x", x);
  requireFinite(op, "b", b);
  if (w.length !== x.length) {
    throw new ShapeError(op, t`w and x must have the same length`, [["w", [w.length]], ["x", [x.length]]], t`Each input needs one weight.`);
  }
  let z = b;
  for (let j = 0; j < w.length; j++) z += w[j]! * x[j]!;
  return z;
}
