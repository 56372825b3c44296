import { describe, expect, it } from "vitest";
import { crossEntropyCost, quadraticCost } from "../../lib/src/costs";
import type { Dataset } from "../../lib/src/data/dataset";
import { accuracy, evaluate, predict, score } from "../../lib/src/evaluate";
import { Network } from "../../lib/src/network";
import { Tensor, tensor } from "../../lib/src/tensor";

// [2, 2] with w = identity and b = 0: output j is σ(x_j), so the prediction is the larger input
const network = new Network([2, 2], { parameters: { weights: [tensor([[1, 0], [0, 1]])], biases: [tensor([[0], [0]])] } });
// rows (0.9, 0.1) → 0, (0.2, 0.7) → 1, (0.6, 0.3) → 0; the labels 0, 1, 1 make 2 of 3 correct
const data: Dataset = { inputs: tensor([[0.9, 0.1], [0.2, 0.7], [0.6, 0.3]]), labels: Uint8Array.from([0, 1, 1]), classes: 2 };
const sigma = (z: number): number => 1 / (1 + Math.exp(-z));

describe("predict, evaluate, accuracy, score", () => {
  it("predicts the most active output neuron for each row, or for one column", () => {
    expect([...predict(network, data.inputs)]).toEqual([0, 1, 0]);
    expect([...predict(network, tensor([[0.2], [0.7]]))]).toEqual([1]);
  });

  it("counts 2 correct of 3: accuracy 2/3", () => {
    expect(evaluate(network, data)).toBe(2);
    expect(accuracy(network, data)).toBe(2 / 3);
  });

  it("scores the quadratic cost 1/(2n) Σ ‖y − a‖² by hand, and adds λ/(2n) Σ w² when asked", () => {
    // outputs a = (σ(x₁), σ(x₂)) per row, targets (1, 0), (0, 1), (0, 1)
    const squares = (1 - sigma(0.9)) ** 2 + sigma(0.1) ** 2 + sigma(0.2) ** 2 + (1 - sigma(0.7)) ** 2 + sigma(0.6) ** 2 + (1 - sigma(0.3)) ** 2;
    const s = score(network, data);
    expect(s.cost).toBeCloseTo(squares / (2 * 3), 14);
    expect(s.correct).toBe(2);
    expect(s.accuracy).toBe(2 / 3);
    // Σ w² = 1 + 1 = 2, λ = 0.3, n = 3: λ/(2n) Σ w² = 0.3 / 6 · 2 = 0.1
    expect(score(network, data, quadraticCost, 0.3).cost).toBeCloseTo(squares / 6 + 0.1, 14);
    expect(score(network, data, crossEntropyCost).cost).toBeGreaterThan(0);
  });

  it("scores cross-entropy from the output layer's z: a confidently wrong network costs a finite 1600, not ∞", () => {
    // [1, 2] with w = (800, −800), b = 0, x = 1: z = (800, −800), a = (1, 0) exactly in doubles; label 1 → y = (0, 1)
    // C = softplus(800) + softplus(800) = 800 + 800 = 1600 (from a alone: −ln(1 − 1) = ∞)
    const sure = new Network([1, 2], { parameters: { weights: [tensor([[800], [-800]])], biases: [tensor([[0], [0]])] } });
    const wrong: Dataset = { inputs: tensor([[1]]), labels: Uint8Array.from([1]), classes: 2 };
    expect(score(sure, wrong, crossEntropyCost)).toEqual({ cost: 1600, correct: 0, accuracy: 0 });
  });

  it("rejects inputs and datasets that do not fit the network, with pinned messages", () => {
    expect(() => predict(network, new Tensor([3, 5]))).toThrow(
      "predict: inputs must be [n, 2] with one example per row, got inputs [3, 5] and sizes [2, 2]. Flatten each image to 2 numbers (notebook 03).");
    expect(() => predict(network, "x" as unknown as Tensor)).toThrow('predict: expected a Tensor for inputs, got "x" (a string).');
    expect(() => predict(null as unknown as Network, data.inputs)).toThrow("predict: expected a Network (new Network([784, 30, 10])), got null.");
    expect(() => evaluate(network, { ...data, inputs: new Tensor([3, 3]) })).toThrow(
      "evaluate: data must have one column per input neuron, got data.inputs [3, 3] and sizes [2, 2]. Each row of inputs is one example; the first layer needs that many inputs.");
    expect(() => accuracy(network, { ...data, classes: 3 })).toThrow(
      "evaluate: expected data with one class per output neuron (2 for sizes [2, 2]), got 3 classes.");
    expect(() => score(network, { ...data, labels: new Uint8Array(2) })).toThrow(
      "score: there must be one label per row of inputs, got inputs [3, 2] and labels [2].");
  });
});
