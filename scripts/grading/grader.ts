/**
 * Grading a class: every submission against the instructor's source notebook, each in its own
 * sandbox, a few at a time, with a gradebook CSV, one Markdown feedback file per student and a summary.
 *
 * The gradebook is written as the run goes: each student's result is saved atomically in
 * <out>/.results/ the moment it is known and the reports are rewritten from all saved results, so an
 * interrupted run keeps what it had, and running the same command again grades only what is missing
 * (a result is reused only for the same source notebook and the same submitted file).
 *
 * Two languages meet here: each student's feedback is in the language of their notebook, the progress
 * lines in the command line's (`--lang`, grade.ts; the library's language when gradeFolder is called).
 * The gradebook and summary.txt are data, in English.
 */
import { createHash } from "crypto";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { getLanguage, inLanguage, type Language } from "../../lib/src/i18n/language";
import { t } from "../../lib/src/i18n/translate";
import { exercisesOf, solutionsOf } from "./build";
import { csvField, findSubmissions, studentKeys, type Submission } from "./names";
import { notebookLanguage, readNotebook, releaseNotebook, sourceOf } from "./notebook";
import { removeTree, runReference, runSubmission, type Reference } from "./run";
import { inShard, SHARD_FILE, type Shard, type ShardRecord } from "./shards";
import { DEFAULT_LIMITS, detectSandbox, type Limits, type Sandbox } from "./sandbox";
import { gradeExercise, type ExerciseGrade } from "./score";

export type { Submission } from "./names";

export interface StudentGrade {
  student: string;
  /** The feedback file's name without .md. */
  key: string;
  notebook: string;
  exercises: ExerciseGrade[];
  points: number;
  maxPoints: number;
  problem?: string;
  notes: string[];
  /**
   * The language of the feedback (problem, notes, details are written in it): the submitted notebook's
   * edition, `metadata.course.language` ("ko" in the Korean edition; absent or "en": English), the
   * source's when the submission cannot be read. The gradebook and summary.txt stay in English.
   */
  language: Language;
}

export interface GradeOptions {
  /** The instructor's notebook, with solutions and hidden tests. */
  source: string;
  /** Where the gradebook, feedback and summary go. */
  outDir: string;
  /** Kernels at once (default: the number of cores). */
  parallel?: number;
  /** Where the progress lines go (default: the console), in the library's language when gradeFolder is called. */
  log?: (line: string) => void;
  /** Grade without an OS sandbox when bubblewrap does not run (README: what then does not hold). */
  allowNoSandbox?: boolean;
  /** For tests: a given sandbox instead of the detected one, other limits. */
  sandbox?: Sandbox;
  limits?: Partial<Limits>;
  /** Where the temporary run folders go (default: the system's temporary folder). */
  workRoot?: string;
  /** Grade only this share of the class (`--shard i/N`; shards.ts), and write shard.json for `--merge`. */
  shard?: Shard;
}

/** Bumped when a change makes saved results unusable. */
export const RESULTS_VERSION = 3;
/** A submitted file larger than this is not read. */
const MAX_NOTEBOOK_BYTES = 20 * 1024 ** 2;

export const sha = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** Writes a file so that a reader sees the old or the new content, never a part. */
export function writeAtomic(file: string, content: string): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
}

/** Solution cells changed from the stub, for choosing among a student's notebooks. */
function attemptedCount(sourceNb: ReturnType<typeof readNotebook>) {
  return (file: string) => {
    try {
      if (statSync(file).size > MAX_NOTEBOOK_BYTES) return -1;
      const { solutions } = solutionsOf(file, sourceNb);
      const released = releaseNotebook(sourceNb);
      const stubs = new Set(released.cells.filter((c) => c.metadata.nbgrader?.solution).map((c) => sourceOf(c).replace(/\s+/g, " ").trim()));
      return [...solutions.values()].filter((text) => !stubs.has(text.replace(/\s+/g, " ").trim())).length;
    } catch {
      return -1;
    }
  };
}

/** The edition of a submitted notebook (see StudentGrade.language); `fallback` when it cannot be read. */
function languageOfFile(fallback: Language) {
  return (file: string | undefined): Language => {
    if (!file) return fallback;
    try {
      if (statSync(file).size > MAX_NOTEBOOK_BYTES) return fallback;
      return notebookLanguage(JSON.parse(readFileSync(file, "utf8")));
    } catch {
      return fallback;
    }
  };
}

