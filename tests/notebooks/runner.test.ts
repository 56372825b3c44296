/**
 * The notebook runner itself: a broken notebook must fail with the notebook and the cell named, for a
 * type error (tslab writes it to stderr with status error) and for a thrown error. "continue" mode (the
 * grader's) goes on after the failure, past tslab's 200 ms abort window.
 */
import path from "path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { cellFailed, describeFailure, runNotebook } from "../../scripts/kernel/run-notebook";
import { testJupyterEnv } from "../helpers/notebooks";

const fixture = (file: string) => path.join(repoRoot, "tests", "fixtures", file);

describe.sequential("the notebook runner", () => {
  const env = testJupyterEnv();

  it("names the notebook and cell of a type error and stops there", async () => {
    const run = await runNotebook(fixture("broken-type-error.ipynb"), { env });
    expect(run.ok).toBe(false);
    const failed = run.cells.find(cellFailed)!;
    expect(describeFailure(run, failed)).toBe(
      "broken-type-error.ipynb, cell 4 (`const y: number = \"not a number\";`) error: " +
        "1:7 - Type 'string' is not assignable to type 'number'.",
    );
    expect(run.cells.map((c) => c.status)).toEqual(["ok", "ok", "error", "not-run"]);
  });

  it("names the notebook and cell of a thrown error, with the error's own line", async () => {
    const run = await runNotebook(fixture("broken-throw.ipynb"), { env });
    const failed = run.cells.find(cellFailed)!;
    expect(describeFailure(run, failed)).toBe(
      "broken-throw.ipynb, cell 3 (`nn.tensor([[1, 2], [3]]);`) error: ShapeError: shapeOf: every entry along a " +
        "dimension must have the same shape, got entry 0 [2] and entry 1 [1]. Ragged arrays are not tensors.",
    );
  });

  it("in continue mode runs the cells after a failure instead of letting tslab abort them", async () => {
    const run = await runNotebook(fixture("broken-type-error.ipynb"), { env, mode: "continue" });
    expect(run.cells.map((c) => c.status)).toEqual(["ok", "ok", "error", "ok"]);
    expect(run.cells[3]!.outputs).toEqual([{ output_type: "stream", name: "stdout", text: "never reached\n" }]);
  });
});
