import { describe, expect, it } from "vitest";
import { argmax, argmaxColumns, mean, sum, sumColumns } from "../../lib/src/reduce";
import { Tensor, tensor, zeros } from "../../lib/src/tensor";

describe("sum and mean", () => {
  it("add every element: 1 + 2 + 3 + 4 + 5 + 6 = 21, mean 21 / 6 = 3.5", () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(sum(t)).toBe(21);
    expect(mean(t)).toBe(3.5);
  });

  it("sum of nothing is 0, mean of nothing is an error", () => {
    expect(sum(zeros([0]))).toBe(0);
    expect(() => mean(zeros([2, 0]))).toThrow(
      "mean: expected at least one element, got a tensor of shape [2, 0]. The mean of nothing is undefined.",
    );
  });

  it("refuse something that is not a Tensor", () => {
    expect(() => sum(3 as unknown as Tensor)).toThrow("sum: expected a Tensor for t, got 3. Make one with tensor([[...]]).");
  });
});

describe("sumColumns", () => {
  it("adds the columns of a mini-batch together: [r, c] → [r, 1]", () => {
    // deltas of 3 examples for 2 neurons: row 0: 1 + 2 + 3 = 6; row 1: −1 + 0.5 + 4 = 3.5
    const nablaB = sumColumns(tensor([[1, 2, 3], [-1, 0.5, 4]]));
    expect(nablaB.shape).toEqual([2, 1]);
    expect(nablaB.toArray()).toEqual([[6], [3.5]]);
  });

  it("gives zeros for a batch of no examples", () => {
    expect(sumColumns(zeros([2, 0])).toArray()).toEqual([[0], [0]]);
  });

  it("needs a matrix", () => {
    expect(() => sumColumns(tensor([1, 2]))).toThrow(
      "sumColumns: m must be a matrix (rank 2), got m [2]. Make a vector a column with asColumn(): [2] → [2, 1].",
    );
  });
});

describe("argmax", () => {
  it("finds the digit an output column votes for", () => {
    // largest of [0.1, 0.05, 0.7, 0.15] is 0.7 at index 2
    expect(argmax(tensor([[0.1], [0.05], [0.7], [0.15]]))).toBe(2);
    expect(argmax(tensor([3, -1, 9]))).toBe(2);
    expect(argmax(tensor([[-5, -2, -7]]))).toBe(1);
  });

  it("gives ties to the first index", () => {
    expect(argmax(tensor([1, 4, 4, 0]))).toBe(1);
  });

  it("refuses NaN instead of answering 0", () => {
    expect(() => argmax(tensor([0.2, Number.NaN, 0.1]))).toThrow(
      "argmax: expected numbers, got NaN at index 1. NaN outputs usually mean training diverged: try a smaller learning rate.",
    );
  });

  it("refuses a matrix or an empty vector", () => {
    const message = "argmax: t must be a non-empty vector ([n], [n, 1] or [1, n]), got t [10, 3]. For the answers of a whole mini-batch use argmaxColumns.";
    expect(() => argmax(zeros([10, 3]))).toThrow(message);
    expect(() => argmax(zeros([0]))).toThrow("argmax: t must be a non-empty vector ([n], [n, 1] or [1, n]), got t [0].");
  });
});

describe("argmaxColumns", () => {
  it("predicts one class per column of a batch", () => {
    // column 0: [0.1, 0.8, 0.1] → 1; column 1: [0.6, 0.3, 0.1] → 0; column 2: [0.2, 0.2, 0.9] → 2
    const outputs = tensor([
      [0.1, 0.6, 0.2],
      [0.8, 0.3, 0.2],
      [0.1, 0.1, 0.9],
    ]);
    expect(Array.from(argmaxColumns(outputs))).toEqual([1, 0, 2]);
    expect(argmaxColumns(outputs)).toBeInstanceOf(Int32Array);
  });

  it("names the place of a NaN", () => {
    expect(() => argmaxColumns(tensor([[1, 2], [3, Number.NaN]]))).toThrow(
      "argmaxColumns: expected numbers, got NaN at row 1 of column 1.",
    );
  });

  it("needs a matrix with at least one row", () => {
    expect(() => argmaxColumns(zeros([0, 4]))).toThrow("argmaxColumns: m must have at least one row, got m [0, 4].");
    expect(() => argmaxColumns(zeros([4]))).toThrow("argmaxColumns: m must be a matrix (rank 2), got m [4].");
  });
});
