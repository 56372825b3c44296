import { describe, expect, it } from "vitest";
import { reluActivation, sigmoidActivation, type Activation } from "../../lib/src/activations";
import { type Cost, crossEntropyCost, quadraticCost } from "../../lib/src/costs";
import { FastNetwork } from "../../lib/src/fast/fast-network";
import { Network, feedforward } from "../../lib/src/network";
import { Random } from "../../lib/src/random";
import { train } from "../../lib/src/sgd";
import { Tensor } from "../../lib/src/tensor";
import { randomDataset } from "./network-helpers";

/** The largest |a − b| over every weight and bias of two networks of the same sizes. */
function largestDifference(a: Network, b: Network): number {
  const pairs = [...a.weights.map((w, l) => [w, b.weights[l]!]), ...a.biases.map((t, l) => [t, b.biases[l]!])];
  return Math.max(...pairs.map(([s, t]) => Math.max(...s!.data.map((x, i) => Math.abs(x - t!.data[i]!)))));
}

describe("FastNetwork.feedforwardRows equals feedforward", () => {
  const cases: [number[], Activation][] = [[[7, 5, 3], sigmoidActivation], [[9, 6, 5, 4], reluActivation], [[4, 2], sigmoidActivation]];
  for (const [sizes, activation] of cases) {
    it(`for sizes [${sizes.join(", ")}] with ${activation.name} hidden layers, to 1e-12`, () => {
      const random = new Random(sizes[0]!);
      const network = new Network(sizes, { activation, random, init: "scaled" });
      const data = randomDataset(13, sizes[0]!, sizes.at(-1)!, random);
      const fast = new FastNetwork(network).feedforwardRows(data.inputs);
      // the textbook way: the rows of inputs become the columns of a mini-batch [features, n]
      const columns = new Tensor([sizes[0]!, 13]);
      for (let j = 0; j < 13; j++) for (let f = 0; f < sizes[0]!; f++) columns.data[f * 13 + j] = data.inputs.data[j * sizes[0]! + f]!;
      const textbook = feedforward(network, columns);
      expect(fast.shape).toEqual(textbook.shape);
      const worst = Math.max(...fast.data.map((x, i) => Math.abs(x - textbook.data[i]!)));
      expect(worst, `largest difference ${worst.toExponential(2)}`).toBeLessThan(1e-12);
    });
  }
});

describe("fast training equals textbook training (backprop.ts and the SGD step as written)", () => {
  const cases: [number[], Cost, Activation, number][] = [
    [[8, 6, 3], quadraticCost, sigmoidActivation, 0],
    [[8, 6, 3], crossEntropyCost, sigmoidActivation, 0.5],
    [[10, 7, 5, 4], crossEntropyCost, reluActivation, 0],
    [[10, 7, 5, 4], quadraticCost, reluActivation, 2],
  ];
  for (const [sizes, cost, activation, lambda] of cases) {
    it(`for [${sizes.join(", ")}], ${cost.name}, ${activation.name}, λ = ${lambda}: 3 epochs of 41 examples in batches of 6, to 1e-12`, () => {
      const data = randomDataset(41, sizes[0]!, sizes.at(-1)!, new Random(7));
      const run = (engine: "fast" | "textbook"): Network => {
        const network = new Network(sizes, { activation, random: new Random(3), init: "scaled" });
        train(network, data, { epochs: 3, miniBatchSize: 6, learningRate: 0.8, cost, lambda, engine, random: new Random(11) });
        return network;
      };
      const fast = run("fast");
      const textbook = run("textbook");
      const untrained = new Network(sizes, { activation, random: new Random(3), init: "scaled" });
      const worst = largestDifference(fast, textbook);
      expect(worst, `largest difference ${worst.toExponential(2)}`).toBeLessThan(1e-12);
      // and training did move the weights, so the comparison means something
      expect(largestDifference(fast, untrained)).toBeGreaterThan(1e-3);
    });
  }
});

describe("FastNetwork layout", () => {
  it("stores wᵀ and writes back the same network", () => {
    const network = new Network([3, 2], { random: new Random(1) });
    const copy = new Network([3, 2], { random: new Random(1) });
    const fast = new FastNetwork(network);
    // w [2, 3] row-major → wᵀ [3, 2]: wᵀ[k, i] = w[i, k]
    expect(fast.weightsT[0]![1 * 2 + 0]).toBe(network.weights[0]!.at(0, 1));
    network.weights[0]!.data.fill(0);
    network.biases[0]!.data.fill(0);
    fast.store(network);
    expect(largestDifference(network, copy)).toBe(0);
  });
});
