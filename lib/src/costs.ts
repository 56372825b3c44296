/**
 * Costs as swappable objects, each with its value and its output error δᴸ (quadratic: notebook 04;
 * cross-entropy: notebook 07; L2 weight decay: notebook 08). Nielsen's network2 style.
 *
 *   quadratic      C = 1/(2n) Σₓ ‖y − a‖²                        δᴸ = (a − y) ⊙ σ′(zᴸ)
 *   cross-entropy  C = −1/n Σₓ Σⱼ [yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)]  δᴸ = a − y
 *   L2 term        + λ/(2n) Σ w²                                  ∂/∂w = (λ/n) w
 *
 * Both δᴸ assume a sigmoid output layer, a = σ(z). Activations and targets are [classes, m]: one
 * example per column. Given zᴸ as well, the cross-entropy value is computed from z exactly, however far
 * out z is: −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = y·softplus(−z) + (1 − y)·softplus(z).
 */
import { ShapeError, ValueError, describeValue } from "./errors";
import { requireFinite, requireMatrix, requireSameShape } from "./checks";
import { sigmoidPrime } from "./activations";
import { hadamard, scale, subtract } from "./elementwise";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/** A cost function: its value for a batch and the output error δᴸ it sends into backpropagation. */
export interface Cost {
  /** A short name for printing: "quadratic". */
  readonly name: string;
  /**
   * The cost averaged over the examples.
   * @param activation the network's outputs aᴸ [classes, m], one example per column
   * @param target the desired outputs y [classes, m]
   * @param weightedInput zᴸ [classes, m] with aᴸ = σ(zᴸ), when known: cross-entropy then computes its
   *   value from z, exactly also where σ(z) rounds to 0 or 1 (the network's own callers pass it)
   */
  value(activation: Tensor, target: Tensor, weightedInput?: Tensor): number;
  /**
   * δᴸ = ∇ₐC ⊙ σ′(zᴸ) for each example (one column each), NOT divided by m: the caller averages.
   * @param weightedInput zᴸ [classes, m]; @param activation aᴸ = σ(zᴸ) [classes, m]; @param target y [classes, m]
   * @returns δᴸ [classes, m]
   */
  delta(weightedInput: Tensor, activation: Tensor, target: Tensor): Tensor;
}

/** The deck's quadratic cost C = 1/(2n) Σₓ ‖y − a‖², with δᴸ = (a − y) ⊙ σ′(zᴸ). */
export const quadraticCost: Cost = Object.freeze({
  name: "quadratic",
  value(activation: Tensor, target: Tensor): number {
    const m = checkPair("quadraticCost.value", activation, target);
    let total = 0;
    for (let i = 0; i < activation.size; i++) total += (target.data[i]! - activation.data[i]!) ** 2;
    return total / (2 * m);
  },
  delta(weightedInput: Tensor, activation: Tensor, target: Tensor): Tensor {
    checkTriple("quadraticCost.delta", weightedInput, activation, target);
    return hadamard(subtract(activation, target), sigmoidPrime(weightedInput));
  },
});

/**
 * The cross-entropy cost C = −1/n Σₓ Σⱼ [yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)], with δᴸ = a − y (σ′ cancels,
 * so a saturated wrong output still learns fast). With zᴸ given, each term is computed from z as
 * y·softplus(−z) + (1 − y)·softplus(z), softplus(t) = ln(1 + eᵗ), which never rounds: a confidently
 * wrong output with z = 800 costs 800, and the value's slope is exactly δ = a − y everywhere. From a
 * alone, 0 · ln 0 counts as 0 (its limit) and ln 0 is −∞: an output that rounded to exactly 0 or 1 on
 * the wrong side costs Infinity (pass z to get the finite value).
 */
