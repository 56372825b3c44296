/**
 * Running one grading notebook in a private folder with its own kernel, and reading its results.
 *
 * The folder holds only the grading notebook and a copy of the lib (its dependencies are linked), so
 * nothing a relative path can reach from the kernel's working directory leads to the course's files.
 * The kernel gets a minimal environment (no npm_* variables naming the checkout) and its own Jupyter
 * folders. A cell that kills the kernel is skipped on a second pass so the other exercises still count.
 */
import { randomBytes } from "crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import path from "path";
import { isolatedJupyterEnv, repoRoot } from "../kernel/jupyter";
import { runNotebook, type CellRun } from "../kernel/run-notebook";
import { exercisesOf, gradingNotebook, type ExerciseSpec } from "./build";
import type { Notebook } from "./notebook";

/** What the tagged line of one case said. */
export interface CaseRecord {
  id: string;
  case: string;
  kind: "value" | "threw" | "timeout" | "unattempted";
  value?: unknown;
  message?: string;
  call: string;
}

/** The results of one run: tagged case records per exercise, and how each exercise's cells ended. */
export interface RunResults {
  records: Map<string, Map<string, CaseRecord>>;
  /** Per exercise: how its solution cell and its grade cell ended. */
  cells: Map<string, { solution?: CellRun; grade?: CellRun; skipped: boolean }>;
  seconds: number;
}

/** A fresh secret for one run: results printed without it are ignored. */
export function newNonce(): string {
  return randomBytes(12).toString("hex");
}

/** A private folder with the lib copied in (package.json + dist) and its dependencies linked. */
export function privateFolder(root: string): string {
  const dir = mkdtempSync(path.join(root, "run-"));
  const lib = path.join(dir, "node_modules", "dlbasics");
  mkdirSync(lib, { recursive: true });
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, "lib", "package.json"), "utf8"));
  writeFileSync(path.join(lib, "package.json"), JSON.stringify(pkg, null, 2));
  cpSync(path.join(repoRoot, "lib", "dist"), path.join(lib, "dist"), { recursive: true });
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    const target = path.join(dir, "node_modules", dep);
    mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(path.join(repoRoot, "node_modules", dep), target);
  }
  return dir;
}

/** Only what a kernel needs from the grader's environment. */
function minimalEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, LANG: process.env.LANG ?? "C.UTF-8" };
  for (const key of ["PYTHONPATH", "TMPDIR"]) if (process.env[key]) env[key] = process.env[key];
  return env;
}

/** Reads the tagged lines of the grade cells. */
export function readRecords(cells: CellRun[], specs: ExerciseSpec[], nonce: string): Map<string, Map<string, CaseRecord>> {
  const tag = `⟦${nonce}⟧`;
  const records = new Map<string, Map<string, CaseRecord>>();
  for (const spec of specs) {
    const cell = cells.find((c) => c.index === spec.gradeCell);
    const text = (cell?.outputs ?? []).filter((o) => o.output_type === "stream" && o.name === "stdout").map((o) => String(o.text ?? "")).join("");
    const found = new Map<string, CaseRecord>();
    for (const line of text.split("\n")) {
      if (!line.startsWith(tag)) continue;
      try {
        const record = JSON.parse(line.slice(tag.length)) as CaseRecord;
        if (record.id === spec.id && !found.has(record.case)) found.set(record.case, record);
      } catch {
        // a damaged line counts as no result
      }
    }
    records.set(spec.id, found);
  }
  return records;
}

/**
 * Runs `source` with `solutions` (or its own, "reference") in a private folder under `root`. When a
 * cell kills the kernel, runs again with that exercise's solution cell replaced by the stub.
 */
export async function runGrading(source: Notebook, solutions: Map<string, string> | "reference", root: string): Promise<RunResults> {
  const specs = exercisesOf(source);
  const skip = new Set<number>();
  const started = Date.now();
  for (;;) {
    const nonce = newNonce();
    const dir = privateFolder(root);
    try {
      const file = path.join(dir, "notebook.ipynb");
      writeFileSync(file, JSON.stringify(gradingNotebook(source, solutions, nonce, skip)));
      const env = isolatedJupyterEnv(path.join(dir, ".jupyter"), minimalEnv(dir));
      const run = await runNotebook(file, { mode: "continue", cellTimeout: 120, env, cwd: dir });
      const died = run.cells.find((c) => c.status === "died");
      const culprit = died && specs.find((s) => s.solutionCell !== undefined && !skip.has(s.solutionCell) && s.solutionCell <= died.index && died.index <= s.gradeCell);
      if (culprit) {
        skip.add(culprit.solutionCell!);
        continue;
      }
      const cells = new Map(specs.map((s) => [s.id, {
        solution: run.cells.find((c) => c.index === s.solutionCell),
        grade: run.cells.find((c) => c.index === s.gradeCell),
        skipped: s.solutionCell !== undefined && skip.has(s.solutionCell),
      }]));
      return { records: readRecords(run.cells, specs, nonce), cells, seconds: (Date.now() - started) / 1000 };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
