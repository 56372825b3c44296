import { describe, expect, it } from "vitest";
import { linearNeuron, linearNeuronCost, linearNeuronGradient } from "../../lib/src/linear-neuron";
import { numericalGradient } from "../../lib/src/gradient-check";

// Three points and the neuron w = 2, b = 1: a = 2x + 1.
const x = [0, 1, 2];
const y = [1, 2, 6];

describe("linearNeuron", () => {
  it("predicts a = w x + b for every input", () => {
    // 2·0 + 1 = 1, 2·1 + 1 = 3, 2·2 + 1 = 5
    expect(linearNeuron(2, 1, x)).toEqual([1, 3, 5]);
  });
  it("rejects a non-finite weight, naming it", () => {
    expect(() => linearNeuron(NaN, 1, x)).toThrow("linearNeuron: expected a finite number for w, got NaN.");
  });
});

describe("linearNeuronCost", () => {
  it("is 1/(2n) Σ (a − y)², worked by hand", () => {
    // errors a − y: 1 − 1 = 0, 3 − 2 = 1, 5 − 6 = −1; squares 0 + 1 + 1 = 2; C = 2 / (2·3) = 1/3
    expect(linearNeuronCost(2, 1, x, y)).toBeCloseTo(1 / 3, 15);
  });
  it("is 0 exactly when the line passes through every point", () => {
    expect(linearNeuronCost(2, 1, [0, 1, 2], [1, 3, 5])).toBe(0);
  });
  it("names both lengths when x and y do not pair up", () => {
    expect(() => linearNeuronCost(2, 1, [0, 1], [1])).toThrow(
      "linearNeuronCost: x and y must have the same length, got x [2] and y [1]. Each input xᵢ needs its desired output yᵢ.",
    );
  });
  it("needs at least one point", () => {
    expect(() => linearNeuronCost(2, 1, [], [])).toThrow("linearNeuronCost: expected at least one point (x, y), got empty arrays.");
  });
  it("names a bad entry of y", () => {
    expect(() => linearNeuronCost(2, 1, [0], [Infinity])).toThrow("linearNeuronCost: expected finite numbers in y, got Infinity at index 0.");
  });
});

describe("linearNeuronGradient", () => {
  it("is [1/n Σ (a − y) x, 1/n Σ (a − y)], worked by hand", () => {
    // errors 0, 1, −1: ∂C/∂w = (0·0 + 1·1 + (−1)·2) / 3 = −1/3; ∂C/∂b = (0 + 1 − 1) / 3 = 0
    const [dw, db] = linearNeuronGradient(2, 1, x, y);
    expect(dw).toBeCloseTo(-1 / 3, 15);
    expect(db).toBe(0);
  });
  it("matches central differences of the cost at several points", () => {
    const px = [0, 0.5, 1, 1.5, 2, 2.5];
    const py = [-0.9, 0.2, 0.8, 2.1, 2.9, 4.2];
    for (const [w, b] of [[0, 0], [-1, 3], [2.5, -1.2]] as const) {
      const numeric = numericalGradient(([pw, pb]) => linearNeuronCost(pw!, pb!, px, py), [w, b]);
      const analytic = linearNeuronGradient(w, b, px, py);
      expect(analytic[0]).toBeCloseTo(numeric[0]!, 8);
      expect(analytic[1]).toBeCloseTo(numeric[1]!, 8);
    }
  });
  it("checks its inputs like the cost", () => {
    expect(() => linearNeuronGradient(1, 1, [1, 2, 3], [1, 2])).toThrow(
      "linearNeuronGradient: x and y must have the same length, got x [3] and y [2]. Each input xᵢ needs its desired output yᵢ.",
    );
  });
});