/** Grades every submission in `folder`; writes gradebook.csv, feedback/<key>.md and summary.txt as it goes. */
export async function gradeFolder(folder: string, options: GradeOptions): Promise<{ grades: StudentGrade[]; seconds: number; summary: string }> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  // Submissions are graded in their own language meanwhile: each progress line is made in the command line's.
  const cli = getLanguage();
  const say = (line: () => string) => log(inLanguage(cli, line));
  const sourceText = readFileSync(options.source);
  const source = readNotebook(options.source);
  const specs = exercisesOf(source);
  const notebook = path.basename(options.source);
  const sandbox = options.sandbox ?? detectSandbox();
  if (sandbox.kind === "none" && !options.allowNoSandbox) {
    throw new Error(t`${sandbox.description}. Install it (Debian/Ubuntu: apt-get install bubblewrap), or pass --no-sandbox to grade without one (README: what then does not hold).`);
  }
  // The output folder may sit inside the class folder: it is not a student.
  const submissions = findSubmissions(folder, notebook, attemptedCount(source), languageOfFile(notebookLanguage(source))).filter((s) => path.resolve(folder, s.student) !== path.resolve(options.outDir));
  // Keys are made from the whole class, also in a shard: a student's feedback file is named as in one run.
  const keys = studentKeys(submissions.map((s) => s.student));
  const stamp = (sub: Submission) => sha(JSON.stringify([RESULTS_VERSION, sha(sourceText), sub.student, sub.file ? path.relative(folder, sub.file) : "", sub.file ? fileHash(sub.file) : sub.problem]));
  const parallel = options.parallel ?? os.cpus().length;
  const shard = options.shard;
  const everyone = submissions;
  const share = shard ? inShard(everyone.map((s) => s.student), shard) : undefined;
  const mine = share ? everyone.filter((s) => share.has(s.student)) : everyone;
  if (shard) say(() => t`grade: shard ${shard.index}/${shard.count}: ${mine.length} of ${everyone.length} submissions of ${notebook} (${specs.length} exercises), ${parallel} at a time, ${sandbox.description}.`);
  else say(() => t`grade: ${submissions.length} submissions of ${notebook} (${specs.length} exercises), ${parallel} at a time, ${sandbox.description}.`);
  const resultsDir = path.join(options.outDir, ".results");
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(path.join(options.outDir, "feedback"), { recursive: true });
  const grades = new Map<string, StudentGrade>();
  // What --merge checks: the same class (every student's stamp) and source, and which students are this shard's.
  const stamps = everyone.map((s) => ({ student: s.student, key: keys.get(s.student)!, stamp: stamp(s) }));
  const record = (complete: boolean, seconds?: number): ShardRecord => ({
    format: 1, shard: shard!.index, of: shard!.count, notebook, source: sha(sourceText), resultsVersion: RESULTS_VERSION, exercises: specs.map((s) => s.id),
    class: sha(JSON.stringify(stamps)), students: stamps, share: mine.map((s) => s.student), complete, ...(seconds === undefined ? {} : { seconds }),
  });
  if (shard) writeAtomic(path.join(options.outDir, SHARD_FILE), JSON.stringify(record(false), null, 1) + "\n");

  let resumed = 0;
  for (const sub of mine) {
    const saved = readSaved(path.join(resultsDir, `${keys.get(sub.student)}.json`));
    if (saved && saved.stamp === stamp(sub)) {
      grades.set(sub.student, saved.grade);
      resumed++;
    }
  }
  if (resumed) say(() => t`grade: ${resumed} results kept from an earlier run of the same submissions; grading the other ${mine.length - resumed}.`);
  const todo = mine.filter((s) => !grades.has(s.student));
  const temporary = options.workRoot ?? os.tmpdir();
  removeStaleRoots(temporary);
  const root = mkdtempSync(path.join(temporary, `dlbasics-grade-${process.pid}-`));
  // nobody must pass through it to its run folder (bwrap mounts it); it cannot list it.
  if (sandbox.user) chmodSync(root, 0o711);
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    let reference: Reference | undefined;
    if (todo.some((s) => s.file)) {
      say(() => t`grade: running the reference solution of ${notebook} (its own sandbox)…`);
      reference = await runReference(source, { sandbox, limits, root }, notebook);
      const cases = [...reference.cases.values()].reduce((n, c) => n + c.length, 0);
      const took = reference.seconds.toFixed(1);
      say(() => t`grade: reference done in ${took} s: ${cases} cases recorded; grading students…`);
    }
    const runLimits: Limits = reference ? { ...limits, wallSeconds: Math.min(limits.wallSeconds, Math.max(300, 4 * reference.seconds + 120)) } : limits;
    let done = resumed;
    await pool(todo, parallel, async (sub) => {
      const t0 = Date.now();
      const grade = await gradeOne(sub, keys.get(sub.student)!, notebook, source, specs, reference, { sandbox, limits: runLimits, root });
      grades.set(sub.student, grade);
      const key = keys.get(sub.student)!;
      writeAtomic(path.join(resultsDir, `${key}.json`), JSON.stringify({ stamp: stamp(sub), grade }));
      writeAtomic(path.join(options.outDir, "feedback", `${key}.md`), feedbackMarkdown(grade));
      writeAtomic(path.join(options.outDir, "gradebook.csv"), gradebookCsv(ordered(mine, grades)));
      done++;
      const took = ((Date.now() - t0) / 1000).toFixed(1);
      say(() => t`[${done}/${mine.length}] ${sub.student}: ${grade.points}/${grade.maxPoints} points (${grade.exercises.map((e) => `${e.id} ${statusText(e.status)}`).join(", ")}) in ${took} s`);
    });
    const all = ordered(mine, grades);
    for (const g of all) writeAtomic(path.join(options.outDir, "feedback", `${g.key}.md`), feedbackMarkdown(g));
    const seconds = (Date.now() - started) / 1000;
    const summary = inLanguage("en", () => summaryText(all, specs.map((s) => s.id), seconds));
    writeAtomic(path.join(options.outDir, "gradebook.csv"), gradebookCsv(all));
    writeAtomic(path.join(options.outDir, "summary.txt"), summary + "\n");
    if (shard) writeAtomic(path.join(options.outDir, SHARD_FILE), JSON.stringify(record(true, seconds), null, 1) + "\n");
    say(() => summaryText(all, specs.map((s) => s.id), seconds));
    return { grades: all, seconds, summary };
  } finally {
    removeTree(root);
  }
}

