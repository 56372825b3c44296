import { afterEach, describe, expect, it } from "vitest";
import { printed } from "../../helpers/stdout";
import { encodeValue, getExercise, gradingMode, hiddenChecks } from "../../../lib/src/exercises";
import { tensor } from "../../../lib/src/tensor";

afterEach(() => gradingMode(undefined as unknown as string));

describe("hiddenChecks outside the grader (instructor, nbgrader)", () => {
  it("passes the reference on visible and hidden cases", () => {
    const reference = getExercise("00-sigmoid-prime").reference;
    // 8 visible cases + 2 hidden
    expect(printed(() => hiddenChecks("00-sigmoid-prime", reference, [[-3], [7]]))).toBe("✔ sigmoidPrime: all 10 tests passed\n");
  });
  it("throws for a wrong answer, so nbgrader gives the cell 0 points", () => {
    // right on every visible case, wrong on the hidden one: σ′(z) for z ≠ 4 only
    const reference = getExercise("00-sigmoid-prime").reference as (z: number) => number;
    const cheat = (z: number) => (z === 4 ? 0 : reference(z));
    expect(() => hiddenChecks("00-sigmoid-prime", cheat, [[4]])).toThrow(
      "sigmoidPrime: 1 of 9 tests failed; first: sigmoidPrime(4) returned 0, expected 0.01766",
    );
  });
});

describe("hiddenChecks in grading mode", () => {
  it("prints one tagged line per case with what the function returned, and never throws", () => {
    gradingMode("n0nce");
    const out = printed(() => hiddenChecks("00-weighted-sum", (w: number[]) => (w.length === 1 ? NaN : 1), [[[1], [2], 3]]));
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(6); // 5 visible + 1 hidden
    expect(lines.every((l) => l.startsWith("⟦n0nce⟧"))).toBe(true);
    expect(JSON.parse(lines[5]!.slice("⟦n0nce⟧".length))).toEqual({
      id: "00-weighted-sum", case: "h0", kind: "value", value: "NaN", call: "weightedSum([1] (shape [1]), [2] (shape [1]), 3)",
    });
  });
  it("stops calling after a time limit or the stub, repeating that outcome for the other cases", () => {
    gradingMode("n");
    const out = printed(() => hiddenChecks("00-weighted-sum", () => { throw new Error("not implemented yet"); }, [[[1], [2], 3]]));
    expect(out.trim().split("\n").map((l) => JSON.parse(l.slice(3)).kind)).toEqual(Array(6).fill("unattempted"));
  });
});

describe("encodeValue", () => {
  it("makes NaN, ∞, undefined, typed arrays and tensors JSON-safe", () => {
    expect(encodeValue([NaN, Infinity, 1])).toEqual(["NaN", "Infinity", 1]);
    expect(encodeValue(undefined)).toEqual({ undefined: true });
    expect(encodeValue(new Float64Array([0.5]))).toEqual([0.5]);
    expect(encodeValue(tensor([[1], [2]]))).toEqual({ shape: [2, 1], data: [1, 2] });
    expect(encodeValue(new Map())).toEqual({ other: "[object Map]" });
    expect(encodeValue(null)).toBeNull();
  });
  it("keeps the string \"NaN\" apart from the number NaN, so the grader cannot mistake one for the other", () => {
    expect(encodeValue([NaN, "NaN", "-Infinity", "threw: x"])).toEqual(["NaN", { string: "NaN" }, { string: "-Infinity" }, "threw: x"]);
  });
});
