/**
 * Exercises and their visible checks (notebook 00 introduces the format).
 *
 * An exercise asks for one function. Its definition holds the reference solution, the visible cases
 * (argument lists) and a hint. `check(id, fn)` calls the learner's function on every visible case with
 * a time limit and prints one plain answer; it never throws. The hidden tests decide the grade.
 */
import { ValueError, describeValue } from "../errors";
import { describeMismatch, findMismatch, formatValue } from "./format";
import { type CallOutcome } from "./guard";
import { callOnCopy, deepCopy, parameterNames } from "./inputs";
import { describeCompileProblem } from "./compile-state";
import { type KnownMistake, mistakeHint } from "./mistakes";
import { recordResult } from "./progress";
import { t, translate } from "../i18n/translate";

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
  /** The names of the arguments, for feedback (default: the reference's parameter names). */
  parameters?: readonly string[];
  /** Time limit of one call in milliseconds (default 2000). */
  timeLimitMs?: number;
  /**
   * What each visible case checks, by index, shown as the hint when that case fails: "a tie: keep the
   * FIRST index of the largest value". A case without one shows `hint`.
   */
  caseHints?: ReadonlyArray<string | undefined>;
  /** Wrong answers learners write, each with its hint, shown when a failing answer behaves like one (mistakes.ts). */
  mistakes?: readonly KnownMistake[];
}

/** The answer for one case. */
export interface CaseResult {
  args: readonly unknown[];
  outcome: CallOutcome;
  /** Why it failed; undefined when it passed. */
  problem?: string;
  /** What this visible case checks (Exercise.caseHints), shown in place of the exercise's hint. */
  hint?: string;
}

/**
 * passed / failed: every visible case ran; unattempted: still the stub; notCompiled: the solution cell
 * does not compile; waiting: the function calls another exercise's function that is not finished yet.
 */
export type CheckStatus = "passed" | "failed" | "unattempted" | "notCompiled" | "waiting";

