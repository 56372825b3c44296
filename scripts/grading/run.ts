/**
 * Running the reference and each submission, each in its own sandboxed folder and kernel, and reading
 * what they printed.
 *
 * The folder holds the notebook to run, a copy of the library's files in the checkout's layout (so
 * whatever the library reads from disk is there: lib/dist, lib/src for showSource, data/), the
 * in-kernel helper and, for a submission, the recorded arguments of every case. A submission whose
 * cell kills the kernel, or that the grader must kill (an ignored interrupt, a stopped process, an
 * endless timer, a flood of output), is run again with that exercise's solution replaced by the stub,
 * so its other exercises still count; that exercise is `crashed` or `killed`.
 */
import { spawnSync } from "child_process";
import { randomBytes } from "crypto";
import { chownSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import path from "path";
import { getExercise } from "../../lib/src/exercises";
import { inLanguage, type Language } from "../../lib/src/i18n/language";
import { t } from "../../lib/src/i18n/translate";
import { repoRoot } from "../kernel/jupyter";
import { exercisesOf, hiddenCallCell, REALM_FILE, referenceNotebook, submissionNotebook, type ExerciseSpec } from "./build";
import type { Notebook } from "./notebook";
import { type CellEnd, type Limits, type Sandbox, type SandboxRun, runInSandbox } from "./sandbox";

/** What one call of a function gave, as the kernel printed it. */
export interface Outcome {
  kind: "value" | "threw" | "timeout" | "unattempted";
  value?: unknown;
  message?: string;
}

/** One case as the reference recorded it: its label (v0 visible, h0 hidden), arguments (JSON) and result. */
export interface ReferenceCase {
  case: string;
  args: unknown;
  outcome: Outcome;
}

export interface Reference {
  specs: ExerciseSpec[];
  cases: Map<string, ReferenceCase[]>;
  /** Seconds each code cell took, by index. */
  cellSeconds: Map<number, number>;
  seconds: number;
}

/** Why an exercise was taken out of a submission's run. */
export interface Removed {
  status: "crashed" | "killed";
  reason: string;
}

export interface SubmissionRun {
  /** Per exercise, per case label: what the student's function gave. */
  outcomes: Map<string, Map<string, Outcome>>;
  /** Per exercise: how its solution cell and its call cell ended. */
  cells: Map<string, { solution?: CellEnd; call?: CellEnd }>;
  removed: Map<string, Removed>;
  seconds: number;
}

/**
 * What the library reads from disk, relative to the checkout: its own package (dist, and src for
 * `showSource`) and the course's data/ (`courseDataDirectory()` is lib/dist/data/../../../data).
 * A run folder mirrors this layout, so every path the library computes from `__dirname` resolves.
 */
export const LIBRARY_FILES = ["lib/package.json", "lib/dist", "lib/src", "data"];

/**
 * A private folder holding a copy of the library's files in the checkout's layout, with
 * node_modules/dlbasics linked to that copy. In a sandbox the library's dependencies resolve from the
 * checkout's node_modules mounted above the folder; without one they are linked.
 */
export function privateFolder(root: string, linkDependencies: boolean): string {
  const dir = mkdtempSync(path.join(root, "run-"));
  for (const rel of LIBRARY_FILES) cpSync(path.join(repoRoot, rel), path.join(dir, rel), { recursive: true });
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  symlinkSync(path.join("..", "lib"), path.join(dir, "node_modules", "dlbasics"));
  copyFileSync(path.join(__dirname, "realm-kernel.js"), path.join(dir, REALM_FILE));
  if (linkDependencies) {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "lib", "package.json"), "utf8"));
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      const target = path.join(dir, "node_modules", dep);
      mkdirSync(path.dirname(target), { recursive: true });
      symlinkSync(path.join(repoRoot, "node_modules", dep), target);
    }
  }
  return dir;
}

/** A fresh tag for one run's lines. */
export function newTag(): string {
  return randomBytes(12).toString("hex");
}

/** The tagged JSON lines of one cell's stdout. */
function taggedLines(cell: CellEnd | undefined, tag: string): Array<Record<string, unknown>> {
  const mark = `⟦${tag}⟧`;
  return (cell?.stdout ?? "").split("\n").filter((l) => l.startsWith(mark)).flatMap((line) => {
    try {
      const record = JSON.parse(line.slice(mark.length));
      return record && typeof record === "object" ? [record as Record<string, unknown>] : [];
    } catch {
      return [];
    }
  });
}

const KINDS = ["value", "threw", "timeout", "unattempted"] as const;

