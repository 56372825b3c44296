import { describe, expect, it } from "vitest";
import { gradientCheck, numericalGradient, relativeError } from "../../lib/src/gradient-check";

describe("numericalGradient", () => {
  it("recovers the gradient of f(x, y) = x²y + 3y: [2xy, x² + 3] = [12, 7] at (2, 3)", () => {
    const g = numericalGradient(([x, y]) => x! * x! * y! + 3 * y!, [2, 3]);
    expect(g[0]).toBeCloseTo(12, 8);
    expect(g[1]).toBeCloseTo(7, 8);
  });

  it("is exact up to rounding for a quadratic, since central differences cancel the h² term", () => {
    // (f(x + h) − f(x − h)) / 2h for f = x² is ((x + h)² − (x − h)²) / 2h = 4xh / 2h = 2x
    const [g] = numericalGradient(([x]) => x! * x!, [1.5], 1e-3);
    expect(g).toBeCloseTo(3, 10);
  });

  it("does not change x and checks h", () => {
    const x = [1, 2];
    numericalGradient(([a, b]) => a! + b!, x);
    expect(x).toEqual([1, 2]);
    expect(() => numericalGradient(([a]) => a!, [1], 0)).toThrow("numericalGradient: expected h > 0, got 0. 1e-5 is a good step.");
    expect(() => numericalGradient(([a]) => a!, [Number.NaN])).toThrow("numericalGradient: expected finite numbers in x, got NaN at index 0.");
  });
});

describe("relativeError", () => {
  it("is |a − b| / max(|a|, |b|): |1 − 1.1| / 1.1 = 0.1 / 1.1 ≈ 0.0909", () => {
    expect(relativeError(1, 1.1)).toBeCloseTo(0.1 / 1.1, 15);
  });

  it("takes the largest over the entries", () => {
    // entry 0: |2 − 2| = 0; entry 1: |−1 − (−0.5)| / 1 = 0.5; entry 2: |4 − 3| / 4 = 0.25
    expect(relativeError([2, -1, 4], [2, -0.5, 3])).toBe(0.5);
  });

  it("is 0 for two zeros instead of 0/0", () => {
    expect(relativeError([0, 0], [0, 0])).toBe(0);
  });

  it("refuses arrays of different lengths, or a number against an array", () => {
    expect(() => relativeError([1, 2], [1, 2, 3])).toThrow(
      "relativeError: a and b must be two numbers or two arrays of the same length, got a [2] and b [3].",
    );
    expect(() => relativeError(1, [1])).toThrow("relativeError: a and b must be two numbers or two arrays of the same length, got a [] and b [1].");
    expect(() => relativeError("1" as unknown as number, 1)).toThrow(
      'relativeError: expected a number or an array of numbers for a, got "1" (a string).',
    );
  });
});

describe("gradientCheck", () => {
  it("passes a correct gradient with a CS231n-style sentence", () => {
    // f(x, y) = sin x · y; ∇f = [cos x · y, sin x]
    const f = ([x, y]: number[]) => Math.sin(x!) * y!;
    const point = [0.7, -1.3];
    const check = gradientCheck([Math.cos(0.7) * -1.3, Math.sin(0.7)], numericalGradient(f, point));
    expect(check.passed).toBe(true);
    expect(check.relativeError).toBeLessThan(1e-7);
    expect(check.verdict).toBe(`relative error ${check.relativeError.toExponential(1)}: the gradients agree (expect < 1e-7 for a correct gradient)`);
  });

  it("fails a wrong gradient and shows both numbers", () => {
    // forgot the factor 2 of d(x²)/dx = 2x: analytic 3 vs numerical 6 at x = 3, error 3/6 = 0.5
    const check = gradientCheck([3], [6]);
    expect(check).toEqual({
      relativeError: 0.5,
      passed: false,
      verdict: "relative error 5.0e-1: the gradients disagree, the analytic gradient is wrong (expect < 1e-7 for a correct gradient); worst analytic 3 vs numerical 6 at entry 0",
    });
  });

  it("grades the errors in between", () => {
    // |1 − 1.001| / 1.001 ≈ 1.0e-3: probably wrong; |1 − 1.000001| / 1.000001 ≈ 1.0e-6: suspicious
    expect(gradientCheck(1, 1.001).verdict).toBe(
      "relative error 1.0e-3: probably wrong (expect < 1e-7 for a correct gradient); worst analytic 1 vs numerical 1.001",
    );
    expect(gradientCheck([0.5, 1], [0.5, 1.000001]).verdict).toBe(
      "relative error 1.0e-6: suspicious, fine only near a kink such as ReLU at 0 (expect < 1e-7 for a correct gradient); worst analytic 1 vs numerical 1.000001 at entry 1",
    );
  });

  it("accepts a looser threshold", () => {
    const check = gradientCheck(1, 1.000001, 1e-5);
    expect(check.passed).toBe(true);
    expect(check.verdict).toBe("relative error 1.0e-6: the gradients agree (expect < 1e-5 for a correct gradient)");
  });

  it("never passes NaN", () => {
    const check = gradientCheck([1, Number.NaN], [1, 2]);
    expect(check.passed).toBe(false);
    expect(check.verdict).toBe(
      "relative error NaN: the gradients disagree, the analytic gradient is wrong (expect < 1e-7 for a correct gradient); worst analytic NaN vs numerical 2 at entry 1",
    );
    expect(() => gradientCheck(1, 1, Number.NaN)).toThrow("gradientCheck: expected a finite number for threshold, got NaN.");
  });
});
