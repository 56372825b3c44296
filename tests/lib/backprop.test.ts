import { describe, expect, it } from "vitest";
import { reluActivation, sigmoidActivation, type Activation } from "../../lib/src/activations";
import { backprop } from "../../lib/src/backprop";
import { type Cost, crossEntropyCost, quadraticCost } from "../../lib/src/costs";
import { Network, feedforward } from "../../lib/src/network";
import { Random } from "../../lib/src/random";
import { Tensor, tensor } from "../../lib/src/tensor";

/** A random mini-batch: inputs [n, m] in [0, 1) with some exact zeros, one-hot-ish targets [classes, m]. */
function randomBatch(n: number, classes: number, m: number, random: Random): { x: Tensor; y: Tensor } {
  const x = new Tensor([n, m]);
  for (let i = 0; i < x.size; i++) x.data[i] = random.uniform() < 0.3 ? 0 : random.uniform();
  const y = new Tensor([classes, m]);
  for (let j = 0; j < m; j++) y.data[random.int(classes) * m + j] = 1;
  return { x, y };
}

/** The cost summed over the batch, m · C(x, y): what backprop's nablas are the gradient of. */
function summedCost(network: Network, x: Tensor, y: Tensor, cost: Cost): number {
  return cost.value(feedforward(network, x), y) * x.shape[1]!;
}

/**
 * ‖numeric − analytic‖ / (‖numeric‖ + ‖analytic‖) over every entry of `params`, the numeric side by
 * central differences (f(p + h) − f(p − h)) / 2h. Around 1e-9 for a correct gradient; a wrong one is
 * of order 1.
 */
function numericCheck(params: Tensor[], analytic: Tensor[], f: () => number, h = 1e-5): number {
  let difference = 0;
  let size = 0;
  params.forEach((p, l) => {
    for (let i = 0; i < p.size; i++) {
      const saved = p.data[i]!;
      p.data[i] = saved + h;
      const plus = f();
      p.data[i] = saved - h;
      const minus = f();
      p.data[i] = saved;
      const numeric = (plus - minus) / (2 * h);
      const exact = analytic[l]!.data[i]!;
      difference += (numeric - exact) ** 2;
      size += numeric ** 2 + exact ** 2;
    }
  });
  return Math.sqrt(difference) / Math.sqrt(size);
}

/** The smallest |z| of the hidden layers: ReLU has a kink at 0 that finite differences must not cross. */
function smallestHiddenWeightedInput(network: Network, x: Tensor): number {
  let a = x;
  let smallest = Infinity;
  network.weights.slice(0, -1).forEach((w, l) => {
    const single = new Network([w.shape[1]!, w.shape[0]!], { parameters: { weights: [w], biases: [network.biases[l]!] } });
    const z = feedforward(single, a).data.map((s) => Math.log(s / (1 - s)));
    smallest = Math.min(smallest, ...z.map(Math.abs));
    a = new Tensor([w.shape[0]!, x.shape[1]!], z.map((v) => Math.max(v, 0)));
  });
  return smallest;
}