/** An outcome as printed, checked field by field (anything else counts as a thrown error). */
function outcomeOf(raw: unknown): Outcome {
  const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const kind = KINDS.find((k) => k === o.kind);
  if (!kind) return { kind: "threw", message: t`an unreadable result` };
  return { kind, value: kind === "value" ? o.value : undefined, message: typeof o.message === "string" ? o.message.slice(0, 500) : undefined };
}

export interface RunContext {
  sandbox: Sandbox;
  limits?: Limits;
  /** Where run folders are made (deleted after each run). */
  root: string;
  /**
   * A submission's language (default en): its notebook sets it in the kernel, and the reasons for the
   * student (a crash, a kill, an unreadable result) are written in it.
   */
  language?: Language;
}

/** The reference run: every case's arguments and the instructor's results. Throws if the reference does not pass. */
export async function runReference(source: Notebook, context: RunContext, name: string): Promise<Reference> {
  const specs = exercisesOf(source);
  const tag = newTag();
  const dir = privateFolder(context.root, context.sandbox.kind === "none");
  try {
    const notebook = referenceNotebook(source, tag);
    writeFileSync(path.join(dir, "notebook.ipynb"), JSON.stringify(notebook));
    const run = await runInSandbox(dir, { sandbox: context.sandbox, limits: context.limits, cellLimit: (i) => timeoutOf(notebook, i) + 30 });
    const cases = new Map<string, ReferenceCase[]>();
    const problems: string[] = [];
    for (const spec of specs) {
      const cell = run.cells.get(spec.gradeCell);
      const list = taggedLines(cell, tag).filter((r) => r.id === spec.id && typeof r.case === "string")
        .map((r) => ({ case: r.case as string, args: r.args, outcome: outcomeOf(r.outcome) }));
      cases.set(spec.id, list);
      const bad = list.filter((c) => c.outcome.kind !== "value");
      if (list.length === 0) problems.push(t`${spec.id}: no cases recorded` + (cell ? ` (${cell.status}: ${(cell.message || cell.stderr).split("\n")[0]})` : run.killed ? ` (${run.killed.reason})` : ""));
      else if (bad.length) problems.push(t`${spec.id}: case ${bad[0]!.case} ${bad[0]!.outcome.kind}` + (bad[0]!.outcome.message ? ` (${bad[0]!.outcome.message})` : ""));
    }
    if (problems.length) {
      const why = run.killed?.reason ?? run.stderr.trim().split("\n").slice(-3).join(" ");
      throw new Error(t`${name}: the reference solution does not pass its own tests: ${problems.join("; ")}` + (why ? ` [runner: ${why}]` : ""));
    }
    const cellSeconds = new Map([...run.cells].map(([i, c]) => [i, c.seconds]));
    return { specs, cases, cellSeconds, seconds: run.seconds };
  } finally {
    removeTree(dir);
  }
}

function timeoutOf(nb: Notebook, index: number): number {
  const course = nb.cells[index]?.metadata?.course as { timeout?: number } | undefined;
  return course?.timeout ?? 60;
}

/** Time limit of one call of the student's function, from the library's exercise (default 2 s). */
export function callMs(spec: ExerciseSpec): number {
  try {
    return getExercise(spec.id).timeLimitMs ?? 2000;
  } catch {
    return 2000;
  }
}

