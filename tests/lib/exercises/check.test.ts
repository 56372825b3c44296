import { afterEach, describe, expect, it, vi } from "vitest";
import { printed } from "../../helpers/stdout";
import { check, defineExercise, getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { tensor, type Tensor } from "../../../lib/src/tensor";

// A tensor exercise of this test only: the column sums of a matrix, [r, c] → [1, c].
defineExercise({
  id: "test-column-sums",
  name: "columnSums",
  notebook: "test",
  points: 3,
  hint: "add the entries of each column",
  reference: (m: Tensor) => tensor([Array.from({ length: m.shape[1]! }, (_, j) => (m.toArray() as number[][]).reduce((s, row) => s + row[j]!, 0))]),
  cases: [[tensor([[1, 2], [3, 4]])], [tensor([[1, 2, 3]])]],
  timeLimitMs: 200,
});

afterEach(() => vi.restoreAllMocks());

describe("runCheck on a tensor exercise", () => {
  it("accepts the reference", () => {
    const report = runCheck("test-column-sums", getExercise("test-column-sums").reference);
    expect(report.status).toBe("passed");
    expect(report.text).toBe("✔ columnSums: 2/2 visible checks passed (3 points; hidden tests decide the grade)");
  });
  it("shows the input, the received and expected values and the shapes of a wrong shape", () => {
    // [[1, 2], [3, 4]] → expected [[4, 6]] ([1, 2]); the wrong answer returns row sums [[3], [7]] ([2, 1]).
    const rowSums = (m: Tensor) => tensor((m.toArray() as number[][]).map((row) => [row.reduce((s, v) => s + v, 0)]));
    const report = runCheck("test-column-sums", rowSums);
    expect(report.status).toBe("failed");
    expect(report.text).toBe(
      "✖ columnSums(a tensor [2, 2] [1, 2, 3, 4]) returned a tensor [2, 1] [3, 7], expected a tensor [1, 2] [4, 6] " +
        "(wrong shape: expected [1, 2], got [2, 1]) → hint: add the entries of each column\n" +
        "✖ columnSums(a tensor [1, 3] [1, 2, 3]) returned a tensor [1, 1] [6], expected a tensor [1, 3] [1, 2, 3] " +
        "(wrong shape: expected [1, 3], got [1, 1]) → hint: add the entries of each column\n" +
        "columnSums: 0/2 visible checks passed (3 points at stake)",
    );
  });
  it("answers undefined, a thrown error, a time limit and the stub in plain words", () => {
    expect(runCheck("test-column-sums", () => undefined).results[0]!.problem).toBe(
      "columnSums(a tensor [2, 2] [1, 2, 3, 4]) returned undefined, expected a tensor [1, 2] [4, 6]",
    );
    expect(runCheck("test-column-sums", () => { throw new TypeError("m.foo is not a function"); }).results[0]!.problem).toBe(
      "columnSums(a tensor [2, 2] [1, 2, 3, 4]) threw TypeError: m.foo is not a function; expected a tensor [1, 2] [4, 6]",
    );
    const spin = runCheck("test-column-sums", () => { for (;;); });
    expect(spin.results).toHaveLength(1);
    expect(spin.text.split("\n")[0]).toBe(
      "✖ columnSums(a tensor [2, 2] [1, 2, 3, 4]) did not return within 0.2 s: look for a loop that never ends → hint: add the entries of each column",
    );
    const stub = runCheck("test-column-sums", () => { throw new Error("not implemented yet"); });
    expect(stub.status).toBe("unattempted");
    expect(stub.text).toBe(
      '… columnSums: not attempted yet (3 points). Replace `throw new Error("not implemented yet")` with your code, then run this cell again.',
    );
  });
  it("lists three failures at most", () => {
    defineExercise({ id: "test-many", name: "one", notebook: "test", points: 1, hint: "return 1", reference: () => 1, cases: [[1], [2], [3], [4], [5]] });
    const lines = runCheck("test-many", () => 2).text.split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe("✖ one(1) returned 2, expected 1 → hint: return 1");
    expect(lines[3]).toBe("  … and 2 more failing case(s)");
    expect(lines[4]).toBe("one: 0/5 visible checks passed (1 point at stake)");
  });
});

describe("the feedback of runCheck", () => {
  defineExercise({ id: "test-half", name: "half", notebook: "test", points: 1, hint: "x / 2", reference: (x: number) => x / 2, cases: [[1], [3]] });
  defineExercise({
    id: "test-ramp", name: "ramp", notebook: "test", points: 1, hint: "0, 1, 2, …",
    reference: (n: number) => Array.from({ length: n }, (_, i) => i), cases: [[12]],
  });
  it("shows a near miss with enough digits, never \"returned 0.5, expected 0.5\"", () => {
    expect(runCheck("test-half", (x: number) => x / 2 + 2.1e-6).results[0]!.problem).toBe(
      "half(1) returned 0.500002, expected 0.5 (off by 2.1e-6, more than the tolerance 1e-6)");
  });
  it("shows the input and the expected value when the function throws", () => {
    expect(runCheck("test-half", (x: number) => { throw new RangeError(`no half of ${x}`); }).results[1]!.problem).toBe(
      "half(3) threw RangeError: no half of 3; expected 1.5");
  });
  it("shows a number argument exactly, so that the call can be repeated", () => {
    expect(runCheck("test-half", (x: number) => x).results[0]!.problem).toBe("half(1) returned 1, expected 0.5");
    defineExercise({ id: "test-triple", name: "triple", notebook: "test", points: 1, hint: "3x", reference: (x: number) => 3 * x, cases: [[2 / 3]] });
    expect(runCheck("test-triple", (x: number) => Math.round(3 * x * 100) / 100 + 0.01).results[0]!.problem).toBe("triple(0.6666666666666666) returned 2.01, expected 2");
  });
  it("shows the failing entry of a long array and its position", () => {
    const wrongAtNine = (n: number) => Array.from({ length: n }, (_, i) => (i === 9 ? 10 : i));
    expect(runCheck("test-ramp", wrongAtNine).results[0]!.problem).toBe(
      "ramp(12) returned [0, 1, … 6 more, 8, 10, 10, … 1 more] (shape [12]), expected [0, 1, … 6 more, 8, 9, 10, … 1 more] (shape [12]) (at [9]: expected 9, got 10)");
  });
});

describe("check", () => {
  it("prints the report and never throws, even for an unknown exercise", () => {
    expect(printed(() => check("test-column-sums", getExercise("test-column-sums").reference))).toBe(
      "✔ columnSums: 2/2 visible checks passed (3 points; hidden tests decide the grade)\n",
    );
    expect(printed(() => check("no-such", () => 1))).toMatch(/^✖ check\("no-such"\) could not run: getExercise: expected one of 00-weighted-sum, 00-sigmoid-prime, .*test-column-sums.*, got "no-such" \(a string\)\.\n$/);
  });
});

describe("defineExercise", () => {
  it("refuses an id nbgrader could not use and a duplicate id", () => {
    const base = { name: "f", notebook: "test", points: 1, hint: "", reference: () => 0, cases: [] };
    expect(() => defineExercise({ ...base, id: "has space" })).toThrow(
      'defineExercise: expected an id of letters, digits, - and _ (an nbgrader grade_id), got "has space" (a string).',
    );
    expect(() => defineExercise({ ...base, id: "00-weighted-sum" })).toThrow('defineExercise: expected a new exercise id, got "00-weighted-sum" a second time.');
    expect(() => defineExercise({ ...base, id: "test-hints", cases: [[1]], caseHints: ["a", "b"] })).toThrow(
      'defineExercise: expected at most one case hint per visible case (1), got 2 for "test-hints".');
  });
  it("lists exercises per notebook", () => {
    expect(listExercises("00").map((e) => e.id)).toEqual(["00-weighted-sum", "00-sigmoid-prime"]);
  });
});
