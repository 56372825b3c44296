/** Every checker of notebook 04 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { parabolaGradient, valleyGradient } from "../../../lib/src/exercises/notebook04";
import { linearNeuronCost, linearNeuronGradient } from "../../../lib/src/linear-neuron";
import { gradientDescent } from "../../../lib/src/gradient-descent";
import { numericalGradient } from "../../../lib/src/gradient-check";

const first = (text: string) => text.split("\n")[0];

describe("notebook 04 exercises", () => {
  it("defines four exercises, the loop worth the most", () => {
    expect(listExercises("04").map((e) => [e.id, e.name, e.points])).toEqual([
      ["04-quadratic-cost", "quadraticCost", 1],
      ["04-cost-gradient", "costGradient", 2],
      ["04-update-step", "updateStep", 1],
      ["04-descent-path", "descentPath", 3],
    ]);
  });

  it("04-quadratic-cost: 1/(2n) Σ (a − y)² by hand, the lib agrees, and the reference passes", () => {
    const reference = getExercise("04-quadratic-cost").reference;
    // differences 0, 1, −1: (0 + 1 + 1) / (2·3) = 1/3
    expect(reference([1, 3, 5], [1, 2, 6])).toBeCloseTo(1 / 3, 15);
    // the line a = 2x + 1 at x = 0, 1, 2 gives a = 1, 3, 5: the same cost from the lib
    expect(reference([1, 3, 5], [1, 2, 6])).toBeCloseTo(linearNeuronCost(2, 1, [0, 1, 2], [1, 2, 6]), 15);
    expect(runCheck("04-quadratic-cost", reference).text).toBe("✔ quadraticCost: 4/4 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it("04-quadratic-cost rejects forgetting the ½", () => {
    const noHalf = (a: number[], y: number[]) => a.reduce((s, ai, i) => s + (ai - y[i]!) ** 2, 0) / a.length;
    const report = runCheck("04-quadratic-cost", noHalf);
    expect(report.passed).toBe(1); // only the perfect fit, cost 0, survives
    expect(first(report.text)).toBe(
      "✖ quadraticCost([1, 3, 5] (shape [3]), [1, 2, 6] (shape [3])) returned 0.6667, expected 0.3333 → " +
        "hint: C = 1/(2n) Σᵢ (aᵢ − yᵢ)²: square each difference, add them up, divide by 2n (n = number of examples)",
    );
  });

  it("04-cost-gradient: worked by hand, equal to the lib and to central differences", () => {
    const reference = getExercise("04-cost-gradient").reference;
    // w = 2, b = 1 on x = 0, 1, 2: errors 0, 1, −1; ∂C/∂w = (0 + 1 − 2)/3 = −1/3, ∂C/∂b = 0
    const [dw, db] = reference(2, 1, [0, 1, 2], [1, 2, 6]) as number[];
    expect(dw).toBeCloseTo(-1 / 3, 15);
    expect(db).toBeCloseTo(0, 15);
    for (const args of getExercise("04-cost-gradient").cases) {
      const [w, b, x, y] = args as [number, number, number[], number[]];
      const expected = reference(w, b, x, y) as number[];
      linearNeuronGradient(w, b, x, y).forEach((v, i) => expect(expected[i]).toBeCloseTo(v, 12));
      const numeric = numericalGradient(([pw, pb]) => linearNeuronCost(pw!, pb!, x, y), [w, b]);
      numeric.forEach((v, i) => expect(expected[i]).toBeCloseTo(v, 8));
    }
    expect(runCheck("04-cost-gradient", reference).status).toBe("passed");
  });
  it("04-cost-gradient rejects ∂C/∂w without the factor xᵢ", () => {
    const noX = (w: number, b: number, x: number[], y: number[]) => {
      const errors = x.map((xi, i) => w * xi + b - y[i]!);
      const mean = errors.reduce((s, e) => s + e, 0) / x.length;
      return [mean, mean];
    };
    const report = runCheck("04-cost-gradient", noX);
    expect(report.status).toBe("failed");
    expect(first(report.text)).toBe(
      "✖ costGradient(2, 1, [0, 1, 2] (shape [3]), [1, 2, 6] (shape [3])) returned [0, 0] (shape [2]), expected [-0.3333, 0] (shape [2]) " +
        "(at index 0: expected -0.3333, got 0) → hint: with aᵢ = w xᵢ + b: ∂C/∂w = (1/n) Σᵢ (aᵢ − yᵢ) xᵢ and ∂C/∂b = (1/n) Σᵢ (aᵢ − yᵢ); return [∂C/∂w, ∂C/∂b]",
    );
  });

  it("04-update-step: 1 − 0.25·2 = 0.5, and the reference passes", () => {
    const reference = getExercise("04-update-step").reference;
    expect(reference([1], [2], 0.25)).toEqual([0.5]);
    // −1 − 0.1·(−3.2) = −0.68; 3 − 0.1·1.8 = 2.82
    const [w, b] = reference([-1, 3], [-3.2, 1.8], 0.1) as number[];
    expect(w).toBeCloseTo(-0.68, 15);
    expect(b).toBeCloseTo(2.82, 15);
    expect(runCheck("04-update-step", reference).status).toBe("passed");
  });
  it("04-update-step rejects going uphill (+ instead of −)", () => {
    const uphill = (p: number[], g: number[], eta: number) => p.map((v, i) => v + eta * g[i]!);
    expect(first(runCheck("04-update-step", uphill).text)).toBe(
      "✖ updateStep([1] (shape [1]), [2] (shape [1]), 0.25) returned [1.5] (shape [1]), expected [0.5] (shape [1]) (at index 0: expected 0.5, got 1.5) → " +
        "hint: each parameter moves AGAINST its slope: pᵢ − η · gradientᵢ (a minus sign: downhill)",
    );
  });

  it("04-descent-path: halving on C = p², and the same path as the lib's gradientDescent on every case", () => {
    const reference = getExercise("04-descent-path").reference;
    // η = 0.25 halves p; the step from 0.125 to 0.0625 is the first shorter than 0.1
    expect(reference(parabolaGradient, [1], 0.25, 0.1, 100)).toEqual([[1], [0.5], [0.25], [0.125], [0.0625]]);
    expect(reference(parabolaGradient, [3], 0.25, 1e-6, 0)).toEqual([[3]]);
    const costs: Record<string, (p: number[]) => number> = {
      parabolaGradient: ([p]) => p! * p!,
      valleyGradient: ([p, q]) => p! * p! + 3 * q! * q!,
    };
    for (const [gradient, start, learningRate, tolerance, maxSteps] of getExercise("04-descent-path").cases as [typeof valleyGradient, number[], number, number, number][]) {
      const run = gradientDescent({ cost: costs[gradient.name]!, gradient, start, learningRate, tolerance, maxSteps });
      expect(reference(gradient, start, learningRate, tolerance, maxSteps)).toEqual(run.path);
    }
    expect(runCheck("04-descent-path", reference).text).toBe("✔ descentPath: 5/5 visible checks passed (3 points; hidden tests decide the grade)");
  });
  it("04-descent-path rejects stopping BEFORE the small step, and shows both shapes", () => {
    const stopsEarly = (gradient: (p: number[]) => number[], start: number[], eta: number, tolerance: number, maxSteps: number) => {
      let p = [...start];
      const path = [p];
      for (let k = 0; k < maxSteps; k++) {
        const g = gradient(p);
        const next = p.map((v, i) => v - eta * g[i]!);
        if (Math.hypot(...next.map((v, i) => v - p[i]!)) < tolerance) break;
        p = next;
        path.push(p);
      }
      return path;
    };
    const report = runCheck("04-descent-path", stopsEarly);
    expect(report.passed).toBe(2);
    expect(first(report.text)).toBe(
      "✖ descentPath(a function parabolaGradient, [1] (shape [1]), 0.25, 0.1, 100) returned [[1], [0.5], [0.25], [0.125]] (shape [4, 1]), " +
        "expected [[1], [0.5], [0.25], [0.125], [0.0625]] (shape [5, 1]) (wrong shape: expected [5, 1], got [4, 1]) → " +
        "hint: path = [copy of start]; repeat at most maxSteps times: next = p − η·gradient(p), push next, " +
        "stop right after a step whose length ‖next − p‖ is below tolerance; return the whole path",
    );
  });
  it("04-descent-path rejects a path of one shared array mutated in place", () => {
    const inPlace = (gradient: (p: number[]) => number[], start: number[], eta: number, tolerance: number, maxSteps: number) => {
      const p = [...start];
      const path = [p];
      for (let k = 0; k < maxSteps; k++) {
        const g = gradient(p);
        let moved = 0;
        p.forEach((v, i) => { p[i] = v - eta * g[i]!; moved += (eta * g[i]!) ** 2; });
        path.push(p);
        if (Math.sqrt(moved) < tolerance) break;
      }
      return path;
    };
    expect(first(runCheck("04-descent-path", inPlace).text)).toContain("(at index 0: at index 0: expected 1, got 0.0625)");
  });
});