describe("backprop against finite differences", () => {
  const cases: [number[], Cost, Activation, number][] = [
    [[3, 2], quadraticCost, sigmoidActivation, 1],
    [[4, 5, 3], quadraticCost, sigmoidActivation, 6],
    [[4, 5, 3], crossEntropyCost, sigmoidActivation, 6],
    [[6, 7, 5, 4], quadraticCost, sigmoidActivation, 3],
    [[6, 7, 5, 4], crossEntropyCost, sigmoidActivation, 4],
    [[5, 8, 3], crossEntropyCost, reluActivation, 5],
    [[5, 6, 4, 3], quadraticCost, reluActivation, 2],
  ];
  for (const [sizes, cost, activation, m] of cases) {
    it(`agrees for sizes [${sizes.join(", ")}], ${cost.name} cost, ${activation.name} hidden, ${m} examples`, () => {
      const random = new Random(sizes.length * 100 + m);
      // ReLU with N(0, 1) weights saturates the sigmoid output (gradients ≈ 1e-10, all noise): scale them
      const network = new Network(sizes, { activation, random, init: activation === reluActivation ? "scaled" : "standard" });
      const { x, y } = randomBatch(sizes[0]!, sizes.at(-1)!, m, random);
      const { nablaB, nablaW } = backprop(network, x, y, cost);
      expect(nablaW.map((t) => t.shape)).toEqual(network.weights.map((t) => t.shape));
      expect(nablaB.map((t) => t.shape)).toEqual(network.biases.map((t) => t.shape));
      const f = (): number => summedCost(network, x, y, cost);
      if (activation === reluActivation) {
        const margin = smallestHiddenWeightedInput(network, x);
        expect(margin, `a hidden |z| of ${margin} is too close to ReLU's kink for h = 1e-5: change the seed`).toBeGreaterThan(1e-3);
      }
      const errorW = numericCheck(network.weights, nablaW, f);
      const errorB = numericCheck(network.biases, nablaB, f);
      // central differences with h = 1e-5 leave a relative error of order h² ≈ 1e-10; a wrong gradient gives ≈ 1
      expect(errorW, `relative error of ∂C/∂w: ${errorW.toExponential(2)}`).toBeLessThan(1e-7);
      expect(errorB, `relative error of ∂C/∂b: ${errorB.toExponential(2)}`).toBeLessThan(1e-7);
    });
  }

  it("sums over the mini-batch: the gradient of a batch is the sum of the one-example gradients", () => {
    const random = new Random(9);
    const network = new Network([4, 3, 2], { random });
    const { x, y } = randomBatch(4, 2, 3, random);
    const whole = backprop(network, x, y);
    const column = (t: Tensor, j: number): Tensor => new Tensor([t.shape[0]!, 1], t.data.filter((_, i) => i % 3 === j));
    const parts = [0, 1, 2].map((j) => backprop(network, column(x, j), column(y, j)));
    whole.nablaW[0]!.data.forEach((g, i) => expect(g).toBeCloseTo(parts.reduce((s, p) => s + p.nablaW[0]!.data[i]!, 0), 14));
  });
});

describe("backprop by hand", () => {
  it("BP1–BP4 on [1, 1] with w = 0, b = 0, x = 1, y = 1 and the quadratic cost", () => {
    // z = 0, a = σ(0) = 0.5; BP1: δ = (a − y) σ′(z) = (0.5 − 1) · 0.25 = −0.125
    // BP3: ∂C/∂b = δ = −0.125; BP4: ∂C/∂w = δ · x = −0.125
    const network = new Network([1, 1], { parameters: { weights: [tensor([[0]])], biases: [tensor([[0]])] } });
    const { nablaB, nablaW } = backprop(network, tensor([[1]]), tensor([[1]]));
    expect(nablaB[0]!.data[0]).toBe(-0.125);
    expect(nablaW[0]!.data[0]).toBe(-0.125);
  });
});

describe("backprop errors", () => {
  const network = new Network([4, 3, 2], { random: new Random(1) });
  it("names layer 1 and both shapes for a wrong input", () => {
    expect(() => backprop(network, new Tensor([3, 5]), new Tensor([2, 5]))).toThrow(
      "backprop: columns of w must equal rows of a, got layer 1 w [3, 4] and a [3, 5]. Each column of a is one example of 4 numbers: a mini-batch is [4, m] (notebook 03).");
  });
  it("shows x and y when the targets do not fit", () => {
    expect(() => backprop(network, new Tensor([4, 5]), new Tensor([2, 4]))).toThrow(
      "backprop: y must be [2, m] with one column per column of x, got x [4, 5] and y [2, 4]. Make the targets with oneHotBatch(labels, classes) (notebook 05).");
    expect(() => backprop(network, new Tensor([4, 5]), new Tensor([10]))).toThrow(
      "backprop: y must be [2, m] with one column per column of x, got x [4, 5] and y [10].");
    expect(() => backprop(network, new Tensor([4, 5]), null as unknown as Tensor)).toThrow("backprop: expected a Tensor for y, got null.");
  });
});
