import { describe, expect, it } from "vitest";
import { dot, matmul, transpose } from "../../lib/src/linalg";
import { Tensor, tensor, zeros } from "../../lib/src/tensor";

describe("transpose", () => {
  it("turns rows into columns: [2, 3] → [3, 2]", () => {
    // [[1, 2, 3], [4, 5, 6]]ᵀ = [[1, 4], [2, 5], [3, 6]]
    const t = transpose(tensor([[1, 2, 3], [4, 5, 6]]));
    expect(t.shape).toEqual([3, 2]);
    expect(t.toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
  });

  it("makes a row a column and back, and does not touch its input", () => {
    const row = tensor([[7, 8, 9]]);
    const column = transpose(row);
    expect(column.toArray()).toEqual([[7], [8], [9]]);
    expect(transpose(column).toArray()).toEqual(row.toArray());
    expect(row.toArray()).toEqual([[7, 8, 9]]);
  });

  it("refuses a vector and names its shape", () => {
    expect(() => transpose(tensor([1, 2, 3]))).toThrow(
      "transpose: m must be a matrix (rank 2), got m [3]. Make a vector a column with asColumn(): [3] → [3, 1].",
    );
  });

  it("refuses something that is not a Tensor", () => {
    expect(() => transpose([[1, 2]] as unknown as Tensor)).toThrow(
      "transpose: expected a Tensor for m, got an array of length 1. Make one with tensor([[...]]).",
    );
  });
});

describe("matmul", () => {
  it("multiplies [2, 3] by [3, 2], worked by hand", () => {
    // a = [[1, 2, 3], [4, 5, 6]], b = [[7, 8], [9, 10], [11, 12]]
    // (0,0) 1·7 + 2·9 + 3·11 = 7 + 18 + 33 = 58     (0,1) 1·8 + 2·10 + 3·12 = 8 + 20 + 36 = 64
    // (1,0) 4·7 + 5·9 + 6·11 = 28 + 45 + 66 = 139   (1,1) 4·8 + 5·10 + 6·12 = 32 + 50 + 72 = 154
    const c = matmul(tensor([[1, 2, 3], [4, 5, 6]]), tensor([[7, 8], [9, 10], [11, 12]]));
    expect(c.shape).toEqual([2, 2]);
    expect(c.toArray()).toEqual([[58, 64], [139, 154]]);
  });

  it("computes a layer's weighted input w·a for one column", () => {
    // w = [[1, −1], [2, 0.5]], a = [[3], [4]]: 1·3 − 1·4 = −1; 2·3 + 0.5·4 = 8
    expect(matmul(tensor([[1, -1], [2, 0.5]]), tensor([[3], [4]])).toArray()).toEqual([[-1], [8]]);
  });

  it("agrees with the definition Σₖ aᵢₖbₖⱼ on a non-square product", () => {
    const a = new Tensor([3, 4], Float64Array.from({ length: 12 }, (_, i) => Math.sin(i + 1)));
    const b = new Tensor([4, 5], Float64Array.from({ length: 20 }, (_, i) => Math.cos(i + 1)));
    const c = matmul(a, b);
    expect(c.shape).toEqual([3, 5]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 5; j++) {
        let expected = 0;
        for (let k = 0; k < 4; k++) expected += a.at(i, k) * b.at(k, j);
        expect(c.at(i, j)).toBeCloseTo(expected, 12);
      }
    }
  });

  it("multiplies by an empty inner dimension to zeros", () => {
    expect(matmul(zeros([2, 0]), zeros([0, 3])).toArray()).toEqual([[0, 0, 0], [0, 0, 0]]);
  });

  it("tells a learner to flatten an image, naming the operands", () => {
    expect(() => matmul(zeros([30, 784]), zeros([28, 28]), ["w", "a"])).toThrow(
      "matmul: columns of w must equal rows of a, got w [30, 784] and a [28, 28]. Flatten the image to [784, 1] first (notebook 01).",
    );
  });

  it("spots a transposed operand, such as a row where a column belongs", () => {
    expect(() => matmul(zeros([30, 784]), zeros([1, 784]), ["w", "x"])).toThrow(
      "matmul: columns of w must equal rows of x, got w [30, 784] and x [1, 784]. x looks transposed: transpose(x) is [784, 1].",
    );
  });

  it("explains the rule in general otherwise, with the default names", () => {
    expect(() => matmul(zeros([2, 3]), zeros([4, 2]))).toThrow(
      "matmul: columns of a must equal rows of b, got a [2, 3] and b [4, 2]. a [r, k] times b [k, m] gives [r, m], so b needs 3 rows.",
    );
  });

  it("asks for a column when given a plain vector", () => {
    expect(() => matmul(zeros([30, 784]), zeros([784]), ["w", "x"])).toThrow(
      "matmul: x must be a matrix (rank 2), got x [784]. Make a vector a column with asColumn(): [784] → [784, 1].",
    );
  });

  it("refuses a rank-3 batch of images", () => {
    expect(() => matmul(zeros([10, 28, 28]), zeros([784, 1]))).toThrow(
      "matmul: a must be a matrix (rank 2), got a [10, 28, 28].",
    );
  });
});

describe("dot", () => {
  it("sums the products: [1, 2, 3]·[4, 5, 6] = 4 + 10 + 18 = 32", () => {
    expect(dot(tensor([1, 2, 3]), tensor([4, 5, 6]))).toBe(32);
  });

  it("accepts columns and rows alike: [[1], [−2]]·[[3, 4]] = 3 − 8 = −5", () => {
    expect(dot(tensor([[1], [-2]]), tensor([[3, 4]]))).toBe(-5);
  });

  it("refuses vectors of different lengths, naming both shapes", () => {
    expect(() => dot(tensor([1, 2, 3]), tensor([[1], [2]]))).toThrow(
      "dot: x and y must have the same number of elements, got x [3] and y [2, 1]. A dot product pairs each element of x with one of y.",
    );
  });

  it("refuses a matrix", () => {
    expect(() => dot(tensor([1, 2, 3, 4]), tensor([[1, 2], [3, 4]]))).toThrow(
      "dot: y must be a vector ([n], [n, 1] or [1, n]), got y [2, 2]. For matrices use matmul.",
    );
  });
});
