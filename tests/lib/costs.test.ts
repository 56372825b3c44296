import { describe, expect, it } from "vitest";
import { sigmoid } from "../../lib/src/activations";
import { crossEntropyCost, l2Gradient, l2Term, quadraticCost, type Cost } from "../../lib/src/costs";
import { Tensor, tensor, zeros } from "../../lib/src/tensor";

// A batch of m = 2 examples with 3 classes: one example per column.
const a = tensor([[0.8, 0.1], [0.1, 0.3], [0.1, 0.6]]);
const y = tensor([[1, 0], [0, 0], [0, 1]]);

describe("quadraticCost.value", () => {
  it("is 1/(2n) Σ‖y − a‖², worked by hand", () => {
    // example 1: (1 − 0.8)² + (0 − 0.1)² + (0 − 0.1)² = 0.04 + 0.01 + 0.01 = 0.06
    // example 2: (0 − 0.1)² + (0 − 0.3)² + (1 − 0.6)² = 0.01 + 0.09 + 0.16 = 0.26
    // C = (0.06 + 0.26) / (2·2) = 0.32 / 4 = 0.08
    expect(quadraticCost.value(a, y)).toBeCloseTo(0.08, 15);
    expect(quadraticCost.name).toBe("quadratic");
  });

  it("is 0 for a perfect output", () => {
    expect(quadraticCost.value(y, y)).toBe(0);
  });
});

describe("crossEntropyCost.value", () => {
  it("is −1/n Σ Σ [y ln a + (1 − y) ln(1 − a)], worked by hand", () => {
    // example 1: ln 0.8 + ln 0.9 + ln 0.9;   example 2: ln 0.9 + ln 0.7 + ln 0.6
    // C = −(ln 0.8 + 3 ln 0.9 + ln 0.7 + ln 0.6) / 2
    //   = −(−0.223144 − 0.316082 − 0.356675 − 0.510826) / 2 = 1.406727 / 2 ≈ 0.703363
    const expected = -(Math.log(0.8) + 3 * Math.log(0.9) + Math.log(0.7) + Math.log(0.6)) / 2;
    expect(crossEntropyCost.value(a, y)).toBeCloseTo(expected, 14);
    expect(crossEntropyCost.value(a, y)).toBeCloseTo(0.703363, 6);
    expect(crossEntropyCost.name).toBe("cross-entropy");
  });

  it("counts 0 · ln 0 as 0: a perfect output costs 0; from a alone, an output rounded to the wrong end costs ∞ (no clamp)", () => {
    expect(crossEntropyCost.value(y, y)).toBe(0);
    expect(crossEntropyCost.value(tensor([[0], [1]]), tensor([[1], [0]]))).toBe(Infinity);
  });

  it("from z: y·softplus(−z) + (1 − y)·softplus(z), exact for |z| up to 800 where σ(z) is exactly 0 or 1", () => {
    // z = 800, y = 0: −ln(1 − σ(800)) = ln(1 + e⁸⁰⁰) = 800 + ln(1 + e⁻⁸⁰⁰) = 800 (σ(800) is 1 in doubles)
    // z = −800, y = 1: −ln σ(−800) = 800;   z = 800, y = 1 and z = −800, y = 0: ln(1 + e⁻⁸⁰⁰) = 0 to double precision
    const z = tensor([[800, -800, 800, -800, 30, -30, 0]]);
    const target = tensor([[0, 1, 1, 0, 0, 1, 1]]);
    const perExample = (j: number) => crossEntropyCost.value(sigmoid(column(z, j)), column(target, j), column(z, j));
    expect([0, 1, 2, 3].map(perExample)).toEqual([800, 800, 0, 0]);
    // z = 30, y = 0: ln(1 + e³⁰) = 30 + ln(1 + e⁻³⁰) = 30 + 9.36e-14;  z = 0, y = 1: ln 2
    expect(perExample(4)).toBeCloseTo(30 + Math.exp(-30), 12);
    expect(perExample(5)).toBeCloseTo(30 + Math.exp(-30), 12);
    expect(perExample(6)).toBeCloseTo(Math.LN2, 15);
    // the batch averages the 7 columns; inside the range where σ does not round, both forms agree
    expect(crossEntropyCost.value(sigmoid(z), target, z)).toBeCloseTo((1600 + 60 + 2 * Math.exp(-30) + Math.LN2) / 7, 10);
    const moderate = tensor([[0.5, -1.2, 2.0], [-0.3, 0.8, -2.5]]);
    const soft = tensor([[1, 0, 0.5], [0, 1, 0.2]]);
    expect(crossEntropyCost.value(sigmoid(moderate), soft, moderate)).toBeCloseTo(crossEntropyCost.value(sigmoid(moderate), soft), 13);
  });

  it("from z: its slope is δ = a − y everywhere, also at |z| = 25, 40 and 800 where the value from a stops changing", () => {
    for (const [zk, yk] of [[25, 0], [-25, 1], [40, 0], [800, 0], [-800, 1], [800, 1]] as const) {
      const at = (d: number) => crossEntropyCost.value(sigmoid(tensor([[zk + d]])), tensor([[yk]]), tensor([[zk + d]]));
      const h = 1e-5;
      const delta = crossEntropyCost.delta(tensor([[zk]]), sigmoid(tensor([[zk]])), tensor([[yk]])).data[0]!;
      expect(Math.abs((at(h) - at(-h)) / (2 * h) - delta)).toBeLessThan(1e-7);
    }
  });

  it("checks that z has the shape of a", () => {
    expect(() => crossEntropyCost.value(zeros([2, 1]), zeros([2, 1]), zeros([1, 2]))).toThrow(
      "crossEntropyCost.value: weightedInput and activation must have the same shape, got weightedInput [1, 2] and activation [2, 1]. aᴸ = σ(zᴸ) has the shape of zᴸ.",
    );
  });
});

