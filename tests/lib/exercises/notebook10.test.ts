/** Every checker of notebook 10 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { TOY_VALUES, foldSizes, meanPredictorError } from "../../../lib/src/exercises/notebook10";
import { crossValidate, meanAndStandardDeviation } from "../../../lib/src/cross-validation";
import { Random } from "../../../lib/src/random";
import { Tensor } from "../../../lib/src/tensor";

import { mistakeCatalogue } from "./mistakes";

const first = (text: string) => text.split("\n")[0];

describe("notebook 10 exercises", () => {
  it("defines three exercises of rising points", () => {
    expect(listExercises("10").map((e) => [e.id, e.name, e.points])).toEqual([
      ["10-mean-std", "meanAndStd", 1],
      ["10-fold-indices", "foldIndices", 2],
      ["10-cross-validate", "crossValidate", 3],
    ]);
  });

  it("10-mean-std: by hand, equal to the lib, and the reference passes", () => {
    const exercise = getExercise("10-mean-std");
    // mean 5; squared deviations sum to 32; 32 / 8 = 4 → σ = 2
    expect(exercise.reference([2, 4, 4, 4, 5, 5, 7, 9])).toEqual([5, 2]);
    for (const [scores] of exercise.cases as [number[]][]) {
      const { mean, standardDeviation } = meanAndStandardDeviation(scores);
      const [m, s] = exercise.reference(scores) as number[];
      expect(m).toBeCloseTo(mean, 15);
      expect(s).toBeCloseTo(standardDeviation, 15);
    }
    expect(runCheck("10-mean-std", exercise.reference).text).toBe("✔ meanAndStd: 6/6 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it("10-mean-std rejects dividing by K − 1", () => {
    const sample = (s: number[]) => {
      const mean = s.reduce((a, b) => a + b, 0) / s.length;
      return [mean, Math.sqrt(s.reduce((a, v) => a + (v - mean) ** 2, 0) / (s.length - 1))];
    };
    const report = runCheck("10-mean-std", sample);
    expect(report.passed).toBe(1); // only [1, 1, 1], whose spread is 0 either way
    expect(first(report.text)).toBe(
      "✖ meanAndStd([0.8, 0.9] (shape [2])) returned [0.85, 0.07071] (shape [2]), expected [0.85, 0.05] (shape [2]) (at [1]: expected 0.05, got 0.07071) → " +
        "hint: it looks like K − 1 (the sample formula): this course divides by K, the number of scores ([0.8, 0.9] → σ = 0.05)",
    );
  });

  it("10-fold-indices: by hand; every index in exactly one fold; sizes differ by at most one", () => {
    const exercise = getExercise("10-fold-indices");
    // 10 = 4 + 3 + 3: the one leftover index goes to the first fold
    expect(exercise.reference(10, 3)).toEqual([[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    for (const [n, k] of exercise.cases as [number, number][]) {
      const folds = exercise.reference(n, k) as number[][];
      expect(folds).toHaveLength(k);
      expect(folds.flat()).toEqual(Array.from({ length: n }, (_, i) => i));
      const sizes = folds.map((f) => f.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(runCheck("10-fold-indices", exercise.reference).status).toBe("passed");
  });
  it("10-fold-indices rejects putting every leftover index into the last fold", () => {
    const leftoverLast = (n: number, k: number) => {
      const size = Math.floor(n / k);
      return Array.from({ length: k }, (_, i) => Array.from({ length: i === k - 1 ? n - size * (k - 1) : size }, (_, j) => i * size + j));
    };
    const report = runCheck("10-fold-indices", leftoverLast);
    expect(report.passed).toBe(2); // (10, 5) and (7, 7) divide evenly
    expect(first(report.text)).toBe(
      "✖ foldIndices(10, 3) returned [[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]] (shape [3, 3]), expected [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]] (shape [3, 4]) " +
        "(wrong shape: expected [3, 4], got [3, 3]) → hint: it looks like the extra indices go to the LAST folds: the FIRST n % k folds get one index more ([0, 1, 2, 3], [4, 5, 6], [7, 8, 9])",
    );
  });

  it("10-cross-validate: the toy scores by hand, the lib's crossValidate agrees, the reference passes", () => {
    const exercise = getExercise("10-cross-validate");
    // 2 folds: train on TOY_VALUES[5..9] = 9, 2, 6, 5, 3 (mean 5), validate on 3, 1, 4, 1, 5: |errors| 2, 4, 1, 4, 0 → 11/5 = 2.2
    const [s1, s2] = exercise.reference([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]], meanPredictorError) as number[];
    expect(s1).toBeCloseTo(2.2, 14);
    // train on 3, 1, 4, 1, 5 (mean 2.8), validate on 9, 2, 6, 5, 3: 6.2 + 0.8 + 3.2 + 2.2 + 0.2 = 12.6 → 2.52
    expect(s2).toBeCloseTo(2.52, 14);
    expect(exercise.reference([[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]], foldSizes)).toEqual([8.02, 8.02, 8.02, 8.02, 8.02]);
    // the lib's loop on a dataset holding TOY_VALUES gives the same scores with the same folds
    const data = { inputs: new Tensor([10, 1], Float64Array.from(TOY_VALUES)), labels: new Uint8Array(10), classes: 1 };
    const lib = crossValidate(data, 3, (training, validation) => {
      const prediction = training.inputs.data.reduce((s, v) => s + v, 0) / training.labels.length;
      return validation.inputs.data.reduce((s, v) => s + Math.abs(v - prediction), 0) / validation.labels.length;
    }, { random: new Random(4) });
    expect(exercise.reference(lib.folds.map((f) => f.validation), meanPredictorError)).toEqual(lib.scores.map((s) => expect.closeTo(s, 12)));
    expect(runCheck("10-cross-validate", exercise.reference).text).toBe("✔ crossValidate: 4/4 visible checks passed (3 points; hidden tests decide the grade)");
  });
  it("10-cross-validate rejects training on every fold, the validation fold included", () => {
    const leaky = (folds: number[][], score: (t: number[], v: number[]) => number) => folds.map((v) => score(folds.flat(), v));
    const report = runCheck("10-cross-validate", leaky);
    expect(report.passed).toBe(0);
    expect(first(report.text)).toBe(
      "✖ crossValidate([[0, 1], [2, 3], [4, 5], [6, 7], … 1 more] (shape [5, 2]), a function foldSizes) returned [10.02, 10.02, 10.02, 10.02, 10.02] (shape [5]), " +
        "expected [8.02, 8.02, 8.02, 8.02, 8.02] (shape [5]) (at [0]: expected 8.02, got 10.02) → hint: it looks like the model trains on every fold, " +
        "the validation fold included: training = the indices of every OTHER fold",
    );
  });
});

// Beyond the mistakes listed in notebook10.ts (catalogue.test.ts): NaN, changed inputs, valid alternatives.
mistakeCatalogue("10-mean-std", [
  { what: "K − 1 with a single score (0 / 0 = NaN)", answer: (scores: number[]) => { const m = scores.reduce((a, b) => a + b, 0) / scores.length; return scores.length === 1 ? [m, NaN] : getExercise("10-mean-std").reference(scores); }, says: "got NaN" },
  { what: "sorting the scores in place first", answer: (scores: number[]) => { scores.sort((a, b) => a - b); return getExercise("10-mean-std").reference(scores); }, says: "changed its argument `scores`" },
], [
  ["E[s²] − E[s]²", (scores: number[]) => { const m = scores.reduce((a, b) => a + b, 0) / scores.length; const m2 = scores.reduce((a, b) => a + b * b, 0) / scores.length; return [m, Math.sqrt(Math.max(0, m2 - m * m))]; }],
  ["Math.hypot of the deviations", (scores: number[]) => { const m = scores.reduce((a, b) => a + b, 0) / scores.length; return [m, Math.hypot(...scores.map((v) => v - m)) / Math.sqrt(scores.length)]; }],
]);
mistakeCatalogue("10-fold-indices", [
  { what: "an off-by-one start for each fold (overlapping folds)", answer: (n: number, k: number) => { const size = Math.floor(n / k); return Array.from({ length: k }, (_, i) => Array.from({ length: size + (i < n % k ? 1 : 0) }, (_, j) => i * size + j)); }, says: "(at [1, 0]: expected 4, got 3)" },
], [
  ["slices of one index array", (n: number, k: number) => { const all = Array.from({ length: n }, (_, i) => i); const folds: number[][] = []; let start = 0; for (let i = 0; i < k; i++) { const size = Math.floor(n / k) + (i < n % k ? 1 : 0); folds.push(all.slice(start, start + size)); start += size; } return folds; }],
  ["start of fold i as i·⌊n/k⌋ + min(i, n % k)", (n: number, k: number) => Array.from({ length: k }, (_, i) => { const q = Math.floor(n / k), r = n % k; const start = i * q + Math.min(i, r); return Array.from({ length: q + (i < r ? 1 : 0) }, (_, j) => start + j); })],
]);
mistakeCatalogue("10-cross-validate", [
  { what: "joining the other folds into folds[0] or folds[1] (changes folds)", answer: (folds: number[][], score: (t: number[], v: number[]) => number) => folds.map((v, i) => { const training = folds[i === 0 ? 1 : 0]!; folds.forEach((f, j) => { if (j !== i && f !== training) training.push(...f); }); return score(training, v); }), says: "changed its argument `folds`" },
], [
  ["filter and flat", (folds: number[][], score: (t: number[], v: number[]) => number) => folds.map((v, i) => score(folds.filter((_, j) => j !== i).flat(), v))],
  ["two loops with concat", (folds: number[][], score: (t: number[], v: number[]) => number) => { const out: number[] = []; for (let i = 0; i < folds.length; i++) { let t: number[] = []; for (let j = 0; j < folds.length; j++) if (j !== i) t = t.concat(folds[j]!); out.push(score(t, folds[i]!)); } return out; }],
]);
