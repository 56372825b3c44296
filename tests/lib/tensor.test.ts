import { describe, expect, it } from "vitest";
import { Tensor, full, shapeOf, sizeOf, tensor, zeros } from "../../lib/src/tensor";

describe("tensor and shape", () => {
  it("reads the shape off the nesting: scalar, vector, matrix, rank-3", () => {
    expect(shapeOf(7)).toEqual([]);
    expect(shapeOf([1, 2, 3])).toEqual([3]);
    expect(shapeOf([[1, 2, 3], [4, 5, 6]])).toEqual([2, 3]);
    expect(shapeOf([[[1], [2]], [[3], [4]], [[5], [6]]])).toEqual([3, 2, 1]);
    expect(shapeOf([])).toEqual([0]);
  });

  it("stores elements row-major and gives them back nested", () => {
    const m = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.rank).toBe(2);
    expect(m.size).toBe(6);
    expect([m.rows, m.cols]).toEqual([2, 3]);
    // row 1, column 2 → offset 1·3 + 2 = 5 → 6
    expect(m.at(1, 2)).toBe(6);
    expect(m.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(tensor(5).toArray()).toBe(5);
    expect(m.toString()).toBe("Tensor [2, 3] [[1,2,3],[4,5,6]]");
  });

  it("reshapes, flattens and makes a column without copying", () => {
    const image = zeros([28, 28]);
    expect(image.flatten().shape).toEqual([784]);
    expect(image.asColumn().shape).toEqual([784, 1]);
    const m = tensor([[1, 2], [3, 4], [5, 6]]);
    const r = m.reshape([2, 3]);
    expect(r.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(r.data).toBe(m.data);
    const c = m.clone();
    c.data[0] = 9;
    expect(m.at(0, 0)).toBe(1);
  });

  it("builds filled tensors and sizes", () => {
    expect(full([2, 2], 0.5).toArray()).toEqual([[0.5, 0.5], [0.5, 0.5]]);
    expect(sizeOf([10, 28, 28])).toBe(7840);
    expect(sizeOf([])).toBe(1);
  });

  it("explains a ragged array, a bad shape, a bad reshape and a bad index", () => {
    expect(() => tensor([[1, 2], [3]])).toThrow(
      "shapeOf: every entry along a dimension must have the same shape, got entry 0 [2] and entry 1 [1]. Ragged arrays are not tensors.",
    );
    expect(() => shapeOf("abc" as never)).toThrow('shapeOf: expected numbers or nested arrays of numbers, got "abc" (a string).');
    expect(() => zeros([2, -1])).toThrow("Tensor: expected a shape of whole numbers ≥ 0 such as [28, 28], got an array of length 2.");
    expect(() => new Tensor([2, 2], new Float64Array(3))).toThrow(
      "Tensor: data must hold one number per element (4), got shape [2, 2] and data [3].",
    );
    expect(() => zeros([28, 28]).reshape([700])).toThrow(
      "reshape: the new shape must have as many elements as the old, got tensor [28, 28] and new shape [700]. [28, 28] holds 784 numbers.",
    );
    expect(() => zeros([2, 3]).at(2, 0)).toThrow("at: index [2, 0] is outside shape [2, 3]. Indices start at 0.");
    expect(() => zeros([3]).rows).toThrow("rows: needs a matrix (rank 2), got tensor [3].");
    expect(() => zeros([3]).cols).toThrow("cols: needs a matrix (rank 2), got tensor [3].");
  });
});
