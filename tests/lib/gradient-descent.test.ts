import { describe, expect, it } from "vitest";
import { gradientDescent, type GradientDescentOptions } from "../../lib/src/gradient-descent";

// C(x) = x², ∇C = 2x. With η = 0.25 a step is x − 0.25·2x = x/2.
const parabola = { cost: ([x]: number[]) => x! * x!, gradient: ([x]: number[]) => [2 * x!] };

describe("gradientDescent", () => {
  it("halves x each step on C(x) = x² with η = 0.25, worked by hand", () => {
    const run = gradientDescent({ ...parabola, start: [1], learningRate: 0.25, maxSteps: 3, tolerance: 0 });
    // x: 1 → 0.5 → 0.25 → 0.125; C: 1, 0.25, 0.0625, 0.015625
    expect(run.path).toEqual([[1], [0.5], [0.25], [0.125]]);
    expect(run.costs).toEqual([1, 0.25, 0.0625, 0.015625]);
    expect(run).toMatchObject({ steps: 3, converged: false, diverged: false });
  });

  it("descends a valley in two variables: C = x² + 3y², η = 0.1", () => {
    // ∇C = [2x, 6y]; a step multiplies x by 1 − 0.2 = 0.8 and y by 1 − 0.6 = 0.4
    const run = gradientDescent({
      cost: ([x, y]) => x! * x! + 3 * y! * y!,
      gradient: ([x, y]) => [2 * x!, 6 * y!],
      start: [1, 1],
      learningRate: 0.1,
      maxSteps: 2,
    });
    expect(run.path[1]![0]).toBeCloseTo(0.8, 15);
    expect(run.path[1]![1]).toBeCloseTo(0.4, 15);
    expect(run.path[2]![0]).toBeCloseTo(0.64, 15);
    expect(run.path[2]![1]).toBeCloseTo(0.16, 15);
    // C(0.64, 0.16) = 0.4096 + 3·0.0256 = 0.4864
    expect(run.costs[2]).toBeCloseTo(0.4864, 15);
  });

  it("stops once a step is shorter than the tolerance", () => {
    // step k (from 1) moves x from 2^−(k−1) to 2^−k, a distance of 2^−k; 2^−4 = 0.0625 < 0.1 first at k = 4
    const run = gradientDescent({ ...parabola, start: [1], learningRate: 0.25, maxSteps: 100, tolerance: 0.1 });
    expect(run).toMatchObject({ steps: 4, converged: true, diverged: false });
    expect(run.path.at(-1)).toEqual([0.0625]);
  });

  it("converges with the default tolerance 1e-8 well before maxSteps", () => {
    const run = gradientDescent({ ...parabola, start: [1], learningRate: 0.25, maxSteps: 1000 });
    // 2^−27 ≈ 7.5e-9 is the first step below 1e-8
    expect(run).toMatchObject({ steps: 27, converged: true, diverged: false });
  });

  it("reports divergence when η is too large: x → x − 1.5·2x = −2x grows until the cost overflows", () => {
    const run = gradientDescent({ ...parabola, start: [1], learningRate: 1.5, maxSteps: 10_000 });
    expect(run.diverged).toBe(true);
    expect(run.converged).toBe(false);
    expect(run.path[1]).toEqual([-2]);
    // |x| = 2^k and C = 4^k overflows past 2^1024, so at k = 512
    expect(run.steps).toBe(512);
    expect(run.costs.at(-1)).toBe(Infinity);
  });

  it("reports divergence at once when the start's cost is not finite", () => {
    const run = gradientDescent({ cost: () => Number.NaN, gradient: () => [0], start: [0], learningRate: 0.1, maxSteps: 5 });
    expect(run).toMatchObject({ steps: 0, converged: false, diverged: true, path: [[0]] });
  });

  it("does not change the caller's start array", () => {
    const start = [1];
    gradientDescent({ ...parabola, start, learningRate: 0.25, maxSteps: 2 });
    expect(start).toEqual([1]);
  });

  const base: GradientDescentOptions = { ...parabola, start: [1], learningRate: 0.1, maxSteps: 10 };

  it("names both lengths when the gradient has the wrong number of entries", () => {
    expect(() => gradientDescent({ ...base, start: [1, 2] })).toThrow(
      "gradientDescent: gradient must return one number per variable, got start [2] and gradient [1].",
    );
    expect(() => gradientDescent({ ...base, gradient: () => 3 as unknown as number[] })).toThrow(
      "gradientDescent: expected gradient to return an array of numbers, got 3.",
    );
  });

  it("checks every option", () => {
    expect(() => gradientDescent({ ...base, learningRate: -0.1 })).toThrow(
      "gradientDescent: expected learningRate > 0, got -0.1. η sets the step size; try 0.1.",
    );
    expect(() => gradientDescent({ ...base, learningRate: Number.NaN })).toThrow(
      "gradientDescent: expected a finite number for learningRate, got NaN.",
    );
    expect(() => gradientDescent({ ...base, start: [1, Infinity] })).toThrow(
      "gradientDescent: expected finite numbers in start, got Infinity at index 1.",
    );
    expect(() => gradientDescent({ ...base, start: [] })).toThrow("gradientDescent: expected at least one variable in start, got an empty array.");
    expect(() => gradientDescent({ ...base, maxSteps: 2.5 })).toThrow("gradientDescent: expected maxSteps to be a whole number ≥ 0, got 2.5.");
    expect(() => gradientDescent({ ...base, tolerance: Number.NaN })).toThrow("gradientDescent: expected a finite number for tolerance, got NaN.");
    expect(() => gradientDescent({ ...base, cost: undefined as unknown as () => number })).toThrow(
      "gradientDescent: expected a function for cost, got undefined.",
    );
    expect(() => gradientDescent(null as unknown as GradientDescentOptions)).toThrow("gradientDescent: expected an options object, got null.");
  });
});
