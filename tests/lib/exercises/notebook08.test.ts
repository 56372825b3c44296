/** Every checker of notebook 08 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { diagnoseFit, earlyStoppingEpoch } from "../../../lib/src/generalization";
import { l2Gradient, l2Term } from "../../../lib/src/costs";
import { numericalGradient } from "../../../lib/src/gradient-check";
import { tensor } from "../../../lib/src/tensor";

import { mistakeCatalogue } from "./mistakes";

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
    expect(verdicts).toEqual(["underfitting", "overfitting", "good fit", "underfitting", "underfitting", "good fit", "good fit"]);
    for (const [t, v, e, g] of exercise.cases as [number[], number[], number, number][]) expect(exercise.reference(t, v, e, g)).toBe(diagnoseFit(t, v, e, g));
    expect(runCheck("08-diagnose-fit", exercise.reference).text).toBe("✔ diagnoseFit: 7/7 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it("08-diagnose-fit rejects asking about the gap first", () => {
    const gapFirst = (t: number[], v: number[], e: number, g: number) => {
      const [tr, va] = [t[t.length - 1]!, v[v.length - 1]!];
      return va - tr > g ? "overfitting" : tr > e ? "underfitting" : "good fit";
    };
    const report = runCheck("08-diagnose-fit", gapFirst);
    expect(report.passed).toBe(6);
    expect(first(report.text)).toBe(
      "✖ diagnoseFit([0.4, 0.1] (shape [2]), [0.5, 0.4] (shape [2]), 0.05, 0.05) returned \"overfitting\", expected \"underfitting\" " +
        "→ hint: it looks like the gap is asked first: question 1 (training error above acceptableError → \"underfitting\") comes first",
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
    expect(report.passed).toBe(5);
    expect(first(report.text)).toBe(
      "✖ earlyStopping([0.8, 0.8, 0.8, 0.8] (shape [4]), 2) returned [4, 4] (shape [2]), expected [3, 1] (shape [2]) (at [0]: expected 3, got 4) → " +
        "hint: it looks like a tie counts as an improvement: only a STRICTLY higher accuracy replaces the best epoch, so [0.8, 0.8, 0.8, 0.8] with patience 2 stops at 3",
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
    expect(report.passed).toBe(2); // only λ = 0 and no layers survive
    expect(first(report.text)).toBe(
      "✖ l2Term([[[1, 2], [3, 4]]] (shape [1, 2, 2]), 0.1, 10) returned 0.3, expected 0.15 → " +
        "hint: it looks like λ/n: the L2 term is λ/(2n) Σ w² (the ½ cancels the 2 of the derivative later)",
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
        "expected [[0.7, -2.15]] (shape [1, 2]) (at [0, 0]: expected 0.7, got -4.25) → " +
        "hint: it looks like the decay uses λ instead of λ/n: w − η (nablaW + (λ/n) w), with n the number of training examples",
    );
  });
});

// Beyond the mistakes listed in notebook08.ts (catalogue.test.ts): thrown errors, changed inputs, valid alternatives.
mistakeCatalogue("08-diagnose-fit", [
  { what: "reading the last epoch with pop(), which shortens the curves", answer: (t: number[], v: number[], e: number, g: number) => { const [tr, va] = [t.pop()!, v.pop()!]; return tr > e ? "underfitting" : va - tr > g ? "overfitting" : "good fit"; }, says: "changed its argument `trainingErrors`" },
], [
  ["at(-1) and early returns", (t: number[], v: number[], e: number, g: number) => { if (t.at(-1)! > e) return "underfitting"; if (v.at(-1)! - t.at(-1)! > g) return "overfitting"; return "good fit"; }],
  ["the gap question written as v > t + gap", (t: number[], v: number[], e: number, g: number) => { const tr = t[t.length - 1]!, va = v[v.length - 1]!; return tr > e ? "underfitting" : va - tr > g ? "overfitting" : "good fit"; }],
]);
mistakeCatalogue("08-early-stopping", [
  { what: "sorting the accuracies to find the best", answer: (a: number[], patience: number) => { const result = getExercise("08-early-stopping").reference([...a], patience); a.sort(); return result; }, says: "changed its argument `validationAccuracies`" },
], [
  ["counting epochs since the best with a counter", (a: number[], patience: number) => {
    let best = 0, since = 0;
    for (let e = 1; e < a.length; e++) {
      if (a[e]! > a[best]!) { best = e; since = 0; } else since++;
      if (since >= patience) return [e + 1, best + 1];
    }
    return [a.length, best + 1];
  }],
  ["a for loop over epochs counted from 1", (a: number[], patience: number) => {
    let best = 1;
    for (let epoch = 1; epoch <= a.length; epoch++) {
      if (a[epoch - 1]! > a[best - 1]!) best = epoch;
      if (epoch - best >= patience) return [epoch, best];
    }
    return [a.length, best];
  }],
]);
mistakeCatalogue("08-l2-term", [
  { what: "reduce without a start value (throws on no layers)", answer: (weights: number[][][], lambda: number, n: number) => (lambda / (2 * n)) * weights.map((w) => w.flat().reduce((s, v) => s + v * v, 0)).reduce((s, v) => s + v), says: "no layers: no weights, so the term is 0" },
], [
  ["flat(2) and a reduce", (weights: number[][][], lambda: number, n: number) => (lambda / (2 * n)) * weights.flat(2).reduce((s, v) => s + v ** 2, 0)],
  ["three nested for…of loops, multiplied at the end", (weights: number[][][], lambda: number, n: number) => { let sq = 0; for (const w of weights) for (const row of w) for (const v of row) sq += v * v; return sq * lambda / 2 / n; }],
]);
mistakeCatalogue("08-weight-decay-step", [
  { what: "updating w in place", answer: (w: number[][], g: number[][], eta: number, lambda: number, n: number) => { w.forEach((row, j) => row.forEach((v, k) => (row[k] = v - eta * (g[j]![k]! + (lambda / n) * v)))); return w; }, says: "changed its argument `w`" },
], [
  ["the decay factor form (1 − ηλ/n) w − η nablaW", (w: number[][], g: number[][], eta: number, lambda: number, n: number) => w.map((row, j) => row.map((v, k) => (1 - (eta * lambda) / n) * v - eta * g[j]![k]!))],
  ["nested for loops into a new matrix", (w: number[][], g: number[][], eta: number, lambda: number, n: number) => {
    const out: number[][] = [];
    for (let j = 0; j < w.length; j++) { out.push([]); for (let k = 0; k < w[j]!.length; k++) out[j]!.push(w[j]![k]! - eta * g[j]![k]! - (eta * lambda * w[j]![k]!) / n); }
    return out;
  }],
]);
