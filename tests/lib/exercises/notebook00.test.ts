/** Every checker of notebook 00 accepts the reference and rejects a known-wrong answer. */
import { describe, expect, it } from "vitest";
import { getExercise, runCheck } from "../../../lib/src/exercises";

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
        "hint: z = w₁x₁ + w₂x₂ + … + b: multiply matching entries, add them up, then add b once",
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
    expect(runCheck("00-sigmoid-prime", reference).text).toBe("✔ sigmoidPrime: 6/6 visible checks passed (2 points; hidden tests decide the grade)");
  });
  it("00-sigmoid-prime rejects returning σ(z) itself, as in the style guide's example", () => {
    const sigma = (z: number) => 1 / (1 + Math.exp(-z));
    expect(runCheck("00-sigmoid-prime", sigma).text.split("\n")[0]).toBe(
      "✖ sigmoidPrime(0) returned 0.5, expected 0.25 → hint: σ′(z) = σ(z)(1 − σ(z)) with σ(z) = 1 / (1 + Math.exp(−z))",
    );
  });
});

describe("notebook 00 00-sigmoid-prime at z = −800", () => {
  it("rejects the formula e^(−z)/(1 + e^(−z))², which overflows to ∞/∞ = NaN there", () => {
    const naive = (z: number) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2;
    const report = runCheck("00-sigmoid-prime", naive);
    expect(report.passed).toBe(5);
    expect(report.text.split("\n")[0]).toBe(
      "✖ sigmoidPrime(-800) returned NaN, expected 0 (got NaN (not a number): look for 0/0, ∞ − ∞ or an undefined variable in arithmetic) → " +
        "hint: σ′(z) = σ(z)(1 − σ(z)) with σ(z) = 1 / (1 + Math.exp(−z))",
    );
  });
});