export const crossEntropyCost: Cost = Object.freeze({
  name: "cross-entropy",
  value(activation: Tensor, target: Tensor, weightedInput?: Tensor): number {
    const op = "crossEntropyCost.value";
    const m = checkPair(op, activation, target);
    if (weightedInput !== undefined) {
      requireMatrix(op, "weightedInput", weightedInput);
      requireSameShape(op, ["weightedInput", "activation"], weightedInput, activation, t`aᴸ = σ(zᴸ) has the shape of zᴸ.`);
    }
    let total = 0;
    for (let i = 0; i < activation.size; i++) {
      const y = target.data[i]!;
      total += weightedInput ? crossEntropyFromZ(weightedInput.data[i]!, y) : -crossEntropyTerm(activation.data[i]!, y);
    }
    return total / m;
  },
  delta(weightedInput: Tensor, activation: Tensor, target: Tensor): Tensor {
    checkTriple("crossEntropyCost.delta", weightedInput, activation, target);
    return subtract(activation, target);
  },
});

/** y ln a + (1 − y) ln(1 − a), with 0 · ln 0 = 0 (no clamp: ln 0 = −∞). */
function crossEntropyTerm(a: number, y: number): number {
  return (y === 0 ? 0 : y * Math.log(a)) + (y === 1 ? 0 : (1 - y) * Math.log1p(-a));
}

/** −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = y·softplus(−z) + (1 − y)·softplus(z), exact for any finite z. */
function crossEntropyFromZ(z: number, y: number): number {
  return (y === 0 ? 0 : y * softplus(-z)) + (y === 1 ? 0 : (1 - y) * softplus(z));
}

/** ln(1 + eᵗ) without overflow or rounding to 0: max(t, 0) + ln(1 + e^(−|t|)). */
function softplus(t: number): number {
  return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
}

/** Checks a and y have the same matrix shape; returns the number of examples m (columns). */
function checkPair(op: string, activation: Tensor, target: Tensor): number {
  requireMatrix(op, "activation", activation, t`Outputs are columns [classes, m]: use asColumn() for one example.`);
  requireMatrix(op, "target", target, t`Targets are columns [classes, m]: use asColumn() for one example.`);
  requireSameShape(op, ["activation", "target"], activation, target, t`Each output column needs a target column of the same length (one-hot for digits).`);
  if (activation.cols === 0) throw new ShapeError(op, t`there must be at least one example (column)`, [["activation", activation.shape]]);
  return activation.cols;
}

function checkTriple(op: string, weightedInput: Tensor, activation: Tensor, target: Tensor): void {
  checkPair(op, activation, target);
  requireMatrix(op, "weightedInput", weightedInput);
  requireSameShape(op, ["weightedInput", "activation"], weightedInput, activation, t`aᴸ = σ(zᴸ) has the shape of zᴸ.`);
}

/**
 * The L2 weight-decay term λ/(2n) Σ w² added to a cost, summed over every weight of every layer.
 * @param weights the weight matrices of the layers, any shapes
 * @param lambda the regularization parameter λ ≥ 0
 * @param n the number of training examples, > 0
 * @returns a number
 */
export function l2Term(weights: readonly Tensor[], lambda: number, n: number): number {
  checkL2("l2Term", lambda, n);
  if (!Array.isArray(weights)) throw new ValueError("l2Term", t`an array of weight matrices`, describeValue(weights));
  let squares = 0;
  for (const w of weights) {
    requireMatrix("l2Term", t`each weight`, w);
    for (let i = 0; i < w.size; i++) squares += w.data[i]! ** 2;
  }
  return (lambda / (2 * n)) * squares;
}

/**
 * The gradient of the L2 term with respect to one weight matrix: ∂/∂w [λ/(2n) Σ w²] = (λ/n) w.
 * Gradient descent then shrinks each weight: w → (1 − ηλ/n) w − η ∂C₀/∂w.
 * @param w a weight matrix [r, c]
 * @returns a new matrix [r, c]
 */
export function l2Gradient(w: Tensor, lambda: number, n: number): Tensor {
  checkL2("l2Gradient", lambda, n);
  requireMatrix("l2Gradient", "w", w);
  return scale(w, lambda / n);
}

function checkL2(op: string, lambda: number, n: number): void {
  requireFinite(op, "lambda", lambda);
  if (lambda < 0) throw new ValueError(op, t`lambda ≥ 0`, describeValue(lambda), t`λ = 0 turns weight decay off.`);
  requireFinite(op, "n", n);
  if (n <= 0) throw new ValueError(op, t`n > 0 (the number of training examples)`, describeValue(n));
}
