/**
 * Activation functions, each directly beside its derivative (step and sigmoid: notebook 02;
 * the derivatives: notebook 05; ReLU: notebook 07). Softmax, which is not element-wise, is in softmax.ts.
 *
 *   σ(z) = 1 / (1 + e^(−z))             σ′(z) = σ(z)(1 − σ(z))
 *   step(z) = 1 if z ≥ 0, else 0         step′(z) = 0 (undefined at 0)
 *   relu(z) = max(0, z)                  relu′(z) = 1 if z > 0, else 0
 *
 * Each takes a number, or a Tensor and applies itself to every element.
 */
import { ValueError, describeValue } from "./errors";
import { requireTensor } from "./checks";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/** An element-wise activation and its derivative, swappable in a network. */
export interface Activation {
  /** A short name for printing: "sigmoid". */
  readonly name: string;
  /** a = f(z) for one weighted input z. */
  fn(z: number): number;
  /** f′(z), the slope used by backpropagation. */
  prime(z: number): number;
}

// σ and σ′
function sigmoidOf(z: number): number {
  // For z = −1000, e^1000 overflows to Infinity and 1 / Infinity = 0: the right limit, never NaN.
  return 1 / (1 + Math.exp(-z));
}

function sigmoidPrimeOf(z: number): number {
  const s = sigmoidOf(z);
  return s * (1 - s);
}

/** The sigmoid σ(z) = 1 / (1 + e^(−z)), in (0, 1); no overflow for large |z| (σ(±1000) = 1, 0). */
export function sigmoid(z: number): number;
/** σ applied to every element: [any shape] → same shape. */
export function sigmoid(z: Tensor): Tensor;
export function sigmoid(z: number | Tensor): number | Tensor {
  return elementwise("sigmoid", z, sigmoidOf);
}

/** σ′(z) = σ(z)(1 − σ(z)): at most 0.25 (at z = 0), near 0 for large |z| (the neuron saturates). */
export function sigmoidPrime(z: number): number;
/** σ′ applied to every element: [any shape] → same shape. */
export function sigmoidPrime(z: Tensor): Tensor;
export function sigmoidPrime(z: number | Tensor): number | Tensor {
  return elementwise("sigmoidPrime", z, sigmoidPrimeOf);
}

// step and step′
function stepOf(z: number): number {
  return z >= 0 ? 1 : 0;
}

function stepPrimeOf(): number {
  return 0;
}

/** The perceptron's step: 1 if z ≥ 0, else 0 (so z = 0, exactly on the threshold, fires). */
export function step(z: number): number;
/** step applied to every element: [any shape] → same shape. */
export function step(z: Tensor): Tensor;
export function step(z: number | Tensor): number | Tensor {
  return elementwise("step", z, stepOf);
}

/**
 * step′(z) = 0 everywhere. At z = 0 the step jumps and the derivative is undefined; 0 is returned
 * there too. A zero slope is why a network of perceptrons cannot learn by gradient descent.
 */
export function stepPrime(z: number): number;
/** step′ applied to every element: [any shape] → same shape (all zeros). */
export function stepPrime(z: Tensor): Tensor;
export function stepPrime(z: number | Tensor): number | Tensor {
  return elementwise("stepPrime", z, stepPrimeOf);
}

// relu and relu′
function reluOf(z: number): number {
  return z > 0 ? z : 0;
}

function reluPrimeOf(z: number): number {
  return z > 0 ? 1 : 0;
}

/** The rectified linear unit relu(z) = max(0, z). */
export function relu(z: number): number;
/** relu applied to every element: [any shape] → same shape. */
export function relu(z: Tensor): Tensor;
export function relu(z: number | Tensor): number | Tensor {
  return elementwise("relu", z, reluOf);
}

/** relu′(z) = 1 if z > 0, else 0 (undefined at 0; 0 is returned there by convention). */
export function reluPrime(z: number): number;
/** relu′ applied to every element: [any shape] → same shape. */
export function reluPrime(z: Tensor): Tensor;
export function reluPrime(z: number | Tensor): number | Tensor {
  return elementwise("reluPrime", z, reluPrimeOf);
}

function elementwise(op: string, z: number | Tensor, f: (x: number) => number): number | Tensor {
  if (typeof z === "number") return f(z);
  if (!(z instanceof Tensor)) throw new ValueError(op, t`a number or a Tensor for z`, describeValue(z));
  const result = new Tensor(z.shape);
  for (let i = 0; i < z.size; i++) result.data[i] = f(z.data[i]!);
  return result;
}

/** The sigmoid as an Activation, for networks. */
export const sigmoidActivation: Activation = Object.freeze({ name: "sigmoid", fn: sigmoidOf, prime: sigmoidPrimeOf });

/** ReLU as an Activation, for networks. */
export const reluActivation: Activation = Object.freeze({ name: "relu", fn: reluOf, prime: reluPrimeOf });

/** The perceptron's step as an Activation (its prime is 0: it shows why gradient descent stalls). */
export const stepActivation: Activation = Object.freeze({ name: "step", fn: stepOf, prime: stepPrimeOf });

/**
 * a = f(z) for every element, with f the given activation.
 * @param z weighted inputs of any shape, for example [30, 1] or a mini-batch [30, m]
 * @returns a new tensor of the same shape
 */
export function activate(z: Tensor, activation: Activation): Tensor {
  requireTensor("activate", "z", z);
  requireActivation("activate", activation);
  return elementwise("activate", z, (x) => activation.fn(x)) as Tensor;
}

/**
 * f′(z) for every element, with f the given activation.
 * @param z weighted inputs of any shape
 * @returns a new tensor of the same shape
 */
export function activatePrime(z: Tensor, activation: Activation): Tensor {
  requireTensor("activatePrime", "z", z);
  requireActivation("activatePrime", activation);
  return elementwise("activatePrime", z, (x) => activation.prime(x)) as Tensor;
}

function requireActivation(op: string, activation: unknown): void {
  const a = activation as Partial<Activation> | null | undefined;
  if (typeof a?.fn !== "function" || typeof a.prime !== "function") {
    throw new ValueError(op, t`an Activation with fn and prime, such as sigmoidActivation`, describeValue(activation));
  }
}
