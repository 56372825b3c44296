import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../lib/src/data/dataset";
import { kFold, miniBatches, shuffledIndices, stratifiedIndices, stratifiedSample, trainTestSplit } from "../../../lib/src/data/split";
import { Random, setSeed } from "../../../lib/src/random";
import { Tensor } from "../../../lib/src/tensor";

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const ascending = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);

/** How many of `indices` have each label: [count of 0, count of 1, …]. */
function classCounts(labels: ArrayLike<number>, indices: number[], classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const i of indices) counts[labels[i]!]!++;
  return counts;
}

// 10 examples: six of class 0, three of class 1, one of class 2. Row i holds the single feature i.
const LABELS = [0, 1, 0, 0, 2, 1, 0, 0, 1, 0];
function tenExamples(): Dataset {
  return { inputs: new Tensor([10, 1], Float64Array.from(range(10))), labels: Uint8Array.from(LABELS), classes: 3 };
}

describe("shuffledIndices", () => {
  it("gives every index once, in an order fixed by the seed", () => {
    const order = shuffledIndices(10, new Random(1));
    expect(ascending(order)).toEqual(range(10));
    expect(order).toEqual(shuffledIndices(10, new Random(1)));
    expect(order).not.toEqual(range(10));
  });

  it("uses the generator of setSeed by default", () => {
    setSeed(7);
    const first = shuffledIndices(20);
    setSeed(7);
    expect(shuffledIndices(20)).toEqual(first);
  });

  it("rejects a count that is not a whole number and a generator that is not one", () => {
    expect(() => shuffledIndices(2.5)).toThrow("shuffledIndices: expected n as a whole number ≥ 0, got 2.5.");
    expect(() => shuffledIndices(3, Math as unknown as Random)).toThrow(
      "shuffledIndices: expected a Random generator (new Random(seed)), got an object (Math).",
    );
  });
});

