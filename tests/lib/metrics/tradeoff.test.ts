import { describe, expect, it } from "vitest";
import { precisionRecallCurve, thresholdForRecall } from "../../../lib/src/metrics/tradeoff";

// Eight products ranked by score; four are defective (1).
const scores = [0.9, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.2];
const truths = [1, 1, 0, 1, 0, 0, 1, 0];

describe("precisionRecallCurve", () => {
  it("gives one point per distinct score, ascending, positive when score ≥ threshold", () => {
    const curve = precisionRecallCurve(scores, truths);
    // t      called positive   tp fp   precision  recall
    // 0.2    all 8              4  4    4/8        4/4
    // 0.3    7                  4  3    4/7        1
    // 0.4    6                  3  3    3/6        3/4
    // 0.55   5                  3  2    3/5        3/4
    // 0.6    4                  3  1    3/4        3/4
    // 0.7    3                  2  1    2/3        2/4
    // 0.8    2                  2  0    1          2/4
    // 0.9    1                  1  0    1          1/4
    expect(curve.map((p) => p.threshold)).toEqual([0.2, 0.3, 0.4, 0.55, 0.6, 0.7, 0.8, 0.9]);
    expect(curve.map((p) => [p.tp, p.fp])).toEqual([[4, 4], [4, 3], [3, 3], [3, 2], [3, 1], [2, 1], [2, 0], [1, 0]]);
    expect(curve.map((p) => p.precision)).toEqual([4 / 8, 4 / 7, 3 / 6, 3 / 5, 3 / 4, 2 / 3, 1, 1]);
    expect(curve.map((p) => p.recall)).toEqual([1, 1, 0.75, 0.75, 0.75, 0.5, 0.5, 0.25]);
    for (const p of curve) {
      expect(p.tp + p.fn).toBe(4); // the defects are either found or missed
      expect(p.fp + p.tn).toBe(4); // the good products are either flagged or passed
    }
  });

  it("does not depend on the order of the examples", () => {
    const order = [3, 7, 0, 5, 1, 6, 2, 4];
    const shuffled = precisionRecallCurve(order.map((i) => scores[i]!), order.map((i) => truths[i]!));
    expect(shuffled).toEqual(precisionRecallCurve(scores, truths));
  });

  it("takes thresholds of our choosing, in our order", () => {
    const [above, middle, below] = precisionRecallCurve(scores, truths, [1, 0.65, 0]);
    expect(above).toEqual({ threshold: 1, precision: NaN, recall: 0, tp: 0, fp: 0, fn: 4, tn: 4 }); // nothing called positive
    expect(middle).toEqual({ threshold: 0.65, precision: 2 / 3, recall: 0.5, tp: 2, fp: 1, fn: 2, tn: 3 }); // 0.9, 0.8, 0.7
    expect(below!.recall).toBe(1);
  });

  it("treats tied scores together", () => {
    // scores 0.5, 0.5, 0.1: at t = 0.5 both tied examples are positive
    const curve = precisionRecallCurve([0.5, 0.1, 0.5], [1, 1, 0]);
    expect(curve.map((p) => p.threshold)).toEqual([0.1, 0.5]);
    expect(curve[1]).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 0 });
  });

  it("is empty for no examples", () => {
    expect(precisionRecallCurve([], [])).toEqual([]);
  });

  it("explains bad input", () => {
    expect(() => precisionRecallCurve([0.1], [1, 0])).toThrow("precisionRecallCurve: there must be one score per truth, got scores [1] and truths [2].");
    expect(() => precisionRecallCurve([0.1, NaN], [1, 0])).toThrow("precisionRecallCurve: expected finite scores, got NaN at index 1.");
    expect(() => precisionRecallCurve([0.1], [2])).toThrow("precisionRecallCurve: expected truths that are 0 (negative) or 1 (positive), got 2 at index 0.");
    expect(() => precisionRecallCurve([0.1], [1], [NaN])).toThrow("precisionRecallCurve: expected thresholds that are numbers, got NaN at index 0.");
    expect(() => precisionRecallCurve("ab" as never, [1, 0])).toThrow('precisionRecallCurve: expected an array of scores, got "ab" (a string).');
  });
});

describe("thresholdForRecall", () => {
  it("picks the highest threshold that still reaches the recall", () => {
    expect(thresholdForRecall(scores, truths, 0.75)).toMatchObject({ threshold: 0.6, precision: 0.75, recall: 0.75 });
    expect(thresholdForRecall(scores, truths, 0.5).threshold).toBe(0.8);
    expect(thresholdForRecall(scores, truths, 0.6).threshold).toBe(0.6); // 0.5 < 0.6 ≤ 0.75
    expect(thresholdForRecall(scores, truths, 1).threshold).toBe(0.3); // 0.2 also finds all, but flags more good ones
    expect(thresholdForRecall(scores, truths, 0).threshold).toBe(0.9);
  });

  it("needs a recall from 0 to 1 and at least one positive", () => {
    expect(() => thresholdForRecall(scores, truths, 1.5)).toThrow("thresholdForRecall: expected a required recall from 0 to 1, got 1.5.");
    expect(() => thresholdForRecall([0.3, 0.4], [0, 0], 0.5)).toThrow(
      "thresholdForRecall: expected at least one positive truth (1), got none. Recall tp / (tp + fn) is undefined without positives.",
    );
  });
});
