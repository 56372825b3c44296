/**
 * The learner's progress through a notebook's exercises (the last cell of each notebook).
 *
 * Every check cell records its result here; `progress()` lists the exercises, which pass their
 * visible checks, and the points at stake. Only the hidden tests decide the grade.
 */

/** The part of an exercise progress needs (see Exercise in check.ts). */
export interface ExerciseInfo {
  id: string;
  name: string;
  notebook: string;
  points: number;
}

/** The last visible-check result of one exercise. */
export interface ProgressEntry {
  exercise: ExerciseInfo;
  status: "passed" | "failed" | "unattempted";
  passed: number;
  total: number;
}

const results = new Map<string, ProgressEntry>();

/** Remembers the latest check of an exercise (check() calls this). */
export function recordResult(exercise: ExerciseInfo, status: ProgressEntry["status"], passed: number, total: number): void {
  results.set(exercise.id, { exercise, status, passed, total });
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
    const mark = entry?.status === "passed" ? "✔" : entry?.status === "failed" ? "✖" : "…";
    const what = !entry ? "check cell not run yet" : entry.status === "unattempted" ? "not attempted yet" : `${entry.passed}/${entry.total} visible checks passed`;
    return `  ${mark} ${e.name} (${e.points} point${e.points === 1 ? "" : "s"}): ${what}`;
  });
  const entries = exercises.map((e) => results.get(e.id));
  const passed = entries.filter((r) => r?.status === "passed");
  const attempted = entries.filter((r) => r !== undefined && r.status !== "unattempted").length;
  const points = passed.reduce((s, r) => s + r!.exercise.points, 0);
  const total = exercises.reduce((s, e) => s + e.points, 0);
  return [
    `Progress: ${passed.length} of ${exercises.length} exercises pass their visible checks (${attempted} attempted).`,
    ...lines,
    `Points if the hidden tests agree: ${points} of ${total}. The hidden tests decide the grade.`,
  ].join("\n");
}