describe("miniBatches", () => {
  it("cuts consecutive batches and keeps the short last one: 10 in 4s → 4, 4, 2", () => {
    expect(miniBatches(range(10), 4)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(miniBatches([5, 3], 10)).toEqual([[5, 3]]);
    expect(miniBatches([], 10)).toEqual([]);
  });

  it("rejects a mini-batch size below 1", () => {
    expect(() => miniBatches(range(3), 0)).toThrow("miniBatches: expected miniBatchSize as a whole number ≥ 1, got 0.");
    expect(() => miniBatches(3 as unknown as number[], 1)).toThrow("miniBatches: expected an array of indices, got 3.");
  });
});

describe("stratifiedIndices and stratifiedSample", () => {
  it("shares a total out in proportion, largest remainders first", () => {
    // class counts 6, 3, 1 of 10. Total 5: exact 3, 1.5, 0.5 → floors 3, 1, 0, one left for the tie
    // of remainders 0.5 and 0.5, which goes to the lower class → 3, 2, 0.
    expect(classCounts(LABELS, stratifiedIndices(LABELS, 5, new Random(3)), 3)).toEqual([3, 2, 0]);
    // Total 4: exact 2.4, 1.2, 0.4 → floors 2, 1, 0, one left for the largest remainder 0.4 → 2, 1, 1.
    expect(classCounts(LABELS, stratifiedIndices(LABELS, { total: 4 }, new Random(3)), 3)).toEqual([2, 1, 1]);
  });

  it("takes the same number of every class with perClass, indices ascending and distinct", () => {
    const sample = stratifiedIndices(LABELS, { perClass: 1 }, new Random(5));
    expect(classCounts(LABELS, sample, 3)).toEqual([1, 1, 1]);
    expect(sample).toEqual(ascending([...new Set(sample)]));
  });

  it("copies the sampled rows into a new dataset", () => {
    const sample = stratifiedSample(tenExamples(), { perClass: 1 }, new Random(5));
    const rows = Array.from(sample.inputs.data); // feature i is the row number i
    expect(rows).toEqual(stratifiedIndices(LABELS, { perClass: 1 }, new Random(5)));
    expect(Array.from(sample.labels)).toEqual(rows.map((i) => LABELS[i]));
  });

  it("explains a sample that cannot be drawn", () => {
    expect(() => stratifiedIndices(LABELS, { perClass: 2 })).toThrow("stratifiedSample: expected at least 2 examples of every class, got 1 of class 2.");
    expect(() => stratifiedIndices(LABELS, 11)).toThrow("stratifiedSample: expected a total of at most 10 (the number of examples), got 11.");
    expect(() => stratifiedIndices(LABELS, { total: -1 })).toThrow("stratifiedSample: expected total as a whole number ≥ 0, got -1.");
    expect(() => stratifiedIndices([0, 1.5], 1)).toThrow("stratifiedIndices: expected labels that are whole numbers from 0 to 255, got 1.5 at position 1.");
    expect(() => stratifiedIndices([0, 300], 1)).toThrow("stratifiedIndices: expected labels that are whole numbers from 0 to 255, got 300 at position 1.");
    expect(() => stratifiedIndices(5 as never, 1)).toThrow("stratifiedIndices: expected an array of labels, got 5.");
  });

  it("draws nothing from no examples", () => {
    expect(stratifiedIndices([], 0)).toEqual([]);
    const empty: Dataset = { inputs: new Tensor([0, 1]), labels: new Uint8Array(0), classes: 2 };
    expect(stratifiedSample(empty, { total: 0 }).inputs.shape).toEqual([0, 1]);
  });

  it("counts a class absent from the labels when the dataset says it exists", () => {
    const data = { ...tenExamples(), classes: 4 }; // class 3 has no example
    expect(() => stratifiedSample(data, { perClass: 1 })).toThrow("stratifiedSample: expected at least 1 examples of every class, got 0 of class 3.");
  });
});

describe("trainTestSplit", () => {
  it("puts round(n · fraction) examples in the test part and the rest in training", () => {
    const { training, test } = trainTestSplit(tenExamples(), 0.3, new Random(2));
    const trainingRows = Array.from(training.inputs.data);
    const testRows = Array.from(test.inputs.data);
    expect(testRows.length).toBe(3); // 10 · 0.3
    expect(ascending([...trainingRows, ...testRows])).toEqual(range(10));
    expect(testRows).toEqual(ascending(testRows));
  });

  it("keeps the class ratios when stratified", () => {
    // 3 test examples: exact 1.8, 0.9, 0.3 → floors 1, 0, 0; two left go to remainders 0.9 and 0.8 → 2, 1, 0
    const { training, test } = trainTestSplit(tenExamples(), 0.3, new Random(2), true);
    const count = (d: Dataset): number[] => classCounts(d.labels, range(d.labels.length), 3);
    expect(count(test)).toEqual([2, 1, 0]);
    expect(count(training)).toEqual([4, 2, 1]);
  });

  it("rejects a fraction that leaves one side empty", () => {
    const message = "trainTestSplit: expected a testFraction between 0 and 1 that leaves examples on both sides of 10, got";
    expect(() => trainTestSplit(tenExamples(), 0.01)).toThrow(`${message} 0.01.`);
    expect(() => trainTestSplit(tenExamples(), 1)).toThrow(`${message} 1.`);
    expect(() => trainTestSplit(tenExamples(), NaN)).toThrow(`${message} NaN.`);
  });
});

describe("kFold", () => {
  it("makes disjoint validation folds that cover every example once, sizes within one", () => {
    const folds = kFold(10, 3, { random: new Random(4) });
    expect(folds.map((f) => f.validation.length)).toEqual([4, 3, 3]); // 10 = 4 + 3 + 3
    expect(ascending(folds.flatMap((f) => f.validation))).toEqual(range(10));
    for (const fold of folds) {
      expect(ascending([...fold.training, ...fold.validation])).toEqual(range(10));
      expect(fold.validation).toEqual(ascending(fold.validation));
    }
  });

  it("keeps the class ratios in every fold when stratified", () => {
    const random = new Random(9);
    const labels = Array.from({ length: 203 }, () => (random.uniform() < 0.1 ? 1 : random.int(3) === 0 ? 2 : 0));
    const totals = classCounts(labels, range(203), 3);
    const folds = kFold(labels, 5, { random, stratified: true });
    expect(ascending(folds.flatMap((f) => f.validation))).toEqual(range(203));
    const perFold = folds.map((f) => classCounts(labels, f.validation, 3));
    for (let c = 0; c < 3; c++) {
      const counts = perFold.map((p) => p[c]!);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect(counts.reduce((a, b) => a + b)).toBe(totals[c]);
    }
    const sizes = folds.map((f) => f.validation.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it("repeats with the same seed", () => {
    expect(kFold(LABELS, 2, { random: new Random(1), stratified: true })).toEqual(kFold(LABELS, 2, { random: new Random(1), stratified: true }));
  });

  it("explains impossible folds", () => {
    expect(() => kFold(10, 1)).toThrow("kFold: expected k as a whole number ≥ 2, got 1.");
    expect(() => kFold(3, 4)).toThrow("kFold: expected k folds of at least one example each, k ≤ 3, got 4.");
    expect(() => kFold(1, 2)).toThrow("kFold: expected number of examples as a whole number ≥ 2, got 1.");
    expect(() => kFold(10, 2, { stratified: true })).toThrow(
      "kFold: expected labels to stratify by, got the count 10. Pass the labels (data.labels) instead of their number.",
    );
  });
});
