/** Mean and spread of scores, and the k-fold loop over a dataset. */
import { describe, expect, it } from "vitest";
import { crossValidate, meanAndStandardDeviation } from "../../lib/src/cross-validation";
import { Random } from "../../lib/src/random";
import { Tensor } from "../../lib/src/tensor";
import type { Dataset } from "../../lib/src/data/dataset";

describe("meanAndStandardDeviation", () => {
  it("divides by K (population standard deviation)", () => {
    // mean 5; squared deviations 9, 1, 1, 1, 0, 0, 4, 16 sum to 32; 32 / 8 = 4; √4 = 2
    expect(meanAndStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, standardDeviation: 2 });
    // 0.8 and 0.9: mean 0.85, each 0.05 away
    const { mean, standardDeviation } = meanAndStandardDeviation(Float64Array.of(0.8, 0.9));
    expect(mean).toBeCloseTo(0.85, 15);
    expect(standardDeviation).toBeCloseTo(0.05, 15);
    expect(meanAndStandardDeviation([0.5])).toEqual({ mean: 0.5, standardDeviation: 0 });
  });
  it("names empty or non-finite scores", () => {
    expect(() => meanAndStandardDeviation([])).toThrow("meanAndStandardDeviation: expected a non-empty array of scores, got an array of length 0.");
    expect(() => meanAndStandardDeviation([1, Infinity])).toThrow("meanAndStandardDeviation: expected finite numbers, got Infinity at position 1.");
  });
});

/** 12 examples with one feature equal to their index, labels 0, 1, 2 in turn. */
function toyData(): Dataset {
  return { inputs: new Tensor([12, 1], Float64Array.from({ length: 12 }, (_, i) => i)), labels: Uint8Array.from({ length: 12 }, (_, i) => i % 3), classes: 3 };
}

describe("crossValidate", () => {
  it("validates on every example exactly once and trains on the rest", () => {
    const seen: number[] = [];
    const result = crossValidate(toyData(), 4, (training, validation, fold) => {
      const ids = (d: Dataset) => Array.from(d.inputs.data);
      expect(training.labels.length + validation.labels.length).toBe(12);
      expect(ids(training).filter((i) => ids(validation).includes(i))).toEqual([]);
      seen.push(...ids(validation));
      return fold + 1; // scores 1, 2, 3, 4: mean 2.5, σ = √((2.25 + 0.25 + 0.25 + 2.25)/4) = √1.25
    }, { random: new Random(3) });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(result.scores).toEqual([1, 2, 3, 4]);
    expect(result.mean).toBe(2.5);
    expect(result.standardDeviation).toBeCloseTo(Math.sqrt(1.25), 15);
    expect(result.folds).toHaveLength(4);
  });
  it("keeps the class ratios when stratified", () => {
    const result = crossValidate(toyData(), 4, (_, validation) => validation.labels.filter((l) => l === 0).length, { random: new Random(3), stratified: true });
    // 4 examples of each class dealt round 4 folds: one of class 0 in every fold
    expect(result.scores).toEqual([1, 1, 1, 1]);
  });
  it("names a missing function or a score that is not a number", () => {
    expect(() => crossValidate(toyData(), 3, undefined as never)).toThrow("crossValidate: expected a function (training, validation) => score, got undefined.");
    expect(() => crossValidate(toyData(), 3, () => NaN, { random: new Random(1) })).toThrow(
      "crossValidate: expected trainAndScore to return a finite number, got NaN for fold 1.");
  });
});
