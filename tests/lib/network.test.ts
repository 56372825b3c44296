import { describe, expect, it } from "vitest";
import { reluActivation, sigmoidActivation } from "../../lib/src/activations";
import { Network, feedforward } from "../../lib/src/network";
import { Random, setSeed } from "../../lib/src/random";
import { Tensor, tensor } from "../../lib/src/tensor";

/** A network with the given weights and biases (nested arrays), sigmoid unless told. */
function fixed(sizes: number[], weights: number[][][], biases: number[][][], activation = sigmoidActivation): Network {
  return new Network(sizes, { activation, parameters: { weights: weights.map((w) => tensor(w)), biases: biases.map((b) => tensor(b)) } });
}

const sigma = (z: number): number => 1 / (1 + Math.exp(-z));

describe("new Network(sizes)", () => {
  it("has Nielsen's shapes: weights[l] [sizes[l+1], sizes[l]], biases[l] [sizes[l+1], 1]", () => {
    const net = new Network([784, 30, 10], { random: new Random(1) });
    expect(net.numLayers).toBe(3);
    expect(net.weights.map((w) => w.shape)).toEqual([[30, 784], [10, 30]]);
    expect(net.biases.map((b) => b.shape)).toEqual([[30, 1], [10, 1]]);
    expect(net.activation).toBe(sigmoidActivation);
    expect(net.layerActivation(0)).toBe(sigmoidActivation);
  });

  it("draws N(0, 1) weights for init 'standard' and N(0, 1/n_in) for 'scaled' (sample standard deviations)", () => {
    const std = (t: Tensor): number => Math.sqrt(t.data.reduce((s, x) => s + x * x, 0) / t.size);
    const standard = new Network([400, 100, 10], { random: new Random(5) });
    const scaled = new Network([400, 100, 10], { init: "scaled", random: new Random(5) });
    // 40,000 draws: the sample standard deviation is within a few percent of 1 and of 1/√400 = 0.05
    expect(std(standard.weights[0]!)).toBeGreaterThan(0.97);
    expect(std(standard.weights[0]!)).toBeLessThan(1.03);
    expect(std(scaled.weights[0]!)).toBeGreaterThan(0.0485);
    expect(std(scaled.weights[0]!)).toBeLessThan(0.0515);
    // the biases stay N(0, 1) in both
    expect(scaled.biases[0]!.data).toEqual(standard.biases[0]!.data);
  });

  it("gives the same weights for the same seed, from a Random or from setSeed", () => {
    const a = new Network([5, 4, 3], { random: new Random(42) });
    const b = new Network([5, 4, 3], { random: new Random(42) });
    const c = new Network([5, 4, 3], { random: new Random(43) });
    expect(b.weights[1]!.data).toEqual(a.weights[1]!.data);
    expect(c.weights[1]!.data).not.toEqual(a.weights[1]!.data);
    setSeed(42);
    const d = new Network([5, 4, 3]);
    expect(d.weights[0]!.data).toEqual(a.weights[0]!.data);
  });

  it("uses ReLU in the hidden layers when asked, and sigmoid at the output", () => {
    const net = new Network([3, 4, 4, 2], { activation: reluActivation, random: new Random(1) });
    expect([0, 1, 2].map((l) => net.layerActivation(l).name)).toEqual(["relu", "relu", "sigmoid"]);
  });

  it("rejects bad sizes, init and parameters with pinned messages", () => {
    expect(() => new Network([784])).toThrow("Network: expected layer sizes: at least two whole numbers ≥ 1 such as [784, 30, 10], got an array of length 1.");
    expect(() => new Network([784, 0, 10])).toThrow("Network: expected layer sizes: at least two whole numbers ≥ 1 such as [784, 30, 10], got an array of length 3.");
    expect(() => new Network([2, 2], { init: "xavier" as "scaled" })).toThrow('Network: expected init "standard" or "scaled", got "xavier" (a string).');
    // 10¹² weights would need 8,000 GB: refused before any memory is asked for (no raw RangeError)
    expect(() => new Network([1e6, 1e6])).toThrow(
      "Network: expected layer sizes with at most 100,000,000 weights and biases, got [1000000, 1000000] with 1,000,001,000,000 (8,000 GB). Use fewer neurons per layer: [784, 30, 10] has 23,860.");
    expect(new Network([784, 30, 10]).weights[0]!.shape).toEqual([30, 784]);
    expect(() => fixed([2, 1], [[[1, 2, 3]]], [[[0]]])).toThrow("Network: layer 1 w must have shape [1, 2] for sizes [2, 1], got layer 1 w [1, 3].");
    expect(() => fixed([2, 1], [[[1, 2]]], [[[0], [1]]])).toThrow("Network: layer 1 b must have shape [1, 1] for sizes [2, 1], got layer 1 b [2, 1].");
    expect(() => fixed([2, 1], [[[1, 2]], [[1]]], [[[0]]])).toThrow("Network: sizes [2, 1] have only 1 weight layers, got layer 2 w [1, 1].");
    expect(() => fixed([2, 1], [], [])).toThrow("Network: expected 1 weight matrices and bias columns for sizes [2, 1], got 0 weight matrices and 0 bias columns.");
  });
});

