/**
 * The student release of the whole course: every notebook under notebooks/ is released, no solution or
 * hidden-test line survives, and each released notebook runs top to bottom on tslab with every check
 * cell saying "not attempted yet" (cells after an exercise use the library, so nothing breaks).
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import path from "path";
import { describe, expect, it } from "vitest";
import { readNotebook, sourceOf } from "../../scripts/grading/notebook";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { cellFailed, describeFailure, runNotebook } from "../../scripts/kernel/run-notebook";
import { listNotebooks, testJupyterEnv, testOutputDir } from "../helpers/notebooks";
import { secretLines } from "../helpers/release";
import { isSpeakerNotes } from "../../scripts/workspace/learner-edition";

// The English sources; their Korean editions (notebooks/ko) have the same code and run in the notebook tests.
const sources = listNotebooks(path.join(repoRoot, "notebooks")).filter((f) => path.dirname(f) === path.join(repoRoot, "notebooks"));
// Inside the checkout, so that `import "dlbasics"` resolves from the released notebooks' folder.
mkdirSync(testOutputDir, { recursive: true });
const out = mkdtempSync(path.join(testOutputDir, "release-"));
execFileSync(process.execPath, [path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js"), "scripts/release.ts", "--out", out], { cwd: repoRoot });

describe.sequential("the student release of the course", () => {
  const env = testJupyterEnv();
  for (const source of sources) {
    const name = path.relative(path.join(repoRoot, "notebooks"), source);
    const released = path.join(out, name);
    const budget: number = JSON.parse(readFileSync(source, "utf8")).metadata?.course?.budget_seconds ?? 120;

    it(`${name}: no solution line survives in its cell, and no hidden-test cell at all`, () => {
      const original = readNotebook(source);
      // hidden-test cells and the instructor's speaker notes are left out
      const kept = original.cells.filter((c) => !c.metadata.nbgrader?.grade && !isSpeakerNotes(c));
      const student = readNotebook(released);
      expect(student.cells.length).toBe(kept.length);
      expect(student.cells.some((c) => c.metadata.nbgrader?.grade || /hiddenChecks|HIDDEN TESTS/.test(sourceOf(c)))).toBe(false);
      kept.forEach((cell, i) => {
        const secrets = secretLines({ ...original, cells: [cell] }).filter((line) => line.replace(/[{}()[\];,\s]/g, "").length > 3);
        const text = sourceOf(student.cells[i]!);
        for (const line of secrets) expect(text, `${name}, cell ${i + 1}: ${line}`).not.toContain(line);
        if (cell.cell_type === "code") expect(text, `${name}, cell ${i + 1}`).not.toMatch(/BEGIN (SOLUTION|HIDDEN TESTS)/);
      });
    });

    it(`${name}: runs clean with every check saying "not attempted yet"`, async () => {
      const run = await runNotebook(released, { env });
      const failed = run.cells.find(cellFailed);
      if (failed) expect.fail(describeFailure(run, failed));
      const nb = readNotebook(released);
      const checks = run.cells.filter((c) => /^nn\.check\(/m.test(sourceOf(nb.cells[c.index]!)));
      for (const cell of checks) {
        const printed = cell.outputs.map((o) => String(o.text ?? "")).join("");
        expect(printed, `${name}, cell ${cell.index + 1}`).toContain("not attempted yet");
      }
    }, (budget + 120) * 1000);
  }
});
