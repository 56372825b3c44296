/**
 * A feed-forward network (notebook 03; trained in notebooks 05 and 06).
 *
 *   aˡ = σ(wˡ aˡ⁻¹ + bˡ)        feedforward, layer by layer, from the input a¹ = x to the output aᴸ
 *
 * Like Nielsen's network.py: `sizes` such as [784, 30, 10]; `weights[l]` is the matrix [sizes[l + 1],
 * sizes[l]] from layer l to layer l + 1 (row j holds the weights into neuron j), `biases[l]` the column
 * [sizes[l + 1], 1]. Error messages count weight layers from 1: `weights[0]` is "layer 1".
 * Hidden layers use `activation` (sigmoid unless ReLU is asked for); the output layer is always a
 * sigmoid, as the costs of costs.ts expect.
 */
import { type Activation, activate, sigmoidActivation } from "./activations";
import { ShapeError, ValueError, describeValue, formatShape } from "./errors";
import { addColumn } from "./elementwise";
import { matmul } from "./linalg";
import { type Random, getRandom } from "./random";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/** "standard": every weight and bias N(0, 1) (network.py); "scaled": weights N(0, 1/n_in) (network2.py). */
export type WeightInit = "standard" | "scaled";

export interface NetworkOptions {
  /** How to draw the initial weights (default "standard"). */
  init?: WeightInit;
  /** Activation of the hidden layers (default sigmoidActivation). */
  activation?: Activation;
  /** Generator for the initial weights (default: the one `setSeed` resets). */
  random?: Random;
  /** Given weights and biases instead of random ones (used to load a saved network). */
  parameters?: { weights: readonly Tensor[]; biases: readonly Tensor[] };
}

export class Network {
  /** Neurons per layer, input first: [784, 30, 10]. */
  readonly sizes: readonly number[];
  /** weights[l]: [sizes[l + 1], sizes[l]]. */
  readonly weights: Tensor[];
  /** biases[l]: [sizes[l + 1], 1]. */
  readonly biases: Tensor[];
  /** Activation of the hidden layers; the output layer is always sigmoid. */
  readonly activation: Activation;
  readonly init: WeightInit;

  /** `new Network([784, 30, 10])`: weights and biases drawn like Nielsen's, biases first, then weights. */
  constructor(sizes: readonly number[], options: NetworkOptions = {}) {
    checkSizes(sizes);
    this.sizes = Object.freeze([...sizes]);
    this.init = options.init ?? "standard";
    if (this.init !== "standard" && this.init !== "scaled") {
      throw new ValueError("Network", t`init "standard" or "scaled"`, describeValue(this.init));
    }
    this.activation = options.activation ?? sigmoidActivation;
    if (options.parameters) {
      this.weights = options.parameters.weights.map((w, l) => checkParameter(this.sizes, "w", w, l));
      this.biases = options.parameters.biases.map((b, l) => checkParameter(this.sizes, "b", b, l));
      checkLayerCount(this.sizes, this.weights.length, this.biases.length);
    } else {
      const random = options.random ?? getRandom();
      this.biases = this.sizes.slice(1).map((n) => gaussianTensor([n, 1], 1, random));
      this.weights = this.sizes.slice(1).map((n, l) => {
        const nIn = this.sizes[l]!;
        return gaussianTensor([n, nIn], this.init === "scaled" ? 1 / Math.sqrt(nIn) : 1, random);
      });
    }
  }

  /** Number of layers, input included (Nielsen's num_layers): 3 for [784, 30, 10]. */
  get numLayers(): number {
    return this.sizes.length;
  }

  /** The activation of weight layer l (0-based): the hidden one, or sigmoid for the output layer. */
  layerActivation(l: number): Activation {
    return l === this.weights.length - 1 ? sigmoidActivation : this.activation;
  }
}