describe("feedforward", () => {
  // [2, 2, 1]: w¹ = [[1, −1], [0.5, 0.5]], b¹ = [0, −1]; w² = [[2, −3]], b² = [0.5]
  const net = fixed([2, 2, 1], [[[1, -1], [0.5, 0.5]], [[2, -3]]], [[[0], [-1]], [[0.5]]]);

  it("computes a² = σ(w² σ(w¹ x + b¹) + b²) for one column, by hand", () => {
    // x = (2, 2): z¹ = (2 − 2 + 0, 1 + 1 − 1) = (0, 1), a¹ = (σ(0), σ(1)) = (0.5, 0.7310586)
    // z² = 2 · 0.5 − 3 · 0.7310586 + 0.5 = −0.6931757, a² = σ(−0.6931757) ≈ 0.3333
    const a = feedforward(net, tensor([[2], [2]]));
    expect(a.shape).toEqual([1, 1]);
    expect(a.data[0]).toBeCloseTo(sigma(2 * 0.5 - 3 * sigma(1) + 0.5), 14);
    expect(a.data[0]).toBeCloseTo(0.33331, 4);
  });

  it("treats the columns of a mini-batch as separate examples", () => {
    const batch = feedforward(net, tensor([[2, 0, -1], [2, 1, 3]]));
    expect(batch.shape).toEqual([1, 3]);
    for (const [j, column] of [[2, 2], [0, 1], [-1, 3]].entries()) {
      expect(batch.data[j]).toBe(feedforward(net, tensor(column.map((x) => [x]))).data[0]);
    }
  });

  it("uses ReLU in hidden layers: relu(−1) = 0 passes nothing on", () => {
    const relu = fixed([1, 1, 1], [[[1]], [[1]]], [[[0]], [[0]]], reluActivation);
    // x = −1: z¹ = −1, a¹ = 0, z² = 0, a² = σ(0) = 0.5; x = 2: a¹ = 2, a² = σ(2)
    expect(feedforward(relu, tensor([[-1, 2]])).data).toEqual(new Float64Array([0.5, sigma(2)]));
  });

  it("names the layer and both shapes when the input does not fit", () => {
    const mnist = new Network([784, 30, 10], { random: new Random(1) });
    expect(() => feedforward(mnist, new Tensor([28, 28]))).toThrow(
      "feedforward: columns of w must equal rows of a, got layer 1 w [30, 784] and a [28, 28]. Flatten the image to [784, 1] first (notebook 03).");
    expect(() => feedforward(mnist, new Tensor([10, 784]))).toThrow(
      "feedforward: columns of w must equal rows of a, got layer 1 w [30, 784] and a [10, 784]. Each column of a is one example of 784 numbers: a mini-batch is [784, m] (notebook 03).");
    expect(() => feedforward(mnist, [1, 2] as unknown as Tensor)).toThrow("feedforward: expected a Tensor for a, got an array of length 2.");
    expect(() => feedforward({} as Network, new Tensor([784, 1]))).toThrow(
      "feedforward: expected a Network (new Network([784, 30, 10])), got an object (Object).");
  });
});
