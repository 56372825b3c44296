/** Every checker of notebook 01 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { thrownAsText } from "../../../lib/src/exercises/thrown";
import { mistakeCatalogue } from "./mistakes";

const first = (text: string) => text.split("\n")[0];

describe("notebook 01 exercises", () => {
  it("defines three exercises of rising points", () => {
    expect(listExercises("01").map((e) => [e.id, e.name, e.points])).toEqual([
      ["01-shape", "shapeOf", 1],
      ["01-dot", "dot", 1],
      ["01-matmul", "matmul", 2],
    ]);
  });

  it("01-shape: hand-computed shapes, and the reference passes", () => {
    const reference = getExercise("01-shape").reference;
    expect(reference(7)).toEqual([]); // a number: no dimensions
    expect(reference([[1, 2, 3], [4, 5, 6]])).toEqual([2, 3]); // 2 rows of 3
    expect(reference([[[1], [2]], [[3], [4]], [[5], [6]]])).toEqual([3, 2, 1]);
    expect(reference([])).toEqual([0]);
    expect(runCheck("01-shape", reference).text).toBe("✔ shapeOf: 6/6 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it("01-shape rejects the shape read backwards (columns first)", () => {
    const backwards = (v: unknown): number[] => {
      const shape: number[] = [];
      for (let x = v; Array.isArray(x); x = x[0]) shape.unshift(x.length);
      return shape;
    };
    const report = runCheck("01-shape", backwards);
    expect(report.status).toBe("failed");
    expect(report.passed).toBe(3); // 7 → [], [1, 2, 3] → [3] and [] → [0] do not depend on the order; [[]] → [1, 0] does
    expect(first(report.text)).toBe(
      "✖ shapeOf([[1, 2, 3], [4, 5, 6]] (shape [2, 3])) returned [3, 2] (shape [2]), expected [2, 3] (shape [2]) (at [0]: expected 2, got 3) → " +
        "hint: it looks like the shape is read backwards: the OUTERMOST length comes first, [[1, 2, 3], [4, 5, 6]] → [2, 3]",
    );
  });

  it("01-dot: 1·4 + 2·5 + 3·6 = 32, and the reference passes", () => {
    const reference = getExercise("01-dot").reference;
    expect(reference([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(reference([0.5, -1], [2, 3])).toBe(-2); // 1 − 3
    expect(runCheck("01-dot", reference).status).toBe("passed");
  });
  it("01-dot rejects adding the entries instead of multiplying them", () => {
    const sumOfSums = (x: number[], y: number[]) => x.reduce((s, xi, i) => s + xi + y[i]!, 0);
    expect(first(runCheck("01-dot", sumOfSums).text)).toBe(
      "✖ dot([1, 2, 3] (shape [3]), [4, 5, 6] (shape [3])) returned 21, expected 32 → " +
        "hint: it looks like the entries are added: multiply matching entries xᵢ·yᵢ, then add the products",
    );
  });

  const matmulHint =
    "hint: entry (i, j) is row i of a · column j of b; when a has k columns but b does not have k rows, " +
    "throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`)";

  /** A correct product of arrays of rows that checks shapes only if `checkShapes`. */
  function product(checkShapes: boolean) {
    return (a: number[][], b: number[][]): number[][] => {
      if (checkShapes && a[0]!.length !== b.length) {
        throw new Error(`matmul: columns of a must equal rows of b, got a [${a.length}, ${a[0]!.length}] and b [${b.length}, ${b[0]!.length}].`);
      }
      return a.map((row) => b[0]!.map((_, j) => row.reduce((s, aik, k) => s + aik * (b[k]?.[j] ?? 0), 0)));
    };
  }

  it("01-matmul: [[1, 2], [3, 4]]·[[5, 6], [7, 8]] = [[19, 22], [43, 50]], and a wrong shape gives the course's message", () => {
    const reference = getExercise("01-matmul").reference;
    expect(reference([[1, 2], [3, 4]], [[5, 6], [7, 8]])).toEqual([[19, 22], [43, 50]]); // 1·5 + 2·7, 1·6 + 2·8; 3·5 + 4·7, 3·6 + 4·8
    expect(reference([[1], [2], [3]], [[4, 5]])).toEqual([[4, 5], [8, 10], [12, 15]]); // [3, 1]·[1, 2] → [3, 2]
    expect(reference([[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4]])).toBe(
      "threw: matmul: columns of a must equal rows of b, got a [2, 3] and b [2, 2].",
    );
    expect(runCheck("01-matmul", reference).status).toBe("passed");
    expect(runCheck("01-matmul", thrownAsText(product(true))).text).toBe(
      "✔ matmul: 5/5 visible checks passed (2 points; hidden tests decide the grade)",
    );
  });
  it("01-matmul rejects a product that does not check shapes, showing the message it should have thrown", () => {
    const report = runCheck("01-matmul", thrownAsText(product(false)));
    expect(report.passed).toBe(4);
    expect(first(report.text)).toBe(
      "✖ matmul([[1, 2, 3], [4, 5, 6]] (shape [2, 3]), [[1, 2], [3, 4]] (shape [2, 2])) returned [[7, 10], [19, 28]] (shape [2, 2]), " +
        'expected "threw: matmul: columns of a must equal rows of b, got a [2, 3] and b [2, 2]." → hint: it looks like the shapes are not checked: when a has k columns but b does not have k rows, ' +
        "throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`)",
    );
  });
  it("01-matmul rejects the transposed product bᵀaᵀ-style mix-up of rows and columns", () => {
    const rowTimesRow = (a: number[][], b: number[][]): number[][] => a.map((row) => b.map((bRow) => row.reduce((s, x, k) => s + x * (bRow[k] ?? 0), 0)));
    expect(first(runCheck("01-matmul", thrownAsText(rowTimesRow)).text)).toBe(
      "✖ matmul([[1, 2], [3, 4]] (shape [2, 2]), [[5, 6], [7, 8]] (shape [2, 2])) returned [[17, 23], [39, 53]] (shape [2, 2]), " +
        "expected [[19, 22], [43, 50]] (shape [2, 2]) (at [0, 0]: expected 19, got 17) → " + matmulHint,
    );
  });
});

