/**
 * Deciding each exercise outside the kernel: the student's tagged results against the reference's.
 * All or nothing per exercise, as nbgrader scores a grade cell.
 */
import { compareValues, getExercise } from "../../lib/src/exercises";
import type { ExerciseSpec } from "./build";
import type { CaseRecord, RunResults } from "./run";

export type ExerciseStatus = "passed" | "failed" | "unattempted" | "timeout" | "crashed" | "error" | "missing";

export interface ExerciseGrade {
  id: string;
  points: number;
  maxPoints: number;
  status: ExerciseStatus;
  /** Plain-words failing cases (input, expected, received) or what went wrong. */
  details: string[];
}

/** A value from a tagged line back to something compareValues understands. */
export function decodeValue(value: unknown): unknown {
  if (value === "NaN") return NaN;
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === "object") {
    const v = value as { undefined?: boolean; shape?: number[]; data?: unknown[] };
    if (v.undefined) return undefined;
    if (Array.isArray(v.shape) && Array.isArray(v.data)) return { shape: v.shape, data: v.data.map(decodeValue) };
  }
  return value;
}

function toleranceOf(id: string): number | undefined {
  try {
    return getExercise(id).tolerance;
  } catch {
    return undefined;
  }
}

function caseProblem(expected: CaseRecord, received: CaseRecord | undefined, tolerance: number | undefined): string | undefined {
  if (!received) return `${expected.call}: no result (the test cell stopped before this case)`;
  if (received.kind === "unattempted") return `${expected.call}: not implemented yet`;
  if (received.kind === "timeout") return `${expected.call} did not return within the time limit`;
  if (received.kind === "threw") return `${expected.call} threw ${received.message ?? "an error"}`;
  const why = compareValues(decodeValue(received.value), decodeValue(expected.value), tolerance);
  return why === undefined ? undefined : `${expected.call}: ${why}`;
}

/** Grades one exercise of one run against the reference run. */
export function gradeExercise(spec: ExerciseSpec, reference: RunResults, run: RunResults | undefined): ExerciseGrade {
  const base = { id: spec.id, maxPoints: spec.points, points: 0 };
  if (!run) return { ...base, status: "missing", details: ["no notebook could be read"] };
  const expected = reference.records.get(spec.id)!;
  const received = run.records.get(spec.id) ?? new Map<string, CaseRecord>();
  const cells = run.cells.get(spec.id);
  if (received.size === 0 || cells?.skipped) return { ...base, ...noResults(cells) };
  const kinds = [...received.values()].map((r) => r.kind);
  if (kinds.every((k) => k === "unattempted")) return { ...base, status: "unattempted", details: ["not implemented yet"] };
  const tolerance = toleranceOf(spec.id);
  const details = [...expected.values()].map((e) => caseProblem(e, received.get(e.case), tolerance)).filter((d): d is string => d !== undefined);
  if (details.length === 0) return { ...base, points: spec.points, status: "passed", details: [] };
  return { ...base, status: kinds.includes("timeout") ? "timeout" : "failed", details };
}

function noResults(cells: { solution?: { status: string; message: string }; grade?: { status: string; message: string }; skipped: boolean } | undefined): { status: ExerciseStatus; details: string[] } {
  if (cells?.skipped) return { status: "crashed", details: ["the solution stopped the kernel (process.exit or a crash); it was skipped"] };
  if (cells?.solution?.status === "timeout") return { status: "timeout", details: ["the solution cell did not finish within its time limit"] };
  const message = (cells?.solution?.status !== "ok" ? cells?.solution?.message : cells?.grade?.message) ?? "";
  return { status: "error", details: [`the tests could not run${message ? `: ${message.split("\n")[0]!.slice(0, 300)}` : ""}`] };
}
