/**
 * Grading a class: every submission against the instructor's source notebook, in parallel, with a
 * gradebook CSV, one Markdown feedback file per student and a summary.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { exercisesOf, solutionsOf } from "./build";
import { readNotebook } from "./notebook";
import { runGrading, type RunResults } from "./run";
import { gradeExercise, type ExerciseGrade } from "./score";

export interface Submission {
  student: string;
  file: string;
}

export interface StudentGrade {
  student: string;
  notebook: string;
  exercises: ExerciseGrade[];
  points: number;
  maxPoints: number;
  problem?: string;
}

export interface GradeOptions {
  /** The instructor's notebook, with solutions and hidden tests. */
  source: string;
  /** Where the gradebook, feedback and summary go. */
  outDir: string;
  /** Kernels at once (default: the number of cores). */
  parallel?: number;
  log?: (line: string) => void;
}

/** `<folder>/<student>.ipynb`, or `<folder>/<student>/**.ipynb` (nbgrader's layout): one per student. */
export function findSubmissions(folder: string): Submission[] {
  const found: Submission[] = [];
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) {
      const inner = listIpynb(full);
      if (inner.length) found.push({ student: name, file: inner[0]! });
    } else if (name.endsWith(".ipynb")) found.push({ student: name.slice(0, -".ipynb".length), file: full });
  }
  return found;
}

function listIpynb(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name.startsWith(".") ? [] : listIpynb(full);
    return name.endsWith(".ipynb") ? [full] : [];
  });
}

async function pool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  return results;
}

/** Grades every submission in `folder`; writes gradebook.csv, feedback/<student>.md and summary.txt. */
export async function gradeFolder(folder: string, options: GradeOptions): Promise<{ grades: StudentGrade[]; seconds: number; summary: string }> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const source = readNotebook(options.source);
  const specs = exercisesOf(source);
  const notebook = path.basename(options.source);
  const root = mkdtempSync(path.join(os.tmpdir(), "dlbasics-grade-"));
  try {
    const reference = await runGrading(source, "reference", root);
    const broken = specs.filter((s) => reference.records.get(s.id)?.size === 0 || gradeExercise(s, reference, reference).status !== "passed");
    if (broken.length) throw new Error(`${notebook}: the reference solution does not pass its own tests: ${broken.map((s) => s.id).join(", ")}`);
    const submissions = findSubmissions(folder);
    let done = 0;
    const grades = await pool(submissions, options.parallel ?? os.cpus().length, async (sub) => {
      const { solutions, problem } = solutionsOf(sub.file);
      const run: RunResults | undefined = problem ? undefined : await runGrading(source, solutions, root);
      const exercises = specs.map((s) => gradeExercise(s, reference, run));
      const grade: StudentGrade = { student: sub.student, notebook, exercises, problem,
        points: exercises.reduce((s, e) => s + e.points, 0), maxPoints: exercises.reduce((s, e) => s + e.maxPoints, 0) };
      done++;
      log(`[${done}/${submissions.length}] ${sub.student}: ${grade.points}/${grade.maxPoints} points (${exercises.map((e) => `${e.id} ${e.status}`).join(", ")})${run ? ` in ${run.seconds.toFixed(1)} s` : `: ${problem}`}`);
      return grade;
    });
    const seconds = (Date.now() - started) / 1000;
    const summary = summaryText(grades, specs.map((s) => s.id), seconds);
    writeReports(options.outDir, grades, summary);
    log(summary);
    return { grades, seconds, summary };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const csvField = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** gradebook.csv: student, notebook, exercise id, points, max points, status. */
export function gradebookCsv(grades: StudentGrade[]): string {
  const rows = [["student", "notebook", "exercise", "points", "max_points", "status"]];
  for (const g of grades) for (const e of g.exercises) rows.push([g.student, g.notebook, e.id, String(e.points), String(e.maxPoints), e.status]);
  return rows.map((r) => r.map(csvField).join(",")).join("\n") + "\n";
}

/** The feedback file of one student: each exercise, its points and its failing cases. */
export function feedbackMarkdown(g: StudentGrade): string {
  const lines = [`# Feedback for ${g.student}: ${g.notebook}`, "", `**${g.points} of ${g.maxPoints} points.**`, ""];
  if (g.problem) lines.push(`Your file could not be graded: ${g.problem}.`, "");
  lines.push("| exercise | points | status |", "|---|---|---|", ...g.exercises.map((e) => `| ${e.id} | ${e.points}/${e.maxPoints} | ${e.status} |`), "");
  for (const e of g.exercises.filter((x) => x.details.length)) {
    lines.push(`## ${e.id} (${e.status})`, "", ...e.details.slice(0, 5).map((d) => `- ${d.replace(/\|/g, "\\|")}`));
    if (e.details.length > 5) lines.push(`- … and ${e.details.length - 5} more`);
    lines.push("");
  }
  return lines.join("\n");
}

export function summaryText(grades: StudentGrade[], ids: string[], seconds: number): string {
  const mean = grades.length ? grades.reduce((s, g) => s + g.points, 0) / grades.length : 0;
  const max = grades[0]?.maxPoints ?? 0;
  const per = ids.map((id) => {
    const counts = new Map<string, number>();
    for (const g of grades) {
      const status = g.exercises.find((e) => e.id === id)!.status;
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return `  ${id}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")}`;
  });
  return [`Graded ${grades.length} students in ${seconds.toFixed(1)} s; mean ${mean.toFixed(2)} of ${max} points.`, "Per exercise:", ...per].join("\n");
}

function writeReports(outDir: string, grades: StudentGrade[], summary: string): void {
  mkdirSync(path.join(outDir, "feedback"), { recursive: true });
  writeFileSync(path.join(outDir, "gradebook.csv"), gradebookCsv(grades));
  writeFileSync(path.join(outDir, "summary.txt"), summary + "\n");
  for (const g of grades) writeFileSync(path.join(outDir, "feedback", `${g.student.replace(/[^\w.-]/g, "_")}.md`), feedbackMarkdown(g));
}
