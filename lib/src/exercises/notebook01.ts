/**
 * The exercises of notebook 01, "Tensors and shape" (잠깐! 선형대수 기본상식).
 *
 *   shapeOf: the number of elements along each dimension   [[1, 2, 3], [4, 5, 6]] → [2, 3]
 *   dot:     x·y = Σᵢ xᵢyᵢ
 *   matmul:  (AB)ᵢⱼ = Σₖ AᵢₖBₖⱼ, with [r, k]·[k, m] → [r, m]; other shapes throw
 *            "matmul: columns of a must equal rows of b, got a [r, k] and b [k′, m]."
 *
 * The learner works on plain nested arrays; the library's shapeOf, dot and matmul do the same on tensors.
 */
import { ShapeError } from "../errors";
import { shapeOf, type NestedArray } from "../tensor";
import { defineExercise } from "./check";
import { thrownAsText } from "./thrown";

function shapeOfReference(values: NestedArray): number[] {
  return shapeOf(values);
}

function dotReference(x: readonly number[], y: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i]! * y[i]!;
  return sum;
}

/** The product of two matrices given as arrays of rows; throws the course's ShapeError when they do not fit. */
function matmulReference(a: readonly number[][], b: readonly number[][]): number[][] {
  const [rows, inner, cols] = [a.length, a[0]?.length ?? 0, b[0]?.length ?? 0];
  if (inner !== b.length) {
    throw new ShapeError("matmul", "columns of a must equal rows of b", [["a", [rows, inner]], ["b", [b.length, cols]]]);
  }
  return a.map((row) => Array.from({ length: cols }, (_, j) => dotReference(row, b.map((bRow) => bRow[j]!))));
}

defineExercise({
  id: "01-shape",
  name: "shapeOf",
  notebook: "01",
  points: 1,
  hint: "a number has shape [] (no dimensions); an array puts its length in front of the shape of its first entry: [[1, 2, 3]] → [1, 3]",
  reference: shapeOfReference,
  cases: [
    [7],
    [[1, 2, 3]],
    [[[1, 2, 3], [4, 5, 6]]],
    [[[[1], [2]], [[3], [4]], [[5], [6]]]],
    [[]],
  ],
});

defineExercise({
  id: "01-dot",
  name: "dot",
  notebook: "01",
  points: 1,
  hint: "x·y = x₁y₁ + x₂y₂ + … + xₙyₙ: multiply matching entries and add the products (0 for empty vectors)",
  reference: dotReference,
  cases: [
    [[1, 2, 3], [4, 5, 6]],
    [[0.5, -1], [2, 3]],
    [[3], [-2]],
    [[], []],
  ],
});

defineExercise({
  id: "01-matmul",
  name: "matmul",
  notebook: "01",
  points: 2,
  hint: "entry (i, j) is row i of a · column j of b; when a has k columns but b does not have k rows, " +
    "throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`)",
  reference: thrownAsText(matmulReference),
  cases: [
    [[[1, 2], [3, 4]], [[5, 6], [7, 8]]],
    [[[1, 2, 3], [4, 5, 6]], [[1], [0], [-1]]],
    [[[1, 2, 3]], [[4], [5], [6]]],
    [[[1], [2], [3]], [[4, 5]]],
    [[[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4]]],
  ],
});
