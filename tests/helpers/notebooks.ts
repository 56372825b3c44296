/** Helpers shared by the notebook, plot and grading tests: finding notebooks and checking them clean. */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { findJupyter, isolatedJupyterEnv, repoRoot } from "../../scripts/kernel/jupyter";
export { listNotebooks } from "../../scripts/kernel/notebook-files";

/** Schema errors per notebook, from nbformat's own validator (nbformat 4). */
export function validateNotebooks(paths: string[]): Record<string, string[]> {
  const jupyter = findJupyter();
  if (!jupyter) throw new Error("Jupyter is not installed: the notebook tests need it (see README)");
  const script = path.join(repoRoot, "scripts", "kernel", "validate_notebooks.py");
  return JSON.parse(execFileSync(jupyter.python, [script, ...paths], { encoding: "utf8" }));
}

/** What is not clean in a committed notebook: outputs, execution counts, a kernel other than tslab. */
export function uncleanParts(file: string): string[] {
  const nb = JSON.parse(readFileSync(file, "utf8"));
  const problems: string[] = [];
  const kernel = nb.metadata?.kernelspec?.name;
  if (kernel !== "tslab") problems.push(`kernelspec name is ${kernel ?? "missing"}, expected tslab`);
  nb.cells.forEach((cell: any, i: number) => {
    if (cell.cell_type !== "code") return;
    if (cell.outputs?.length) problems.push(`cell ${i + 1} has ${cell.outputs.length} output(s)`);
    if (cell.execution_count !== null) problems.push(`cell ${i + 1} has execution count ${cell.execution_count}`);
  });
  return problems;
}

/** A fresh isolated Jupyter environment for one test file. */
export function testJupyterEnv(): NodeJS.ProcessEnv {
  return isolatedJupyterEnv(mkdtempSync(path.join(os.tmpdir(), "dlbasics-jupyter-")));
}

/** Where tests keep what a person may want to look at afterwards (executed notebooks, screenshots). */
export const testOutputDir = path.join(repoRoot, ".test-output");
mkdirSync(testOutputDir, { recursive: true }); // a fresh clone has none, and tests make their folders inside it
