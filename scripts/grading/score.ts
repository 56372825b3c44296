/**
 * Deciding each exercise in the grader's own process: the student's results, as the sandbox printed
 * them, against the reference's, compared here with the library's compareValues. All or nothing per
 * exercise, as nbgrader scores a grade cell.
 *
 * Feedback names the visible checks a student got wrong with the hint (the notebook shows those
 * cases anyway) and only counts the hidden tests: never a hidden input or expected value, and never a
 * message the student's code produced on a hidden input (it could carry the input out).
 */
import { compareValues, formatCall, formatValue, getExercise } from "../../lib/src/exercises";
import { t, translate } from "../../lib/src/i18n/translate";
import type { ExerciseSpec } from "./build";
import type { Outcome, Reference, SubmissionRun } from "./run";

export type ExerciseStatus = "passed" | "failed" | "unattempted" | "timeout" | "crashed" | "killed" | "error" | "missing" | "unreadable";

export interface ExerciseGrade {
  id: string;
  points: number;
  maxPoints: number;
  status: ExerciseStatus;
  /** Plain-words lines for the student's feedback, in the submission's language (made under inLanguage). */
  details: string[];
}

/** A function argument, as feedback shows it. */
const FUNCTION = Object.defineProperty(() => undefined, "name", { value: "(given)" });

/** A value from JSON back to something compareValues understands (tensors as {shape, data}). */
export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value === null || typeof value !== "object") return value;
  const v = value as Record<string, unknown>;
  if ("$num" in v) return Number(v.$num);
  if ("$undefined" in v) return undefined;
  if ("$tensor" in v && Array.isArray(v.$tensor) && Array.isArray(v.data)) return { shape: v.$tensor, data: v.data.map(decodeValue) };
  if ("$typed" in v && Array.isArray(v.data)) return Float64Array.from(v.data.map(decodeValue) as number[]);
  if ("$fn" in v || "$visible" in v) return FUNCTION;
  if ("$object" in v && v.$object && typeof v.$object === "object") return Object.fromEntries(Object.entries(v.$object).map(([k, x]) => [k, decodeValue(x)]));
  return { unreadable: true };
}

function exerciseInfo(id: string): { name: string; hint: string; tolerance?: number; ms: number } {
  try {
    const e = getExercise(id);
    return { name: e.name, hint: translate(e.hint), tolerance: e.tolerance, ms: e.timeLimitMs ?? 2000 };
  } catch {
    return { name: id, hint: "", ms: 2000 };
  }
}

/** Why a received outcome is not the expected one, or undefined when it is. */
function mismatch(expected: Outcome, received: Outcome | undefined, tolerance: number | undefined): string | undefined {
  if (!received) return "no result";
  if (received.kind !== "value") return received.kind;
  return compareValues(decodeValue(received.value), decodeValue(expected.value), tolerance);
}

/** What the student's code produced, shortened: it is theirs, but a long text could carry hidden inputs out. */
const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** The feedback line of a failed visible case: the call, what came back and what was expected, and the hint. */
function visibleLine(name: string, hint: string, args: unknown, expected: Outcome, received: Outcome | undefined, ms: number): string {
  const call = formatCall(name, decodeValue(args) as unknown[]);
  const got = !received ? t`${call} gave no result (the run stopped before it)`
    : received.kind === "unattempted" ? t`${call} is not implemented yet`
    : received.kind === "timeout" ? t`${call} did not return within ${ms / 1000} s: look for a loop that never ends`
    : received.kind === "threw" ? t`${call} threw ${clip(received.message ?? t`an error`)}`
    : t`${call} returned ${clip(formatValue(decodeValue(received.value)))}, expected ${formatValue(decodeValue(expected.value))}`;
  return hint ? t`✖ ${got} → hint: ${hint}` : `✖ ${got}`;
}

