/**
 * The exercises of notebook 05, "Backpropagation" (오류역전파), for a mini-batch whose columns are examples.
 *
 *   outputError:          BP1  δᴸ = (aᴸ − y) ⊙ σ′(zᴸ) with aᴸ = σ(zᴸ)        (quadratic cost)
 *   backpropagateError:   BP2  δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ)
 *   layerGradients:       BP3  ∂C/∂bˡ = δˡ summed over the examples;  BP4  ∂C/∂wˡ = δˡ (aˡ⁻¹)ᵀ
 *   relativeGradientError: max over i of |aᵢ − nᵢ| / max(|aᵢ|, |nᵢ|, 1e-12), nᵢ by central differences
 *
 * The references are the lines of backprop.ts and gradient-check.ts, so the learner's answers are
 * checked against the code the notebook shows.
 */
import { sigmoid, sigmoidPrime } from "../activations";
import { hadamard, scale, subtract } from "../elementwise";
import { matmul, transpose } from "../linalg";
import { sumColumns } from "../reduce";
import { type Tensor, tensor } from "../tensor";
import { defineExercise } from "./check";

function outputErrorReference(weightedInput: Tensor, target: Tensor): Tensor {
  const activation = sigmoid(weightedInput);
  return hadamard(subtract(activation, target), sigmoidPrime(weightedInput));
}

function backpropagateErrorReference(wNext: Tensor, deltaNext: Tensor, weightedInput: Tensor): Tensor {
  return hadamard(matmul(transpose(wNext), deltaNext), sigmoidPrime(weightedInput));
}

function layerGradientsReference(delta: Tensor, activationBefore: Tensor): [Tensor, Tensor] {
  return [sumColumns(delta), matmul(delta, transpose(activationBefore))];
}

function relativeGradientErrorReference(f: (p: number[]) => number, analytic: readonly number[], p: readonly number[]): number {
  const h = 1e-5;
  let worst = 0;
  p.forEach((_, i) => {
    const plus = [...p];
    const minus = [...p];
    plus[i] += h;
    minus[i] -= h;
    const numeric = (f(plus) - f(minus)) / (2 * h);
    const error = Math.abs(analytic[i]! - numeric) / Math.max(Math.abs(analytic[i]!), Math.abs(numeric), 1e-12);
    worst = Math.max(worst, error);
  });
  return worst;
}

/** C(p) = p₀² + 3p₁², whose gradient is [2p₀, 6p₁]. */
export function valleyCost(p: number[]): number {
  return p[0]! ** 2 + 3 * p[1]! ** 2;
}

/** C(w, b) = ½(σ(0.5w + b) − 1)² for a one-input sigmoid neuron with x = 0.5 and y = 1. */
export function neuronCost(p: number[]): number {
  return 0.5 * (sigmoid(0.5 * p[0]! + p[1]!) - 1) ** 2;
}

/** [∂C/∂w, ∂C/∂b] of neuronCost, or without σ′ when `forgetSigmoidPrime` (a wrong gradient to catch). */
function neuronGradient(w: number, b: number, forgetSigmoidPrime: boolean): number[] {
  const z = 0.5 * w + b;
  const delta = (sigmoid(z) - 1) * (forgetSigmoidPrime ? 1 : sigmoidPrime(z));
  return [delta * 0.5, delta];
}

defineExercise({
  id: "05-output-error",
  name: "outputError",
  notebook: "05",
  points: 1,
  hint: "BP1 for the quadratic cost: a = nn.sigmoid(z), then δ = (a − y) ⊙ σ′(z): nn.hadamard(nn.subtract(a, y), nn.sigmoidPrime(z))",
  reference: outputErrorReference,
  cases: [
    [tensor([[0.5], [-1]]), tensor([[1], [0]])],
    [tensor([[0, 2, -2], [1, -1, 0.5]]), tensor([[1, 0, 0], [0, 1, 1]])],
    [tensor([[3]]), tensor([[0]])],
  ],
  mistakes: [
    { hint: "it looks like a − y without σ′(z): for the quadratic cost BP1 multiplies by σ′(zᴸ) (nn.hadamard with nn.sigmoidPrime(z))",
      answer: (z: Tensor, y: Tensor) => subtract(sigmoid(z), y) },
    { hint: "it looks like y − a: the output error is (a − y) ⊙ σ′(z), prediction minus target",
      answer: (z: Tensor, y: Tensor) => hadamard(subtract(y, sigmoid(z)), sigmoidPrime(z)) },
    { hint: "it looks like σ′ of the activation: take σ′ of the weighted input, nn.sigmoidPrime(weightedInput)",
      answer: (z: Tensor, y: Tensor) => hadamard(subtract(sigmoid(z), y), sigmoidPrime(sigmoid(z))) },
    { hint: "it looks like z − y: compute the activation a = nn.sigmoid(z) first, then a − y",
      answer: (z: Tensor, y: Tensor) => hadamard(subtract(z, y), sigmoidPrime(z)) },
    { hint: "it looks like σ(z) where σ′(z) belongs: δ = (a − y) ⊙ σ′(z), nn.sigmoidPrime",
      answer: (z: Tensor, y: Tensor) => hadamard(subtract(sigmoid(z), y), sigmoid(z)) },
  ],
});

