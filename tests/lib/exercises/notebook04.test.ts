/** Every checker of notebook 04 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { mistakeCatalogue } from "./mistakes";
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
        "hint: it looks like the sum is divided by n: the quadratic cost divides by 2n, C = 1/(2n) Σ (aᵢ − yᵢ)²",
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
        "(at [0]: expected -0.3333, got 0) → hint: it looks like ∂C/∂w without the factor xᵢ: ∂C/∂w = (1/n) Σ (aᵢ − yᵢ) xᵢ",
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
      "✖ updateStep([1] (shape [1]), [2] (shape [1]), 0.25) returned [1.5] (shape [1]), expected [0.5] (shape [1]) (at [0]: expected 0.5, got 1.5) → " +
        "hint: it looks like a step uphill: pᵢ − η·gradientᵢ, with a minus",
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
    expect(runCheck("04-descent-path", reference).text).toBe("✔ descentPath: 6/6 visible checks passed (3 points; hidden tests decide the grade)");
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
        "hint: it looks like the last point is not pushed: push next, THEN stop if its step was below the tolerance",
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
    expect(first(runCheck("04-descent-path", inPlace).text)).toContain("(at [0, 0]: expected 1, got 0.0625)");
  });
});

// Beyond the mistakes listed in notebook04.ts (catalogue.test.ts): changed inputs, NaN, valid alternatives.
mistakeCatalogue("04-quadratic-cost", [
  { what: "n taken from an empty loop variable (NaN)", answer: (a: number[], y: number[]) => { let total = 0; let n; for (let i = 0; i < a.length; i++) total += (a[i]! - y[i]!) ** 2; return total / (2 * (n as unknown as number)); }, says: "got NaN" },
], [
  ["reduce with Math.pow", (a: number[], y: number[]) => a.reduce((s, ai, i) => s + Math.pow(ai - y[i]!, 2), 0) / (2 * a.length)],
  ["the mean of the squares, halved", (a: number[], y: number[]) => 0.5 * (a.map((ai, i) => (ai - y[i]!) ** 2).reduce((s, v) => s + v, 0) / a.length)],
]);
mistakeCatalogue("04-cost-gradient", [
  { what: "the predictions written into x in place", answer: (w: number, b: number, x: number[], y: number[]) => {
    const n = x.length; let dw = 0; let db = 0;
    for (let i = 0; i < n; i++) { const xi = x[i]!; x[i] = w * xi + b; dw += (x[i]! - y[i]!) * xi; db += x[i]! - y[i]!; }
    return [dw / n, db / n];
  }, says: "changed its argument `x`" },
], [
  ["map to errors, then two averages", (w: number, b: number, x: number[], y: number[]) => { const e = x.map((xi, i) => w * xi + b - y[i]!); return [e.reduce((s, ei, i) => s + ei * x[i]!, 0) / x.length, e.reduce((s, ei) => s + ei, 0) / x.length]; }],
  ["a single reduce over pairs", (w: number, b: number, x: number[], y: number[]) => x.reduce(([dw, db], xi, i) => { const e = (w * xi + b - y[i]!) / x.length; return [dw + e * xi, db + e]; }, [0, 0])],
]);
mistakeCatalogue("04-update-step", [
  { what: "updating params in place", answer: (params: number[], gradient: number[], learningRate: number) => { params.forEach((p, i) => (params[i] = p - learningRate * gradient[i]!)); return params; }, says: "changed its argument `params`" },
], [
  ["a for loop into a new array", (params: number[], gradient: number[], learningRate: number) => { const out: number[] = []; for (let i = 0; i < params.length; i++) out.push(params[i]! - learningRate * gradient[i]!); return out; }],
  ["map over the gradient", (params: number[], gradient: number[], learningRate: number) => gradient.map((g, i) => params[i]! - g * learningRate)],
]);
mistakeCatalogue("04-descent-path", [
  { what: "starting the path with start itself and updating p in place (changes start)", answer: (gradient: (p: number[]) => number[], start: number[], eta: number, tolerance: number, maxSteps: number) => {
    const path = [start.slice()];
    const p = start;
    for (let k = 0; k < maxSteps; k++) {
      const g = gradient(p);
      const moved = Math.hypot(...g.map((gi) => eta * gi));
      g.forEach((gi, i) => (p[i] = p[i]! - eta * gi));
      path.push([...p]);
      if (moved < tolerance) break;
    }
    return path;
  }, says: "changed its argument `start`" },
], [
  ["a while loop with the step length from Math.sqrt", (gradient: (p: number[]) => number[], start: number[], eta: number, tolerance: number, maxSteps: number) => {
    const path = [[...start]];
    let steps = 0;
    while (steps < maxSteps) {
      const p = path[path.length - 1]!;
      const next = p.map((v, i) => v - eta * gradient(p)[i]!);
      path.push(next);
      steps++;
      if (Math.sqrt(next.reduce((s, v, i) => s + (v - p[i]!) ** 2, 0)) < tolerance) break;
    }
    return path;
  }],
  ["a for loop that returns from inside", (gradient: (p: number[]) => number[], start: number[], eta: number, tolerance: number, maxSteps: number) => {
    const path = [start.slice()];
    for (let k = 0; k < maxSteps; k++) {
      const p = path[k]!;
      const g = gradient(p);
      const next = p.map((v, i) => v - eta * g[i]!);
      path.push(next);
      if (eta * Math.hypot(...g) < tolerance) return path;
    }
    return path;
  }],
]);
