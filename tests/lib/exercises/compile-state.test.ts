/**
 * A solution that does not compile, and an exercise that calls another unfinished one: the check and
 * the progress say so in plain words (the course kernel declares the stand-ins; see lib/src/kernel).
 */
import { afterEach, describe, expect, it } from "vitest";
import { markCompiled, markNotCompiled, notCompiledYet, NotCompiledError } from "../../../lib/src/exercises/compile-state";
import { progressText, resetProgress, runCheck } from "../../../lib/src/exercises";
import { check, getExercise } from "../../../lib/src/exercises/check";
import { printed } from "../../helpers/stdout";

const problem = { line: 4, message: "')' expected.", code: "return 1 / (1 + Math.exp(-z);" };

afterEach(() => {
  markCompiled("sigmoidNeuron");
  markCompiled("weightedSum");
  resetProgress();
});

describe("a solution cell that does not compile", () => {
  it("is reported with the learner's line by the check and by progress", () => {
    markNotCompiled("sigmoidNeuron", problem);
    const standIn = (..._args: unknown[]) => { throw notCompiledYet("sigmoidNeuron"); };
    const report = runCheck("02-sigmoid-neuron", standIn);
    expect(report.status).toBe("notCompiled");
    expect(report.text).toBe("✖ sigmoidNeuron does not compile yet: line 4: ')' expected. (`return 1 / (1 + Math.exp(-z);`)\n" +
      "  Fix that line in your solution cell, run the cell, then run this check again (1 point at stake).");
    printed(() => check("02-sigmoid-neuron", standIn));
    expect(progressText([getExercise("02-sigmoid-neuron")])).toContain("✖ sigmoidNeuron (1 point): does not compile yet");
  });

  it("names the problem even when none was recorded", () => {
    const error = notCompiledYet("weightedSum");
    expect(error).toBeInstanceOf(NotCompiledError);
    expect(error.message).toBe("weightedSum does not compile yet: line 0: the cell did not compile");
  });
});

describe("an exercise that calls another exercise's unfinished function", () => {
  function weightedSum(_w: number[], _x: number[], _b: number): number {
    throw new Error("not implemented yet");
  }
  const tippingWeight = (w: number[], x: number[], b: number, j: number) => w[j]! - weightedSum(w, x, b) / x[j]!;

  it("says which one to finish first", () => {
    const report = runCheck("02-tipping-weight", tippingWeight);
    expect(report.status).toBe("waiting");
    expect(report.text).toBe("… tippingWeight calls weightedSum, which is not implemented yet: finish weightedSum (exercise 02-weighted-sum) first, then run this check again.");
    printed(() => check("02-tipping-weight", tippingWeight));
    expect(progressText([getExercise("02-tipping-weight")])).toContain("… tippingWeight (2 points): waits for weightedSum");
  });

  it("says so when the other one does not compile", () => {
    markNotCompiled("weightedSum", problem);
    const calls = (w: number[], x: number[], b: number, j: number) => w[j]! - (() => { throw notCompiledYet("weightedSum"); })() / x[j]! + b;
    expect(runCheck("02-tipping-weight", calls).text).toBe(
      "… tippingWeight calls weightedSum, which does not compile yet: finish weightedSum (exercise 02-weighted-sum) first, then run this check again.");
  });

  it("still reports its own stub as not attempted", () => {
    function tippingWeightStub(): number {
      throw new Error("not implemented yet");
    }
    expect(runCheck("02-tipping-weight", tippingWeightStub).status).toBe("unattempted");
  });
});
