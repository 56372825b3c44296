import { describe, expect, it } from "vitest";
import { flattenGradient, numericalNetworkGradient, parameterCount } from "../../lib/src/network-gradient";
import { Network, feedforward } from "../../lib/src/network";
import { backprop } from "../../lib/src/backprop";
import { gradientCheck } from "../../lib/src/gradient-check";
import { crossEntropyCost, quadraticCost } from "../../lib/src/costs";
import { Random } from "../../lib/src/random";
import { Tensor, tensor } from "../../lib/src/tensor";

function randomMatrix(shape: [number, number], random: Random): Tensor {
  return new Tensor(shape, Float64Array.from({ length: shape[0] * shape[1] }, () => random.uniform()));
}

describe("parameterCount", () => {
  it("counts weights and biases: [784, 30, 10] has 784·30 + 30 + 30·10 + 10 = 23,860", () => {
    expect(parameterCount(new Network([784, 30, 10], { random: new Random(1) }))).toBe(23860);
    // [2, 3, 1]: 2·3 + 3 + 3·1 + 1 = 13
    expect(parameterCount(new Network([2, 3, 1], { random: new Random(1) }))).toBe(13);
  });
  it("rejects what is not a network", () => {
    expect(() => parameterCount({} as Network)).toThrow("parameterCount: expected a Network, got an object (Object).");
  });
});

describe("flattenGradient", () => {
  it("lists layer by layer, biases before weights, weights row by row", () => {
    const gradient = {
      nablaB: [tensor([[1], [2]]), tensor([[7]])],
      nablaW: [tensor([[3, 4], [5, 6]]), tensor([[8, 9]])],
    };
    expect(flattenGradient(gradient)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it("rejects what is not a gradient", () => {
    expect(() => flattenGradient(null as never)).toThrow(
      "flattenGradient: expected a gradient { nablaB, nablaW } such as backprop returns, got null.",
    );
  });
});

describe("numericalNetworkGradient", () => {
  it("is the slope of the cost for a one-weight network, worked by hand", () => {
    // [1, 1] with w = 0, b = 0, x = 1, y = 1: a = σ(w + b), C = ½(1 − σ(w + b))²
    // ∂C/∂w = ∂C/∂b = −(1 − σ(0)) σ′(0) · x = −0.5 · 0.25 = −0.125
    const network = new Network([1, 1], { parameters: { weights: [tensor([[0]])], biases: [tensor([[0]])] } });
    const [db, dw] = numericalNetworkGradient(network, tensor([[1]]), tensor([[1]]));
    expect(db).toBeCloseTo(-0.125, 9);
    expect(dw).toBeCloseTo(-0.125, 9);
  });
  it("cross-entropy, one neuron with x = 1, y = 0: backprop passes the gradient check at w = 20, 25, 30 and 800", () => {
    // C = ln(1 + e^z), z = w·1 + 0: ∂C/∂w = ∂C/∂b = σ(z) − 0, which is 1 − 2.1e-9 at w = 20 and 1 at w = 800
    for (const w of [20, 25, 30, 800]) {
      const network = new Network([1, 1], { parameters: { weights: [tensor([[w]])], biases: [tensor([[0]])] } });
      const numeric = numericalNetworkGradient(network, tensor([[1]]), tensor([[0]]), crossEntropyCost);
      const analytic = flattenGradient(backprop(network, tensor([[1]]), tensor([[0]]), crossEntropyCost));
      const check = gradientCheck(analytic, numeric);
      expect(check.passed, `w = ${w}: ${check.verdict}`).toBe(true);
      expect(check.verdict).toMatch(/^relative error .*: the gradients agree \(expect < 1e-7 for a correct gradient\)$/);
    }
  });
  it("agrees with backprop divided by m, for both costs, and leaves the network unchanged", () => {
    const random = new Random(5);
    for (const cost of [quadraticCost, crossEntropyCost]) {
      const network = new Network([4, 3, 2], { random });
      const x = randomMatrix([4, 5], random);
      const y = randomMatrix([2, 5], random);
      const before = feedforward(network, x).data.slice();
      const numeric = numericalNetworkGradient(network, x, y, cost);
      const analytic = flattenGradient(backprop(network, x, y, cost)).map((v) => v / 5);
      expect(numeric).toHaveLength(parameterCount(network));
      numeric.forEach((v, i) => expect(Math.abs(v - analytic[i]!)).toBeLessThan(1e-8 * Math.max(1, Math.abs(v))));
      expect(feedforward(network, x).data).toEqual(before);
    }
  });
  it("names both shapes when y does not fit", () => {
    const network = new Network([2, 2], { random: new Random(1) });
    expect(() => numericalNetworkGradient(network, tensor([[1], [2]]), tensor([[1, 0]]))).toThrow(
      "numericalNetworkGradient: y must be [2, m] with one column per column of x, got x [2, 1] and y [1, 2].",
    );
  });
  it("rejects a step h ≤ 0", () => {
    const network = new Network([1, 1], { random: new Random(1) });
    expect(() => numericalNetworkGradient(network, tensor([[1]]), tensor([[1]]), quadraticCost, 0)).toThrow(
      "numericalNetworkGradient: expected h > 0, got 0. 1e-5 is a good step.",
    );
  });
  it("checks the input like feedforward", () => {
    const network = new Network([3, 1], { random: new Random(1) });
    expect(() => numericalNetworkGradient(network, tensor([[1], [2]]), tensor([[1]]))).toThrow(
      "numericalNetworkGradient: columns of w must equal rows of a, got layer 1 w [1, 3] and a [2, 1].",
    );
  });
});
