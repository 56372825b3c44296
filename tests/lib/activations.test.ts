import { describe, expect, it } from "vitest";
import {
  activate, activatePrime, relu, reluActivation, reluPrime, sigmoid, sigmoidActivation, sigmoidPrime, step, stepActivation, stepPrime,
  type Activation,
} from "../../lib/src/activations";
import { Tensor, tensor } from "../../lib/src/tensor";

/** Central difference (f(z + h) − f(z − h)) / 2h, an independent estimate of f′(z). */
function slope(f: (z: number) => number, z: number, h = 1e-5): number {
  return (f(z + h) - f(z - h)) / (2 * h);
}

const points = [-6, -2.5, -1, -0.3, 0.2, 1, 3.7, 8];

describe("sigmoid and sigmoidPrime", () => {
  it("σ(0) = 1/(1 + e⁰) = 1/2 and σ′(0) = ½·½ = 1/4", () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoidPrime(0)).toBe(0.25);
  });

  it("σ(1) = 1/(1 + e⁻¹) ≈ 1/1.367879 ≈ 0.7310586, and σ(−z) = 1 − σ(z)", () => {
    expect(sigmoid(1)).toBeCloseTo(0.7310585786, 9);
    for (const z of points) expect(sigmoid(-z)).toBeCloseTo(1 - sigmoid(z), 14);
  });

  it("saturates without overflow: σ(±1000) is 1 and 0, σ′ is 0, no NaN", () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoidPrime(1000)).toBe(0);
    expect(sigmoidPrime(-1000)).toBe(0);
  });

  it("σ′ matches finite differences of σ", () => {
    for (const z of points) expect(sigmoidPrime(z)).toBeCloseTo(slope(sigmoid, z), 9);
  });

  it("apply to every element of a tensor and keep its shape", () => {
    const z = tensor([[0], [1000], [-1000]]);
    expect(sigmoid(z).toArray()).toEqual([[0.5], [1], [0]]);
    expect(sigmoidPrime(z).toArray()).toEqual([[0.25], [0], [0]]);
  });

  it("refuse something that is neither a number nor a Tensor", () => {
    expect(() => sigmoid("3" as unknown as number)).toThrow('sigmoid: expected a number or a Tensor for z, got "3" (a string).');
  });
});

describe("step and stepPrime", () => {
  it("fires at and above the threshold: step(−0.1) = 0, step(0) = 1, step(2) = 1", () => {
    expect(step(-0.1)).toBe(0);
    expect(step(0)).toBe(1);
    expect(step(2)).toBe(1);
    expect(step(tensor([-3, 0, 3])).toArray()).toEqual([0, 1, 1]);
  });

  it("has slope 0 everywhere, also returned at the jump z = 0", () => {
    for (const z of points) expect(stepPrime(z)).toBe(slope(step, z));
    expect(stepPrime(0)).toBe(0);
    expect(stepPrime(tensor([-1, 0, 1])).toArray()).toEqual([0, 0, 0]);
  });
});

describe("relu and reluPrime", () => {
  it("relu(z) = max(0, z): −2 → 0, 0 → 0, 3.5 → 3.5", () => {
    expect(relu(tensor([-2, 0, 3.5])).toArray()).toEqual([0, 0, 3.5]);
  });

  it("relu′ is 1 above 0 and 0 below, matching finite differences away from 0, and 0 at 0", () => {
    for (const z of points) expect(reluPrime(z)).toBeCloseTo(slope(relu, z), 9);
    expect(reluPrime(0)).toBe(0);
    expect(reluPrime(tensor([-1, 2])).toArray()).toEqual([0, 1]);
  });
});

describe("Activation objects", () => {
  const cases: Array<[Activation, (z: number) => number, (z: number) => number]> = [
    [sigmoidActivation, sigmoid, sigmoidPrime],
    [reluActivation, relu, reluPrime],
    [stepActivation, step, stepPrime],
  ];

  it("carry a name, the function and its derivative", () => {
    expect(cases.map(([activation]) => activation.name)).toEqual(["sigmoid", "relu", "step"]);
    for (const [activation, fn, prime] of cases) {
      for (const z of [...points, 0]) {
        expect(activation.fn(z)).toBe(fn(z));
        expect(activation.prime(z)).toBe(prime(z));
      }
    }
  });

  it("activate and activatePrime apply them to every element of a column or batch", () => {
    const z = tensor([[-1, 0], [2, 0.5]]);
    expect(activate(z, reluActivation).toArray()).toEqual([[0, 0], [2, 0.5]]);
    expect(activatePrime(z, reluActivation).toArray()).toEqual([[0, 0], [1, 1]]);
    expect(activate(z, sigmoidActivation).at(0, 1)).toBe(0.5);
    expect(activatePrime(z, sigmoidActivation).at(0, 1)).toBe(0.25);
  });

  it("work with a learner's own activation object", () => {
    const identity: Activation = { name: "identity", fn: (z) => z, prime: () => 1 };
    expect(activate(tensor([1, -2]), identity).toArray()).toEqual([1, -2]);
    expect(activatePrime(tensor([1, -2]), identity).toArray()).toEqual([1, 1]);
  });

  it("refuse a bad activation or a non-tensor", () => {
    expect(() => activate(tensor([1]), {} as Activation)).toThrow(
      "activate: expected an Activation with fn and prime, such as sigmoidActivation, got an object (Object).",
    );
    expect(() => activatePrime(tensor([1]), undefined as unknown as Activation)).toThrow(
      "activatePrime: expected an Activation with fn and prime, such as sigmoidActivation, got undefined.",
    );
    expect(() => activate([1] as unknown as Tensor, sigmoidActivation)).toThrow(
      "activate: expected a Tensor for z, got an array of length 1. Make one with tensor([[...]]).",
    );
  });
});