defineExercise({
  id: "05-error-back",
  name: "backpropagateError",
  notebook: "05",
  points: 2,
  hint: "BP2: δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ): nn.hadamard(nn.matmul(nn.transpose(wNext), deltaNext), nn.sigmoidPrime(weightedInput)); " +
    "the transpose turns [n(l+1), n(l)] into [n(l), n(l+1)]",
  reference: backpropagateErrorReference,
  cases: [
    [tensor([[1, -0.5], [2, 0.25]]), tensor([[0.1], [-0.2]]), tensor([[0.3], [-0.4]])],
    [tensor([[0.5, -1, 2]]), tensor([[0.2, -0.1]]), tensor([[0, 1], [-1, 0.5], [2, -2]])],
    [tensor([[1, 2], [3, 4], [5, 6]]), tensor([[0.1], [0], [-0.1]]), tensor([[0], [1]])],
  ],
  mistakes: [
    { hint: "it looks like w instead of its transpose: (wˡ⁺¹)ᵀ δˡ⁺¹, nn.matmul(nn.transpose(wNext), deltaNext)",
      answer: (w: Tensor, delta: Tensor, z: Tensor) => hadamard(matmul(w, delta), sigmoidPrime(z)) },
    { hint: "it looks like σ′(zˡ) is missing: multiply element by element with nn.sigmoidPrime(weightedInput)",
      answer: (w: Tensor, delta: Tensor) => matmul(transpose(w), delta) },
    { hint: "it looks like σ(zˡ) where σ′(zˡ) belongs: nn.sigmoidPrime, not nn.sigmoid",
      answer: (w: Tensor, delta: Tensor, z: Tensor) => hadamard(matmul(transpose(w), delta), sigmoid(z)) },
    { hint: "it looks like z itself where σ′(z) belongs: nn.sigmoidPrime(weightedInput)",
      answer: (w: Tensor, delta: Tensor, z: Tensor) => hadamard(matmul(transpose(w), delta), z) },
    { hint: "it looks like the sign is flipped: δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ), no minus",
      answer: (w: Tensor, delta: Tensor, z: Tensor) => scale(hadamard(matmul(transpose(w), delta), sigmoidPrime(z)), -1) },
  ],
});

defineExercise({
  id: "05-layer-gradients",
  name: "layerGradients",
  notebook: "05",
  points: 2,
  hint: "BP3: nablaB = δ with its columns (examples) added up, shape [n, 1] (nn.sumColumns); " +
    "BP4: nablaW = δ (aˡ⁻¹)ᵀ, shape [n(l), n(l−1)] (nn.matmul with nn.transpose); return [nablaB, nablaW]",
  reference: layerGradientsReference,
  cases: [
    [tensor([[0.1], [-0.2]]), tensor([[0.5], [1]])],
    [tensor([[0.1, 0.2, -0.5], [0, -0.1, 0.4]]), tensor([[1, 0, 0.5], [0, 1, 0.5], [0.2, 0.2, 0.2]])],
    [tensor([[0.3, -0.3]]), tensor([[1, 2], [3, 4]])],
  ],
  mistakes: [
    { hint: "it looks like nablaB = δ: add up its columns (one per example) into [n, 1], nn.sumColumns(delta)",
      answer: (delta: Tensor, a: Tensor) => [delta, matmul(delta, transpose(a))] },
    { hint: "it looks like averages: nablaB and nablaW are SUMS over the mini-batch, like nn.backprop (training divides by m later)",
      answer: (delta: Tensor, a: Tensor) => layerGradientsReference(delta, a).map((t) => scale(t, 1 / delta.shape[1]!)) },
    { hint: "it looks like nablaB is summed but nablaW averaged: both are sums over the examples",
      answer: (delta: Tensor, a: Tensor) => [sumColumns(delta), scale(matmul(delta, transpose(a)), 1 / delta.shape[1]!)] },
    { hint: "it looks like [nablaW, nablaB]: return [nablaB, nablaW], biases first",
      answer: (delta: Tensor, a: Tensor) => [...layerGradientsReference(delta, a)].reverse() },
    { hint: "it looks like a δᵀ, the transpose of nablaW: BP4 is δ (aˡ⁻¹)ᵀ, shape [n(l), n(l−1)]",
      answer: (delta: Tensor, a: Tensor) => [sumColumns(delta), matmul(a, transpose(delta))] },
  ],
});

