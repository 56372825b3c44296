import { describe, expect, it } from "vitest";
import { add, addColumn, hadamard, map, scale, subtract } from "../../lib/src/elementwise";
import { ShapeError, ValueError } from "../../lib/src/errors";
import { Tensor, tensor, zeros } from "../../lib/src/tensor";

const a = tensor([[1, 2], [3, 4]]);
const b = tensor([[10, 20], [30, 40]]);

describe("add, subtract, hadamard", () => {
  it("work element by element, worked by hand", () => {
    // add:      [[1+10, 2+20], [3+30, 4+40]]  = [[11, 22], [33, 44]]
    // subtract: [[1−10, 2−20], [3−30, 4−40]]  = [[−9, −18], [−27, −36]]
    // hadamard: [[1·10, 2·20], [3·30, 4·40]]  = [[10, 40], [90, 160]]
    expect(add(a, b).toArray()).toEqual([[11, 22], [33, 44]]);
    expect(subtract(a, b).toArray()).toEqual([[-9, -18], [-27, -36]]);
    expect(hadamard(a, b).toArray()).toEqual([[10, 40], [90, 160]]);
  });

  it("return new tensors and leave their inputs alone", () => {
    const sum = add(a, b);
    sum.data[0] = 99;
    expect(a.toArray()).toEqual([[1, 2], [3, 4]]);
    expect(b.toArray()).toEqual([[10, 20], [30, 40]]);
  });

  it("work on any rank, including vectors", () => {
    expect(hadamard(tensor([1, -2, 3]), tensor([4, 5, -6])).toArray()).toEqual([4, -10, -18]);
  });

  it("refuse different shapes, naming both", () => {
    expect(() => hadamard(zeros([3, 2]), zeros([2, 3]), ["delta", "sp"])).toThrow(
      "hadamard: delta and sp must have the same shape, got delta [3, 2] and sp [2, 3]. " +
        "Element-wise operations pair each element of one tensor with the element at the same place in the other.",
    );
    expect(() => subtract(zeros([10, 1]), zeros([10]))).toThrow(ShapeError);
  });

  it("point add towards addColumn when the second operand is a bias column", () => {
    expect(() => add(zeros([30, 10]), zeros([30, 1]), ["z", "b"])).toThrow(
      "add: z and b must have the same shape, got z [30, 10] and b [30, 1]. To add the column b to every column of z, use addColumn(z, b).",
    );
  });

  it("refuse something that is not a Tensor", () => {
    expect(() => add(a, [1, 2] as unknown as Tensor)).toThrow(
      "add: expected a Tensor for b, got an array of length 2. Make one with tensor([[...]]).",
    );
  });
});

describe("scale", () => {
  it("multiplies every element: 0.5·[[1, 2], [3, 4]] = [[0.5, 1], [1.5, 2]]", () => {
    expect(scale(a, 0.5).toArray()).toEqual([[0.5, 1], [1.5, 2]]);
  });

  it("refuses a factor that is not a finite number", () => {
    expect(() => scale(a, Number.NaN)).toThrow("scale: expected a finite number for k, got NaN.");
    expect(() => scale(a, Infinity)).toThrow(ValueError);
  });
});

describe("map", () => {
  it("applies a function to every element and keeps the shape", () => {
    // x ↦ x² − 1: 1 → 0, 2 → 3, 3 → 8, 4 → 15
    const squared = map(a, (x) => x * x - 1);
    expect(squared.shape).toEqual([2, 2]);
    expect(squared.toArray()).toEqual([[0, 3], [8, 15]]);
  });

  it("refuses something that is not a function", () => {
    expect(() => map(a, 3 as unknown as (x: number) => number)).toThrow("map: expected a function for f, got 3.");
  });
});

describe("addColumn", () => {
  it("adds the bias column to every column (example) of a mini-batch", () => {
    // z = [[1, 2, 3], [4, 5, 6]], b = [[10], [20]]: row 0 gets +10, row 1 gets +20
    const z = addColumn(tensor([[1, 2, 3], [4, 5, 6]]), tensor([[10], [20]]));
    expect(z.toArray()).toEqual([[11, 12, 13], [24, 25, 26]]);
  });

  it("refuses a column of the wrong length, with a hint about biases", () => {
    expect(() => addColumn(zeros([30, 10]), zeros([10, 1]), ["w·a", "b"])).toThrow(
      "addColumn: b must be a column with one entry per row of w·a, got w·a [30, 10] and b [10, 1]. " +
        "A bias column [30, 1] is added to each of the 10 columns (examples) of w·a.",
    );
  });

  it("refuses a plain vector or a row in place of the column", () => {
    expect(() => addColumn(zeros([2, 3]), zeros([2]))).toThrow(
      "addColumn: column must be a column with one entry per row of m, got m [2, 3] and column [2]. " +
        "A bias column [2, 1] is added to each of the 3 columns (examples) of m.",
    );
    expect(() => addColumn(zeros([2, 3]), zeros([2, 2]))).toThrow(ShapeError);
  });

  it("needs a matrix to add to", () => {
    expect(() => addColumn(zeros([3]), zeros([3, 1]))).toThrow(
      "addColumn: m must be a matrix (rank 2), got m [3]. Make a vector a column with asColumn(): [3] → [3, 1].",
    );
  });
});
