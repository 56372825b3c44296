/**
 * The gradient of a network's cost the slow way, one parameter at a time (notebook 05, 오류역전파):
 * the referee that backpropagation is checked against, and the reason backpropagation exists.
 *
 *   ∂C/∂θ ≈ (C(θ + h) − C(θ − h)) / 2h        for every weight and bias θ, C = cost.value(aᴸ, y, zᴸ)
 *
 * Two feedforward passes per parameter: 47,720 passes for the 23,860 parameters of [784, 30, 10],
 * where backpropagation needs one pass forward and one back. Parameters are listed layer by layer,
 * biases bˡ then weights wˡ (row by row), the order of `flattenGradient`.
 */
import { type Cost, quadraticCost } from "./costs";
import { ShapeError, ValueError, describeValue } from "./errors";
import { requireFinite } from "./checks";
import { type Gradient } from "./backprop";
import { activate } from "./activations";
import { addColumn } from "./elementwise";
import { matmul } from "./linalg";
import { Network, checkInput } from "./network";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/** The number of weights and biases: 23,860 for [784, 30, 10] (784·30 + 30 + 30·10 + 10). */
export function parameterCount(network: Network): number {
  if (!(network instanceof Network)) throw new ValueError("parameterCount", t`a Network`, describeValue(network));
  return network.weights.reduce((n, w, l) => n + w.size + network.biases[l]!.size, 0);
}

/**
 * A gradient { nablaB, nablaW } as one list, layer by layer: nablaB[0], nablaW[0] (row by row), nablaB[1], …
 * @returns an array of parameterCount(network) numbers
 */
export function flattenGradient(gradient: Gradient): number[] {
  if (typeof gradient !== "object" || gradient === null || !Array.isArray(gradient.nablaB) || !Array.isArray(gradient.nablaW)) {
    throw new ValueError("flattenGradient", t`a gradient { nablaB, nablaW } such as backprop returns`, describeValue(gradient));
  }
  const flat: number[] = [];
  gradient.nablaW.forEach((w, l) => {
    flat.push(...gradient.nablaB[l]!.data, ...w.data);
  });
  return flat;
}

/**
 * The gradient of the AVERAGE cost C = cost.value(aᴸ, y, zᴸ) of feedforward(network, x) by central differences,
 * in the order of flattenGradient. Backprop returns the SUM over the m examples: divide it by m to compare.
 * Each parameter is nudged in place and restored, so the network is unchanged afterwards.
 * @param x a mini-batch [sizes[0], m]; @param y its targets [sizes.at(-1), m]
 * @returns an array of parameterCount(network) numbers
 */
export function numericalNetworkGradient(network: Network, x: Tensor, y: Tensor, cost: Cost = quadraticCost, h = 1e-5): number[] {
  const op = "numericalNetworkGradient";
  checkInput(op, network, x);
  const outputs = network.sizes[network.sizes.length - 1]!;
  if (!(y instanceof Tensor) || y.rank !== 2 || y.shape[0] !== outputs || y.shape[1] !== x.shape[1]) {
    throw new ShapeError(op, t`y must be [${outputs}, m] with one column per column of x`, [["x", x.shape], ["y", y instanceof Tensor ? y.shape : []]]);
  }
  requireFinite(op, "h", h);
  if (h <= 0) throw new ValueError(op, t`h > 0`, describeValue(h), t`1e-5 is a good step.`);
  const costNow = (): number => {
    // zᴸ as well as aᴸ, so that cross-entropy computes its value from z, exactly also far out
    const z = outputWeightedInput(network, x);
    return cost.value(activate(z, network.layerActivation(network.weights.length - 1)), y, z);
  };
  const flat: number[] = [];
  network.weights.forEach((w, l) => {
    for (const parameters of [network.biases[l]!, w]) {
      for (let i = 0; i < parameters.size; i++) flat.push(centralDifference(parameters.data, i, h, costNow));
    }
  });
  return flat;
}

/** The output layer's weighted input zᴸ for x [sizes[0], m]: feedforward, stopping before the last σ. */
function outputWeightedInput(network: Network, x: Tensor): Tensor {
  let a = x;
  const last = network.weights.length - 1;
  for (let l = 0; l < last; l++) a = activate(addColumn(matmul(network.weights[l]!, a), network.biases[l]!), network.layerActivation(l));
  return addColumn(matmul(network.weights[last]!, a), network.biases[last]!);
}

/** (C(θ + h) − C(θ − h)) / 2h for θ = values[i], restoring θ afterwards. */
function centralDifference(values: Float64Array, i: number, h: number, costNow: () => number): number {
  const theta = values[i]!;
  values[i] = theta + h;
  const plus = costNow();
  values[i] = theta - h;
  const minus = costNow();
  values[i] = theta;
  return (plus - minus) / (2 * h);
}
