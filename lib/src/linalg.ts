/**
 * Linear algebra: transpose, matrix product and dot product (notebook 01, used from notebook 03 on).
 *
 *   (Aᵀ)ᵢⱼ = Aⱼᵢ          (AB)ᵢⱼ = Σₖ Aᵢₖ Bₖⱼ          x·y = Σᵢ xᵢ yᵢ
 *
 * A layer computes its weighted input as the product z = w·a + b: w is [neurons, inputs] and a is a
 * column [inputs, 1], or a mini-batch [inputs, m] whose columns are examples.
 */
import { ShapeError, formatShape } from "./errors";
import { requireMatrix, requireTensor, vectorLength } from "./checks";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/**
 * The transpose of a matrix: rows become columns, [r, c] → [c, r].
 * @param m a matrix [r, c]
 * @returns a new matrix [c, r] with `result.at(j, i) === m.at(i, j)`
 */
export function transpose(m: Tensor): Tensor {
  requireMatrix("transpose", "m", m);
  const [rows, cols] = [m.rows, m.cols];
  const result = new Tensor([cols, rows]);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) result.data[j * rows + i] = m.data[i * cols + j]!;
  }
  return result;
}

/**
 * The matrix product a·b: entry (i, j) is the dot product of row i of a with column j of b.
 * @param a a matrix [r, k], for example the weights w [30, 784]
 * @param b a matrix [k, m], for example one image as a column [784, 1] or a mini-batch [784, 10]
 * @param names how errors call a and b, for example `["w", "a"]`
 * @returns a new matrix [r, m]
 */
export function matmul(a: Tensor, b: Tensor, names: readonly [string, string] = ["a", "b"]): Tensor {
  const [nameA, nameB] = names;
  requireMatrix("matmul", nameA, a);
  requireMatrix("matmul", nameB, b);
  if (a.cols !== b.rows) {
    throw new ShapeError("matmul", t`columns of ${nameA} must equal rows of ${nameB}`, [[nameA, a.shape], [nameB, b.shape]],
      matmulHint(a, b, nameA, nameB));
  }
  const [rows, inner, cols] = [a.rows, a.cols, b.cols];
  const result = new Tensor([rows, cols]);
  // i-k-j order: the innermost loop walks a row of b and a row of the result, both contiguous.
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < inner; k++) {
      const aik = a.data[i * inner + k]!;
      for (let j = 0; j < cols; j++) result.data[i * cols + j] += aik * b.data[k * cols + j]!;
    }
  }
  return result;
}

/** Why the shapes of a product do not fit, and what would make them fit. */
function matmulHint(a: Tensor, b: Tensor, nameA: string, nameB: string): string {
  if (b.rows > 1 && b.cols > 1 && b.size === a.cols) {
    return t`Flatten the image to ${formatShape([a.cols, 1])} first (notebook 01).`;
  }
  if (b.cols === a.cols) {
    return t`${nameB} looks transposed: transpose(${nameB}) is ${formatShape([b.cols, b.rows])}.`;
  }
  return t`${nameA} [r, k] times ${nameB} [k, m] gives [r, m], so ${nameB} needs ${a.cols} rows.`;
}

/**
 * The dot product x·y = Σᵢ xᵢyᵢ of two vectors with the same number of elements.
 * @param x a vector [n], a column [n, 1] or a row [1, n]
 * @param y a vector [n], a column [n, 1] or a row [1, n] (need not be laid out like x)
 * @returns a number
 */
export function dot(x: Tensor, y: Tensor): number {
  const n = requireVector("x", x);
  const ny = requireVector("y", y);
  if (n !== ny) {
    throw new ShapeError("dot", t`x and y must have the same number of elements`, [["x", x.shape], ["y", y.shape]],
      t`A dot product pairs each element of x with one of y.`);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x.data[i]! * y.data[i]!;
  return sum;
}

function requireVector(name: string, v: Tensor): number {
  requireTensor("dot", name, v);
  const n = vectorLength(v);
  if (n === undefined) {
    throw new ShapeError("dot", t`${name} must be a vector ([n], [n, 1] or [1, n])`, [[name, v.shape]],
      t`For matrices use matmul.`);
  }
  return n;
}