/** Runs a submission's solutions against the reference's cases; see the file comment for crashes. */
export async function runSubmission(source: Notebook, solutions: Map<string, string>, reference: Reference, context: RunContext): Promise<SubmissionRun> {
  const language = context.language ?? "en";
  // Other submissions run meanwhile: the messages for this one are made synchronously in its language, never across an await.
  const inTheirs = <T>(body: () => T): T => inLanguage(language, body);
  const { specs } = reference;
  const removed = new Map<string, Removed>();
  const skip = new Set<number>();
  const started = Date.now();
  // Instructor cells may take twice what they took in the reference run, plus 20 s.
  const timeouts = new Map([...reference.cellSeconds].map(([i, s]) => [i, Math.ceil(2 * s + 20)]));
  const callTimeout = (spec: ExerciseSpec) => Math.min(GRADE_LIMIT, 10 + Math.ceil(((reference.cases.get(spec.id)?.length ?? 1) * callMs(spec)) / 1000));
  let reruns = 0;
  for (;;) {
    const tag = newTag();
    const dir = privateFolder(context.root, context.sandbox.kind === "none");
    try {
      mkdirSync(path.join(dir, "cases"));
      const casesOf = (spec: ExerciseSpec, which: string) => (reference.cases.get(spec.id) ?? []).filter((c) => c.case.startsWith(which)).map((c) => ({ case: c.case, args: c.args }));
      for (const spec of specs) writeFileSync(path.join(dir, "cases", `${spec.id}.json`), JSON.stringify(casesOf(spec, "v")));
      // The hidden cases enter the folder only once every visible call is done (see submissionNotebook).
      const giveHidden = () => {
        for (const spec of specs) {
          const file = path.join(dir, "cases", `${spec.id}.hidden.json`);
          writeFileSync(file, JSON.stringify(casesOf(spec, "h")));
          if (context.sandbox.user) chownSync(file, context.sandbox.user.uid, context.sandbox.user.gid);
        }
      };
      const notebook = submissionNotebook(source, solutions, tag, { skip, callTimeout, callMs, timeouts, language });
      writeFileSync(path.join(dir, "notebook.ipynb"), JSON.stringify(notebook));
      const run = await runInSandbox(dir, { sandbox: context.sandbox, limits: context.limits, cellLimit: (i) => timeoutOf(notebook, i) + 10,
        pauseBefore: specs.length ? hiddenCallCell(specs, specs[0]!) : undefined, beforePause: giveHidden, language });
      const died = [...run.cells.values()].find((c) => c.status === "died");
      const stopAt = died?.index ?? run.killed?.index;
      if ((stopAt !== undefined || run.killed) && ++reruns <= 2 * specs.length + 1) {
        // The exercise whose solution cell ran last before the stop is taken out, and the run repeated.
        // A stop in an exercise's hidden call is that exercise's; elsewhere, the last solution that ran before it.
        const owner = specs.find((s) => stopAt !== undefined && hiddenCallCell(specs, s) === stopAt && s.solutionCell !== undefined && !skip.has(s.solutionCell));
        const culprit = owner ?? [...specs].reverse().find((s) => s.solutionCell !== undefined && !skip.has(s.solutionCell) && s.solutionCell <= (stopAt ?? Infinity));
        // An exercise taken out before, whose solution comes after the one blamed now, gets another
        // chance: the stop that blamed it may have come from code left running by this one (a timer).
        for (const later of culprit ? specs.filter((s) => s.solutionCell !== undefined && skip.has(s.solutionCell) && s.solutionCell > culprit.solutionCell!) : []) {
          skip.delete(later.solutionCell!);
          removed.delete(later.id);
        }
        if (culprit) {
          skip.add(culprit.solutionCell!);
          removed.set(culprit.id, inTheirs((): Removed => died
            ? { status: "crashed", reason: died.index === culprit.solutionCell
              ? t`the kernel stopped (process.exit, a crash or too much memory) while running your solution cell; the exercise was graded without it`
              : t`the kernel stopped (process.exit, a crash or too much memory) while running your function or code it left running; the exercise was graded without it` }
            : { status: "killed", reason: t`the grader stopped your code: ${run.killed!.reason}; the exercise was graded without it` }));
          continue;
        }
      }
      return inTheirs(() => submissionResults(specs, reference, run, tag, removed, started));
    } finally {
      removeTree(dir);
    }
  }
}

/** What a finished run gave for each exercise (its messages in the language set by the caller). */
function submissionResults(specs: ExerciseSpec[], reference: Reference, run: SandboxRun, tag: string,
  removed: Map<string, Removed>, started: number): SubmissionRun {
  const outcomes = new Map<string, Map<string, Outcome>>();
  const cells = new Map<string, { solution?: CellEnd; call?: CellEnd }>();
  for (const spec of specs) {
    const call = run.cells.get(spec.gradeCell);
    cells.set(spec.id, { solution: spec.solutionCell === undefined ? undefined : run.cells.get(spec.solutionCell), call });
    const found = new Map<string, Outcome>();
    const seen = new Set<string>();
    const lines = [...taggedLines(call, tag).filter((r) => String(r.case ?? "v").startsWith("v")),
      ...taggedLines(run.cells.get(hiddenCallCell(specs, spec)), tag).filter((r) => typeof r.case === "string" && r.case.startsWith("h"))];
    for (const r of lines) {
      if (r.id !== spec.id) continue;
      if (r.all === true) {
        for (const c of (reference.cases.get(spec.id) ?? []).filter((x) => x.case.startsWith("v"))) found.set(c.case, outcomeOf(r.outcome));
      } else if (typeof r.case === "string") {
        // A case printed twice (a rewritten stdout) counts as an unreadable result.
        found.set(r.case, seen.has(r.case) ? { kind: "threw", message: t`two different results` } : outcomeOf(r.outcome));
        seen.add(r.case);
      }
    }
    outcomes.set(spec.id, found);
  }
  return { outcomes, cells, removed, seconds: (Date.now() - started) / 1000 };
}

const GRADE_LIMIT = 60;

/** Deletes a run folder, also when the code inside took its own permissions away. */
export function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    spawnSync("chmod", ["-R", "u+rwX", dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}
