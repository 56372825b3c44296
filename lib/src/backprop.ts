/**
 * Backpropagation (notebook 05), the four equations of Nielsen's chapter 2, for a whole mini-batch
 * whose columns are examples:
 *
 *   BP1  δᴸ = ∇ₐC ⊙ σ′(zᴸ)                  the output error
 *   BP2  δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ)         the error moved back one layer
 *   BP3  ∂C/∂bˡ = δˡ                        the gradient of the biases
 *   BP4  ∂C/∂wˡ = δˡ (aˡ⁻¹)ᵀ                 the gradient of the weights
 *
 * This is the textbook form the notebooks show. Training uses the tuned kernels of fast/, which
 * compute the same numbers (tests/lib/fast.test.ts checks that to 1e-12).
 */
import { type Cost, quadraticCost } from "./costs";
import { ShapeError, ValueError, describeValue } from "./errors";
import { addColumn, hadamard } from "./elementwise";
import { matmul, transpose } from "./linalg";
import { type Network, checkInput } from "./network";
import { activate, activatePrime } from "./activations";
import { sumColumns } from "./reduce";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/** ∂C/∂b and ∂C/∂w of every layer, SUMMED over the examples of the mini-batch (divide by m to average). */
export interface Gradient {
  /** nablaB[l]: [sizes[l + 1], 1], the shape of biases[l]. */
  nablaB: Tensor[];
  /** nablaW[l]: [sizes[l + 1], sizes[l]], the shape of weights[l]. */
  nablaW: Tensor[];
}

/**
 * The gradient of the cost for a mini-batch x [sizes[0], m] with targets y [sizes.at(-1), m]
 * (columns = examples), summed over its m examples: Σₓ ∂Cₓ/∂b and Σₓ ∂Cₓ/∂w.
 */
export function backprop(network: Network, x: Tensor, y: Tensor, cost: Cost = quadraticCost): Gradient {
  checkBatch(network, x, y);
  // forward pass: keep every weighted input zˡ and activation aˡ
  const activations = [x];
  const weightedInputs: Tensor[] = [];
  network.weights.forEach((w, l) => {
    weightedInputs.push(addColumn(matmul(w, activations[l]!, ["w", "a"]), network.biases[l]!, ["w a", "b"]));
    activations.push(activate(weightedInputs[l]!, network.layerActivation(l)));
  });
  const last = network.weights.length - 1;
  const nablaB: Tensor[] = [];
  const nablaW: Tensor[] = [];
  // BP1: δᴸ = ∇ₐC ⊙ σ′(zᴸ), from the cost object
  let delta = cost.delta(weightedInputs[last]!, activations[last + 1]!, y);
  for (let l = last; l >= 0; l--) {
    // BP2: δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ)
    if (l < last) {
      delta = hadamard(matmul(transpose(network.weights[l + 1]!), delta), activatePrime(weightedInputs[l]!, network.activation));
    }
    // BP3: ∂C/∂bˡ = δˡ, summed over the columns (examples)
    nablaB[l] = sumColumns(delta);
    // BP4: ∂C/∂wˡ = δˡ (aˡ⁻¹)ᵀ; the matrix product sums over the examples
    nablaW[l] = matmul(delta, transpose(activations[l]!));
  }
  return { nablaB, nablaW };
}

function checkBatch(network: Network, x: Tensor, y: Tensor): void {
  checkInput("backprop", network, x);
  if (!(y instanceof Tensor)) throw new ValueError("backprop", t`a Tensor for y`, describeValue(y));
  const outputs = network.sizes[network.sizes.length - 1]!;
  if (y.rank !== 2 || y.shape[0] !== outputs || y.shape[1] !== x.shape[1]) {
    throw new ShapeError("backprop", t`y must be [${outputs}, m] with one column per column of x`, [["x", x.shape], ["y", y.shape]],
      t`Make the targets with oneHotBatch(labels, classes) (notebook 05).`);
  }
}