/**
 * The network's output for an input column a [sizes[0], 1], or for a mini-batch [sizes[0], m] whose
 * columns are examples: aˡ = σ(wˡ aˡ⁻¹ + bˡ) for every layer. Returns [sizes.at(-1), m].
 */
export function feedforward(network: Network, a: Tensor): Tensor {
  checkInput("feedforward", network, a);
  network.weights.forEach((w, l) => {
    a = activate(addColumn(matmul(w, a), network.biases[l]!), network.layerActivation(l));
  });
  return a;
}

/** Throws unless `a` is a matrix [sizes[0], m] (columns = examples), naming layer 1 and both shapes. */
export function checkInput(op: string, network: Network, a: unknown): asserts a is Tensor {
  if (!(network instanceof Network)) {
    throw new ValueError(op, t`a Network (new Network([784, 30, 10]))`, describeValue(network));
  }
  if (!(a instanceof Tensor)) throw new ValueError(op, t`a Tensor for a`, describeValue(a));
  const w = network.weights[0]!;
  if (a.rank !== 2 || a.shape[0] !== w.shape[1]) {
    const hint = a.size === w.shape[1]
      ? t`Flatten the image to [${w.shape[1]}, 1] first (notebook 03).`
      : t`Each column of a is one example of ${w.shape[1]} numbers: a mini-batch is [${w.shape[1]}, m] (notebook 03).`;
    throw new ShapeError(op, t`columns of w must equal rows of a`, [[t`layer 1 w`, w.shape], ["a", a.shape]], hint);
  }
}

/** The most weights and biases a network may have: 100 million 64-bit numbers are 800 MB. */
export const MAX_PARAMETERS = 100_000_000;

function checkSizes(sizes: readonly number[]): void {
  if (!Array.isArray(sizes) || sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new ValueError("Network", t`layer sizes: at least two whole numbers ≥ 1 such as [784, 30, 10]`, describeValue(sizes));
  }
  const parameters = sizes.slice(1).reduce((total, n, l) => total + n * (sizes[l]! + 1), 0);
  if (parameters > MAX_PARAMETERS) {
    throw new ValueError("Network", t`layer sizes with at most ${MAX_PARAMETERS.toLocaleString("en-US")} weights and biases`,
      t`${formatShape(sizes)} with ${parameters.toLocaleString("en-US")} (${(parameters * 8 / 1e9).toLocaleString("en-US", { maximumFractionDigits: 1 })} GB)`,
      t`Use fewer neurons per layer: [784, 30, 10] has 23,860.`);
  }
}

function checkParameter(sizes: readonly number[], kind: "w" | "b", parameter: Tensor, l: number): Tensor {
  const expected = kind === "w" ? [sizes[l + 1], sizes[l]] : [sizes[l + 1], 1];
  if (!(parameter instanceof Tensor) || l >= sizes.length - 1 || formatShape(parameter.shape) !== formatShape(expected as number[])) {
    const found = parameter instanceof Tensor ? parameter.shape : [];
    const rule = l >= sizes.length - 1 ? t`sizes ${formatShape(sizes)} have only ${sizes.length - 1} weight layers`
      : t`layer ${l + 1} ${kind} must have shape ${formatShape(expected as number[])} for sizes ${formatShape(sizes)}`;
    throw new ShapeError("Network", rule, [[t`layer ${l + 1} ${kind}`, found]]);
  }
  return parameter;
}

function checkLayerCount(sizes: readonly number[], weights: number, biases: number): void {
  if (weights !== sizes.length - 1 || biases !== sizes.length - 1) {
    throw new ValueError("Network", t`${sizes.length - 1} weight matrices and bias columns for sizes ${formatShape(sizes)}`,
      t`${weights} weight matrices and ${biases} bias columns`);
  }
}

function gaussianTensor(shape: [number, number], standardDeviation: number, random: Random): Tensor {
  const t = new Tensor(shape);
  for (let i = 0; i < t.data.length; i++) t.data[i] = random.gaussian(0, standardDeviation);
  return t;
}