/** Run folders left by a grader that was killed (its pid, in the folder's name, no longer runs). */
function removeStaleRoots(temporary: string): void {
  for (const name of readdirSync(temporary)) {
    const pid = Number(/^dlbasics-grade-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ESRCH") removeTree(path.join(temporary, name));
    }
  }
}

function fileHash(file: string): string {
  try {
    return sha(readFileSync(file));
  } catch {
    return "unreadable";
  }
}

export function readSaved(file: string): { stamp: string; grade: StudentGrade } | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, "utf8"));
    return saved && typeof saved.stamp === "string" && saved.grade?.exercises ? saved : undefined;
  } catch {
    return undefined;
  }
}

function ordered(submissions: Submission[], grades: Map<string, StudentGrade>): StudentGrade[] {
  return submissions.flatMap((s) => (grades.has(s.student) ? [grades.get(s.student)!] : []));
}

/** One student's grade; never throws: whatever happens becomes statuses with a reason. */
async function gradeOne(sub: Submission, key: string, notebook: string, source: ReturnType<typeof readNotebook>, specs: ReturnType<typeof exercisesOf>,
  reference: Reference | undefined, context: Parameters<typeof runSubmission>[3]): Promise<StudentGrade> {
  const total = (exercises: ExerciseGrade[]) => ({ exercises, points: exercises.reduce((s, e) => s + e.points, 0), maxPoints: specs.reduce((s, e) => s + e.points, 0) });
  const notes = [...sub.notes];
  const language = sub.language;
  // Other submissions are graded meanwhile: every text for this one is made synchronously in its language.
  const inTheirs = <T>(body: () => T): T => inLanguage(language, body);
  let problem = sub.problem;
  try {
    if (!problem && sub.file && statSync(sub.file).size > MAX_NOTEBOOK_BYTES) problem = inTheirs(() => t`the file is larger than ${MAX_NOTEBOOK_BYTES / 1024 ** 2} MB`);
    const read = problem || !sub.file ? undefined : inTheirs(() => solutionsOf(sub.file!, source));
    problem ??= read?.problem;
    notes.push(...(read?.notes ?? []));
    if (problem || !read || !reference) {
      const why = problem;
      return { student: sub.student, key, notebook, problem, notes, language, ...total(inTheirs(() => specs.map((s) => gradeExercise(s, reference!, undefined, why ?? t`nothing to grade`)))) };
    }
    const run = await runSubmission(source, read.solutions, reference, { ...context, language });
    return { student: sub.student, key, notebook, notes, language, ...total(inTheirs(() => specs.map((s) => gradeExercise(s, reference, run)))) };
  } catch (error) {
    const reason = inTheirs(() => t`the grader failed on this submission: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return { student: sub.student, key, notebook, problem: reason, notes, language, ...total(specs.map((s) => ({ id: s.id, points: 0, maxPoints: s.points, status: "error" as const, details: [reason] }))) };
  }
}

/** gradebook.csv: student, notebook, exercise id, points, max points, status (fields safe in a spreadsheet). */
export function gradebookCsv(grades: StudentGrade[]): string {
  const rows: Array<Array<string | number>> = [["student", "notebook", "exercise", "points", "max_points", "status"]];
  for (const g of grades) for (const e of g.exercises) rows.push([g.student, g.notebook, e.id, e.points, e.maxPoints, e.status]);
  return rows.map((r) => r.map(csvField).join(",")).join("\n") + "\n";
}

const escapeMd = (text: string) => text.replace(/[|<>]/g, (c) => `\\${c}`);

/** An exercise's status as its feedback names it (the gradebook keeps the English word: it is data). */
function statusText(status: ExerciseGrade["status"]): string {
  switch (status) {
    case "passed": return t`passed`;
    case "failed": return t`failed`;
    case "unattempted": return t`unattempted`;
    case "timeout": return t`timeout`;
    case "crashed": return t`crashed`;
    case "killed": return t`killed`;
    case "error": return t`error`;
    case "missing": return t`missing`;
    case "unreadable": return t`unreadable`;
  }
}

/** The feedback file of one student: each exercise, its points, and what to look at, in the student's language. */
export function feedbackMarkdown(g: StudentGrade): string {
  return inLanguage(g.language ?? "en", () => {
    const lines = [t`# Feedback for ${escapeMd(g.student)}: ${g.notebook}`, "", `**${t`${g.points} of ${g.maxPoints} points.`}**`, ""];
    if (g.problem) lines.push(t`Your submission could not be graded: ${escapeMd(g.problem)}.`, "");
    for (const note of g.notes) lines.push(`- ${escapeMd(note)}`);
    if (g.notes.length) lines.push("");
    lines.push(`| ${t`exercise`} | ${t`points`} | ${t`status`} |`, "|---|---|---|", ...g.exercises.map((e) => `| ${e.id} | ${e.points}/${e.maxPoints} | ${statusText(e.status)} |`), "");
    for (const e of g.exercises.filter((x) => x.details.length && x.status !== "passed")) {
      lines.push(`## ${e.id} (${statusText(e.status)})`, "", ...e.details.map((d) => `- ${escapeMd(d)}`), "");
    }
    return lines.join("\n");
  });
}