defineExercise({
  id: "05-gradient-check",
  name: "relativeGradientError",
  notebook: "05",
  points: 3,
  hint: "for each i: nᵢ = (f(p + h eᵢ) − f(p − h eᵢ)) / (2h) with h = 1e-5 (copy p, change entry i only); " +
    "return the largest |analyticᵢ − nᵢ| / max(|analyticᵢ|, |nᵢ|, 1e-12)",
  reference: relativeGradientErrorReference,
  cases: [
    [valleyCost, [2, -12], [1, -2]],
    [valleyCost, [1, -6], [1, -2]],
    [valleyCost, [2, -6], [1, -2]],
    [neuronCost, neuronGradient(0.4, -0.2, false), [0.4, -0.2]],
    [neuronCost, neuronGradient(0.4, -0.2, true), [0.4, -0.2]],
    [valleyCost, [0, -12], [1, -2]],
    [valleyCost, [0, 0], [0, 0]],
  ],
  caseHints: [undefined, undefined, undefined, undefined, undefined, undefined,
    "both gradients are exactly 0 here: the 1e-12 in max(|analyticᵢ|, |nᵢ|, 1e-12) keeps 0/0 from becoming NaN"],
  mistakes: [
    { hint: "it looks like a one-sided difference (f(p + h) − f(p)) / h: use the central difference (f(p + h eᵢ) − f(p − h eᵢ)) / (2h)",
      answer: (f: (p: number[]) => number, analytic: number[], p: number[]) => worstError(analytic, p, (i) => (f(shifted(p, i, 1e-5)) - f(p)) / 1e-5) },
    { hint: "it looks like the absolute error |analyticᵢ − nᵢ|: divide it by max(|analyticᵢ|, |nᵢ|, 1e-12)",
      answer: (f: (p: number[]) => number, analytic: number[], p: number[]) => worstError(analytic, p, (i) => centralDifference(f, p, i), () => 1) },
    { hint: "it looks like the denominator is |analyticᵢ| alone: use max(|analyticᵢ|, |nᵢ|, 1e-12), which stays finite when the claim is 0",
      answer: (f: (p: number[]) => number, analytic: number[], p: number[]) => worstError(analytic, p, (i) => centralDifference(f, p, i), (a) => Math.abs(a)) },
    { hint: "it looks like the 1e-12 is missing from the denominator: when both gradients are 0, 0 / 0 is NaN; divide by max(|analyticᵢ|, |nᵢ|, 1e-12)",
      answer: (f: (p: number[]) => number, analytic: number[], p: number[]) => worstError(analytic, p, (i) => centralDifference(f, p, i), (a, n) => Math.max(Math.abs(a), Math.abs(n))) },
    { hint: "it looks like the mean error over the entries: return the LARGEST relative error",
      answer: (f: (p: number[]) => number, analytic: number[], p: number[]) =>
        p.reduce((s, _, i) => s + worstError([analytic[i]!], [p[i]!], () => centralDifference(f, p, i)), 0) / p.length },
    { hint: "it looks like the difference is divided by 2 instead of 2h: nᵢ = (f(p + h eᵢ) − f(p − h eᵢ)) / (2 · 1e-5)",
      answer: (f: (p: number[]) => number, analytic: number[], p: number[]) => worstError(analytic, p, (i) => centralDifference(f, p, i) * 1e-5) },
  ],
});

/** p with entry i moved by d (a copy). */
function shifted(p: readonly number[], i: number, d: number): number[] {
  return p.map((v, k) => (k === i ? v + d : v));
}

function centralDifference(f: (p: number[]) => number, p: readonly number[], i: number): number {
  const h = 1e-5;
  return (f(shifted(p, i, h)) - f(shifted(p, i, -h))) / (2 * h);
}

/** The largest |aᵢ − nᵢ| / scale(aᵢ, nᵢ) with nᵢ = numeric(i) (known mistakes vary numeric and scale). */
function worstError(analytic: readonly number[], p: readonly number[], numeric: (i: number) => number,
  scale: (a: number, n: number) => number = (a, n) => Math.max(Math.abs(a), Math.abs(n), 1e-12)): number {
  return p.reduce((worst, _, i) => {
    const n = numeric(i);
    return Math.max(worst, Math.abs(analytic[i]! - n) / scale(analytic[i]!, n));
  }, 0);
}
