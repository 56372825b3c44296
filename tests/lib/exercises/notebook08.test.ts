/** Every checker of notebook 08 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { diagnoseFit, earlyStoppingEpoch } from "../../../lib/src/generalization";
import { l2Gradient, l2Term } from "../../../lib/src/costs";
import { numericalGradient } from "../../../lib/src/gradient-check";
import { tensor } from "../../../lib/src/tensor";

const first = (text: string) => text.split("\n")[0];

describe("notebook 08 exercises", () => {
  it("defines four exercises of rising points", () => {
    expect(listExercises("08").map((e) => [e.id, e.name, e.points])).toEqual([
      ["08-diagnose-fit", "diagnoseFit", 1],
      ["08-early-stopping", "earlyStopping", 2],
      ["08-l2-term", "l2Term", 2],
      ["08-weight-decay-step", "weightDecayStep", 2],
    ]);
  });

  it("08-diagnose-fit: one case of each verdict, the lib agrees on every case, the reference passes", () => {
    const exercise = getExercise("08-diagnose-fit");
    const verdicts = exercise.cases.map((args) => exercise.reference(...args));
    expect(verdicts).toEqual(["underfitting", "overfitting", "good fit", "underfitting", "underfitting", "good fit"]);
    for (const [t, v, e, g] of exercise.cases as [number[], number[], number, number][]) expect(exercise.reference(t, v, e, g)).toBe(diagnoseFit(t, v, e, g));
    expect(runCheck("08-diagnose-fit", exercise.reference).text).toBe("✔ diagnoseFit: 6/6 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it("08-diagnose-fit rejects asking about the gap first", () => {
    const gapFirst = (t: number[], v: number[], e: number, g: number) => {
      const [tr, va] = [t[t.length - 1]!, v[v.length - 1]!];
      return va - tr > g ? "overfitting" : tr > e ? "underfitting" : "good fit";
    };
    const report = runCheck("08-diagnose-fit", gapFirst);
    expect(report.passed).toBe(5);
    expect(first(report.text)).toBe(
      "✖ diagnoseFit([0.4, 0.1] (shape [2]), [0.5, 0.4] (shape [2]), 0.05, 0.05) returned \"overfitting\", expected \"underfitting\" " +
        "→ hint: look at the LAST epoch only; first ask: is the training error above acceptableError? → " +
        "\"underfitting\"; then: is validation error − training error above acceptableGap? → \"overfitting\"; otherwise \"good fit\"",
    );
  });

  it("08-early-stopping: worked by hand, the lib agrees, the reference passes", () => {
    const exercise = getExercise("08-early-stopping");
    // best 0.7 at epoch 3; three epochs without a higher accuracy → stop after epoch 6
    expect(exercise.reference([0.5, 0.6, 0.7, 0.65, 0.68, 0.66, 0.69], 3)).toEqual([6, 3]);
    for (const [a, p] of exercise.cases as [number[], number][]) {
      const { stopEpoch, bestEpoch } = earlyStoppingEpoch(a, p);
      expect(exercise.reference(a, p)).toEqual([stopEpoch, bestEpoch]);
    }
    expect(runCheck("08-early-stopping", exercise.reference).status).toBe("passed");
  });
  it("08-early-stopping rejects counting a tie as an improvement", () => {
    const tiesImprove = (a: number[], patience: number) => {
      let best = 0;
      for (let e = 0; e < a.length; e++) {
        if (a[e]! >= a[best]!) best = e;
        if (e - best >= patience) return [e + 1, best + 1];
      }
      return [a.length, best + 1];
    };
    const report = runCheck("08-early-stopping", tiesImprove);
    expect(report.passed).toBe(4);
    expect(first(report.text)).toBe(
      "✖ earlyStopping([0.8, 0.8, 0.8, 0.8] (shape [4]), 2) returned [4, 4] (shape [2]), expected [3, 1] (shape [2]) (at index 0: expected 3, got 4) → " +
        "hint: walk through the epochs keeping the index of the best accuracy so far (replace it only on a strictly higher one); " +
        "stop at the first epoch e with e − best ≥ patience; return [stopEpoch, bestEpoch] counted from 1 ([E, best] if it never stops)",
    );
  });

  it("08-l2-term: λ/(2n) Σ w² by hand and equal to the lib's l2Term", () => {
    const exercise = getExercise("08-l2-term");
    // 1 + 4 + 9 + 16 = 30; 0.1 / (2 · 10) · 30 = 0.15
    expect(exercise.reference([[[1, 2], [3, 4]]], 0.1, 10)).toBeCloseTo(0.15, 15);
    for (const [weights, lambda, n] of exercise.cases as [number[][][], number, number][]) {
      expect(exercise.reference(weights, lambda, n)).toBeCloseTo(l2Term(weights.map((w) => tensor(w)), lambda, n), 14);
    }
    expect(runCheck("08-l2-term", exercise.reference).status).toBe("passed");
  });
  it("08-l2-term rejects λ/n without the ½", () => {
    const noHalf = (weights: number[][][], lambda: number, n: number) => (lambda / n) * weights.flat(2).reduce((s, v) => s + v * v, 0);
    const report = runCheck("08-l2-term", noHalf);
    expect(report.passed).toBe(1); // only λ = 0 survives
    expect(first(report.text)).toBe(
      "✖ l2Term([[[1, 2], [3, 4]]] (shape [1, 2, 2]), 0.1, 10) returned 0.3, expected 0.15 → " +
        "hint: square every weight of every layer (biases are not decayed), add the squares up, multiply by λ/(2n)",
    );
  });

  it("08-weight-decay-step: by hand, and the gradient (λ/n) w it uses is the finite-difference slope of the L2 term", () => {
    const exercise = getExercise("08-weight-decay-step");
    // (1 − 0.5·10/100)·1 − 0.5·0.5 = 0.7; 0.95·(−2) − 0.25 = −2.15
    const [[a, b]] = exercise.reference([[1, -2]], [[0.5, 0.5]], 0.5, 10, 100) as number[][];
    expect(a).toBeCloseTo(0.7, 15);
    expect(b).toBeCloseTo(-2.15, 15);
    const w = [0.3, -0.6, 0.9];
    const numeric = numericalGradient((p) => l2Term([tensor([p])], 0.1, 1000), w);
    Array.from(l2Gradient(tensor([w]), 0.1, 1000).data).forEach((g, i) => expect(g).toBeCloseTo(numeric[i]!, 10));
    // with nablaW = 0 the step is the pure decay w − η (λ/n) w
    expect(exercise.reference([w], [[0, 0, 0]], 3, 0.1, 1000)).toEqual([w.map((v) => v - 3 * (0.1 / 1000) * v)]);
    expect(runCheck("08-weight-decay-step", exercise.reference).status).toBe("passed");
  });
  it("08-weight-decay-step rejects decaying with λ instead of λ/n", () => {
    const noN = (w: number[][], g: number[][], eta: number, lambda: number) => w.map((row, j) => row.map((v, k) => v - eta * (g[j]![k]! + lambda * v)));
    const report = runCheck("08-weight-decay-step", noN);
    expect(report.passed).toBe(1); // only λ = 0 survives
    expect(first(report.text)).toBe(
      "✖ weightDecayStep([[1, -2]] (shape [1, 2]), [[0.5, 0.5]] (shape [1, 2]), 0.5, 10, 100) returned [[-4.25, 7.75]] (shape [1, 2]), " +
        "expected [[0.7, -2.15]] (shape [1, 2]) (at index 0: at index 0: expected 0.7, got -4.25) → " +
        "hint: the gradient of C = C₀ + λ/(2n) Σ w² is ∂C₀/∂w + (λ/n) w, so each weight becomes w − η (nablaW + (λ/n) w) = (1 − ηλ/n) w − η nablaW",
    );
  });
});
