/** Every checker of notebook 05 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { neuronCost, valleyCost } from "../../../lib/src/exercises/notebook05";
import { backprop } from "../../../lib/src/backprop";
import { Network } from "../../../lib/src/network";
import { gradientCheck, numericalGradient, relativeError } from "../../../lib/src/gradient-check";
import { hadamard, subtract } from "../../../lib/src/elementwise";
import { matmul, transpose } from "../../../lib/src/linalg";
import { sigmoid, sigmoidPrime } from "../../../lib/src/activations";
import { type Tensor, tensor } from "../../../lib/src/tensor";
import { sumColumns } from "../../../lib/src/reduce";
import { mistakeCatalogue } from "./mistakes";

const first = (text: string) => text.split("\n")[0];

// A [2, 2, 1] network for one example; backprop's gradients are what BP1–BP4 must reproduce.
const w2 = tensor([[1, -0.5], [2, 0.25]]);
const b2 = tensor([[0.1], [-0.2]]);
const w3 = tensor([[0.5, -1]]);
const b3 = tensor([[0.3]]);
const network = new Network([2, 2, 1], { parameters: { weights: [w2, w3], biases: [b2, b3] } });
const x = tensor([[0.5], [1]]);
const y = tensor([[1]]);

describe("notebook 05 exercises", () => {
  it("defines four exercises of rising points", () => {
    expect(listExercises("05").map((e) => [e.id, e.name, e.points])).toEqual([
      ["05-output-error", "outputError", 1],
      ["05-error-back", "backpropagateError", 2],
      ["05-layer-gradients", "layerGradients", 2],
      ["05-gradient-check", "relativeGradientError", 3],
    ]);
  });

  it("BP1–BP4 references chained together give backprop's gradient", () => {
    const outputError = getExercise("05-output-error").reference as (z: Tensor, y: Tensor) => Tensor;
    const errorBack = getExercise("05-error-back").reference as (w: Tensor, d: Tensor, z: Tensor) => Tensor;
    const layerGradients = getExercise("05-layer-gradients").reference as (d: Tensor, a: Tensor) => [Tensor, Tensor];
    // z² = w²x + b² = [0.5 − 0.5 + 0.1, 1 + 0.25 − 0.2] = [0.1, 1.05]
    const z2 = tensor([[0.1], [1.05]]);
    matmul(w2, x).data.forEach((v, i) => expect(v + b2.data[i]!).toBeCloseTo(z2.data[i]!, 14));
    const a2 = sigmoid(z2);
    const z3 = tensor([[0.5 * a2.data[0]! - a2.data[1]! + 0.3]]);
    const delta3 = outputError(z3, y);
    const delta2 = errorBack(w3, delta3, z2);
    const [nablaB3, nablaW3] = layerGradients(delta3, a2);
    const [nablaB2, nablaW2] = layerGradients(delta2, x);
    const expected = backprop(network, x, y);
    expect(relativeError(Array.from(nablaB3.data), Array.from(expected.nablaB[1]!.data))).toBeLessThan(1e-12);
    expect(relativeError(Array.from(nablaW3.data), Array.from(expected.nablaW[1]!.data))).toBeLessThan(1e-12);
    expect(relativeError(Array.from(nablaB2.data), Array.from(expected.nablaB[0]!.data))).toBeLessThan(1e-12);
    expect(relativeError(Array.from(nablaW2.data), Array.from(expected.nablaW[0]!.data))).toBeLessThan(1e-12);
  });

  it("05-output-error: δ = (σ(z) − y) σ′(z) = (0.5 − 1) · 0.25 = −0.125 at z = 0, and the reference passes", () => {
    const reference = getExercise("05-output-error").reference as (z: Tensor, y: Tensor) => Tensor;
    expect(Array.from(reference(tensor([[0]]), tensor([[1]])).data)).toEqual([-0.125]);
    expect(runCheck("05-output-error", reference).text).toBe("✔ outputError: 3/3 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it("05-output-error rejects a − y without σ′(z)", () => {
    const noPrime = (z: Tensor, target: Tensor) => subtract(sigmoid(z), target);
    expect(first(runCheck("05-output-error", noPrime).text)).toBe(
      "✖ outputError(a tensor [2, 1] [0.5, -1], a tensor [2, 1] [1, 0]) returned a tensor [2, 1] [-0.3775, 0.2689], " +
        "expected a tensor [2, 1] [-0.08872, 0.05288] (at [0, 0]: expected -0.08872, got -0.3775) → " +
        "hint: it looks like a − y without σ′(z): for the quadratic cost BP1 multiplies by σ′(zᴸ) (nn.hadamard with nn.sigmoidPrime(z))",
    );
  });

  it("05-error-back: wᵀδ ⊙ σ′(z) by hand for one neuron behind one, and the reference passes", () => {
    const reference = getExercise("05-error-back").reference as (w: Tensor, d: Tensor, z: Tensor) => Tensor;
    // w = [[2]], δ = [[0.5]], z = 0: (2 · 0.5) · σ′(0) = 1 · 0.25
    expect(Array.from(reference(tensor([[2]]), tensor([[0.5]]), tensor([[0]])).data)).toEqual([0.25]);
    expect(runCheck("05-error-back", reference).status).toBe("passed");
  });
  it("05-error-back rejects w instead of wᵀ: wrong numbers on a square w, a shape error otherwise", () => {
    const noTranspose = (w: Tensor, d: Tensor, z: Tensor) => hadamard(matmul(w, d), sigmoidPrime(z));
    const report = runCheck("05-error-back", noTranspose);
    expect(report.passed).toBe(0);
    const lines = report.text.split("\n");
    expect(lines[0]).toContain("returned a tensor [2, 1] [0.04889, 0.03604], expected a tensor [2, 1] [-0.07334, -0.02403]");
    expect(lines[1]).toContain(
      "threw ShapeError: matmul: columns of a must equal rows of b, got a [1, 3] and b [1, 2]. a [r, k] times b [k, m] gives [r, m], so b needs 3 rows.; expected a tensor [3, 2] [0.025, -0.009831, -0.03932, 0.0235, 0.042, -0.021] → hint: it looks like w instead of its transpose",
    );
  });

  it("05-layer-gradients: BP3 sums δ over the examples, BP4 is δ aᵀ, and the reference passes", () => {
    const reference = getExercise("05-layer-gradients").reference as (d: Tensor, a: Tensor) => [Tensor, Tensor];
    // δ = [[0.3, −0.1]], a = [[1, 2]]: ∂C/∂b = 0.3 − 0.1 = 0.2; ∂C/∂w = 0.3·1 + (−0.1)·2 = 0.1
    const [nablaB, nablaW] = reference(tensor([[0.3, -0.1]]), tensor([[1, 2]]));
    expect(nablaB.shape).toEqual([1, 1]);
    expect(nablaB.data[0]).toBeCloseTo(0.2, 15);
    expect(nablaW.data[0]).toBeCloseTo(0.1, 15);
    expect(runCheck("05-layer-gradients", reference).status).toBe("passed");
  });
  it("05-layer-gradients rejects ∂C/∂b = δ without summing over the mini-batch", () => {
    const noSum = (d: Tensor, a: Tensor) => [d, matmul(d, transpose(a))];
    const report = runCheck("05-layer-gradients", noSum);
    expect(report.passed).toBe(1); // one example: δ itself is the sum
    expect(first(report.text)).toContain("(at [0]: wrong shape: expected [2, 1], got [2, 3]) → hint: it looks like nablaB = δ: add up its columns");
  });

  it("05-gradient-check: about 1e-11 for right gradients, 0.5 for a gradient missing its factor 2", () => {
    const reference = getExercise("05-gradient-check").reference as (f: (p: number[]) => number, a: number[], p: number[]) => number;
    expect(reference(valleyCost, [2, -12], [1, -2])).toBeLessThan(1e-9);
    // ∇C = [2, −12] at (1, −2); the analytic [1, −6] is half: |1 − 2| / 2 = 0.5
    expect(reference(valleyCost, [1, -6], [1, -2])).toBeCloseTo(0.5, 9);
    // the lib's gradientCheck gives the same verdict from nn.numericalGradient
    const numeric = numericalGradient(neuronCost, [0.4, -0.2]);
    const analytic = numeric.map((v) => v * 2); // wrong by a factor 2 on purpose
    expect(reference(neuronCost, analytic, [0.4, -0.2])).toBeCloseTo(gradientCheck(analytic, numeric).relativeError, 8);
    expect(runCheck("05-gradient-check", reference).text).toBe(
      "✔ relativeGradientError: 7/7 visible checks passed (3 points; hidden tests decide the grade)",
    );
  });
  it("05-gradient-check rejects the absolute error |a − n| in place of the relative one", () => {
    const absolute = (f: (p: number[]) => number, analytic: number[], p: number[]) =>
      Math.max(...numericalGradient(f, p).map((n, i) => Math.abs(analytic[i]! - n)));
    expect(first(runCheck("05-gradient-check", absolute).text)).toBe(
      "✖ relativeGradientError(a function valleyCost, [1, -6] (shape [2]), [1, -2] (shape [2])) returned 6, expected 0.5 → " +
        "hint: it looks like the absolute error |analyticᵢ − nᵢ|: divide it by max(|analyticᵢ|, |nᵢ|, 1e-12)",
    );
  });
});

// Beyond the mistakes listed in notebook05.ts (catalogue.test.ts): shape errors, changed inputs, valid alternatives.
mistakeCatalogue("05-output-error", [
  { what: "a matrix product where ⊙ belongs", answer: (z: Tensor, y: Tensor) => matmul(subtract(sigmoid(z), y), sigmoidPrime(z)), says: "threw ShapeError: matmul" },
], [
  ["σ′ written out as a(1 − a)", (z: Tensor, y: Tensor) => { const a = sigmoid(z); return hadamard(subtract(a, y), hadamard(a, subtract(tensor(Array.from({ length: a.shape[0]! }, () => new Array<number>(a.shape[1]!).fill(1))), a))); }],
  ["a loop over the data", (z: Tensor, y: Tensor) => { const out = z.clone(); z.data.forEach((zi, i) => { const a = 1 / (1 + Math.exp(-zi)); out.data[i] = (a - y.data[i]!) * a * (1 - a); }); return out; }],
]);
mistakeCatalogue("05-error-back", [
  { what: "overwriting deltaNext with the product", answer: (w: Tensor, delta: Tensor, z: Tensor) => { const back = matmul(transpose(w), delta); const out = hadamard(back, sigmoidPrime(z)); delta.data.fill(0); return out; }, says: "changed its argument `deltaNext`" },
], [
  ["δᵀw, transposed back", (w: Tensor, delta: Tensor, z: Tensor) => hadamard(transpose(matmul(transpose(delta), w)), sigmoidPrime(z))],
  ["σ′ from σ(z)(1 − σ(z)) by hand", (w: Tensor, delta: Tensor, z: Tensor) => { const back = matmul(transpose(w), delta); const out = back.clone(); back.data.forEach((v, i) => { const s = 1 / (1 + Math.exp(-z.data[i]!)); out.data[i] = v * s * (1 - s); }); return out; }],
]);
mistakeCatalogue("05-layer-gradients", [
  { what: "aᵀδ, a product of the wrong shapes", answer: (delta: Tensor, a: Tensor) => [sumColumns(delta), matmul(transpose(a), delta)], says: "wrong shape: expected [2, 2], got [1, 1]" },
], [
  ["nablaB as δ times a column of ones", (delta: Tensor, a: Tensor) => [matmul(delta, tensor(Array.from({ length: delta.shape[1]! }, () => [1]))), matmul(delta, transpose(a))]],
  ["nablaW as a sum of outer products, one per example", (delta: Tensor, a: Tensor) => {
    const [n, m] = delta.shape as [number, number];
    const k = a.shape[0]!;
    const w = tensor(Array.from({ length: n }, () => new Array<number>(k).fill(0)));
    for (let x = 0; x < m; x++) for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) w.data[i * k + j]! += delta.at(i, x) * a.at(j, x);
    return [sumColumns(delta), w];
  }],
]);
mistakeCatalogue("05-gradient-check", [
  { what: "nudging p in place without a copy", answer: (f: (p: number[]) => number, analytic: number[], p: number[]) => {
    let worst = 0;
    for (let i = 0; i < p.length; i++) {
      p[i]! += 1e-5; const plus = f(p); p[i]! -= 2e-5; const minus = f(p);
      const n = (plus - minus) / 2e-5;
      worst = Math.max(worst, Math.abs(analytic[i]! - n) / Math.max(Math.abs(analytic[i]!), Math.abs(n), 1e-12));
    }
    return worst;
  }, says: "changed its argument `p`" },
], [
  ["the lib's numericalGradient and a reduce", (f: (p: number[]) => number, analytic: number[], p: number[]) =>
    numericalGradient(f, p).reduce((worst, n, i) => Math.max(worst, Math.abs(analytic[i]! - n) / Math.max(Math.abs(analytic[i]!), Math.abs(n), 1e-12)), 0)],
  ["map then Math.max(...)", (f: (p: number[]) => number, analytic: number[], p: number[]) => Math.max(0, ...p.map((_, i) => {
    const plus = p.map((v, k) => (k === i ? v + 1e-5 : v));
    const minus = p.map((v, k) => (k === i ? v - 1e-5 : v));
    const n = (f(plus) - f(minus)) / 2e-5;
    return Math.abs(analytic[i]! - n) / Math.max(Math.abs(analytic[i]!), Math.abs(n), 1e-12);
  }))],
]);
