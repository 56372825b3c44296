import { afterEach, describe, expect, it } from "vitest";
import { printed } from "../../helpers/stdout";
import { check, getExercise, progress, resetProgress } from "../../../lib/src/exercises";

afterEach(() => resetProgress());

describe("progress", () => {
  it("says when nothing was checked yet", () => {
    expect(printed(() => progress())).toBe("Progress: no exercise checked yet.\n");
  });
  it("counts passed and attempted exercises and the points at stake", () => {
    printed(() => check("00-weighted-sum", getExercise("00-weighted-sum").reference));
    expect(printed(() => progress())).toBe(
      [
        "Progress: 1 of 2 exercises pass their visible checks (1 attempted).",
        "  ✔ weightedSum (1 point): 5/5 visible checks passed",
        "  … sigmoidPrime (2 points): check cell not run yet",
        "Points if the hidden tests agree: 1 of 3. The hidden tests decide the grade.",
        "",
      ].join("\n"),
    );
    printed(() => check("00-sigmoid-prime", () => { throw new Error("not implemented yet"); }));
    expect(printed(() => progress("00")).split("\n")[2]).toBe("  … sigmoidPrime (2 points): not attempted yet");
    printed(() => check("00-sigmoid-prime", () => 1));
    expect(printed(() => progress("00")).split("\n").slice(0, 3)).toEqual([
      "Progress: 1 of 2 exercises pass their visible checks (2 attempted).",
      "  ✔ weightedSum (1 point): 5/5 visible checks passed",
      "  ✖ sigmoidPrime (2 points): 0/8 visible checks passed",
    ]);
  });
});
