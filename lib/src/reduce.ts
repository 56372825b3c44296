/**
 * Reductions: sums, means and argmax (notebook 01; sumColumns gives ∂C/∂b in notebook 05,
 * argmaxColumns reads a network's answers in notebook 06).
 *
 *   sum(t) = Σᵢ tᵢ      sumColumns(m)ᵢ = Σⱼ mᵢⱼ      argmax(a) = the i with the largest aᵢ
 *
 * A mini-batch keeps one example per column, so summing "over the examples" adds the columns.
 */
import { ShapeError, ValueError, describeValue } from "./errors";
import { requireMatrix, requireTensor, vectorLength } from "./checks";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/**
 * The sum of all elements.
 * @param t a tensor of any shape
 * @returns a number (0 for an empty tensor)
 */
export function sum(t: Tensor): number {
  requireTensor("sum", "t", t);
  let total = 0;
  for (let i = 0; i < t.size; i++) total += t.data[i]!;
  return total;
}

/**
 * The columns of a matrix added together: along each row, the sum over its columns (axis 1).
 * With a mini-batch of m examples in the columns, this is the sum over the examples, as in
 * ∂C/∂b = Σₓ δₓ.
 * @param m a matrix [r, c]
 * @returns a column [r, 1] whose entry i is Σⱼ m[i, j]
 */
export function sumColumns(m: Tensor): Tensor {
  requireMatrix("sumColumns", "m", m);
  const [rows, cols] = [m.rows, m.cols];
  const result = new Tensor([rows, 1]);
  for (let i = 0; i < rows; i++) {
    let total = 0;
    for (let j = 0; j < cols; j++) total += m.data[i * cols + j]!;
    result.data[i] = total;
  }
  return result;
}

/**
 * The mean of all elements.
 * @param t a tensor of any shape with at least one element
 * @returns a number
 */
export function mean(t: Tensor): number {
  requireTensor("mean", "t", t);
  if (t.size === 0) throw emptyMeanError(t);
  return sum(t) / t.size;
}

/**
 * The index of the largest element of a vector: the digit a network's output column votes for.
 * Ties go to the first index.
 * @param t a vector [n], a column [n, 1] or a row [1, n], with n ≥ 1
 * @returns an index in 0 … n − 1
 */
export function argmax(t: Tensor): number {
  requireTensor("argmax", "t", t);
  const n = vectorLength(t);
  if (n === undefined || n === 0) {
    throw notAVectorError(t.shape);
  }
  return argmaxAlong("argmax", t.data, 0, n, 1, indexAt);
}

// The errors of mean and argmax, made outside them: their parameter `t` hides the translating tag t`…`.
function emptyMeanError(x: Tensor): ValueError {
  return new ValueError("mean", t`at least one element`, describeValue(x), t`The mean of nothing is undefined.`);
}

function notAVectorError(shape: readonly number[]): ShapeError {
  return new ShapeError("argmax", t`t must be a non-empty vector ([n], [n, 1] or [1, n])`, [["t", shape]],
    t`For the answers of a whole mini-batch use argmaxColumns.`);
}

function indexAt(k: number): string {
  return t`index ${k}`;
}

/**
 * The index of the largest element of each column: the predictions for a mini-batch whose columns
 * are the network's outputs for each example. Ties go to the first index.
 * @param m a matrix [r, c] with r ≥ 1
 * @returns an Int32Array of length c whose entry j is the row of the largest element of column j
 */
export function argmaxColumns(m: Tensor): Int32Array {
  requireMatrix("argmaxColumns", "m", m);
  if (m.rows === 0) throw new ShapeError("argmaxColumns", t`m must have at least one row`, [["m", m.shape]]);
  const result = new Int32Array(m.cols);
  for (let j = 0; j < m.cols; j++) result[j] = argmaxAlong("argmaxColumns", m.data, j, m.rows, m.cols, (k) => t`row ${k} of column ${j}`);
  return result;
}

/** The index k < n of the largest data[start + k·stride]; NaN is an error, not a silent answer. */
function argmaxAlong(op: string, data: Float64Array, start: number, n: number, stride: number, where: (k: number) => string): number {
  let best = 0;
  for (let k = 0; k < n; k++) {
    const value = data[start + k * stride]!;
    if (Number.isNaN(value)) {
      throw new ValueError(op, t`numbers`, t`NaN at ${where(k)}`, t`NaN outputs usually mean training diverged: try a smaller learning rate.`);
    }
    if (value > data[start + best * stride]!) best = k;
  }
  return best;
}
