/**
 * The fast path for training (notebook 06): the same maths as `feedforward`, `backprop` and the SGD
 * step of sgd.ts, with the loops arranged for speed. Read backprop.ts first; this file is that code
 * turned inside out, and tests/lib/fast.test.ts checks that both give the same numbers (to 1e-12).
 *
 * What differs from the textbook form, and why:
 * - Weights are stored transposed, wᵀ [sizes[l], sizes[l + 1]], so the weights OUT of one input k are
 *   contiguous: the forward product is z += wᵀ[k, :] · aₖ, one long contiguous inner loop per input.
 * - An input aₖ = 0 is skipped: about 80 % of MNIST's pixels are 0, and so are ReLU's negative units.
 * - Examples go one at a time through the loops, into scratch rows made once and reused by every
 *   mini-batch, so a step allocates almost nothing (a young-generation GC costs little, notebook 06's
 *   kernel stays small).
 * - The first layer reads each input once, as the list of its nonzero entries (kernels.ts, SparseRow);
 *   MNIST's bytes become numbers there (data/byte-tensor.ts).
 * - The step is fused: wᵀ[k, :] −= (η/m) aₖ δ, example by example, without building nablaW.
 */
import type { Activation } from "../activations";
import type { Cost } from "../costs";
import type { Dataset } from "../data/dataset";
import type { Network } from "../network";
import { Tensor } from "../tensor";
import { type SparseRow, transposeData, updateLayer, updateLayerSparse, weightedInputInto, weightedInputSparse } from "./kernels";

export class FastNetwork {
  readonly sizes: readonly number[];
  /** weightsT[l]: (wˡ)ᵀ as [sizes[l], sizes[l + 1]], row-major. */
  readonly weightsT: Float64Array[];
  /** biases[l]: bˡ, sizes[l + 1] numbers. */
  readonly biases: Float64Array[];
  private readonly activations: Activation[];
  /** Scratch per layer, one row per example of the mini-batch: zs[l][j][i] is zᵢ of layer l + 1 for example j. */
  private zs: Float64Array[][] = [];
  private outputs: Float64Array[][] = [];
  private deltas: Float64Array[][] = [];
  /** The inputs of the mini-batch as their nonzero entries, one SparseRow per example. */
  private sparseInputs: SparseRow[] = [];
  private capacity = 0;

  /** A fast copy of `network`'s weights and biases (call `store` to write them back). */
  constructor(network: Network) {
    this.sizes = network.sizes;
    this.activations = network.weights.map((_, l) => network.layerActivation(l));
    this.weightsT = network.weights.map((w) => transposeData(w));
    this.biases = network.biases.map((b) => b.data.slice());
  }

  /** Writes the weights and biases back into `network` (the same sizes), in its own layout. */
  store(network: Network): void {
    this.weightsT.forEach((wT, l) => network.weights[l]!.data.set(transposeData(new Tensor([this.sizes[l]!, this.sizes[l + 1]!], wT))));
    this.biases.forEach((b, l) => network.biases[l]!.data.set(b));
  }

  /**
   * The network's outputs for every row of inputs [n, sizes[0]], as columns: [sizes.at(-1), n]. When
   * `weightedInput` [sizes.at(-1), n] is given, it receives the output layer's zᴸ (for the cost's value).
   */
  feedforwardRows(inputs: Tensor, weightedInput?: Tensor): Tensor {
    const n = inputs.shape[0]!;
    const features = this.sizes[0]!;
    const last = this.sizes.length - 2;
    const classes = this.sizes[last + 1]!;
    const result = new Tensor([classes, n]);
    this.reserve(1);
    const x = this.sparseInputs[0]!;
    for (let j = 0; j < n; j++) {
      x.count = inputs.readNonzeros(j * features, (j + 1) * features, x.index, x.value);
      this.forwardExample(x, 0);
      const a = this.outputs[last]![0]!;
      for (let i = 0; i < classes; i++) result.data[i * n + j] = a[i]!;
      if (weightedInput) for (let i = 0; i < classes; i++) weightedInput.data[i * n + j] = this.zs[last]![0]![i]!;
    }
    return result;
  }

