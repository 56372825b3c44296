/**
 * Confusion counts and the confusion matrix (notebook 09, "Performance measures", 양불판정).
 *
 * Binary: positive = 1 (defective), negative = 0 (good).
 *                     truth 1              truth 0
 *   predicted 1   tp (true positive)   fp (false positive, type I error)
 *   predicted 0   fn (false negative,  tn (true negative)
 *                     type II error)
 * Multi-class: matrix[i][j] counts the examples of TRUE class i PREDICTED as class j; the diagonal
 * holds the correct answers, row sums are the class sizes, column sums the predictions of a class.
 */
import { ShapeError, ValueError, describeValue } from "../errors";
import { requirePairedArrays } from "../checks";
import { t } from "../i18n/translate";

/** The four counts of a binary classifier. */
export interface BinaryCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/** matrix[i][j]: examples of true class i predicted as class j ([classes, classes], counts). */
export type ConfusionMatrix = number[][];

/** tp, fp, fn and tn from 0/1 predictions and 0/1 truths of the same length (1 = positive, defective). */
export function binaryConfusion(predictions: ArrayLike<number>, truths: ArrayLike<number>): BinaryCounts {
  checkPair("binaryConfusion", predictions, truths);
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < truths.length; i++) {
    const predicted = checkBinary("binaryConfusion", "predictions", predictions[i], i);
    const actual = checkBinary("binaryConfusion", "truths", truths[i], i);
    if (predicted) actual ? tp++ : fp++;
    else actual ? fn++ : tn++;
  }
  return { tp, fp, fn, tn };
}

/**
 * The confusion matrix [classes, classes]: ROWS are TRUE classes, COLUMNS are PREDICTED classes,
 * matrix[i][j] = number of examples of class i predicted as j. `classes` defaults to the largest
 * label seen + 1; pass it when a class may be absent from both arrays.
 */
export function confusionMatrix(predictions: ArrayLike<number>, truths: ArrayLike<number>, classes?: number): ConfusionMatrix {
  checkPair("confusionMatrix", predictions, truths);
  let size = classes ?? 0;
  if (classes === undefined) {
    for (const labels of [predictions, truths]) {
      for (let i = 0; i < labels.length; i++) if (Number.isInteger(labels[i])) size = Math.max(size, labels[i]! + 1);
    }
  } else if (!Number.isInteger(classes) || classes < 1) {
    throw new ValueError("confusionMatrix", t`a whole number of classes ≥ 1`, describeValue(classes));
  }
  const matrix: ConfusionMatrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let i = 0; i < truths.length; i++) {
    const actual = checkClass("truths", truths[i], i, size);
    matrix[actual]![checkClass("predictions", predictions[i], i, size)]!++;
  }
  return matrix;
}

/** One class against the rest: tp = matrix[c][c], fp = rest of column c, fn = rest of row c, tn = everything else. */
export function classCounts(matrix: ConfusionMatrix, c: number): BinaryCounts {
  const classes = checkMatrix("classCounts", matrix);
  if (!Number.isInteger(c) || c < 0 || c >= classes) {
    throw new ValueError("classCounts", t`a class from 0 to ${classes - 1}`, describeValue(c));
  }
  let row = 0, column = 0, total = 0;
  for (let k = 0; k < classes; k++) {
    row += matrix[c]![k]!;
    column += matrix[k]![c]!;
    for (let j = 0; j < classes; j++) total += matrix[k]![j]!;
  }
  const tp = matrix[c]![c]!;
  return { tp, fp: column - tp, fn: row - tp, tn: total - row - column + tp };
}

/** Checks a confusion matrix (square, counts ≥ 0) and returns its number of classes. */
export function checkMatrix(op: string, matrix: ConfusionMatrix): number {
  if (!Array.isArray(matrix) || !matrix.every(Array.isArray)) {
    throw new ValueError(op, t`a confusion matrix as an array of rows`, describeValue(matrix));
  }
  const classes = matrix.length;
  const bad = matrix.findIndex((row) => row.length !== classes);
  if (bad >= 0) {
    throw new ShapeError(op, t`a confusion matrix must be square, one row and one column per class`,
      [["matrix", [classes, matrix[0]!.length]], [t`row ${bad}`, [matrix[bad]!.length]]]);
  }
  matrix.forEach((row, i) => row.forEach((count, j) => {
    if (!Number.isInteger(count) || count < 0) throw new ValueError(op, t`counts that are whole numbers ≥ 0`, t`${describeValue(count)} at [${i}][${j}]`);
  }));
  return classes;
}

function checkPair(op: string, predictions: ArrayLike<number>, truths: ArrayLike<number>): void {
  requirePairedArrays(op, ["predictions", predictions], ["truths", truths], t`there must be one prediction per truth`);
}

function checkBinary(op: string, name: string, value: number | undefined, i: number): boolean {
  if (value !== 0 && value !== 1) {
    throw new ValueError(op, t`${name} that are 0 (negative, good) or 1 (positive, defective)`, t`${describeValue(value)} at index ${i}`);
  }
  return value === 1;
}

function checkClass(name: string, value: number | undefined, i: number, classes: number): number {
  if (!Number.isInteger(value) || value! < 0 || value! >= classes) {
    throw new ValueError("confusionMatrix", t`${name} that are classes from 0 to ${classes - 1}`, t`${describeValue(value)} at index ${i}`);
  }
  return value!;
}
