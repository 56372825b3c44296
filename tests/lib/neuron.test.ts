import { describe, expect, it } from "vitest";
import { perceptron, sigmoidNeuron, weightedSum } from "../../lib/src/neuron";

// The deck's table, "LG CNS에 입사할 것인가?": growth, no odd teammates, flat culture, easy commute,
// fair salary, work I am good at, good food. O = 1, X = 0.
const weights = [30, -20, 15, 15, 10, 10, 100];
const answers = [1, 0, 1, 0, 1, 1, 1];
const threshold = 80;

describe("weightedSum", () => {
  it("adds the weights of the yes answers: 30 + 15 + 10 + 10 + 100 = 165", () => {
    // 30·1 − 20·0 + 15·1 + 15·0 + 10·1 + 10·1 + 100·1 = 165
    expect(weightedSum(weights, answers)).toBe(165);
  });

  it("adds the bias: z = 165 − 80 = 85", () => {
    expect(weightedSum(weights, answers, -threshold)).toBe(85);
  });

  it("works for fractional inputs: [0.5, −2]·[4, 0.25] + 1 = 2 − 0.5 + 1 = 2.5", () => {
    expect(weightedSum([0.5, -2], [4, 0.25], 1)).toBe(2.5);
  });

  it("names both lengths when they differ", () => {
    expect(() => weightedSum(weights, [1, 0, 1, 0, 1, 1])).toThrow(
      "weightedSum: w and x must have the same length, got w [7] and x [6]. Each input needs one weight.",
    );
  });

  it("refuses NaN inputs, a bad bias and non-arrays", () => {
    expect(() => weightedSum([1, 2], [1, Number.NaN])).toThrow("weightedSum: expected finite numbers in x, got NaN at index 1.");
    expect(() => perceptron([1], [1], Number.NaN)).toThrow("perceptron: expected a finite number for b, got NaN.");
    expect(() => sigmoidNeuron(3 as unknown as number[], [1])).toThrow("sigmoidNeuron: expected an array of numbers for w, got 3.");
  });
});

describe("perceptron", () => {
  it("decides to join: 165 ≥ 80, so z = 165 − 80 = 85 ≥ 0 → 1", () => {
    expect(perceptron(weights, answers, -threshold)).toBe(1);
  });

  it("declines when the food is bad: 165 − 100 = 65 < 80 → 0", () => {
    expect(perceptron(weights, [1, 0, 1, 0, 1, 1, 0], -threshold)).toBe(0);
  });

  it("fires exactly at the threshold: 30 + 15 + 15 + 10 + 10 = 80 ≥ 80 → 1", () => {
    expect(perceptron(weights, [1, 0, 1, 1, 1, 1, 0], -threshold)).toBe(1);
  });
});

describe("sigmoidNeuron", () => {
  it("gives σ(z): σ(0) = 0.5 at the threshold, and nearly 1 for z = 85", () => {
    expect(sigmoidNeuron(weights, [1, 0, 1, 1, 1, 1, 0], -threshold)).toBe(0.5);
    // σ(85) = 1/(1 + e⁻⁸⁵), and e⁻⁸⁵ ≈ 1.2e-37 is lost next to 1
    expect(sigmoidNeuron(weights, answers, -threshold)).toBe(1);
  });

  it("is smooth where the perceptron jumps: σ(1) ≈ 0.731, σ(−1) ≈ 0.269", () => {
    // w·x + b = 2·1 − 1 = 1 and 2·0 − 1 = −1
    expect(sigmoidNeuron([2], [1], -1)).toBeCloseTo(0.7310585786, 9);
    expect(sigmoidNeuron([2], [0], -1)).toBeCloseTo(0.2689414214, 9);
  });
});
