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
import { inLanguage } from "../i18n/language";
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

/**
 * The product of two matrices given as arrays of rows; throws the course's ShapeError when they do not fit.
 * Its message is the one the learner is asked to throw, in English in both editions (the Korean notebook
 * says so), so it is built in English whatever `setLanguage` chose.
 */
function matmulReference(a: readonly number[][], b: readonly number[][]): number[][] {
  const [rows, inner, cols] = [a.length, a[0]?.length ?? 0, b[0]?.length ?? 0];
  if (inner !== b.length) {
    throw inLanguage("en", () => new ShapeError("matmul", "columns of a must equal rows of b", [["a", [rows, inner]], ["b", [b.length, cols]]]));
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
    [[[]]],
  ],
  mistakes: [
    { hint: "it looks like the shape is read backwards: the OUTERMOST length comes first, [[1, 2, 3], [4, 5, 6]] → [2, 3]", answer: (v: NestedArray) => [...shapeOf(v)].reverse() },
    { hint: "it looks like only the outer length: keep going into the first entry while it is an array", answer: (v: NestedArray) => (Array.isArray(v) ? [v.length] : []) },
    { hint: "it looks like the number of elements: the shape lists the length of each dimension, [[1, 2, 3], [4, 5, 6]] → [2, 3], not [6]", answer: (v: NestedArray) => (Array.isArray(v) ? [v.flat(Infinity as 1).length] : []) },
    { hint: "it looks like a number gets a dimension: a plain number has shape [] (no dimensions)", answer: (v: NestedArray) => (Array.isArray(v) ? shapeOf(v) : [1]) },
    { hint: "it looks like an empty array is skipped: [] has one dimension of length 0, shape [0]; [[]] is [1, 0]", answer: emptyStops },
  ],
});

/** A shapeOf that stops at an empty array, as if it had no dimension (a known mistake). */
function emptyStops(v: NestedArray): number[] {
  const shape: number[] = [];
  for (let x: NestedArray | undefined = v; Array.isArray(x) && x.length > 0; x = x[0]) shape.push(x.length);
  return shape;
}

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
    [[0.123, 0.456], [0.789, -0.321]],
  ],
  caseHints: [undefined, undefined, undefined, "empty vectors: no products, so the sum is 0 (give reduce a start value of 0)"],
  mistakes: [
    { hint: "it looks like the entries are added: multiply matching entries xᵢ·yᵢ, then add the products", answer: (x: number[], y: number[]) => x.reduce((s, xi, i) => s + xi + y[i]!, 0) },
    { hint: "it looks like the sum starts at 1: a sum starts at 0", answer: (x: number[], y: number[]) => x.reduce((s, xi, i) => s + xi * y[i]!, 1) },
    { hint: "it looks like the first pair is skipped: indices start at 0", answer: (x: number[], y: number[]) => x.reduce((s, xi, i) => (i === 0 ? s : s + xi * y[i]!), 0) },
    { hint: "it looks like x·x: multiply x by y", answer: (x: number[]) => x.reduce((s, xi) => s + xi * xi, 0) },
    { hint: "it looks like the products are returned: add them up into one number", answer: (x: number[], y: number[]) => x.map((xi, i) => xi * y[i]!) },
    { hint: "it looks rounded: keep every digit (−0.049329 here), the check compares to 1e-6", answer: (x: number[], y: number[]) => Math.round(dotReference(x, y) * 100) / 100 },
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
  parameters: ["a", "b"],
  cases: [
    [[[1, 2], [3, 4]], [[5, 6], [7, 8]]],
    [[[1, 2, 3], [4, 5, 6]], [[1], [0], [-1]]],
    [[[1, 2, 3]], [[4], [5], [6]]],
    [[[1], [2], [3]], [[4, 5]]],
    [[[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4]]],
  ],
  mistakes: [
    { hint: "it looks like the shapes are not checked: when a has k columns but b does not have k rows, " +
      "throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`)", answer: thrownAsText(productOfRows) },
    { hint: "it looks like row i of a times ROW j of b: entry (i, j) uses column j of b, b[k][j]", answer: thrownAsText((a: number[][], b: number[][]) => { checkShapes(a, b); return a.map((row) => b.map((bRow) => dotReference(row, bRow))); }) },
    { hint: "it looks like the entries are multiplied one by one: entry (i, j) is the sum over k of a[i][k]·b[k][j]", answer: thrownAsText((a: number[][], b: number[][]) => { checkShapes(a, b); return a.map((row, i) => row.map((x, j) => x * (b[i]?.[j] ?? 0))); }) },
    { hint: "it looks like rows of a are compared with rows of b: compare the COLUMNS of a (a[0].length) with the rows of b (b.length)", answer: thrownAsText((a: number[][], b: number[][]) => {
      if (a.length !== b.length) throw new Error(shapeMessage(a, b));
      return productOfRows(a, b);
    }) },
    { hint: "it looks like the message shows the shapes as [columns, rows]: shapes are [rows, columns], a [2, 3] has 2 rows of 3", answer: thrownAsText((a: number[][], b: number[][]) => {
      if (a[0]!.length !== b.length) throw new Error(`matmul: columns of a must equal rows of b, got a [${a[0]!.length}, ${a.length}] and b [${b[0]!.length}, ${b.length}].`);
      return productOfRows(a, b);
    }) },
    { hint: "it looks like the product comes out transposed: [r, k]·[k, m] gives r rows of m entries", answer: thrownAsText((a: number[][], b: number[][]) => {
      checkShapes(a, b);
      return b[0]!.map((_, j) => a.map((row) => dotReference(row, b.map((bRow) => bRow[j]!))));
    }) },
  ],
});

function shapeMessage(a: readonly number[][], b: readonly number[][]): string {
  return `matmul: columns of a must equal rows of b, got a [${a.length}, ${a[0]?.length ?? 0}] and b [${b.length}, ${b[0]?.length ?? 0}].`;
}

function checkShapes(a: readonly number[][], b: readonly number[][]): void {
  if ((a[0]?.length ?? 0) !== b.length) throw new Error(shapeMessage(a, b));
}

/** The product without a shape check (a known mistake; a missing row of b counts as zeros). */
function productOfRows(a: readonly number[][], b: readonly number[][]): number[][] {
  return a.map((row) => (b[0] ?? []).map((_, j) => row.reduce((s, x, k) => s + x * (b[k]?.[j] ?? 0), 0)));
}
