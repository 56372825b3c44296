/** Every checker of notebook 02 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { mistakeCatalogue } from "./mistakes";

const first = (text: string) => text.split("\n")[0];
const deckWeights = [30, -20, 15, 15, 10, 10, 100];
const deckAnswers = [1, 0, 1, 0, 1, 1, 1];
const foodNotGood = [1, 0, 1, 0, 1, 1, 0];
const plainSum = (w: number[], x: number[]) => w.reduce((s, wj, j) => s + wj * x[j]!, 0);

describe("notebook 02 exercises", () => {
  it("defines four exercises, the last worth most", () => {
    expect(listExercises("02").map((e) => [e.id, e.name, e.points])).toEqual([
      ["02-weighted-sum", "weightedSum", 1],
      ["02-perceptron", "perceptron", 1],
      ["02-sigmoid-neuron", "sigmoidNeuron", 1],
      ["02-tipping-weight", "tippingWeight", 2],
    ]);
  });

  it("02-weighted-sum: the deck's table sums to 30 + 15 + 10 + 10 + 100 = 165; the reference passes", () => {
    const reference = getExercise("02-weighted-sum").reference;
    expect(reference(deckWeights, deckAnswers, 0)).toBe(165);
    expect(reference(deckWeights, deckAnswers, -80)).toBe(85);
    expect(reference([0.5, -1], [2, 3], 0.25)).toBe(-1.75); // 1 − 3 + 0.25
    expect(runCheck("02-weighted-sum", reference).status).toBe("passed");
  });
  it("02-weighted-sum rejects forgetting b", () => {
    const report = runCheck("02-weighted-sum", plainSum);
    expect(report.passed).toBe(1); // only b = 0 passes
    expect(first(report.text)).toBe(
      "✖ weightedSum([30, -20, 15, 15, … 3 more] (shape [7]), [1, 0, 1, 0, … 3 more] (shape [7]), -80) returned 165, expected 85 " +
        "→ hint: it looks like b is missing: z = Σ wⱼxⱼ + b, add b once after the products",
    );
  });

  it("02-perceptron: 165 − 80 ≥ 0 joins, 65 − 80 < 0 does not, 30 + 50 − 80 = 0 joins; the reference passes", () => {
    const reference = getExercise("02-perceptron").reference;
    expect(reference(deckWeights, deckAnswers, -80)).toBe(1);
    expect(reference(deckWeights, foodNotGood, -80)).toBe(0);
    expect(reference([30, 50], [1, 1], -80)).toBe(1);
    expect(runCheck("02-perceptron", reference).status).toBe("passed");
  });
  it("02-perceptron rejects a strict z > 0, which says no exactly on the threshold", () => {
    const strict = (w: number[], x: number[], b: number) => (plainSum(w, x) + b > 0 ? 1 : 0);
    const report = runCheck("02-perceptron", strict);
    expect(report.passed).toBe(5);
    expect(first(report.text)).toBe(
      "✖ perceptron([30, 50] (shape [2]), [1, 1] (shape [2]), -80) returned 0, expected 1 → " +
        "hint: it looks like z > 0: exactly on the threshold (z = 0, as 30 + 50 − 80) the perceptron says yes, so use z ≥ 0",
    );
  });

  it("02-sigmoid-neuron: σ(3 + 8 − 10.5) = σ(0.5) ≈ 0.6225, σ(0) = 0.5, the scaled deck σ(8.5) ≈ 0.9998", () => {
    const reference = getExercise("02-sigmoid-neuron").reference;
    expect(reference([1, 2], [3, 4], -10.5)).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
    expect(reference([1, 2], [3, 4], -10.5)).toBeCloseTo(0.6225, 4);
    expect(reference([0], [0], 0)).toBe(0.5);
    expect(reference([3, -2, 1.5, 1.5, 1, 1, 10], deckAnswers, -8)).toBeCloseTo(0.9998, 4); // 16.5 − 8 = 8.5
    expect(reference([1], [-800], 0)).toBe(0);
    expect(runCheck("02-sigmoid-neuron", reference).status).toBe("passed");
  });
  it("02-sigmoid-neuron rejects e^(+z) in place of e^(−z), which gives σ(−z) = 1 − σ(z)", () => {
    const wrongSign = (w: number[], x: number[], b: number) => 1 / (1 + Math.exp(plainSum(w, x) + b));
    const report = runCheck("02-sigmoid-neuron", wrongSign);
    expect(report.passed).toBe(1); // σ(0) = 0.5 either way (at z = ±800, 1 / (1 + e^(±800)) is 0 or 1: wrong too)
    expect(first(report.text)).toBe(
      "✖ sigmoidNeuron([1, 2] (shape [2]), [3, 4] (shape [2]), -10.5) returned 0.3775, expected 0.6225 → " +
        "hint: it looks like e^(+z): σ(z) = 1 / (1 + Math.exp(−z)), with a minus",
    );
  });

  it("02-tipping-weight: the food's weight 100 − 85 = 15, growth's 30 − 85 = −55, and NaN for an answer of 0", () => {
    const reference = getExercise("02-tipping-weight").reference;
    expect(reference(deckWeights, deckAnswers, -80, 6)).toBe(15);
    expect(reference(deckWeights, deckAnswers, -80, 0)).toBe(-55);
    expect(reference(deckWeights, foodNotGood, -80, 2)).toBe(30); // z = 65 − 80 = −15, so 15 + 15
    expect(reference([2, 1], [0.5, 4], -3, 0)).toBe(-2); // z = 1 + 4 − 3 = 2, so 2 − 2 / 0.5
    expect(reference(deckWeights, deckAnswers, -80, 1)).toBeNaN();
    // at the tipping weight the weighted sum is exactly 0: 30 + 15 + 10 + 10 + 15 − 80
    const tipped = [...deckWeights];
    tipped[6] = reference(deckWeights, deckAnswers, -80, 6) as number;
    expect(plainSum(tipped, deckAnswers) - 80).toBe(0);
    expect(runCheck("02-tipping-weight", reference).status).toBe("passed");
  });
  it("02-tipping-weight rejects dividing by an answer of 0, which gives −Infinity", () => {
    const naive = (w: number[], x: number[], b: number, j: number) => w[j]! - (plainSum(w, x) + b) / x[j]!;
    const report = runCheck("02-tipping-weight", naive);
    expect(report.passed).toBe(6);
    expect(first(report.text)).toBe(
      "✖ tippingWeight([30, -20, 15, 15, … 3 more] (shape [7]), [1, 0, 1, 0, … 3 more] (shape [7]), -80, 1) returned -Infinity, expected NaN " +
        "→ hint: xⱼ = 0: wⱼ has no effect on z and no value tips the decision; check `x[j] === 0` first and return NaN (the number, not a string)",
    );
  });
  it("02-tipping-weight rejects forgetting to divide by xⱼ", () => {
    const noDivision = (w: number[], x: number[], b: number, j: number) => (x[j] === 0 ? NaN : w[j]! - (plainSum(w, x) + b));
    expect(first(runCheck("02-tipping-weight", noDivision).text)).toBe(
      "✖ tippingWeight([2, 1] (shape [2]), [0.5, 4] (shape [2]), -3, 0) returned 0, expected -2 → " +
        "hint: it looks like z is not divided by xⱼ: wⱼ must move by −z / xⱼ",
    );
  });
});

// Beyond the mistakes listed in notebook02.ts (catalogue.test.ts): NaN as text, a guard that returns something else, changed inputs, valid alternatives.
mistakeCatalogue("02-weighted-sum", [
  { what: "a loop one entry too far (NaN)", answer: (w: number[], x: number[], b: number) => { let z = b; for (let j = 0; j <= w.length; j++) z += w[j]! * x[j]!; return z; }, says: "got NaN" },
], [
  ["reduce with b as its start", (w: number[], x: number[], b: number) => w.reduce((z, wj, j) => z + wj * x[j]!, b)],
  ["map then sum, b last", (w: number[], x: number[], b: number) => w.map((wj, j) => wj * x[j]!).reduce((s, p) => s + p, 0) + b],
]);
mistakeCatalogue("02-perceptron", [
  { what: "a decision through the sigmoid, σ(z) > 0.5 (says no on the threshold)", answer: (w: number[], x: number[], b: number) => (1 / (1 + Math.exp(-(plainSum(w, x) + b))) > 0.5 ? 1 : 0), says: "it looks like z > 0" },
], [
  ["Number(z >= 0)", (w: number[], x: number[], b: number) => Number(plainSum(w, x) + b >= 0)],
  ["comparing w·x with −b", (w: number[], x: number[], b: number) => (plainSum(w, x) >= -b ? 1 : 0)],
]);
mistakeCatalogue("02-sigmoid-neuron", [
  { what: "e^z / (1 + e^z), NaN at z = 800", answer: (w: number[], x: number[], b: number) => { const e = Math.exp(plainSum(w, x) + b); return e / (1 + e); }, says: "z = 800: e^z / (1 + e^z) is ∞/∞ = NaN" },
], [
  ["σ in a helper", (w: number[], x: number[], b: number) => { const sigma = (z: number) => 1 / (1 + Math.exp(-z)); return sigma(w.reduce((s, wj, j) => s + wj * x[j]!, b)); }],
  ["the tanh form ½(1 + tanh(z/2))", (w: number[], x: number[], b: number) => 0.5 * (1 + Math.tanh((plainSum(w, x) + b) / 2))],
]);
mistakeCatalogue("02-tipping-weight", [
  { what: "returning the string \"NaN\"", answer: (w: number[], x: number[], b: number, j: number) => (x[j] === 0 ? "NaN" : w[j]! - (plainSum(w, x) + b) / x[j]!), says: 'returned "NaN", expected NaN → hint: xⱼ = 0' },
  { what: "a guard that returns 0", answer: (w: number[], x: number[], b: number, j: number) => (x[j] === 0 ? 0 : w[j]! - (plainSum(w, x) + b) / x[j]!), says: "check `x[j] === 0` first and return NaN" },
  { what: "a guard that returns wⱼ unchanged", answer: (w: number[], x: number[], b: number, j: number) => (x[j] === 0 ? w[j]! : w[j]! - (plainSum(w, x) + b) / x[j]!), says: "check `x[j] === 0` first and return NaN" },
  { what: "setting w[j] in place", answer: (w: number[], x: number[], b: number, j: number) => { if (x[j] === 0) return NaN; w[j] = w[j]! - (plainSum(w, x) + b) / x[j]!; return w[j]; }, says: "changed its argument `w`" },
], [
  ["z computed with reduce, guard last", (w: number[], x: number[], b: number, j: number) => { const z = w.reduce((s, wk, k) => s + wk * x[k]!, b); return x[j] !== 0 ? w[j]! - z / x[j]! : NaN; }],
  ["the other weights' sum solved for wⱼ", (w: number[], x: number[], b: number, j: number) => { if (x[j] === 0) return NaN; const rest = w.reduce((s, wk, k) => (k === j ? s : s + wk * x[k]!), b); return -rest / x[j]!; }],
]);