/** What `check` found. */
export interface CheckReport {
  exercise: Exercise;
  status: CheckStatus;
  passed: number;
  results: CaseResult[];
  /** With status "waiting": the other exercise's function that must be finished first. */
  waitingFor?: string;
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
  if ((exercise.caseHints?.length ?? 0) > exercise.cases.length) {
    throw new ValueError("defineExercise", `at most one case hint per visible case (${exercise.cases.length})`, `${exercise.caseHints!.length} for "${exercise.id}"`);
  }
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

/**
 * `sigmoidPrime(0, [1, 2])`: a call as feedback shows it. A number argument is shown exactly (2/3 as
 * 0.6666666666666666), so that the learner can repeat the call; arrays show their first entries.
 */
export function formatCall(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map((a) => (typeof a === "number" ? String(a) : formatValue(a, 4))).join(", ")})`;
}

/** Runs the visible checks of exercise `id` on `fn` and returns the report (check prints its text). */
export function runCheck(id: string, fn: unknown): CheckReport {
  const exercise = getExercise(id);
  const results: CaseResult[] = [];
  for (const [index, args] of exercise.cases.entries()) {
    const result: CaseResult = { ...runCase(exercise, fn, args), hint: exercise.caseHints?.[index] };
    const outcome = result.outcome;
    results.push(result);
    if (outcome.kind === "unattempted" || outcome.kind === "timeout" || outcome.kind === "notCompiled") break;
  }
  const passed = results.filter((r) => r.problem === undefined).length;
  // a known mistake that behaves like the learner's function on every case names it (mistakes.ts)
  const named = passed < results.length ? mistakeHint(exercise.mistakes, results, exercise.tolerance) : undefined;
  if (named !== undefined) results.forEach((r) => (r.hint = named));
  const blocked = blockedBy(exercise, results[results.length - 1]?.outcome);
  const status = blocked?.status ?? (passed === exercise.cases.length ? "passed" : "failed");
  const report: CheckReport = { exercise, status, passed, results, text: "", waitingFor: blocked?.waitingFor };
  report.text = reportText(report);
  return report;
}

/** Whether the last outcome stops the check before any answer: the stub, a compile error, an unfinished helper. */
function blockedBy(exercise: Exercise, outcome: CallOutcome | undefined): { status: CheckStatus; waitingFor?: string } | undefined {
  if (outcome?.kind === "notCompiled") {
    return outcome.functionName === exercise.name ? { status: "notCompiled" } : { status: "waiting", waitingFor: outcome.functionName };
  }
  if (outcome?.kind !== "unattempted") return undefined;
  const other = outcome.thrower !== exercise.name && listExercises().some((e) => e.name === outcome.thrower);
  return other ? { status: "waiting", waitingFor: outcome.thrower } : { status: "unattempted" };
}

/**
 * One case: `fn` runs on its own deep copy of `args` (inputs.ts), so the visible case stays pristine; an
 * argument the function changed fails the case, whatever it returned.
 */
export function runCase(exercise: Exercise, fn: unknown, args: readonly unknown[]): CaseResult {
  const { outcome, changed } = callOnCopy(fn, args, argumentNames(exercise), exercise.timeLimitMs);
  return { args, outcome, problem: changed ? `${formatCall(exercise.name, args)} ${changed}` : problemOf(exercise, args, outcome) };
}

/** The names of an exercise's arguments: its `parameters`, else the reference's parameter names. */
export function argumentNames(exercise: Exercise): readonly string[] {
  return exercise.parameters ?? parameterNames(exercise.reference);
}

/** Why a case failed, or undefined when the answer matches the reference. */
export function problemOf(exercise: Exercise, args: readonly unknown[], outcome: CallOutcome): string | undefined {
  const call = formatCall(exercise.name, args);
  switch (outcome.kind) {
    case "unattempted":
      return t`${call}: not implemented yet`;
    case "notCompiled":
      return t`${call}: ${outcome.functionName} does not compile yet: ${describeCompileProblem(outcome.problem)}`;
    case "timeout":
      return t`${call} did not return within ${outcome.ms / 1000} s: look for a loop that never ends`;
    case "threw":
      return t`${call} threw ${outcome.message}` + expectedText(exercise, args);
    case "value": {
      const expected = exercise.reference(...deepCopy(args));
      const mismatch = findMismatch(outcome.value, expected, exercise.tolerance);
      if (mismatch === undefined) return undefined;
      // "expected 0.25, got 0.5" only repeats the sentence; a position, a shape, NaN or a near miss adds to it.
      const repeats = mismatch.path.length === 0 && mismatch.kind === "values";
      const detail = repeats ? (mismatch.note ? ` (${mismatch.note})` : "") : ` (${describeMismatch(mismatch)})`;
      const show = (value: unknown) => formatValue(value, 6, mismatch.path, mismatch.digits);
      return t`${call} returned ${show(outcome.value)}, expected ${show(expected)}` + detail;
    }
  }
}

/** ", expected 0.25" for a case whose function threw (nothing when the reference throws too). */
function expectedText(exercise: Exercise, args: readonly unknown[]): string {
  try {
    return t`; expected ${formatValue(exercise.reference(...deepCopy(args)))}`;
  } catch {
    return "";
  }
}

function reportText(report: CheckReport): string {
  const { exercise: e, passed, status, results } = report;
  const last = results[results.length - 1]?.outcome;
  const total = e.cases.length;
  const points = pointsText(e.points);
  if (status === "passed") return t`✔ ${e.name}: ${passed}/${total} visible checks passed (${points}; hidden tests decide the grade)`;
  if (status === "unattempted") {
    return t`… ${e.name}: not attempted yet (${points}). Replace \`throw new Error("not implemented yet")\` with your code, then run this cell again.`;
  }
  if (status === "notCompiled" && last?.kind === "notCompiled") {
    return t`✖ ${e.name} does not compile yet: ${describeCompileProblem(last.problem)}` + "\n  " +
      t`Fix that line in your solution cell, run the cell, then run this check again (${points} at stake).`;
  }
  if (status === "waiting") {
    const where = exerciseOf(report.waitingFor!, e.notebook);
    return last?.kind === "notCompiled"
      ? t`… ${e.name} calls ${report.waitingFor}, which does not compile yet: finish ${report.waitingFor} (${where}) first, then run this check again.`
      : t`… ${e.name} calls ${report.waitingFor}, which is not implemented yet: finish ${report.waitingFor} (${where}) first, then run this check again.`;
  }
  const failures = results.filter((r) => r.problem !== undefined);
  const lines = failures.slice(0, 3).map((r) => t`✖ ${r.problem} → hint: ${translate(r.hint ?? e.hint)}`);
  if (failures.length > 3) lines.push("  " + t`… and ${failures.length - 3} more failing case(s)`);
  return [...lines, t`${e.name}: ${passed}/${total} visible checks passed (${points} at stake)`].join("\n");
}

/** The check cell of an exercise: runs its visible checks on `fn` and prints the answer. Never throws. */
export function check(id: string, fn: unknown): void {
  let text: string;
  try {
    const report = runCheck(id, fn);
    recordResult(report.exercise, report.status, report.passed, report.exercise.cases.length, report.waitingFor);
    text = report.text;
  } catch (error) {
    text = t`✖ check("${id}") could not run: ${error instanceof Error ? error.message : String(error)}`;
  }
  process.stdout.write(text + "\n");
}

/** "exercise 02-weighted-sum": where the learner finds the function `name` (in this notebook if it asks for it). */
function exerciseOf(name: string, notebook: string): string {
  const exercise = listExercises(notebook).find((e) => e.name === name) ?? listExercises().find((e) => e.name === name);
  return exercise ? t`exercise ${exercise.id}` : t`the exercise above`;
}

/** "1 point", "2 points" (1점, 2점). */
export function pointsText(points: number): string {
  return points === 1 ? t`${points} point` : t`${points} points`;
}
