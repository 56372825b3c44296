/**
 * Hidden tests (the grade cells of a notebook; see README "Exercises" for the format).
 *
 * In an instructor's notebook, or under nbgrader, `hiddenChecks` compares the learner's function with
 * the reference on hidden cases and throws when one fails, so nbgrader gives the cell 0 points.
 * `gradingMode(nonce)` makes every case (visible and hidden) print what the function returned on a line
 * tagged with the nonce instead, for a grader that reads a kernel's output. `npm run grade` does not use
 * it: it runs the student's code in a sandbox and compares in its own process (scripts/grading).
 * Nothing printed here decides a grade by itself.
 */
import { argumentNames, formatCall, getExercise, problemOf } from "./check";
import { type CallOutcome } from "./guard";
import { type CopyCall, callOnCopy } from "./inputs";
import { t } from "../i18n/translate";

let nonce: string | undefined;

/** Switches hidden tests to the grader's output (the grader's cells call this; learners never need it). */
export function gradingMode(runNonce: string): void {
  nonce = runNonce;
}

const ENCODED_NUMBERS = ["NaN", "Infinity", "-Infinity"];

/**
 * A JSON-safe copy of a value: NaN and ±Infinity as strings, tensors as {shape, data}, typed arrays as
 * arrays; the strings "NaN", "Infinity" and "-Infinity" themselves as { string: "NaN" }.
 */
export function encodeValue(value: unknown, depth = 0): unknown {
  if (depth > 8) return "…";
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (value === undefined) return { undefined: true };
  // a string that reads like an encoded number ("NaN") stays a string: the grader must not take it for the number
  if (typeof value === "string") return ENCODED_NUMBERS.includes(value) ? { string: value } : value;
  if (value === null || typeof value === "boolean") return value;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value as ArrayLike<unknown>, (v) => encodeValue(v, depth + 1));
  const { shape, data } = value as { shape?: unknown; data?: unknown };
  if (Array.isArray(shape) && (ArrayBuffer.isView(data) || Array.isArray(data))) {
    return { shape: [...shape], data: Array.from(data as ArrayLike<unknown>, (v) => encodeValue(v, depth + 1)) };
  }
  return { other: Object.prototype.toString.call(value) };
}

/**
 * The hidden-test cell of exercise `id`: runs `fn` on the visible cases and on `hiddenCases` (argument
 * lists). Throws an Error listing the failures (grading mode: prints tagged results, never throws).
 */
export function hiddenChecks(id: string, fn: unknown, hiddenCases: ReadonlyArray<readonly unknown[]>): void {
  const exercise = getExercise(id);
  const cases = [...exercise.cases.map((a, i) => [`v${i}`, a] as const), ...hiddenCases.map((a, i) => [`h${i}`, a] as const)];
  const failures: string[] = [];
  let stopped: CallOutcome | undefined;
  for (const [label, args] of cases) {
    // each call gets its own copy of the case (inputs.ts); a changed argument fails the case
    const call: CopyCall = stopped ? { outcome: stopped } : callOnCopy(fn, args, argumentNames(exercise), exercise.timeLimitMs);
    const outcome = call.outcome;
    if (outcome.kind === "timeout" || outcome.kind === "unattempted") stopped = outcome;
    if (nonce !== undefined) {
      // the grader compares kinds and values only: a changed argument is reported as a failure with its reason
      const kind = call.changed ? "threw" : outcome.kind;
      const message = call.changed ? t`no error, but the function ${call.changed}` : outcome.kind === "threw" ? outcome.message : undefined;
      const value = outcome.kind === "value" && !call.changed ? encodeValue(outcome.value) : undefined;
      process.stdout.write(`⟦${nonce}⟧${JSON.stringify({ id, case: label, kind, value, message, call: formatCall(exercise.name, args) })}\n`);
    } else {
      const problem = call.changed ? `${formatCall(exercise.name, args)} ${call.changed}` : problemOf(exercise, args, outcome);
      if (problem) failures.push(problem);
    }
  }
  if (nonce !== undefined) return;
  if (failures.length > 0) throw new Error(t`${exercise.name}: ${failures.length} of ${cases.length} tests failed; first: ${failures[0]}`);
  process.stdout.write(t`✔ ${exercise.name}: all ${cases.length} tests passed` + "\n");
}
