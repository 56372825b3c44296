/**
 * npm run release: no solution or hidden-test text survives, metadata is kept, and the released
 * notebook runs top to bottom on tslab with every check cell saying "not attempted yet".
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { runNotebook } from "../../scripts/kernel/run-notebook";
import { readNotebook, releaseNotebook, sourceOf } from "../../scripts/grading/notebook";
import { secretLines } from "../helpers/release";
import { testJupyterEnv } from "../helpers/notebooks";

const source = path.join(repoRoot, "tests", "fixtures", "exercise-demo.ipynb");

describe("npm run release", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "dlbasics-release-"));
  execFileSync(process.execPath, [path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js"), "scripts/release.ts", "--out", out, source], { cwd: repoRoot });
  const releasedFile = path.join(out, "exercise-demo.ipynb");
  const released = readNotebook(releasedFile);
  const original = readNotebook(source);

  it("removes every solution line and every hidden-test cell, and keeps the other cells' nbgrader metadata", () => {
    const secrets = secretLines(original);
    expect(secrets.length).toBeGreaterThanOrEqual(6);
    const text = readFileSync(releasedFile, "utf8");
    for (const line of secrets) expect(text, line).not.toContain(JSON.stringify(line).slice(1, -1));
    expect(text).not.toMatch(/BEGIN (SOLUTION|HIDDEN TESTS)/);
    expect(text).not.toContain("Hidden tests");
    const kept = original.cells.filter((c) => !c.metadata.nbgrader?.grade);
    expect(kept.length).toBeLessThan(original.cells.length);
    expect(released.cells.map((c) => c.metadata)).toEqual(kept.map((c) => c.metadata));
    expect(sourceOf(released.cells[3]!)).toBe(
      "/** z = Σⱼ wⱼxⱼ + b for one neuron: `w` and `x` are arrays of the same length n, `b` a number. */\n" +
        "function weightedSum(w: number[], x: number[], b: number): number {\n  // YOUR CODE HERE\n  throw new Error(\"not implemented yet\");\n}",
    );
  });

  it("refuses misplaced or unclosed regions, naming the notebook and cell", () => {
    const nb = readNotebook(source);
    nb.cells[4]!.source = "// BEGIN SOLUTION\nx\n// END SOLUTION";
    expect(() => releaseNotebook(nb, "demo.ipynb")).toThrow('demo.ipynb, cell 5: a solution region in a cell not marked as a solution cell (nbgrader "solution": true)');
    nb.cells[4]!.source = "// BEGIN HIDDEN TESTS\nx\n// END HIDDEN TESTS";
    expect(() => releaseNotebook(nb, "demo.ipynb")).toThrow('demo.ipynb, cell 5: hidden tests in a cell not marked as a grade cell (nbgrader "grade": true)');
    nb.cells[3]!.source = "// BEGIN SOLUTION\nx";
    expect(() => releaseNotebook(nb, "demo.ipynb")).toThrow("demo.ipynb, cell 4: a region is not closed (no END line)");
  });

  it("runs on tslab top to bottom with every check saying the exercise is not attempted yet", async () => {
    const run = await runNotebook(releasedFile, { env: testJupyterEnv(), cwd: path.join(repoRoot, "tests", "fixtures") });
    expect(run.ok).toBe(true);
    const printed = run.cells.map((c) => c.outputs.map((o) => String(o.text ?? "")).join(""));
    const checks = printed.filter((t) => t.includes("not attempted yet ("));
    expect(checks).toEqual([
      '… weightedSum: not attempted yet (1 point). Replace `throw new Error("not implemented yet")` with your code, then run this cell again.\n',
      '… sigmoidPrime: not attempted yet (2 points). Replace `throw new Error("not implemented yet")` with your code, then run this cell again.\n',
    ]);
    expect(printed.at(-1)).toContain("Progress: 0 of 2 exercises pass their visible checks (0 attempted).");
  });
});
