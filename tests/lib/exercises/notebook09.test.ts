/** Every checker of notebook 09 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { precision, recall } from "../../../lib/src/metrics/measures";

import { mistakeCatalogue } from "./mistakes";

const first = (text: string) => text.split("\n")[0];

describe("notebook 09 exercises", () => {
  it("defines three exercises of rising points", () => {
    expect(listExercises("09").map((e) => [e.id, e.name, e.points])).toEqual([
      ["09-confusion-counts", "confusionCounts", 1],
      ["09-precision-recall", "precisionAndRecall", 2],
      ["09-threshold-for-recall", "thresholdForRecall", 3],
    ]);
  });

  it("09-confusion-counts: counted by hand, and the reference passes", () => {
    const reference = getExercise("09-confusion-counts").reference;
    // (pred, truth): (1,1) tp, (0,0) tn, (1,0) fp, (0,1) fn, (0,0) tn
    expect(reference([1, 0, 1, 0, 0], [1, 0, 0, 1, 0])).toEqual([1, 1, 1, 2]);
    expect(reference([], [])).toEqual([0, 0, 0, 0]);
    expect(runCheck("09-confusion-counts", reference).text).toBe(
      "✔ confusionCounts: 5/5 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it("09-confusion-counts rejects swapping type I and type II errors (fp and fn)", () => {
    const swapped = (p: number[], t: number[]) => {
      const c = [0, 0, 0, 0];
      p.forEach((pi, i) => c[pi === 1 ? (t[i] === 1 ? 0 : 2) : t[i] === 1 ? 1 : 3]!++);
      return c;
    };
    const report = runCheck("09-confusion-counts", swapped);
    expect(report.passed).toBe(3); // the 3 cases with fp = fn (all tp; 1 fp and 1 fn; none)
    expect(first(report.text)).toBe(
      "✖ confusionCounts([0, 0, 0, 0] (shape [4]), [0, 1, 0, 1] (shape [4])) returned [0, 2, 0, 2] (shape [4]), expected [0, 0, 2, 2] (shape [4]) (at [1]: expected 0, got 2) → " +
        "hint: it looks like fp and fn are swapped: fp = predicted 1 but truly 0 (type I, a false alarm), fn = predicted 0 but truly 1 (type II, a miss)",
    );
  });

  it("09-precision-recall: 19 / 21 and 19 / 30, NaN for 0 / 0, as the lib's precision and recall", () => {
    const reference = getExercise("09-precision-recall").reference;
    expect(reference(19, 2, 11)).toEqual([19 / 21, 19 / 30]);
    expect(reference(0, 0, 30)).toEqual([NaN, 0]); // nothing called defective: precision undefined
    for (const [tp, fp, fn] of getExercise("09-precision-recall").cases as number[][]) {
      const counts = { tp: tp!, fp: fp!, fn: fn!, tn: 0 };
      expect(reference(tp, fp, fn)).toEqual([precision(counts), recall(counts)]);
    }
    expect(runCheck("09-precision-recall", reference).status).toBe("passed");
  });
  it("09-precision-recall rejects 0 in place of an undefined precision", () => {
    const zeroForUndefined = (tp: number, fp: number, fn: number) => [tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0];
    const report = runCheck("09-precision-recall", zeroForUndefined);
    expect(report.passed).toBe(3);
    expect(first(report.text)).toBe(
      "✖ precisionAndRecall(0, 0, 30) returned [0, 0] (shape [2]), expected [NaN, 0] (shape [2]) (at [0]: expected NaN, got 0) → " +
      "hint: it looks like 0 where a ratio is undefined: when tp + fp = 0 (nothing flagged) precision is 0 / 0, return NaN, not 0");
  });
  it("09-precision-recall rejects the two formulas swapped", () => {
    const swapped = (tp: number, fp: number, fn: number) => [tp / (tp + fn), tp / (tp + fp)];
    expect(first(runCheck("09-precision-recall", swapped).text)).toBe(
      "✖ precisionAndRecall(19, 2, 11) returned [0.6333, 0.9048] (shape [2]), expected [0.9048, 0.6333] (shape [2]) (at [0]: expected 0.9048, got 0.6333) → " +
      "hint: it looks like the formulas are swapped: precision = tp / (tp + fp) (among those flagged), recall = tp / (tp + fn) (among the defective)");
  });

  it("09-threshold-for-recall: worked by hand, ties included, and the reference passes", () => {
    const reference = getExercise("09-threshold-for-recall").reference;
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4], truths = [1, 0, 1, 0, 1, 0];
    // 3 defective; t = 0.9 finds 1 (recall 1/3), t = 0.7 finds 2 (2/3), t = 0.5 finds 3 (1)
    expect(reference(scores, truths, 2 / 3)).toBe(0.7);
    expect(reference(scores, truths, 1)).toBe(0.5);
    // t = 0.8 finds 1 of 3; t = 0.3 takes both scores 0.3 and finds 2 of 3 ≥ 0.6
    expect(reference([0.3, 0.3, 0.8, 0.1], [1, 0, 1, 1], 0.6)).toBe(0.3);
    expect(runCheck("09-threshold-for-recall", reference).text).toBe(
      "✔ thresholdForRecall: 5/5 visible checks passed (3 points; hidden tests decide the grade)");
  });
  it("09-threshold-for-recall rejects counting score > t instead of score ≥ t", () => {
    const strict = (scores: number[], truths: number[], required: number) => {
      const positives = truths.filter((t) => t === 1).length;
      for (const t of [...new Set(scores)].sort((a, b) => b - a)) {
        const tp = scores.filter((s, i) => s > t && truths[i] === 1).length;
        if (tp / positives >= required) return t;
      }
      return Math.min(...scores);
    };
    const report = runCheck("09-threshold-for-recall", strict);
    expect(report.status).toBe("failed");
    expect(first(report.text)).toBe(
      "✖ thresholdForRecall([0.9, 0.8, 0.7, 0.6, … 2 more] (shape [6]), [1, 0, 1, 0, … 2 more] (shape [6]), 0.6666666666666666) returned 0.6, expected 0.7 → " +
      "hint: it looks like score > t: a part counts as defective when score ≥ t, so the threshold itself is flagged");
  });
});

// Beyond the mistakes listed in notebook09.ts (catalogue.test.ts): NaN as text, changed inputs, valid alternatives.
mistakeCatalogue("09-confusion-counts", [
  { what: "an object { tp, fp, fn, tn } instead of the array", answer: (p: number[], t: number[]) => { const [tp, fp, fn, tn] = getExercise("09-confusion-counts").reference(p, t) as number[]; return { tp, fp, fn, tn }; }, says: "returned an object Object, expected [1, 1, 1, 2]" },
], [
  ["filter and count each kind", (p: number[], t: number[]) => [[1, 1], [1, 0], [0, 1], [0, 0]].map(([a, b]) => p.filter((pi, i) => pi === a && t[i] === b).length)],
  ["a counts array indexed by 2·(1 − p) + (1 − t)", (p: number[], t: number[]) => { const c = [0, 0, 0, 0]; p.forEach((pi, i) => c[2 * (1 - pi) + (1 - t[i]!)]!++); return c; }],
]);
mistakeCatalogue("09-precision-recall", [
  { what: "the string \"NaN\" for an undefined ratio", answer: (tp: number, fp: number, fn: number) => [tp + fp === 0 ? "NaN" : tp / (tp + fp), tp + fn === 0 ? "NaN" : tp / (tp + fn)], says: 'expected a number, got "NaN"' },
], [
  ["plain division (0 / 0 is NaN by itself)", (tp: number, fp: number, fn: number) => [tp / (tp + fp), tp / (tp + fn)]],
  ["a helper for a safe ratio", (tp: number, fp: number, fn: number) => { const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN); return [ratio(tp, tp + fp), ratio(tp, tp + fn)]; }],
]);
mistakeCatalogue("09-threshold-for-recall", [
  { what: "sorting the scores in place (they no longer line up with the truths)", answer: (scores: number[], truths: number[], required: number) => {
    scores.sort((a, b) => b - a);
    const positives = truths.filter((t) => t === 1).length;
    for (const t of scores) if (scores.filter((s, i) => s >= t && truths[i] === 1).length / positives >= required) return t;
    return scores[scores.length - 1];
  }, says: "changed its argument `scores`" },
], [
  ["distinct thresholds from a Set, highest first", (scores: number[], truths: number[], required: number) => {
    const positives = truths.filter((t) => t === 1).length;
    const thresholds = [...new Set(scores)].sort((a, b) => b - a);
    return thresholds.find((t) => scores.filter((s, i) => s >= t && truths[i] === 1).length / positives >= required) ?? thresholds[thresholds.length - 1];
  }],
  ["indices sorted by score, counting defects on the way down", (scores: number[], truths: number[], required: number) => {
    const positives = truths.filter((t) => t === 1).length;
    const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
    let tp = 0;
    for (const i of order) { if (truths[i] === 1) tp++; if (tp / positives >= required) return scores[i]; }
    return scores[order[order.length - 1]!];
  }],
]);
