/**
 * The known mistakes of every exercise (Exercise.mistakes): each fails the visible checks, and the first
 * failure names it with its own hint. Together with the per-notebook tests (mutation, NaN, thrown errors
 * and valid alternatives), this is the course's mistake catalogue.
 */
import { describe, expect, it } from "vitest";
import { listExercises, runCheck } from "../../../lib/src/exercises";

const withMistakes = listExercises().filter((e) => e.mistakes !== undefined);

describe("every listed mistake fails its visible checks with its own hint", () => {
  it("all 36 exercises of the course list at least five mistakes each", () => {
    const course = listExercises().filter((e) => /^\d\d$/.test(e.notebook));
    expect(course).toHaveLength(36);
    expect(course.filter((e) => (e.mistakes?.length ?? 0) < 5).map((e) => e.id)).toEqual([]);
  });
  for (const exercise of withMistakes) {
    for (const [i, mistake] of exercise.mistakes!.entries()) {
      it(`${exercise.id}, mistake ${i + 1}: ${mistake.hint}`, () => {
        const report = runCheck(exercise.id, mistake.answer);
        expect(report.status, report.text).toBe("failed");
        expect(report.text.split("\n")[0]).toMatch(/^✖ .* → hint: /);
        expect(report.text.split("\n")[0]!.endsWith(`→ hint: ${mistake.hint}`), report.text).toBe(true);
      });
    }
  }
});
