/**
 * The course is a test: every notebook under notebooks/ is committed clean and runs top to bottom on
 * the real tslab kernel. A cell fails if its reply is not ok, if it writes anything to stderr (tslab
 * reports type errors there), or if it exceeds its time limit; a Korean edition's outputs must hold no
 * English phrase (tests/helpers/outputs.ts). Executed copies are kept in
 * .test-output/executed/ for a person to read.
 */
import path from "path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { cellFailed, describeFailure, runNotebook } from "../../scripts/kernel/run-notebook";
import { englishInOutputs } from "../helpers/outputs";
import { listNotebooks, testJupyterEnv, testOutputDir, uncleanParts, validateNotebooks } from "../helpers/notebooks";
import { courseDeckChecks } from "../slides/course-decks";
import { readFileSync } from "fs";

const notebooks = listNotebooks(path.join(repoRoot, "notebooks"));
const name = (file: string) => path.relative(path.join(repoRoot, "notebooks"), file);

describe("notebooks are committed clean", () => {
  it("there are notebooks", () => {
    expect(notebooks.length).toBeGreaterThan(0);
  });
  const schemaErrors = validateNotebooks(notebooks);
  for (const file of notebooks) {
    it(`${name(file)} is valid nbformat 4`, () => {
      expect(schemaErrors[file], `${name(file)}: ${schemaErrors[file]?.join("; ")}`).toEqual([]);
    });
    it(`${name(file)} names the tslab kernel and has no outputs or execution counts`, () => {
      expect(uncleanParts(file), "clear them with `npm run clear-outputs`").toEqual([]);
    });
  }
});

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
    it.skipIf(!slides.available)(`${name(file)} as slides: every slide seen whole at 1280×720 and 1920×1080, no solution in the class deck`, async (context) => {
      if (!ran.has(file)) context.skip();
      await slides.check(file, path.join(testOutputDir, "executed", name(file)));
    }, 180_000);
  }
  afterAll(async () => {
    await slides.close();
    console.log([`Executed ${totals.notebooks} notebooks, ${totals.cells} code cells, in ${totals.seconds.toFixed(1)} s on the tslab kernel:`, ...times].join("\n"));
  });
});
