/**
 * The learner's progress through a notebook's exercises (the last cell of each notebook).
 *
 * Every check cell records its result here; `progress()` lists the exercises, which pass their
 * visible checks, and the points at stake. Only the hidden tests decide the grade.
 */
import { t } from "../i18n/translate";

/** The part of an exercise progress needs (see Exercise in check.ts). */
export interface ExerciseInfo {
  id: string;
  name: string;
  notebook: string;
  points: number;
}

/** The last visible-check result of one exercise (the statuses of CheckStatus in check.ts). */
export interface ProgressEntry {
  exercise: ExerciseInfo;
  status: "passed" | "failed" | "unattempted" | "notCompiled" | "waiting";
  passed: number;
  total: number;
  /** With status "waiting": the function that must be finished first. */
  waitingFor?: string;
}

const results = new Map<string, ProgressEntry>();

/** Remembers the latest check of an exercise (check() calls this). */
export function recordResult(exercise: ExerciseInfo, status: ProgressEntry["status"], passed: number, total: number, waitingFor?: string): void {
  results.set(exercise.id, { exercise, status, passed, total, waitingFor });
}

/** The ids of the exercises checked so far. */
export function recordedIds(): string[] {
  return [...results.keys()];
}

/** Forgets every recorded result (for tests). */
export function resetProgress(): void {
  results.clear();
}

/**
 * The progress text for `exercises` (all exercises of a notebook): one line each, then the totals.
 * Exercises whose check cell has not run yet count as not attempted.
 */
export function progressText(exercises: readonly ExerciseInfo[]): string {
  const lines = exercises.map((e) => {
    const entry = results.get(e.id);
    const mark = entry?.status === "passed" ? "✔" : entry?.status === "failed" || entry?.status === "notCompiled" ? "✖" : "…";
    const what = !entry ? t`check cell not run yet` : statusWords(entry);
    return `  ${mark} ${e.name} (${e.points === 1 ? t`${e.points} point` : t`${e.points} points`}): ${what}`;
  });
  const entries = exercises.map((e) => results.get(e.id));
  const passed = entries.filter((r) => r?.status === "passed");
  const attempted = entries.filter((r) => r !== undefined && r.status !== "unattempted" && r.status !== "waiting").length;
  const points = passed.reduce((s, r) => s + r!.exercise.points, 0);
  const total = exercises.reduce((s, e) => s + e.points, 0);
  return [
    t`Progress: ${passed.length} of ${exercises.length} exercises pass their visible checks (${attempted} attempted).`,
    ...lines,
    t`Points if the hidden tests agree: ${points} of ${total}. The hidden tests decide the grade.`,
  ].join("\n");
}

function statusWords(entry: ProgressEntry): string {
  switch (entry.status) {
    case "unattempted":
      return t`not attempted yet`;
    case "notCompiled":
      return t`does not compile yet`;
    case "waiting":
      return t`waits for ${entry.waitingFor}`;
    default:
      return t`${entry.passed}/${entry.total} visible checks passed`;
  }
}
