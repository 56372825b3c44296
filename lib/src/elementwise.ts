/**
 * Element-wise operations (notebook 01; the Hadamard product ⊙ returns in notebook 05, BP1–BP2).
 *
 *   (a + b)ᵢⱼ = aᵢⱼ + bᵢⱼ      (a ⊙ b)ᵢⱼ = aᵢⱼ bᵢⱼ      (k·a)ᵢⱼ = k aᵢⱼ
 *
 * and the one broadcast the course needs: adding a bias column b [r, 1] to every column of a
 * mini-batch z [r, m], which is how z = w·a + b is computed for m examples at once.
 */
import { ShapeError, formatShape } from "./errors";
import { requireFinite, requireFunction, requireMatrix, requireSameShape, requireTensor } from "./checks";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/**
 * The element-wise sum a + b.
 * @param a a tensor of any shape
 * @param b a tensor of the same shape as a
 * @param names how errors call a and b
 * @returns a new tensor of the same shape
 */
export function add(a: Tensor, b: Tensor, names: readonly [string, string] = ["a", "b"]): Tensor {
  return combine("add", a, b, names, (x, y) => x + y);
}

/**
 * The element-wise difference a − b, for example a − y, the error of an output.
 * @param a a tensor of any shape
 * @param b a tensor of the same shape as a
 * @param names how errors call a and b
 * @returns a new tensor of the same shape
 */
export function subtract(a: Tensor, b: Tensor, names: readonly [string, string] = ["a", "b"]): Tensor {
  return combine("subtract", a, b, names, (x, y) => x - y);
}

/**
 * The Hadamard (element-wise) product a ⊙ b, as in δ = (a − y) ⊙ σ′(z).
 * @param a a tensor of any shape
 * @param b a tensor of the same shape as a
 * @param names how errors call a and b
 * @returns a new tensor of the same shape
 */
export function hadamard(a: Tensor, b: Tensor, names: readonly [string, string] = ["a", "b"]): Tensor {
  return combine("hadamard", a, b, names, (x, y) => x * y);
}

function combine(op: string, a: Tensor, b: Tensor, names: readonly [string, string], f: (x: number, y: number) => number): Tensor {
  requireTensor(op, names[0], a);
  requireTensor(op, names[1], b);
  requireSameShape(op, names, a, b, sameShapeHint(op, a, b, names));
  const result = new Tensor(a.shape);
  for (let i = 0; i < a.size; i++) result.data[i] = f(a.data[i]!, b.data[i]!);
  return result;
}

function sameShapeHint(op: string, a: Tensor, b: Tensor, names: readonly [string, string]): string {
  if (op === "add" && a.rank === 2 && b.rank === 2 && b.cols === 1 && a.rows === b.rows) {
    return t`To add the column ${names[1]} to every column of ${names[0]}, use addColumn(${names[0]}, ${names[1]}).`;
  }
  return t`Element-wise operations pair each element of one tensor with the element at the same place in the other.`;
}

/**
 * Every element multiplied by the number k, as in w − η·∇C.
 * @param a a tensor of any shape
 * @param k a finite number
 * @returns a new tensor of the same shape
 */
export function scale(a: Tensor, k: number): Tensor {
  requireTensor("scale", "a", a);
  requireFinite("scale", "k", k);
  return map(a, (x) => k * x);
}

/**
 * A function applied to every element, for example σ to every weighted input.
 * @param a a tensor of any shape
 * @param f a function of one number
 * @returns a new tensor of the same shape with f(aᵢ) in place of each aᵢ
 */
export function map(a: Tensor, f: (x: number) => number): Tensor {
  requireTensor("map", "a", a);
  requireFunction("map", "f", f);
  const result = new Tensor(a.shape);
  for (let i = 0; i < a.size; i++) result.data[i] = f(a.data[i]!);
  return result;
}

/**
 * A column added to every column of a matrix: the bias b [r, 1] broadcast over a mini-batch
 * z [r, m], so that every example gets the same bias.
 * @param m a matrix [r, c] (rows are neurons, columns are the examples of a mini-batch)
 * @param column a column [r, 1] with one entry per row of m
 * @param names how errors call m and the column, for example `["w·a", "b"]`
 * @returns a new matrix [r, c] with `result.at(i, j) === m.at(i, j) + column.at(i, 0)`
 */
export function addColumn(m: Tensor, column: Tensor, names: readonly [string, string] = ["m", "column"]): Tensor {
  const [nameM, nameC] = names;
  requireMatrix("addColumn", nameM, m);
  requireTensor("addColumn", nameC, column);
  if (column.rank !== 2 || column.cols !== 1 || column.rows !== m.rows) {
    throw new ShapeError("addColumn", t`${nameC} must be a column with one entry per row of ${nameM}`, [[nameM, m.shape], [nameC, column.shape]],
      t`A bias column ${formatShape([m.rows, 1])} is added to each of the ${m.cols} columns (examples) of ${nameM}.`);
  }
  const [rows, cols] = [m.rows, m.cols];
  const result = new Tensor(m.shape);
  for (let i = 0; i < rows; i++) {
    const bias = column.data[i]!;
    for (let j = 0; j < cols; j++) result.data[i * cols + j] = m.data[i * cols + j]! + bias;
  }
  return result;
}
