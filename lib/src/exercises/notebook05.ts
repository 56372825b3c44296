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
import { hadamard, subtract } from "../elementwise";
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
  ],
});
