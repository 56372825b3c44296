/** Every checker of notebook 01 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { thrownAsText } from "../../../lib/src/exercises/thrown";

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
    expect(runCheck("01-shape", reference).text).toBe("✔ shapeOf: 5/5 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it("01-shape rejects the shape read backwards (columns first)", () => {
    const backwards = (v: unknown): number[] => {
      const shape: number[] = [];
      for (let x = v; Array.isArray(x); x = x[0]) shape.unshift(x.length);
      return shape;
    };
    const report = runCheck("01-shape", backwards);
    expect(report.status).toBe("failed");
    expect(report.passed).toBe(3); // 7 → [], [1, 2, 3] → [3] and [] → [0] do not depend on the order
    expect(first(report.text)).toBe(
      "✖ shapeOf([[1, 2, 3], [4, 5, 6]] (shape [2, 3])) returned [3, 2] (shape [2]), expected [2, 3] (shape [2]) (at index 0: expected 2, got 3) → " +
        "hint: a number has shape [] (no dimensions); an array puts its length in front of the shape of its first entry: [[1, 2, 3]] → [1, 3]",
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
        "hint: x·y = x₁y₁ + x₂y₂ + … + xₙyₙ: multiply matching entries and add the products (0 for empty vectors)",
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
        'expected "threw: matmul: columns of a must equal rows of b, got a [2, 3] and b [2, 2]." → ' +
        matmulHint,
    );
  });
  it("01-matmul rejects the transposed product bᵀaᵀ-style mix-up of rows and columns", () => {
    const rowTimesRow = (a: number[][], b: number[][]): number[][] => a.map((row) => b.map((bRow) => row.reduce((s, x, k) => s + x * (bRow[k] ?? 0), 0)));
    expect(first(runCheck("01-matmul", thrownAsText(rowTimesRow)).text)).toBe(
      "✖ matmul([[1, 2], [3, 4]] (shape [2, 2]), [[5, 6], [7, 8]] (shape [2, 2])) returned [[17, 23], [39, 53]] (shape [2, 2]), " +
        "expected [[19, 22], [43, 50]] (shape [2, 2]) (at index 0: at index 0: expected 19, got 17) → " + matmulHint,
    );
  });
});