function column(t: Tensor, j: number): Tensor {
  return tensor([[t.at(0, j)]]);
}

/**
 * The output error δᴸ is ∂Cₓ/∂zᴸ for each example. C averages over the m columns, so the numerical
 * derivative of C with respect to z[i, j] is δ[i, j] / m: compare m · (C(z + h) − C(z − h)) / 2h.
 */
function checkDelta(cost: Cost): void {
  const z = tensor([[0.5, -1.2, 2.0], [-0.3, 0.8, -2.5]]);
  const target = tensor([[1, 0, 0.5], [0, 1, 0.2]]);
  const m = 3;
  const delta = cost.delta(z, sigmoid(z), target);
  const h = 1e-5;
  for (let k = 0; k < z.size; k++) {
    const shifted = (d: number): number => {
      const zk = z.clone();
      zk.data[k] += d;
      return cost.value(sigmoid(zk), target);
    };
    const numeric = (m * (shifted(h) - shifted(-h))) / (2 * h);
    expect(delta.data[k]).toBeCloseTo(numeric, 8);
  }
}

describe("delta", () => {
  it("quadratic: (a − y) ⊙ σ′(z), worked by hand at z = 0", () => {
    // z = 0 → a = ½, σ′ = ¼; y = 1 → (½ − 1)·¼ = −⅛; y = 0 → (½ − 0)·¼ = ⅛
    expect(quadraticCost.delta(zeros([2, 1]), sigmoid(zeros([2, 1])), tensor([[1], [0]])).toArray()).toEqual([[-0.125], [0.125]]);
  });

  it("cross-entropy: a − y, worked by hand", () => {
    // a − y = [[0.8 − 1, 0.1 − 0], …]
    const delta = crossEntropyCost.delta(zeros([3, 2]), a, y);
    [[-0.2, 0.1], [0.1, 0.3], [0.1, -0.4]].forEach((row, i) => row.forEach((v, j) => expect(delta.at(i, j)).toBeCloseTo(v, 15)));
  });

  it("quadratic δ matches finite differences of the cost, per example", () => checkDelta(quadraticCost));
  it("cross-entropy δ matches finite differences of the cost, per example", () => checkDelta(crossEntropyCost));
});

