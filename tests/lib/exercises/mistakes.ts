/**
 * The mistake catalogue of an exercise, as tests: every typical wrong answer (from the task text) must fail
 * the visible checks with a hint that points at it, and every valid alternative must pass them, so that ✔
 * on the visible checks predicts the grade.
 */
import { describe, expect, it } from "vitest";
import { runCheck } from "../../../lib/src/exercises";

/** A wrong answer a learner writes, and a part of the first failure line that must point at the mistake. */
export interface Mistake {
  what: string;
  answer: (...args: any[]) => unknown;
  /** Text (or a pattern) the first ✖ line must contain: the case hint or the part of the message that names the mistake. */
  says: string | RegExp;
}

/** One `it` per mistake (rejected with its hint) and per valid alternative (accepted). */
export function mistakeCatalogue(id: string, mistakes: readonly Mistake[], alternatives: ReadonlyArray<readonly [string, (...args: any[]) => unknown]>): void {
  describe(`${id}: the visible checks reject the usual mistakes and accept other valid answers`, () => {
    for (const m of mistakes) {
      it(`rejects ${m.what}`, () => {
        const report = runCheck(id, m.answer);
        expect(report.status, report.text).toBe("failed");
        const first = report.text.split("\n")[0]!;
        expect(first.startsWith("✖ "), first).toBe(true);
        if (typeof m.says === "string") expect(first).toContain(m.says);
        else expect(first).toMatch(m.says);
      });
    }
    for (const [what, answer] of alternatives) {
      it(`accepts ${what}`, () => {
        const report = runCheck(id, answer);
        expect(report.status, report.text).toBe("passed");
      });
    }
  });
}
