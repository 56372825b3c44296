/**
 * Exercises and their visible checks (notebook 00 introduces the format).
 *
 * An exercise asks for one function. Its definition holds the reference solution, the visible cases
 * (argument lists) and a hint. `check(id, fn)` calls the learner's function on every visible case with
 * a time limit and prints one plain answer; it never throws. The hidden tests decide the grade.
 */
import { ValueError, describeValue } from "../errors";
import { compareValues, formatValue } from "./format";
import { callWithTimeout, type CallOutcome } from "./guard";
import { recordResult } from "./progress";

/** One exercise: a function to write, checked against a reference solution. */
export interface Exercise {
  /** The grade_id of its hidden-test cell, e.g. "00-sigmoid-prime". */
  id: string;
  /** The function the learner writes, e.g. "sigmoidPrime". */
  name: string;
  /** The notebook that asks for it, e.g. "00". */
  notebook: string;
  /** Points of the hidden-test cell. */
  points: number;
  /** Shown with a failed case: the rule to apply, e.g. "σ′(z) = σ(z)(1 − σ(z))". */
  hint: string;
  /** The reference solution. */
  reference: (...args: any[]) => unknown;
  /** Visible cases: one argument list each. */
  cases: ReadonlyArray<readonly unknown[]>;
  /** Relative tolerance for numbers (default 1e-6). */
  tolerance?: number;
  /** Time limit of one call in milliseconds (default 2000). */
  timeLimitMs?: number;
}

/** The answer for one case. */
export interface CaseResult {
  args: readonly unknown[];
  outcome: CallOutcome;
  /** Why it failed; undefined when it passed. */
  problem?: string;
}

/** What `check` found. */
export interface CheckReport {
  exercise: Exercise;
  status: "passed" | "failed" | "unattempted";
  passed: number;
  results: CaseResult[];
  /** The plain-words answer `check` prints. */
  text: string;
}

const registry = new Map<string, Exercise>();

/** Adds an exercise to the course's list (the lib's notebook files call this). */
export function defineExercise(exercise: Exercise): Exercise {
  if (!/^[A-Za-z0-9_-]+$/.test(exercise.id)) {
    throw new ValueError("defineExercise", "an id of letters, digits, - and _ (an nbgrader grade_id)", describeValue(exercise.id));
  }
  if (registry.has(exercise.id)) throw new ValueError("defineExercise", "a new exercise id", `"${exercise.id}" a second time`);
  registry.set(exercise.id, exercise);
  return exercise;
}

/** The exercise with this id; throws a ValueError naming the known ids otherwise. */
export function getExercise(id: string): Exercise {
  const exercise = registry.get(id);
  if (!exercise) throw new ValueError("getExercise", `one of ${[...registry.keys()].join(", ")}`, describeValue(id));
  return exercise;
}

/** Every exercise, optionally of one notebook ("00"), in the order they were defined. */
export function listExercises(notebook?: string): Exercise[] {
  return [...registry.values()].filter((e) => notebook === undefined || e.notebook === notebook);
}

/** `sigmoidPrime(0, [1, 2])`: a call as feedback shows it. */
export function formatCall(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map((a) => formatValue(a, 4)).join(", ")})`;
}

/** Runs the visible checks of exercise `id` on `fn` and returns the report (check prints its text). */
export function runCheck(id: string, fn: unknown): CheckReport {
  const exercise = getExercise(id);
  const results: CaseResult[] = [];
  for (const args of exercise.cases) {
    const outcome = callWithTimeout(fn, args, exercise.timeLimitMs);
    results.push({ args, outcome, problem: problemOf(exercise, args, outcome) });
    if (outcome.kind === "unattempted" || outcome.kind === "timeout") break;
  }
  const passed = results.filter((r) => r.problem === undefined).length;
  const unattempted = results.some((r) => r.outcome.kind === "unattempted");
  const status = unattempted ? "unattempted" : passed === exercise.cases.length ? "passed" : "failed";
  const report: CheckReport = { exercise, status, passed, results, text: "" };
  report.text = reportText(report);
  return report;
}

/** Why a case failed, or undefined when the answer matches the reference. */
export function problemOf(exercise: Exercise, args: readonly unknown[], outcome: CallOutcome): string | undefined {
  const call = formatCall(exercise.name, args);
  switch (outcome.kind) {
    case "unattempted":
      return `${call}: not implemented yet`;
    case "timeout":
      return `${call} did not return within ${outcome.ms / 1000} s: look for a loop that never ends`;
    case "threw":
      return `${call} threw ${outcome.message}`;
    case "value": {
      const expected = exercise.reference(...args);
      const why = compareValues(outcome.value, expected, exercise.tolerance);
      if (why === undefined) return undefined;
      // "expected 0.25, got 0.5" only repeats the sentence; a shape, an index or NaN adds to it.
      const detail = why.startsWith("expected ") ? "" : ` (${why})`;
      return `${call} returned ${formatValue(outcome.value)}, expected ${formatValue(expected)}${detail}`;
    }
  }
}

function reportText(report: CheckReport): string {
  const { exercise: e, passed, status, results } = report;
  const total = e.cases.length;
  const points = `${e.points} point${e.points === 1 ? "" : "s"}`;
  if (status === "passed") return `✔ ${e.name}: ${passed}/${total} visible checks passed (${points}; hidden tests decide the grade)`;
  if (status === "unattempted") {
    return `… ${e.name}: not attempted yet (${points}). Replace \`throw new Error("not implemented yet")\` with your code, then run this cell again.`;
  }
  const failures = results.filter((r) => r.problem !== undefined);
  const lines = failures.slice(0, 3).map((r) => `✖ ${r.problem} → hint: ${e.hint}`);
  if (failures.length > 3) lines.push(`  … and ${failures.length - 3} more failing case(s)`);
  return [...lines, `${e.name}: ${passed}/${total} visible checks passed (${points} at stake)`].join("\n");
}

/** The check cell of an exercise: runs its visible checks on `fn` and prints the answer. Never throws. */
export function check(id: string, fn: unknown): void {
  let text: string;
  try {
    const report = runCheck(id, fn);
    recordResult(report.exercise, report.status, report.passed, report.exercise.cases.length);
    text = report.text;
  } catch (error) {
    text = `✖ check("${id}") could not run: ${error instanceof Error ? error.message : String(error)}`;
  }
  process.stdout.write(text + "\n");
}
