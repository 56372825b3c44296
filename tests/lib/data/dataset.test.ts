import { describe, expect, it } from "vitest";
import { batchColumns, checkDataset, image, oneHot, oneHotBatch, subset, type Dataset } from "../../../lib/src/data/dataset";
import { Tensor, tensor } from "../../../lib/src/tensor";

// Three examples of four features, one per row; labels 2, 0, 1 of three classes.
function tiny(): Dataset {
  return {
    inputs: tensor([
      [0, 1, 2, 3],
      [10, 11, 12, 13],
      [20, 21, 22, 23],
    ]),
    labels: Uint8Array.from([2, 0, 1]),
    classes: 3,
  };
}

describe("oneHot", () => {
  it("puts a 1 in the row of the label: 3 of 10 → column with row 3 set", () => {
    const y = oneHot(3, 10);
    expect(y.shape).toEqual([10, 1]);
    expect(Array.from(y.data)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it("rejects a label outside 0 … classes − 1", () => {
    expect(() => oneHot(10, 10)).toThrow(
      "oneHot: expected a label that is a whole number from 0 to 9, got 10. Labels count classes from 0, so 10 classes are 0 … 9.",
    );
    expect(() => oneHot(1.5, 10)).toThrow("oneHot: expected a label that is a whole number from 0 to 9, got 1.5.");
  });

  it("rejects a number of classes that is not a whole number from 1 to 256", () => {
    expect(() => oneHot(0, 0)).toThrow("oneHot: expected a whole number of classes from 1 to 256, got 0.");
  });
});

describe("oneHotBatch", () => {
  it("makes one one-hot column per label: labels [2, 0] of 3 classes → [3, 2]", () => {
    // column 0 is label 2: (0, 0, 1)ᵀ; column 1 is label 0: (1, 0, 0)ᵀ
    const y = oneHotBatch([2, 0], 3);
    expect(y.shape).toEqual([3, 2]);
    expect(y.toArray()).toEqual([
      [0, 1],
      [0, 0],
      [1, 0],
    ]);
  });

  it("gives [classes, 0] for no labels", () => {
    expect(oneHotBatch([], 4).shape).toEqual([4, 0]);
  });

  it("names the position of a bad label", () => {
    expect(() => oneHotBatch([1, 7], 3)).toThrow(
      "oneHotBatch: expected a label that is a whole number from 0 to 2, got 7 at position 1. Labels count classes from 0, so 3 classes are 0 … 2.",
    );
  });

  it("rejects something that is not an array", () => {
    expect(() => oneHotBatch(3 as unknown as number[], 3)).toThrow("oneHotBatch: expected an array of labels, got 3.");
  });
});

describe("subset", () => {
  it("copies the rows at the indices, in their order", () => {
    const part = subset(tiny(), [2, 0]);
    expect(part.inputs.toArray()).toEqual([
      [20, 21, 22, 23],
      [0, 1, 2, 3],
    ]);
    expect(Array.from(part.labels)).toEqual([1, 2]);
    expect(part.classes).toBe(3);
  });

  it("copies, so changing the subset leaves the dataset alone", () => {
    const data = tiny();
    const part = subset(data, [0]);
    part.inputs.data[0] = 99;
    part.labels[0] = 0;
    expect(data.inputs.at(0, 0)).toBe(0);
    expect(data.labels[0]).toBe(2);
  });

  it("rejects an index outside the dataset", () => {
    expect(() => subset(tiny(), [0, 3])).toThrow(
      "subset: expected indices that are whole numbers from 0 to 2 (the dataset has 3 examples), got 3 at position 1. Rows are numbered from 0.",
    );
    expect(() => subset(tiny(), [-1])).toThrow("subset: expected indices that are whole numbers from 0 to 2 (the dataset has 3 examples), got -1 at position 0.");
    expect(() => subset(tiny(), "01" as unknown as number[])).toThrow('subset: expected an array of example indices, got "01" (a string).');
  });
});

describe("batchColumns", () => {
  it("turns rows into columns: examples [1, 2] → inputs [4, 2] and targets [3, 2]", () => {
    // example 1 is (10, 11, 12, 13) with label 0; example 2 is (20, 21, 22, 23) with label 1
    const { inputs, targets } = batchColumns(tiny(), [1, 2]);
    expect(inputs.toArray()).toEqual([
      [10, 20],
      [11, 21],
      [12, 22],
      [13, 23],
    ]);
    expect(targets.toArray()).toEqual([
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
  });

  it("names the operation in a bad index", () => {
    expect(() => batchColumns(tiny(), [0.5])).toThrow(
      "batchColumns: expected indices that are whole numbers from 0 to 2 (the dataset has 3 examples), got 0.5 at position 0.",
    );
  });

  it("finds a label that does not fit the number of classes", () => {
    const data = { ...tiny(), labels: Uint8Array.from([2, 0, 5]) };
    expect(() => batchColumns(data, [2])).toThrow("oneHotBatch: expected a label that is a whole number from 0 to 2, got 5 at position 0.");
  });
});

describe("image", () => {
  it("shows a row of 784 pixels as [28, 28], row by row", () => {
    const pixels = new Float64Array(2 * 784).map((_, k) => k);
    const data: Dataset = { inputs: new Tensor([2, 784], pixels), labels: Uint8Array.from([0, 1]), classes: 10 };
    const picture = image(data, 1);
    expect(picture.shape).toEqual([28, 28]);
    // example 1 starts at 784; pixel (row 2, column 5) is 784 + 2·28 + 5 = 845
    expect(picture.at(2, 5)).toBe(845);
  });

  it("rejects features that do not fill a square", () => {
    expect(() => image(tiny(), 0)).not.toThrow(); // 4 = 2 × 2
    const data: Dataset = { inputs: new Tensor([1, 3]), labels: Uint8Array.from([0]), classes: 1 };
    expect(() => image(data, 0)).toThrow("image: the features of an image must fill a square (784 = 28 × 28), got inputs [1, 3].");
    expect(() => image(tiny(), 3)).toThrow("image: expected indices that are whole numbers from 0 to 2 (the dataset has 3 examples), got 3 at position 0.");
  });
});

describe("checkDataset", () => {
  it("returns [n, features]", () => {
    expect(checkDataset("op", tiny())).toEqual([3, 4]);
  });

  it("explains each way a dataset can be wrong", () => {
    expect(() => checkDataset("op", null as unknown as Dataset)).toThrow("op: expected a dataset { inputs, labels, classes }, got null.");
    expect(() => checkDataset("op", { ...tiny(), inputs: new Tensor([12]) })).toThrow(
      "op: inputs must be a matrix [n, features] with one example per row, got inputs [12].",
    );
    expect(() => checkDataset("op", { ...tiny(), labels: [2, 0, 1] as unknown as Uint8Array })).toThrow(
      "op: expected labels in a Uint8Array, got an array of length 3.",
    );
    expect(() => checkDataset("op", { ...tiny(), labels: Uint8Array.from([1]) })).toThrow(
      "op: there must be one label per row of inputs, got inputs [3, 4] and labels [1].",
    );
    expect(() => checkDataset("op", { ...tiny(), classes: 1.5 })).toThrow("op: expected a whole number of classes from 1 to 256, got 1.5.");
  });
});
