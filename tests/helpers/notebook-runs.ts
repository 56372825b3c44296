/**
 * Running course notebooks top to bottom on the real tslab kernel, as the notebook tests do: one
 * test per notebook (it fails on a cell that is not ok, writes to stderr or exceeds its limit; a Korean
 * edition's outputs must hold no English phrase), then its slide decks built from the executed copy and
 * checked in Chromium (tests/slides/). The English and the Korean edition run in two test files, so that
 * the two cores of a CI machine run them side by side.
 */
import { readFileSync } from "fs";
import path from "path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { cellFailed, describeFailure, runNotebook } from "../../scripts/kernel/run-notebook";
import { courseDeckChecks } from "../slides/course-decks";
import { testJupyterEnv, testOutputDir } from "./notebooks";
import { englishInOutputs } from "./outputs";

const name = (file: string) => path.relative(path.join(repoRoot, "notebooks"), file);

/** The tests that run `notebooks` (paths under notebooks/) and check their decks. */
export function notebookRuns(notebooks: readonly string[]): void {
  describe.sequential("notebooks run top to bottom on the tslab kernel", () => {
    const env = testJupyterEnv();
    const totals = { notebooks: 0, cells: 0, seconds: 0 };
    // Seconds per notebook against its metadata.course.budget_seconds: printed, never a pass/fail (machines differ and are shared)
    const times: string[] = [];
    // the decks of each notebook, built from the copy just executed (no second run) and checked in Chromium (tests/slides/)
    const slides = courseDeckChecks();
    const ran = new Set<string>();
    for (const file of notebooks) {
      const budget: number = JSON.parse(readFileSync(file, "utf8")).metadata?.course?.budget_seconds ?? 120;
      it(`${name(file)} runs clean (time budget ${budget} s, reported)`, async () => {
        const executed = path.join(testOutputDir, "executed", name(file));
        const run = await runNotebook(file, { env, outputPath: executed });
        totals.notebooks += 1;
        totals.cells += run.cells.filter((c) => c.status !== "not-run").length;
        totals.seconds += run.seconds;
        times.push(`  ${name(file)}: ${run.seconds.toFixed(1)} s${run.seconds > budget ? ` (over its budget of ${budget} s)` : ` (budget ${budget} s)`}`);
        const failed = run.cells.find(cellFailed);
        if (failed) expect.fail(describeFailure(run, failed));
        // the Korean edition's outputs are Korean too: the library's lines, checks, plot titles and descriptions
        if (name(file).startsWith("ko/")) expect(englishInOutputs(executed), "English left in the outputs").toEqual([]);
        ran.add(file);
      }, (3 * budget + 120) * 1000); // a guard against a hung kernel, far above the budget
      it.skipIf(!slides.available)(`${name(file)} as slides: every slide of the class and instructor decks seen whole at 1280×720 and 1920×1080, the core decks made of their slides, no solution in the class deck`, async (context) => {
        if (!ran.has(file)) context.skip();
        await slides.check(file, path.join(testOutputDir, "executed", name(file)));
      }, 180_000);
    }
    afterAll(async () => {
      await slides.close();
      console.log([`Executed ${totals.notebooks} notebooks, ${totals.cells} code cells, in ${totals.seconds.toFixed(1)} s on the tslab kernel:`, ...times].join("\n"));
    });
  });
}
