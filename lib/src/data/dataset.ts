/**
 * Datasets, one-hot labels and mini-batches as matrices (notebooks 03 and 06).
 *
 * A stored dataset keeps one example per ROW, inputs [n, features], so that taking a subset copies
 * contiguous rows. The network reads a mini-batch the other way round (Nielsen's convention): a
 * matrix whose COLUMNS are examples, x [features, m], with the desired outputs y [classes, m] as
 * one-hot columns: the label 3 of ten classes is the column y = (0, 0, 0, 1, 0, 0, 0, 0, 0, 0)ᵀ.
 */
import { ShapeError, ValueError, describeValue } from "../errors";
import { Tensor } from "../tensor";
import { t } from "../i18n/translate";

export interface Dataset {
  /** One example per row: [n, features]. MNIST: [n, 784], pixels scaled to [0, 1]. */
  readonly inputs: Tensor;
  /** The class of each example, 0 … classes − 1. */
  readonly labels: Uint8Array;
  /** Number of classes (10 for MNIST). */
  readonly classes: number;
}

/** A mini-batch as the network reads it: one example per COLUMN. */
export interface Batch {
  /** x: [features, m], column j is example j. */
  readonly inputs: Tensor;
  /** y: [classes, m], column j is the one-hot label of example j. */
  readonly targets: Tensor;
}

/** The label as a one-hot column [classes, 1]: `oneHot(3, 10)` has a 1 in row 3 and 0 elsewhere. */
export function oneHot(label: number, classes: number): Tensor {
  checkClasses("oneHot", classes);
  checkLabel("oneHot", label, classes);
  const column = new Tensor([classes, 1]);
  column.data[label] = 1;
  return column;
}

/** One one-hot column per label: m labels → [classes, m], column j has a 1 in row labels[j]. */
export function oneHotBatch(labels: ArrayLike<number>, classes: number): Tensor {
  checkClasses("oneHotBatch", classes);
  if (labels === null || typeof labels !== "object" || typeof labels.length !== "number") {
    throw new ValueError("oneHotBatch", t`an array of labels`, describeValue(labels));
  }
  const m = labels.length;
  const targets = new Tensor([classes, m]);
  for (let j = 0; j < m; j++) {
    checkLabel("oneHotBatch", labels[j]!, classes, j);
    targets.data[labels[j]! * m + j] = 1;
  }
  return targets;
}

/**
 * A new dataset with copies of the rows at `indices`, in that order: [n, features] → [indices.length, features].
 * Inputs kept as bytes (MNIST's) stay bytes: a subset of 5,000 images takes 3.9 MB, not 31 MB.
 */
export function subset(data: Dataset, indices: ArrayLike<number>): Dataset {
  const [n] = checkDataset("subset", data);
  checkIndices("subset", indices, n);
  const labels = new Uint8Array(indices.length);
  for (let k = 0; k < indices.length; k++) labels[k] = data.labels[indices[k]!]!;
  return { inputs: data.inputs.takeRows(indices), labels, classes: data.classes };
}

/**
 * The examples at `indices` as a mini-batch whose columns are examples:
 * inputs [features, m] and one-hot targets [classes, m], with m = indices.length.
 */
export function batchColumns(data: Dataset, indices: ArrayLike<number>): Batch {
  const [n, features] = checkDataset("batchColumns", data);
  checkIndices("batchColumns", indices, n);
  const m = indices.length;
  const inputs = new Tensor([features, m]);
  const row = new Float64Array(features);
  for (let j = 0; j < m; j++) {
    data.inputs.readInto(indices[j]! * features, (indices[j]! + 1) * features, row);
    for (let f = 0; f < features; f++) inputs.data[f * m + j] = row[f]!;
  }
  const labels = Array.from({ length: m }, (_, j) => data.labels[indices[j]!]!);
  return { inputs, targets: oneHotBatch(labels, data.classes) };
}

/** Example i as a square image: a row of 784 pixels → [28, 28] (a copy). */
export function image(data: Dataset, i: number): Tensor {
  const [n, features] = checkDataset("image", data);
  checkIndices("image", [i], n);
  const side = Math.round(Math.sqrt(features));
  if (side * side !== features) {
    throw new ShapeError("image", t`the features of an image must fill a square (784 = 28 × 28)`, [["inputs", data.inputs.shape]]);
  }
  const pixels = new Float64Array(features);
  data.inputs.readInto(i * features, (i + 1) * features, pixels);
  return new Tensor([side, side], pixels);
}

/**
 * Checks that `data` is a Dataset: inputs a matrix [n, features], labels a Uint8Array with one label
 * per row, classes a whole number. Returns [n, features]. Constant time: the labels themselves are
 * checked against `classes` where they are used (oneHotBatch).
 */
export function checkDataset(op: string, data: Dataset): [n: number, features: number] {
  if (data === null || typeof data !== "object" || !(data.inputs instanceof Tensor)) {
    throw new ValueError(op, t`a dataset { inputs, labels, classes }`, describeValue(data));
  }
  if (data.inputs.rank !== 2) {
    throw new ShapeError(op, t`inputs must be a matrix [n, features] with one example per row`, [["inputs", data.inputs.shape]]);
  }
  if (!(data.labels instanceof Uint8Array)) {
    throw new ValueError(op, t`labels in a Uint8Array`, describeValue(data.labels));
  }
  const [n, features] = data.inputs.shape as [number, number];
  if (data.labels.length !== n) {
    throw new ShapeError(op, t`there must be one label per row of inputs`, [["inputs", data.inputs.shape], ["labels", [data.labels.length]]]);
  }
  checkClasses(op, data.classes);
  return [n, features];
}

function checkClasses(op: string, classes: number): void {
  if (!Number.isInteger(classes) || classes < 1 || classes > 256) {
    throw new ValueError(op, t`a whole number of classes from 1 to 256`, describeValue(classes));
  }
}

function checkLabel(op: string, label: number, classes: number, position?: number): void {
  if (!Number.isInteger(label) || label < 0 || label >= classes) {
    const found = position === undefined ? describeValue(label) : t`${describeValue(label)} at position ${position}`;
    throw new ValueError(op, t`a label that is a whole number from 0 to ${classes - 1}`, found,
      t`Labels count classes from 0, so ${classes} classes are 0 … ${classes - 1}.`);
  }
}

function checkIndices(op: string, indices: ArrayLike<number>, n: number): void {
  if (indices === null || typeof indices !== "object" || typeof indices.length !== "number") {
    throw new ValueError(op, t`an array of example indices`, describeValue(indices));
  }
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw new ValueError(op, t`indices that are whole numbers from 0 to ${n - 1} (the dataset has ${n} examples)`,
        t`${describeValue(i)} at position ${k}`, t`Rows are numbered from 0.`);
    }
  }
}
