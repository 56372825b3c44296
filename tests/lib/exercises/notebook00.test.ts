/** Every checker of notebook 00 accepts the reference and rejects a known-wrong answer. */
import { describe, expect, it } from "vitest";
import { getExercise, runCheck } from "../../../lib/src/exercises";
import { mistakeCatalogue } from "./mistakes";

describe("notebook 00 exercises", () => {
  it("00-weighted-sum: z = Σ wⱼxⱼ + b, hand-computed", () => {
    const reference = getExercise("00-weighted-sum").reference;
    expect(reference([1, 2], [3, 4], 0.5)).toBe(11.5); // 1·3 + 2·4 + 0.5
    expect(reference([0.5, -1, 2], [1, 1, 1], -1)).toBe(0.5); // 0.5 − 1 + 2 − 1
    expect(runCheck("00-weighted-sum", reference).status).toBe("passed");
  });
  it("00-weighted-sum rejects forgetting b, and says what it expected", () => {
    const noBias = (w: number[], x: number[]) => w.reduce((s, wj, j) => s + wj * x[j]!, 0);
    const report = runCheck("00-weighted-sum", noBias);
    expect(report.status).toBe("failed");
    expect(report.text.split("\n")[0]).toBe(
      "✖ weightedSum([1, 2] (shape [2]), [3, 4] (shape [2]), 0.5) returned 11, expected 11.5 → " +
        "hint: it looks like b is missing: z = Σ wⱼxⱼ + b, add b once after the products",
    );
  });
  it("00-sigmoid-prime: σ′(0) = σ(0)(1 − σ(0)) = 0.5 · 0.5 = 0.25, and matches a finite difference", () => {
    const reference = getExercise("00-sigmoid-prime").reference as (z: number) => number;
    expect(reference(0)).toBe(0.25);
    const sigma = (z: number) => 1 / (1 + Math.exp(-z));
    for (const z of [-3, -0.5, 0.7, 2]) {
      const h = 1e-5;
      expect(reference(z)).toBeCloseTo((sigma(z + h) - sigma(z - h)) / (2 * h), 8);
    }
    expect(runCheck("00-sigmoid-prime", reference).text).toBe("✔ sigmoidPrime: 8/8 visible checks passed (2 points; hidden tests decide the grade)");
  });
  it("00-sigmoid-prime rejects returning σ(z) itself, as in the style guide's example", () => {
    const sigma = (z: number) => 1 / (1 + Math.exp(-z));
    expect(runCheck("00-sigmoid-prime", sigma).text.split("\n")[0]).toBe(
      "✖ sigmoidPrime(0) returned 0.5, expected 0.25 → hint: it looks like σ(z) itself: the task asks for its derivative σ′(z) = σ(z)(1 − σ(z))",
    );
  });
});

describe("notebook 00 00-sigmoid-prime at z = −800", () => {
  it("rejects the formula e^(−z)/(1 + e^(−z))², which overflows to ∞/∞ = NaN there", () => {
    const naive = (z: number) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2;
    const report = runCheck("00-sigmoid-prime", naive);
    expect(report.passed).toBe(7);
    expect(report.text.split("\n")[0]).toBe(
      "✖ sigmoidPrime(-800) returned NaN, expected 0 (got NaN (not a number): look for 0/0, ∞ − ∞ or an undefined variable in arithmetic) → " +
        "hint: z = −800: Math.exp(800) is ∞ and ∞/∞ = NaN; compute σ = 1 / (1 + Math.exp(−z)) first, then σ(1 − σ), which gives 0",
    );
  });
});

// Beyond the mistakes listed in notebook00.ts (catalogue.test.ts): thrown errors, NaN, a changed input, valid alternatives.
mistakeCatalogue("00-weighted-sum", [
  { what: "looping one entry too far (j ≤ n gives NaN)", answer: (w: number[], x: number[], b: number) => { let z = b; for (let j = 0; j <= w.length; j++) z += w[j]! * x[j]!; return z; }, says: "got NaN" },
  { what: "reduce without a start value (throws on empty arrays)", answer: (w: number[], x: number[], b: number) => w.map((wj, j) => wj * x[j]!).reduce((s, v) => s + v) + b, says: "empty arrays: there are no products, so z is just b" },
  { what: "appending b to w and 1 to x in place", answer: (w: number[], x: number[], b: number) => { w.push(b); x.push(1); return w.reduce((s, wj, j) => s + wj * x[j]!, 0); }, says: "changed its argument `w`" },
], [
  ["reduce with b as its start value", (w: number[], x: number[], b: number) => w.reduce((z, wj, j) => z + wj * x[j]!, b)],
  ["for…of over the entries, b added last", (w: number[], x: number[], b: number) => { let sum = 0; for (const [j, wj] of w.entries()) sum += wj * x[j]!; return sum + b; }],
]);

mistakeCatalogue("00-sigmoid-prime", [
  { what: "e^(−z)/(1 + e^(−z))², which is NaN at z = −800", answer: (z: number) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2, says: "z = −800: Math.exp(800) is ∞" },
  { what: "e^z/(1 + e^z)², which is NaN at z = 800", answer: (z: number) => Math.exp(z) / (1 + Math.exp(z)) ** 2, says: "z = 800: e^z/(1 + e^z)² is ∞/∞ = NaN" },
], [
  ["σ(z) − σ(z)², with σ in a helper", (z: number) => { const sigma = (t: number) => 1 / (1 + Math.exp(-t)); return sigma(z) - sigma(z) ** 2; }],
  ["σ(z)·σ(−z), the symmetric form", (z: number) => 1 / (1 + Math.exp(-z)) / (1 + Math.exp(z))],
]);
