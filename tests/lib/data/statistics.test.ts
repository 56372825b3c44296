import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../lib/src/data/dataset";
import { classMeans, featureScale, labelCounts, standardize } from "../../../lib/src/data/statistics";
import { Tensor, tensor } from "../../../lib/src/tensor";

/** Four examples of two features, classes 0, 1, 0, 2 (3 classes). */
const data: Dataset = {
  inputs: tensor([[1, 10], [3, 20], [5, 30], [7, 40]]),
  labels: Uint8Array.from([0, 1, 0, 2]),
  classes: 3,
};

describe("labelCounts", () => {
  it("counts each class: two 0s, one 1, one 2", () => {
    expect(labelCounts(data)).toEqual([2, 1, 1]);
  });
  it("gives 0 for a class without examples and rejects labels beyond the classes", () => {
    expect(labelCounts({ ...data, classes: 4 })).toEqual([2, 1, 1, 0]);
    expect(() => labelCounts({ ...data, classes: 2 })).toThrow("labelCounts: expected labels from 0 to 1, got 2 at index 3.");
  });
  it("checks the dataset first", () => {
    expect(() => labelCounts({ ...data, labels: Uint8Array.from([0, 1]) })).toThrow(
      "labelCounts: there must be one label per row of inputs, got inputs [4, 2] and labels [2].");
  });
});

describe("classMeans", () => {
  it("averages the examples of each class, feature by feature", () => {
    const means = classMeans(data);
    expect(means.shape).toEqual([3, 2]);
    // class 0: rows (1, 10) and (5, 30) → (3, 20); class 1: (3, 20); class 2: (7, 40)
    expect(means.toArray()).toEqual([[3, 20], [3, 20], [7, 40]]);
  });
  it("gives NaN for a class without examples (no mean of nothing)", () => {
    const means = classMeans({ ...data, classes: 4 });
    expect(Array.from(means.data.subarray(6))).toEqual([NaN, NaN]);
  });
});

describe("featureScale and standardize", () => {
  it("mean and population standard deviation of each feature", () => {
    // feature 0: 1, 3, 5, 7 → mean 4, deviations −3, −1, 1, 3 → variance (9 + 1 + 1 + 9) / 4 = 5
    // feature 1: 10, 20, 30, 40 → mean 25, deviations ±5, ±15 → variance (25 + 25 + 225 + 225) / 4 = 125 = (5√5)²
    const scale = featureScale(data);
    expect(scale.mean).toEqual([4, 25]);
    expect(scale.standardDeviation[0]).toBeCloseTo(Math.sqrt(5), 14);
    expect(scale.standardDeviation[1]).toBeCloseTo(5 * Math.sqrt(5), 13);
  });
  it("standardises to mean 0 and standard deviation 1, keeping labels and extra fields", () => {
    const standard = standardize({ ...data, featureNames: ["a", "b"] } as Dataset & { featureNames: string[] });
    // (1 − 4) / √5 = −1.3416…
    expect(standard.inputs.at(0, 0)).toBeCloseTo(-3 / Math.sqrt(5), 14);
    expect(standard.inputs.at(3, 1)).toBeCloseTo(3 / Math.sqrt(5), 14); // (40 − 25) / (5√5)
    const again = featureScale(standard);
    again.mean.forEach((m) => expect(m).toBeCloseTo(0, 14));
    again.standardDeviation.forEach((s) => expect(s).toBeCloseTo(1, 14));
    expect(standard.labels).toBe(data.labels);
    expect((standard as Dataset & { featureNames: string[] }).featureNames).toEqual(["a", "b"]);
    expect(data.inputs.at(0, 0)).toBe(1); // the original is untouched
  });
  it("uses a given (training) scale for another set, and only centres a constant feature", () => {
    const test: Dataset = { inputs: tensor([[4, 25], [4 + Math.sqrt(5), 25]]), labels: Uint8Array.from([0, 1]), classes: 3 };
    expect(standardize(test, featureScale(data)).inputs.toArray()).toEqual([[0, 0], [1, 0]]);
    const constant: Dataset = { inputs: tensor([[2, 1], [2, 3]]), labels: Uint8Array.from([0, 0]), classes: 1 };
    expect(standardize(constant).inputs.toArray()).toEqual([[0, -1], [0, 1]]);
  });
  it("rejects a scale of the wrong length and an empty dataset", () => {
    expect(() => standardize(data, { mean: [0], standardDeviation: [1] })).toThrow(
      "standardize: expected a scale { mean, standardDeviation } with 2 numbers each (from featureScale), got an array of length 1.");
    const empty: Dataset = { inputs: new Tensor([0, 2]), labels: new Uint8Array(0), classes: 1 };
    expect(() => featureScale(empty)).toThrow("featureScale: expected at least one example, got none.");
  });
});
