/**
 * `npm run notebook -- notebooks/01-tensors.ipynb [more.ipynb …]`: executes notebooks on the tslab kernel
 * exactly as the tests do (isolated Jupyter path, stop at the first failing cell), prints one line per
 * code cell, and writes the executed copy to .test-output/executed/ to read or open in Jupyter.
 */
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { isolatedJupyterEnv, repoRoot } from "./kernel/jupyter";
import { cellFailed, describeFailure, runNotebook } from "./kernel/run-notebook";

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error("usage: npm run notebook -- <notebook.ipynb> [more.ipynb …]");
    return 2;
  }
  const env = isolatedJupyterEnv(mkdtempSync(path.join(os.tmpdir(), "dlbasics-jupyter-")));
  let failures = 0;
  for (const file of files) {
    // notebooks/ko/02-….ipynb → executed/ko/02-….ipynb, beside (not over) the English one
    const inCourse = path.relative(path.join(repoRoot, "notebooks"), path.resolve(file));
    const outputPath = path.join(repoRoot, ".test-output", "executed", inCourse.startsWith("..") ? path.basename(file) : inCourse);
    const run = await runNotebook(file, { env, outputPath });
    for (const cell of run.cells) {
      const mark = cellFailed(cell) ? "✖" : cell.status === "not-run" ? "·" : "✔";
      console.log(`${mark} cell ${String(cell.index + 1).padStart(3)} ${cell.seconds.toFixed(2).padStart(6)} s  ${cell.firstLine.slice(0, 70)}`);
    }
    const failed = run.cells.find(cellFailed);
    if (failed) {
      failures += 1;
      console.log(`FAILED ${describeFailure(run, failed)}`);
    }
    console.log(`${path.basename(file)}: ${run.ok ? "ok" : "failed"} in ${run.seconds.toFixed(1)} s → ${path.relative(process.cwd(), outputPath)}`);
  }
  return failures ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