  /**
   * One step of mini-batch SGD on the rows `batch` of `data`:
   * w → decay · w − (η/m) Σₓ δₓ aₓᵀ and b → b − (η/m) Σₓ δₓ, with decay = 1 − ηλ/n (1 without L2).
   */
  step(data: Dataset, batch: ArrayLike<number>, learningRate: number, cost: Cost, decay: number): void {
    const m = batch.length;
    const features = this.sizes[0]!;
    this.reserve(m);
    for (let j = 0; j < m; j++) {
      const x = this.sparseInputs[j]!;
      x.count = data.inputs.readNonzeros(batch[j]! * features, (batch[j]! + 1) * features, x.index, x.value);
      this.forwardExample(x, j);
    }
    this.outputDelta(data.labels, batch, cost);
    for (let j = 0; j < m; j++) this.backwardExample(j);
    updateLayerSparse(this.weightsT[0]!, this.biases[0]!, this.deltas[0]!, this.sparseInputs, m, learningRate / m, decay);
    for (let l = 1; l < this.weightsT.length; l++) {
      updateLayer(this.weightsT[l]!, this.biases[l]!, this.deltas[l]!, this.outputs[l - 1]!, m, learningRate / m, decay);
    }
  }

  /** Forward pass of one example x (its nonzero inputs) into scratch row j: zˡ = wˡ aˡ⁻¹ + bˡ, aˡ = σ(zˡ). */
  private forwardExample(x: SparseRow, j: number): void {
    let a = x.value; // layer 0 reads x itself; from layer 1 on, a is the previous layer's output
    for (let l = 0; l < this.weightsT.length; l++) {
      const nOut = this.sizes[l + 1]!;
      const z = this.zs[l]![j]!;
      const out = this.outputs[l]![j]!;
      if (l === 0) weightedInputSparse(this.weightsT[0]!, x, this.biases[0]!, z);
      else weightedInputInto(this.weightsT[l]!, a, this.biases[l]!, z);
      const act = this.activations[l]!;
      for (let i = 0; i < nOut; i++) out[i] = act.fn(z[i]!);
      a = out;
    }
  }

  /** BP1 for the whole mini-batch through the cost object: δᴸ = ∇ₐC ⊙ σ′(zᴸ), columns = examples. */
  private outputDelta(labels: Uint8Array, batch: ArrayLike<number>, cost: Cost): void {
    const last = this.weightsT.length - 1;
    const classes = this.sizes[last + 1]!;
    const m = batch.length;
    const z = new Tensor([classes, m]);
    const a = new Tensor([classes, m]);
    const y = new Tensor([classes, m]);
    for (let j = 0; j < m; j++) {
      for (let i = 0; i < classes; i++) {
        z.data[i * m + j] = this.zs[last]![j]![i]!;
        a.data[i * m + j] = this.outputs[last]![j]![i]!;
      }
      y.data[labels[batch[j]!]! * m + j] = 1;
    }
    const delta = cost.delta(z, a, y).data;
    for (let j = 0; j < m; j++) for (let i = 0; i < classes; i++) this.deltas[last]![j]![i] = delta[i * m + j]!;
  }

  /** BP2 for example j: δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ), from the last hidden layer back to the first. */
  private backwardExample(j: number): void {
    for (let l = this.weightsT.length - 2; l >= 0; l--) {
      const n = this.sizes[l + 1]!;
      const nNext = this.sizes[l + 2]!;
      const wT = this.weightsT[l + 1]!;
      const deltaNext = this.deltas[l + 1]![j]!;
      const delta = this.deltas[l]![j]!;
      const z = this.zs[l]![j]!;
      const prime = this.activations[l]!;
      for (let k = 0; k < n; k++) {
        let sum = 0;
        const row = k * nNext;
        for (let i = 0; i < nNext; i++) sum += wT[row + i]! * deltaNext[i]!;
        delta[k] = sum * prime.prime(z[k]!);
      }
    }
  }

  /** Grows the scratch rows to hold a mini-batch of m examples: per layer one buffer, cut into m row views. */
  private reserve(m: number): void {
    if (m <= this.capacity) return;
    const layers = this.sizes.slice(1);
    const rows = (n: number): Float64Array[] => {
      const buffer = new Float64Array(n * m);
      return Array.from({ length: m }, (_, j) => buffer.subarray(j * n, (j + 1) * n));
    };
    this.zs = layers.map(rows);
    this.outputs = layers.map(rows);
    this.deltas = layers.map(rows);
    const features = this.sizes[0]!;
    this.sparseInputs = Array.from({ length: m }, () => ({ index: new Int32Array(features), value: new Float64Array(features), count: 0 }));
    this.capacity = m;
  }
}
