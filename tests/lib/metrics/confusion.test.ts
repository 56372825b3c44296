import { describe, expect, it } from "vitest";
import { binaryConfusion, checkMatrix, classCounts, confusionMatrix } from "../../../lib/src/metrics/confusion";

describe("binaryConfusion", () => {
  it("counts each pair of prediction and truth", () => {
    // (p, t): (1,1) tp, (1,0) fp, (0,1) fn, (0,0) tn, (1,1) tp, (0,0) tn → tp 2, fp 1, fn 1, tn 2
    expect(binaryConfusion([1, 1, 0, 0, 1, 0], [1, 0, 1, 0, 1, 0])).toEqual({ tp: 2, fp: 1, fn: 1, tn: 2 });
  });

  it("gives all zeros for no examples", () => {
    expect(binaryConfusion([], [])).toEqual({ tp: 0, fp: 0, fn: 0, tn: 0 });
  });

  it("accepts typed arrays", () => {
    expect(binaryConfusion(Uint8Array.from([0, 1]), Int32Array.from([1, 1]))).toEqual({ tp: 1, fp: 0, fn: 1, tn: 0 });
  });

  it("explains bad input", () => {
    expect(() => binaryConfusion([1, 0], [1])).toThrow("binaryConfusion: there must be one prediction per truth, got predictions [2] and truths [1].");
    expect(() => binaryConfusion([1, 2], [1, 0])).toThrow(
      "binaryConfusion: expected predictions that are 0 (negative, good) or 1 (positive, defective), got 2 at index 1.",
    );
    expect(() => binaryConfusion([1], [0.5])).toThrow(
      "binaryConfusion: expected truths that are 0 (negative, good) or 1 (positive, defective), got 0.5 at index 0.",
    );
    expect(() => binaryConfusion(null as unknown as number[], [])).toThrow("binaryConfusion: expected an array of predictions, got null.");
  });
});

describe("confusionMatrix", () => {
  // truths      0  1  1  2  0  2
  // predictions 0  2  1  1  0  2
  const predictions = [0, 2, 1, 1, 0, 2];
  const truths = [0, 1, 1, 2, 0, 2];

  it("counts true class i predicted as j in row i, column j", () => {
    // (t, p): (0,0) twice → [0][0] = 2; (1,2), (1,1), (2,1), (2,2) once each
    expect(confusionMatrix(predictions, truths)).toEqual([
      [2, 0, 0],
      [0, 1, 1],
      [0, 1, 1],
    ]);
  });

  it("makes room for a class absent from both arrays when told the number of classes", () => {
    expect(confusionMatrix([0, 1], [1, 1], 3)).toEqual([
      [0, 0, 0],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    expect(confusionMatrix([], [])).toEqual([]);
  });

  it("explains labels that do not fit", () => {
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow("confusionMatrix: expected predictions that are classes from 0 to 2, got 3 at index 1.");
    expect(() => confusionMatrix([0, 1], [0, -1])).toThrow("confusionMatrix: expected truths that are classes from 0 to 1, got -1 at index 1.");
    expect(() => confusionMatrix([0, 1.5], [0, 1])).toThrow("confusionMatrix: expected predictions that are classes from 0 to 1, got 1.5 at index 1.");
    expect(() => confusionMatrix([0], [0], 0)).toThrow("confusionMatrix: expected a whole number of classes ≥ 1, got 0.");
  });
});

describe("classCounts", () => {
  const matrix = [
    [2, 0, 0],
    [0, 1, 1],
    [0, 1, 1],
  ];

  it("reads one class against the rest", () => {
    // class 1: tp = [1][1] = 1; column 1 sums to 2 → fp 1; row 1 sums to 2 → fn 1; tn = 6 − 2 − 2 + 1 = 3
    expect(classCounts(matrix, 1)).toEqual({ tp: 1, fp: 1, fn: 1, tn: 3 });
    // class 0: tp 2, nothing else in its row or column, tn = 6 − 2 = 4
    expect(classCounts(matrix, 0)).toEqual({ tp: 2, fp: 0, fn: 0, tn: 4 });
  });

  it("rejects a class outside the matrix", () => {
    expect(() => classCounts(matrix, 3)).toThrow("classCounts: expected a class from 0 to 2, got 3.");
  });
});

describe("checkMatrix", () => {
  it("returns the number of classes of a square matrix of counts", () => {
    expect(checkMatrix("op", [[1, 2], [3, 4]])).toBe(2);
  });

  it("explains what is wrong with a matrix", () => {
    expect(() => checkMatrix("op", [[1, 2], [3]])).toThrow(
      "op: a confusion matrix must be square, one row and one column per class, got matrix [2, 2] and row 1 [1].",
    );
    expect(() => checkMatrix("op", [[1, -2], [3, 4]])).toThrow("op: expected counts that are whole numbers ≥ 0, got -2 at [0][1].");
    expect(() => checkMatrix("op", [1, 2] as unknown as number[][])).toThrow("op: expected a confusion matrix as an array of rows, got an array of length 2.");
  });
});