/** Counts of the hidden tests by what went wrong, without their inputs or values. */
function hiddenLine(problems: string[], total: number, ms: number): string {
  const count = (what: (p: string) => boolean) => problems.filter(what).length;
  const wrong = count((p) => p !== "timeout" && p !== "threw" && p !== "no result" && p !== "unattempted");
  const threw = count((p) => p === "threw");
  const late = count((p) => p === "timeout");
  const none = count((p) => p === "no result" || p === "unattempted");
  const parts = [
    wrong > 0 ? t`${wrong} returned a wrong value` : "",
    threw > 0 ? t`${threw} threw an error` : "",
    late > 0 ? t`${late} did not return within ${ms / 1000} s` : "",
    none > 0 ? t`${none} gave no result` : "",
  ].filter((part) => part !== "");
  return t`${problems.length} of ${total} hidden tests failed: ${parts.join(", ")}.`;
}

/** Grades one exercise of one submission against the reference. */
export function gradeExercise(spec: ExerciseSpec, reference: Reference, run: SubmissionRun | undefined, unreadable?: string): ExerciseGrade {
  const base = { id: spec.id, maxPoints: spec.points, points: 0 };
  if (!run) return { ...base, status: unreadable ? "unreadable" : "missing", details: [unreadable ?? t`no notebook could be read`] };
  const removed = run.removed.get(spec.id);
  if (removed) return { ...base, status: removed.status, details: [removed.reason] };
  const expected = reference.cases.get(spec.id) ?? [];
  const received = run.outcomes.get(spec.id) ?? new Map<string, Outcome>();
  const info = exerciseInfo(spec.id);
  if (run.cells.get(spec.id)?.solution?.status === "timeout") return { ...base, status: "timeout", details: [t`the solution cell did not finish within its time limit (20 s): look for a loop that never ends outside your function`] };
  if (received.size === 0) return { ...base, ...noResults(run.cells.get(spec.id)) };
  const kinds = [...received.values()].map((r) => r.kind);
  if (kinds.every((k) => k === "unattempted")) return { ...base, status: "unattempted", details: [t`not implemented yet`] };
  const failures = expected.map((c) => ({ c, why: mismatch(c.outcome, received.get(c.case), info.tolerance) })).filter((f) => f.why !== undefined);
  if (failures.length === 0) return { ...base, points: spec.points, status: "passed", details: [] };
  const visible = failures.filter((f) => f.c.case.startsWith("v"));
  const hidden = failures.filter((f) => f.c.case.startsWith("h"));
  const details = visible.slice(0, 3).map((f) => visibleLine(info.name, info.hint, f.c.args, f.c.outcome, received.get(f.c.case), info.ms));
  if (visible.length > 3) details.push(t`… and ${visible.length - 3} more visible checks failed`);
  if (hidden.length) details.push(hiddenLine(hidden.map((f) => f.why!), expected.filter((c) => c.case.startsWith("h")).length, info.ms));
  if (!visible.length && hidden.length && info.hint) details.push(t`Your function passes the visible checks; hint: ${info.hint}`);
  return { ...base, status: kinds.includes("timeout") ? "timeout" : "failed", details };
}

/**
 * Only TypeScript's own diagnostics (`3:7 - Type 'string' is not assignable…`: made from the cell's
 * source before it runs) are quoted; anything the student's code printed or threw could carry a hidden
 * input it was given earlier, so a runtime error is described without its text.
 */
function noResults(cells: { solution?: { status: string; message: string; stderr: string }; call?: { status: string; message: string; stderr: string } } | undefined): { status: ExerciseStatus; details: string[] } {
  if (cells?.solution?.status === "timeout") return { status: "timeout", details: [t`the solution cell did not finish within its time limit`] };
  const failed = cells?.solution && cells.solution.status !== "ok" ? cells.solution : cells?.call;
  const diagnostic = (failed?.stderr ?? "").split("\n").find((l) => /^\d+:\d+ - /.test(l));
  const why = diagnostic ? t`the tests could not call your function: ${diagnostic.slice(0, 300)}`
    : failed === cells?.solution && failed ? t`the tests could not call your function (your solution cell stopped with an error when it ran: run it in your notebook to see it)`
    : t`the tests could not call your function`;
  return { status: "error", details: [why] };
}