describe("cost shape errors", () => {
  it("name both shapes when a and y differ", () => {
    expect(() => quadraticCost.value(zeros([10, 2]), zeros([10, 1]))).toThrow(
      "quadraticCost.value: activation and target must have the same shape, got activation [10, 2] and target [10, 1]. " +
        "Each output column needs a target column of the same length (one-hot for digits).",
    );
  });

  it("ask for columns instead of plain vectors", () => {
    expect(() => crossEntropyCost.value(zeros([10]), zeros([10, 1]))).toThrow(
      "crossEntropyCost.value: activation must be a matrix (rank 2), got activation [10]. Outputs are columns [classes, m]: use asColumn() for one example.",
    );
    expect(() => crossEntropyCost.value(zeros([10, 1]), zeros([10]))).toThrow(
      "crossEntropyCost.value: target must be a matrix (rank 2), got target [10]. Targets are columns [classes, m]: use asColumn() for one example.",
    );
  });

  it("need at least one example", () => {
    expect(() => quadraticCost.value(zeros([10, 0]), zeros([10, 0]))).toThrow(
      "quadraticCost.value: there must be at least one example (column), got activation [10, 0].",
    );
  });

  it("check that z has the shape of a in delta", () => {
    expect(() => quadraticCost.delta(zeros([3, 1]), zeros([3, 2]), zeros([3, 2]))).toThrow(
      "quadraticCost.delta: weightedInput and activation must have the same shape, got weightedInput [3, 1] and activation [3, 2]. aᴸ = σ(zᴸ) has the shape of zᴸ.",
    );
    expect(() => crossEntropyCost.delta(zeros([3]), zeros([3, 2]), zeros([3, 2]))).toThrow(
      "crossEntropyCost.delta: weightedInput must be a matrix (rank 2), got weightedInput [3].",
    );
  });
});

describe("L2 weight decay", () => {
  const w1 = tensor([[1, -2], [3, 0]]);
  const w2 = tensor([[0.5, -0.5, 1]]);

  it("l2Term is λ/(2n) Σ w² over all layers, worked by hand", () => {
    // Σ w² = (1 + 4 + 9 + 0) + (0.25 + 0.25 + 1) = 14 + 1.5 = 15.5; λ = 0.1, n = 5: 0.1/10 · 15.5 = 0.155
    expect(l2Term([w1, w2], 0.1, 5)).toBeCloseTo(0.155, 15);
    expect(l2Term([], 0.1, 5)).toBe(0);
    expect(l2Term([w1], 0, 5)).toBe(0);
  });

  it("l2Gradient is (λ/n) w, worked by hand and matching finite differences of l2Term", () => {
    // λ/n = 0.1/5 = 0.02: 0.02·[[1, −2], [3, 0]] = [[0.02, −0.04], [0.06, 0]]
    const gradient = l2Gradient(w1, 0.1, 5);
    [[0.02, -0.04], [0.06, 0]].forEach((row, i) => row.forEach((v, j) => expect(gradient.at(i, j)).toBeCloseTo(v, 15)));
    const h = 1e-5;
    for (let k = 0; k < w1.size; k++) {
      const shifted = (d: number): number => {
        const w = w1.clone();
        w.data[k] += d;
        return l2Term([w, w2], 0.1, 5);
      };
      expect(gradient.data[k]).toBeCloseTo((shifted(h) - shifted(-h)) / (2 * h), 9);
    }
  });

  it("refuses a negative λ, a non-positive n and bad weights", () => {
    expect(() => l2Term([w1], -0.1, 5)).toThrow("l2Term: expected lambda ≥ 0, got -0.1. λ = 0 turns weight decay off.");
    expect(() => l2Gradient(w1, 0.1, 0)).toThrow("l2Gradient: expected n > 0 (the number of training examples), got 0.");
    expect(() => l2Gradient(w1, Number.NaN, 5)).toThrow("l2Gradient: expected a finite number for lambda, got NaN.");
    expect(() => l2Term(w1 as unknown as Tensor[], 0.1, 5)).toThrow(
      "l2Term: expected an array of weight matrices, got a tensor of shape [2, 2].",
    );
    expect(() => l2Term([tensor([1, 2])], 0.1, 5)).toThrow("l2Term: each weight must be a matrix (rank 2), got each weight [2].");
    expect(() => l2Gradient(tensor([1, 2]), 0.1, 5)).toThrow("l2Gradient: w must be a matrix (rank 2), got w [2].");
  });
});
