import { describe, expect, it } from "vitest";
import { binaryConfusion, confusionMatrix } from "../../../lib/src/metrics/confusion";
import { accuracyOf, f1, macroAverage, microAverage, perClassMeasures, precision, recall } from "../../../lib/src/metrics/measures";

describe("binary measures", () => {
  it("works out a small case by hand", () => {
    const counts = { tp: 2, fp: 1, fn: 1, tn: 2 };
    expect(accuracyOf(counts)).toBeCloseTo(4 / 6, 15); // (2 + 2) / 6
    expect(precision(counts)).toBeCloseTo(2 / 3, 15); // 2 / (2 + 1)
    expect(recall(counts)).toBeCloseTo(2 / 3, 15); // 2 / (2 + 1)
    expect(f1(counts)).toBeCloseTo(2 / 3, 15); // 2·2 / (2·2 + 1 + 1)
  });

  it("F1 is the harmonic mean of precision and recall", () => {
    const counts = { tp: 3, fp: 7, fn: 1, tn: 9 }; // precision 0.3, recall 0.75
    expect(f1(counts)).toBeCloseTo((2 * 0.3 * 0.75) / (0.3 + 0.75), 15); // = 6 / 14
  });

  it("shows why accuracy misleads: 5 defects in 100, the model says every product is good", () => {
    const counts = binaryConfusion(new Array(100).fill(0), Array.from({ length: 100 }, (_, i) => (i < 5 ? 1 : 0)));
    expect(counts).toEqual({ tp: 0, fp: 0, fn: 5, tn: 95 });
    expect(accuracyOf(counts)).toBe(0.95);
    expect(recall(counts)).toBe(0); // found none of the 5 defects
    expect(precision(counts)).toBeNaN(); // nothing called defective: 0 / 0 is undefined
    expect(f1(counts)).toBe(0); // 0 / (0 + 0 + 5)
  });

  it("and the opposite: every product called defective", () => {
    const counts = { tp: 5, fp: 95, fn: 0, tn: 0 };
    expect(recall(counts)).toBe(1);
    expect(precision(counts)).toBe(0.05);
    expect(f1(counts)).toBeCloseTo(10 / 105, 15); // 2·5 / (2·5 + 95 + 0)
  });

  it("defines the degenerate cases: NaN for 0 / 0", () => {
    const none = { tp: 0, fp: 0, fn: 0, tn: 0 };
    expect([accuracyOf(none), precision(none), recall(none), f1(none)]).toEqual([NaN, NaN, NaN, NaN]);
    const onlyNegatives = { tp: 0, fp: 0, fn: 0, tn: 7 }; // nothing to find, nothing called positive
    expect([accuracyOf(onlyNegatives), precision(onlyNegatives), recall(onlyNegatives), f1(onlyNegatives)]).toEqual([1, NaN, NaN, NaN]);
  });

  it("explains bad counts", () => {
    expect(() => precision({ tp: 1, fp: -1, fn: 0, tn: 0 })).toThrow("precision: expected fp as a whole number ≥ 0, got -1.");
    expect(() => recall({ tp: 1, fp: 0, tn: 0 } as never)).toThrow("recall: expected fn as a whole number ≥ 0, got undefined.");
    expect(() => f1(null as never)).toThrow("f1: expected counts { tp, fp, fn, tn } (from binaryConfusion), got null.");
    expect(() => accuracyOf({ tp: 0.5, fp: 0, fn: 0, tn: 0 })).toThrow("accuracyOf: expected tp as a whole number ≥ 0, got 0.5.");
  });
});

describe("multi-class measures", () => {
  // rows true class, columns predicted: 6 examples, 4 correct
  const matrix = [
    [2, 0, 0],
    [0, 1, 1],
    [0, 1, 1],
  ];

  it("accuracy is the diagonal over the total", () => {
    expect(accuracyOf(matrix)).toBeCloseTo(4 / 6, 15); // (2 + 1 + 1) / 6
    expect(accuracyOf([])).toBeNaN();
  });

  it("measures every class against the rest", () => {
    // class 0: tp 2, fp 0, fn 0 → 1, 1, 1; classes 1 and 2: tp 1, fp 1, fn 1 → 1/2 each
    expect(perClassMeasures(matrix)).toEqual([
      { class: 0, precision: 1, recall: 1, f1: 1, support: 2 },
      { class: 1, precision: 0.5, recall: 0.5, f1: 0.5, support: 2 },
      { class: 2, precision: 0.5, recall: 0.5, f1: 0.5, support: 2 },
    ]);
  });

  it("macro averages classes, micro averages examples (and equals accuracy)", () => {
    const macro = macroAverage(matrix); // (1 + 0.5 + 0.5) / 3 for each measure
    expect([macro.precision, macro.recall, macro.f1].map((x) => x.toFixed(12))).toEqual(new Array(3).fill((2 / 3).toFixed(12)));
    const micro = microAverage(matrix); // pooled tp 4, fp 2, fn 2 → 4 / 6
    expect([micro.precision, micro.recall, micro.f1]).toEqual([4 / 6, 4 / 6, 4 / 6]);
  });

  it("macro counts a class that exists but is never predicted as 0, and skips a class absent everywhere", () => {
    // truths 0, 1, 0 all predicted 0, three classes declared: matrix [[2, 0, 0], [1, 0, 0], [0, 0, 0]]
    const m = confusionMatrix([0, 0, 0], [0, 1, 0], 3);
    expect(perClassMeasures(m)[1]).toEqual({ class: 1, precision: NaN, recall: 0, f1: 0, support: 1 });
    // class 0: precision 2/3, recall 1, F1 4/5; class 1: precision NaN → 0, recall 0, F1 0; class 2 skipped
    const macro = macroAverage(m);
    expect(macro.precision).toBeCloseTo((2 / 3 + 0) / 2, 15);
    expect(macro.recall).toBe(0.5);
    expect(macro.f1).toBeCloseTo(0.4, 15);
  });

  it("gives NaN averages for no examples", () => {
    expect(macroAverage([[0, 0], [0, 0]])).toEqual({ precision: NaN, recall: NaN, f1: NaN });
    expect(microAverage([[0, 0], [0, 0]])).toEqual({ precision: NaN, recall: NaN, f1: NaN });
  });

  it("names the operation for a bad matrix", () => {
    expect(() => perClassMeasures([[1, 2]])).toThrow("perClassMeasures: a confusion matrix must be square, one row and one column per class, got matrix [1, 2] and row 0 [2].");
    expect(() => microAverage([[NaN]])).toThrow("microAverage: expected counts that are whole numbers ≥ 0, got NaN at [0][0].");
    expect(() => accuracyOf([[1, 2], [3]])).toThrow("accuracyOf: a confusion matrix must be square");
  });
});
