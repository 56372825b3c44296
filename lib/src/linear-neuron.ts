/**
 * A linear neuron a = w·x + b fitted to points (x, y) with the quadratic cost (notebook 04, 경사하강법).
 *
 *   a = w x + b          C(w, b) = 1/(2n) Σᵢ (aᵢ − yᵢ)²
 *   ∂C/∂w = 1/n Σᵢ (aᵢ − yᵢ) xᵢ          ∂C/∂b = 1/n Σᵢ (aᵢ − yᵢ)
 *
 * One input and no activation, so the cost of its two parameters is a bowl that can be drawn: the
 * clearest picture of gradient descent before the sigmoid networks of notebook 05. Plain number
 * arrays, one entry per example, so the arithmetic reads like the deck's table.
 */
import { ShapeError, ValueError } from "./errors";
import { requireFinite, requireFiniteArray } from "./checks";
import { t } from "./i18n/translate";

/**
 * The neuron's predictions aᵢ = w xᵢ + b, one per input.
 * @param x the inputs [n]
 * @returns the predictions [n]
 */
export function linearNeuron(w: number, b: number, x: readonly number[]): number[] {
  requireFinite("linearNeuron", "w", w);
  requireFinite("linearNeuron", "b", b);
  requireFiniteArray("linearNeuron", "x", x);
  return x.map((xi) => w * xi + b);
}

/**
 * The quadratic cost C(w, b) = 1/(2n) Σᵢ (w xᵢ + b − yᵢ)² of the neuron on the points (x, y).
 * @param x the inputs [n]; @param y the desired outputs [n]
 * @returns C, a number ≥ 0
 */
export function linearNeuronCost(w: number, b: number, x: readonly number[], y: readonly number[]): number {
  const errors = predictionErrors("linearNeuronCost", w, b, x, y);
  return errors.reduce((total, e) => total + e * e, 0) / (2 * errors.length);
}

/**
 * The gradient of the cost: [∂C/∂w, ∂C/∂b] = [1/n Σᵢ (aᵢ − yᵢ) xᵢ, 1/n Σᵢ (aᵢ − yᵢ)].
 * @param x the inputs [n]; @param y the desired outputs [n]
 * @returns [∂C/∂w, ∂C/∂b]
 */
export function linearNeuronGradient(w: number, b: number, x: readonly number[], y: readonly number[]): [number, number] {
  const errors = predictionErrors("linearNeuronGradient", w, b, x, y);
  let dw = 0;
  let db = 0;
  errors.forEach((e, i) => {
    dw += e * x[i]!;
    db += e;
  });
  return [dw / errors.length, db / errors.length];
}

/** aᵢ − yᵢ for every point, after checking the inputs. */
function predictionErrors(op: string, w: number, b: number, x: readonly number[], y: readonly number[]): number[] {
  requireFinite(op, "w", w);
  requireFinite(op, "b", b);
  requireFiniteArray(op, "x", x);
  requireFiniteArray(op, "y", y);
  if (x.length !== y.length) {
    throw new ShapeError(op, t`x and y must have the same length`, [["x", [x.length]], ["y", [y.length]]], t`Each input xᵢ needs its desired output yᵢ.`);
  }
  if (x.length === 0) throw new ValueError(op, t`at least one point (x, y)`, t`empty arrays`);
  return x.map((xi, i) => w * xi + b - y[i]!);
}
