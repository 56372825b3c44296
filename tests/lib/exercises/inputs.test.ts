/** Each call gets its own deep copy of a case; a function that changes its input fails and the cases stay pristine. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { getExercise, gradingMode, hiddenChecks, runCheck } from "../../../lib/src/exercises";
import { callOnCopy, copyAdvice, deepCopy, parameterNames, sameContents } from "../../../lib/src/exercises/inputs";
import { Tensor, tensor } from "../../../lib/src/tensor";
import { printed } from "../../helpers/stdout";

afterEach(() => vi.restoreAllMocks());

describe("deepCopy", () => {
  it("copies arrays, typed arrays, tensors and objects all the way down, keeping classes and frozen shapes", () => {
    const t = tensor([[1, 2], [3, 4]]);
    const value = { rows: [[1, 2], [3]], labels: Uint8Array.from([7, 2]), t, f: Math.max };
    const copy = deepCopy(value);
    expect(sameContents(copy, value)).toBe(true);
    copy.rows[0]![0] = 9;
    copy.labels[0] = 9;
    copy.t.data[0] = 9;
    expect(value.rows[0]![0]).toBe(1);
    expect(value.labels[0]).toBe(7);
    expect(t.data[0]).toBe(1);
    expect(copy.t).toBeInstanceOf(Tensor);
    expect(copy.t.shape).toEqual([2, 2]);
    expect(Object.isFrozen(copy.t.shape)).toBe(true);
    expect(copy.t.toArray()).toEqual([[9, 2], [3, 4]]);
    expect(copy.f).toBe(Math.max);
  });
  it("copies maps, sets and dates, and keeps shared references shared", () => {
    const shared = [1, 2];
    const copy = deepCopy({ map: new Map([["a", shared]]), set: new Set([shared]), date: new Date(0), twice: [shared, shared] });
    expect(copy.map.get("a")).toEqual([1, 2]);
    expect(copy.map.get("a")).not.toBe(shared);
    expect([...copy.set][0]).toEqual([1, 2]);
    expect(copy.date.getTime()).toBe(0);
    expect(copy.twice[0]).toBe(copy.twice[1]);
  });
  it("compares contents: NaN equals NaN, a changed entry deep inside does not", () => {
    expect(sameContents([NaN, [1]], [NaN, [1]])).toBe(true);
    expect(sameContents([[1, 2]], [[1, 3]])).toBe(false);
    expect(sameContents(tensor([1, 2]), tensor([1, 2.5]))).toBe(false);
    expect(sameContents([1, 2], [1, 2, 3])).toBe(false);
  });
});

describe("parameterNames and copyAdvice", () => {
  it("reads the names of the reference's parameters; what is not a plain name is numbered", () => {
    expect(parameterNames(function sorted(scores: number[], truths: number[], required = 0.5) { return [scores, truths, required]; })).toEqual(["scores", "truths", "required"]);
    expect(parameterNames((w: number) => w)).toEqual(["w"]);
    expect(parameterNames(new Function("x", "return x") as (x: number) => number)).toEqual(["x"]);
    expect(parameterNames((...args: number[]) => args)).toEqual(["argument 1"]);
    expect(getExercise("01-matmul").parameters).toEqual(["a", "b"]);
  });
  it("advises the copy that fits the argument", () => {
    expect(copyAdvice("scores", [0.3, 0.1])).toBe("[...scores]");
    expect(copyAdvice("w", [[1, 2]])).toBe("w.map((row) => [...row])");
    expect(copyAdvice("labels", Uint8Array.from([1]))).toBe("labels.slice()");
    expect(copyAdvice("w", tensor([1]))).toBe("w.clone()");
    expect(copyAdvice("data", { a: 1 })).toBe("{ ...data }");
  });
});

describe("a function that changes its input", () => {
  const sortsScores = (scores: number[], truths: number[], requiredRecall: number) => {
    scores.sort((a, b) => a - b); // in place: the scores no longer line up with the truths
    return getExercise("09-threshold-for-recall").reference(scores, truths, requiredRecall);
  };
  it("fails with a message naming the argument, and the visible cases stay as they were", () => {
    const before = deepCopy(getExercise("09-threshold-for-recall").cases);
    const report = runCheck("09-threshold-for-recall", sortsScores);
    expect(report.status).toBe("failed");
    expect(report.results[0]!.problem).toBe(
      "thresholdForRecall([0.9, 0.8, 0.7, 0.6, … 2 more] (shape [6]), [1, 0, 1, 0, … 2 more] (shape [6]), 0.6666666666666666) " +
        "changed its argument `scores` (now [0.4, 0.5, 0.6, 0.7, 0.8, 0.9] (shape [6])): work on a copy (`[...scores]`) and leave the input as it was",
    );
    expect(sameContents(getExercise("09-threshold-for-recall").cases, before)).toBe(true);
    // run again: the same report, the task's own cases unchanged
    expect(runCheck("09-threshold-for-recall", sortsScores).text).toBe(report.text);
    expect(runCheck("09-threshold-for-recall", getExercise("09-threshold-for-recall").reference).status).toBe("passed");
  });
  it("fails even when what it returns is right: sorting a copy of the output in place is not enough", () => {
    const sortsOutput = (output: number[]) => {
      const best = Math.max(...output);
      const index = output.indexOf(best);
      output.sort((a, b) => b - a);
      return index;
    };
    const report = runCheck("03-argmax", sortsOutput);
    expect(report.passed).toBe(2); // the tie [0.5, 0.5, 0.2] and the single output are sorted already
    expect(report.results[0]!.problem).toBe(
      "predictedDigit([0.1, 0.7, 0.2] (shape [3])) changed its argument `output` (now [0.7, 0.2, 0.1] (shape [3])): work on a copy (`[...output]`) and leave the input as it was",
    );
  });
  it("fails the hidden tests, and the grader's tagged line reports it as a failure with its reason", () => {
    expect(() => hiddenChecks("09-threshold-for-recall", sortsScores, [[[0.5, 0.1], [1, 1], 1]])).toThrow( // [0.4, 0.7] is sorted already
      /^thresholdForRecall: 5 of 6 tests failed; first: thresholdForRecall\(.*\) changed its argument `scores`/,
    );
    gradingMode("n0nce");
    try {
      const line = printed(() => hiddenChecks("03-argmax", (output: number[]) => output.sort().length * 0, [])).split("\n")[0]!;
      const record = JSON.parse(line.slice("⟦n0nce⟧".length));
      expect(record).toMatchObject({ id: "03-argmax", case: "v0", kind: "threw" });
      expect(record.message).toBe(
        "no error, but the function changed its argument `output` (now [0.1, 0.2, 0.7] (shape [3])): work on a copy (`[...output]`) and leave the input as it was",
      );
    } finally {
      gradingMode(undefined as unknown as string);
    }
  });
  it("the reference gets a copy too, so the expected value never depends on what the learner did", () => {
    const w = [[1, 2]];
    const call = callOnCopy((m: number[][]) => { m[0]![0] = 5; return 1; }, [w], ["w"]);
    expect(call.changed).toBe("changed its argument `w` (now [[5, 2]] (shape [1, 2])): work on a copy (`w.map((row) => [...row])`) and leave the input as it was");
    expect(w).toEqual([[1, 2]]);
  });
});