// Beyond the mistakes listed in notebook01.ts (catalogue.test.ts): thrown errors, changed inputs, valid alternatives.
mistakeCatalogue("01-shape", [
  { what: "walking in with shift(), which empties the input", answer: (values: unknown) => { const s: number[] = []; let v = values; while (Array.isArray(v)) { s.push(v.length); v = v.shift(); } return s; }, says: "changed its argument `values`" },
], [
  ["a recursion", function shape(v: unknown): number[] { return Array.isArray(v) ? [v.length, ...shape(v[0])] : []; }],
  ["a while loop with a typed cursor", (values: unknown) => { const s: number[] = []; let v = values; while (Array.isArray(v)) { s.push(v.length); v = v[0]; } return s; }],
]);

mistakeCatalogue("01-dot", [
  { what: "reduce without a start value (throws on empty vectors)", answer: (x: number[], y: number[]) => x.map((xi, i) => xi * y[i]!).reduce((s, p) => s + p), says: "empty vectors: no products, so the sum is 0" },
  { what: "squaring x in place before using it", answer: (x: number[], y: number[]) => { x.forEach((xi, i) => (x[i] = xi * y[i]!)); return x.reduce((s, p) => s + p, 0); }, says: "changed its argument `x`" },
], [
  ["reduce with 0", (x: number[], y: number[]) => x.reduce((s, xi, i) => s + xi * y[i]!, 0)],
  ["a for…of over the entries", (x: number[], y: number[]) => { let sum = 0; for (const [i, xi] of x.entries()) sum += xi * y[i]!; return sum; }],
]);

mistakeCatalogue("01-matmul", [
  { what: "a shape check that throws a message of its own words", answer: thrownAsText((a: number[][], b: number[][]) => { if (a[0]!.length !== b.length) throw new Error("shapes do not match"); return a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * b[k]![j]!, 0))); }), says: 'expected "threw: matmul: columns of a must equal rows of b' },
  { what: "a product written into a in place", answer: thrownAsText((a: number[][], b: number[][]) => { if (a[0]!.length !== b.length) throw new Error(`matmul: columns of a must equal rows of b, got a [${a.length}, ${a[0]!.length}] and b [${b.length}, ${b[0]!.length}].`); const p = a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * b[k]![j]!, 0))); a.splice(0, a.length, ...p); return a; }), says: "changed its argument `a`" },
], [
  ["map over rows and columns", thrownAsText((a: number[][], b: number[][]) => {
    if (a[0]!.length !== b.length) throw new Error(`matmul: columns of a must equal rows of b, got a [${a.length}, ${a[0]!.length}] and b [${b.length}, ${b[0]!.length}].`);
    return a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * b[k]![j]!, 0)));
  })],
  ["three loops, i-k-j order", thrownAsText((a: number[][], b: number[][]) => {
    const [r, k, m] = [a.length, a[0]!.length, b[0]!.length];
    if (k !== b.length) throw new Error(`matmul: columns of a must equal rows of b, got a [${r}, ${k}] and b [${b.length}, ${m}].`);
    const out = Array.from({ length: r }, () => new Array<number>(m).fill(0));
    for (let i = 0; i < r; i++) for (let kk = 0; kk < k; kk++) for (let j = 0; j < m; j++) out[i]![j]! += a[i]![kk]! * b[kk]![j]!;
    return out;
  })],
]);
