/**
 * The course is a test: every notebook under notebooks/ is committed clean and runs top to bottom on
 * the real tslab kernel. A cell fails if its reply is not ok, if it writes anything to stderr (tslab
 * reports type errors there), or if it exceeds its time limit. Executed copies are kept in
 * .test-output/executed/ for a person to read.
 */
import path from "path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { cellFailed, describeFailure, runNotebook } from "../../scripts/kernel/run-notebook";
import { listNotebooks, testJupyterEnv, testOutputDir, uncleanParts, validateNotebooks } from "../helpers/notebooks";
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
  for (const file of notebooks) {
    const budget: number = JSON.parse(readFileSync(file, "utf8")).metadata?.course?.budget_seconds ?? 120;
    it(`${name(file)} runs clean (time budget ${budget} s, reported)`, async () => {
      const run = await runNotebook(file, { env, outputPath: path.join(testOutputDir, "executed", name(file)) });
      totals.notebooks += 1;
      totals.cells += run.cells.filter((c) => c.status !== "not-run").length;
      totals.seconds += run.seconds;
      times.push(`  ${name(file)}: ${run.seconds.toFixed(1)} s${run.seconds > budget ? ` (over its budget of ${budget} s)` : ` (budget ${budget} s)`}`);
      const failed = run.cells.find(cellFailed);
      if (failed) expect.fail(describeFailure(run, failed));
    }, (3 * budget + 120) * 1000); // a guard against a hung kernel, far above the budget
  }
  afterAll(() => {
    console.log([`Executed ${totals.notebooks} notebooks, ${totals.cells} code cells, in ${totals.seconds.toFixed(1)} s on the tslab kernel:`, ...times].join("\n"));
  });
});