/** How many students got `status` on an exercise, as the summary counts them: "3 passed". */
function statusCount(status: ExerciseGrade["status"], n: number): string {
  switch (status) {
    case "passed": return t`${n} passed`;
    case "failed": return t`${n} failed`;
    case "unattempted": return t`${n} unattempted`;
    case "timeout": return t`${n} timeout`;
    case "crashed": return t`${n} crashed`;
    case "killed": return t`${n} killed`;
    case "error": return t`${n} error`;
    case "missing": return t`${n} missing`;
    case "unreadable": return t`${n} unreadable`;
  }
}

/** The class's mean and each exercise's statuses, in the library's language (summary.txt: in English). */
export function summaryText(grades: StudentGrade[], ids: string[], seconds: number): string {
  const mean = grades.length ? grades.reduce((s, g) => s + g.points, 0) / grades.length : 0;
  const max = grades[0]?.maxPoints ?? 0;
  const per = ids.map((id) => {
    const counts = new Map<ExerciseGrade["status"], number>();
    for (const g of grades) {
      const status = g.exercises.find((e) => e.id === id)?.status ?? "missing";
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return `  ${id}: ${[...counts].map(([s, n]) => statusCount(s, n)).join(", ")}`;
  });
  return [t`Graded ${grades.length} students in ${seconds.toFixed(1)} s; mean ${mean.toFixed(2)} of ${max} points.`, t`Per exercise:`, ...per].join("\n");
}

/** Names of the feedback files written so far (for tests). */
export function feedbackFiles(outDir: string): string[] {
  return readdirSync(path.join(outDir, "feedback")).sort();
}
