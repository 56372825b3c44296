import { describe, expect, it } from "vitest";
import { arrayShape, compareValues, distinguishingDigits, findMismatch, formatNumber, formatValue } from "../../../lib/src/exercises/format";
import { tensor } from "../../../lib/src/tensor";

describe("formatNumber", () => {
  it("rounds to 4 significant digits and keeps integers, NaN and tiny numbers readable", () => {
    expect(formatNumber(0.25)).toBe("0.25");
    expect(formatNumber(1 / 3)).toBe("0.3333");
    expect(formatNumber(-12.34567)).toBe("-12.35");
    expect(formatNumber(7)).toBe("7");
    expect(formatNumber(NaN)).toBe("NaN");
    expect(formatNumber(-Infinity)).toBe("-Infinity");
    expect(formatNumber(4.248354255291589e-18)).toBe("4.248e-18");
    expect(formatNumber(2e-7)).toBe("2e-7");
  });
});

describe("formatValue", () => {
  it("shows arrays with their shape and tensors with theirs, truncating long ones", () => {
    expect(formatValue([[1, 2], [3, 4]])).toBe("[[1, 2], [3, 4]] (shape [2, 2])");
    expect(formatValue([1, 2, 3, 4, 5, 6, 7, 8])).toBe("[1, 2, 3, 4, 5, 6, … 2 more] (shape [8])");
    expect(formatValue(tensor([[0.5], [1 / 3]]))).toBe("a tensor [2, 1] [0.5, 0.3333]");
    expect(formatValue(new Float64Array([1.5]))).toBe("[1.5] (shape [1])");
  });
  it("names undefined, null, strings, functions and other objects", () => {
    expect(formatValue(undefined)).toBe("undefined");
    expect(formatValue(null)).toBe("null");
    expect(formatValue("a")).toBe('"a"');
    expect(formatValue(function sigma() { return 0; })).toBe("a function sigma");
    expect(formatValue(new Map())).toBe("an object Map");
    expect(formatValue(true)).toBe("true");
  });
  it("reads the shape of nested arrays", () => {
    expect(arrayShape([[1, 2, 3]])).toEqual([1, 3]);
    expect(arrayShape([])).toEqual([0]);
    expect(arrayShape(5)).toEqual([]);
  });
});

describe("compareValues", () => {
  it("accepts numbers within the relative tolerance and rejects others with both values", () => {
    // |0.2500001 − 0.25| = 1e-7 ≤ 1e-6 · max(1, 0.25)
    expect(compareValues(0.2500001, 0.25)).toBeUndefined();
    expect(compareValues(0.5, 0.25)).toBe("expected 0.25, got 0.5");
    // relative: |1000.0005 − 1000| = 5e-4 ≤ 1e-6 · 1000 = 1e-3
    expect(compareValues(1000.0005, 1000)).toBeUndefined();
    expect(compareValues(NaN, NaN)).toBeUndefined();
  });
  it("explains NaN, undefined and a wrong type", () => {
    expect(compareValues(NaN, 1)).toBe("got NaN (not a number): look for 0/0, ∞ − ∞ or an undefined variable in arithmetic");
    expect(compareValues(undefined, 1)).toBe("expected a number, got undefined");
    expect(compareValues("1", 1)).toBe('expected a number, got "1"');
  });
  it("compares tensors by shape, then element by element", () => {
    expect(compareValues(tensor([[1], [2]]), tensor([[1], [2]]))).toBeUndefined();
    expect(compareValues(tensor([[1, 2]]), tensor([[1], [2]]))).toBe("wrong shape: expected [2, 1], got [1, 2]");
    expect(compareValues(tensor([[1], [3]]), tensor([[1], [2]]))).toBe("at [1, 0]: expected 2, got 3");
    expect(compareValues([1, 2], tensor([1, 2]))).toBe("expected a tensor [2], got [1, 2] (shape [2])");
  });
  it("compares arrays by shape, then element by element, and other values exactly", () => {
    expect(compareValues([[1, 2]], [[1, 2]])).toBeUndefined();
    expect(compareValues([1, 2, 3], [1, 2])).toBe("wrong shape: expected [2], got [3]");
    expect(compareValues([[1, 5]], [[1, 2]])).toBe("at [0, 1]: expected 2, got 5");
    expect(compareValues(3, [3])).toBe("expected an array, got 3");
    expect(compareValues("b", "a")).toBe('expected "a", got "b"');
    expect(compareValues(true, true)).toBeUndefined();
  });
});

describe("feedback a learner can act on", () => {
  it("prints a near miss with the digits that show the difference and by how much it misses the tolerance", () => {
    // |0.5000021 − 0.5| = 2.1e-6 > 1e-6 · max(1, 0.5): 4 digits would print 0.5 twice
    expect(compareValues(0.5000021, 0.5)).toBe("expected 0.5, got 0.500002 (off by 2.1e-6, more than the tolerance 1e-6)");
    expect(findMismatch(0.5000021, 0.5)).toEqual({ path: [], kind: "values", message: "expected 0.5, got 0.500002", digits: 6, note: "off by 2.1e-6, more than the tolerance 1e-6" });
    // rounded to two decimals: 0.12 for 0.1234567 is far outside the tolerance and prints with 4 digits
    expect(compareValues(0.12, 0.1234567)).toBe("expected 0.1235, got 0.12");
    expect(distinguishingDigits(1 / 3, 0.33333)).toBe(6);
    expect(formatNumber(1 / 3, 7)).toBe("0.3333333");
  });
  it("names nested positions as [i, j], in arrays and in tensors", () => {
    expect(compareValues([[1, 2], [3, 5]], [[1, 2], [3, 4]])).toBe("at [1, 1]: expected 4, got 5");
    expect(compareValues(tensor([[1, 2, 3], [4, 5, 7]]), tensor([[1, 2, 3], [4, 5, 6]]))).toBe("at [1, 2]: expected 6, got 7");
  });
  it("keeps the failing entry of a long array in view, with its neighbours", () => {
    const expected = Array.from({ length: 12 }, (_, i) => i);
    const received = expected.map((v) => (v === 9 ? -9 : v));
    expect(formatValue(received, 6, [9])).toBe("[0, 1, … 6 more, 8, -9, 10, … 1 more] (shape [12])");
    expect(formatValue(received, 6, [2])).toBe("[0, 1, 2, 3, 4, 5, … 6 more] (shape [12])");
    expect(formatValue(tensor([Array.from({ length: 10 }, (_, i) => i)]), 6, [0, 8])).toBe("a tensor [1, 10] [0, 1, … 5 more, 7, 8, 9]");
    const rows = Array.from({ length: 8 }, (_, i) => [i, i]);
    expect(formatValue(rows, 4, [6, 1])).toBe("[[0, 0], [1, 1], … 3 more, [5, 5], [6, 6], [7, 7]] (shape [8, 2])");
  });
  it("does not take the string \"NaN\" for the number NaN", () => {
    expect(compareValues("NaN", NaN)).toBe('expected a number, got "NaN"');
    expect(compareValues([0.5, "NaN"], [0.5, NaN])).toBe('at [1]: expected a number, got "NaN"');
  });
});

