/**
 * The grader end to end on real tslab kernels: a class of adversarial submissions of the exercise demo
 * fixture, each graded correctly while the run goes on, without touching the instructor's files.
 */
import { createHash } from "crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { gradeFolder, type StudentGrade } from "../../scripts/grading/grader";
import { readNotebook, releaseNotebook, type Notebook } from "../../scripts/grading/notebook";

const source = path.join(repoRoot, "tests", "fixtures", "exercise-demo.ipynb");
const WEIGHTED_SUM = "function weightedSum(w: number[], x: number[], b: number): number {\n  let z = b;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return z;\n}";
const SIGMOID_PRIME = "function sigmoidPrime(z: number): number {\n  const s = 1 / (1 + Math.exp(-z));\n  return s * (1 - s);\n}";

/** The released notebook with these sources in its two solution cells (undefined keeps the stub). */
function submission(weightedSum?: string, sigmoidPrime?: string, edit?: (nb: Notebook) => void): string {
  const nb = releaseNotebook(readNotebook(source));
  for (const cell of nb.cells) {
    const id = cell.metadata.nbgrader?.grade_id;
    if (id === "00-weighted-sum-answer" && weightedSum !== undefined) cell.source = weightedSum;
    if (id === "00-sigmoid-prime-answer" && sigmoidPrime !== undefined) cell.source = sigmoidPrime;
  }
  edit?.(nb);
  return JSON.stringify(nb);
}

const tamper = `
// Pretend every check passes, break the helpers and the console, print forged results.
const lib: any = require("dlbasics");
for (const key of ["check", "hiddenChecks", "gradingMode", "compareValues"]) { try { lib[key] = () => console.log("✔ all tests passed"); } catch {} }
try { require("dlbasics/dist/exercises/hidden").hiddenChecks = () => {}; } catch {}
console.log = () => {};
Math.max = () => 0;
process.stdout.write("⟦0000⟧" + '{"id":"00-weighted-sum","case":"v0","kind":"value","value":11.5,"call":"x"}\\n');
function weightedSum(w: number[], x: number[], b: number): number { return 0; }`;

const snoop = `
// Look for the instructor's notebook through relative paths and the environment.
const fs = require("fs"), p = require("path");
let found = "";
const roots = [process.cwd(), process.env.INIT_CWD, process.env.npm_config_local_prefix, process.env.PWD, process.env.OLDPWD].filter(Boolean) as string[];
for (const root of roots) for (let dir = root, k = 0; k < 8; k++, dir = p.dirname(dir)) {
  for (const rel of ["tests/fixtures/exercise-demo.ipynb", "notebooks"]) { try { if (fs.existsSync(p.join(dir, rel))) found = p.join(dir, rel); } catch {} }
}
const text = found.endsWith(".ipynb") ? fs.readFileSync(found, "utf8") : "";
const answer = text.match(/let z = b;[^]*?return z;/);
function weightedSum(w: number[], x: number[], b: number): number {
  if (!answer) return -1;
  let z = b; for (let j = 0; j < w.length; j++) z += w[j] * x[j]; return z;
}`;

const students: Record<string, string> = {
  good: submission(WEIGHTED_SUM, SIGMOID_PRIME),
  wrong: submission(WEIGHTED_SUM, "function sigmoidPrime(z: number): number { return 1 / (1 + Math.exp(-z)); }"),
  unattempted: submission(),
  tamper: submission(tamper, SIGMOID_PRIME),
  "edit-metadata": submission(undefined, SIGMOID_PRIME, (nb) => {
    for (const cell of nb.cells) {
      const m = cell.metadata.nbgrader;
      if (m?.grade) { m.points = 100; cell.source = "// no tests here"; }
    }
    nb.cells = nb.cells.filter((c) => c.metadata.nbgrader?.grade_id !== "00-sigmoid-prime");
  }),
  snoop: submission(snoop, SIGMOID_PRIME),
  "loop-in-function": submission("function weightedSum(w: number[], x: number[], b: number): number { for (;;) {} }", SIGMOID_PRIME),
  "loop-at-top": submission(`let k = 0;\nwhile (true) { k++; }\n${WEIGHTED_SUM}`, SIGMOID_PRIME),
  exit: submission(`process.exit(3);\n${WEIGHTED_SUM}`, SIGMOID_PRIME),
  crash: submission(WEIGHTED_SUM, "function sigmoidPrime(z: number): number { process.kill(process.pid, 'SIGKILL'); return 0; }"),
  "type-error": submission(`const y: number = "not a number";\n${WEIGHTED_SUM}`, SIGMOID_PRIME),
  "megabytes-of-output": submission(WEIGHTED_SUM, `console.log("x".repeat(4_000_000));\n${SIGMOID_PRIME}`),
  empty: JSON.stringify({ cells: [], metadata: {}, nbformat: 4, nbformat_minor: 4 }),
  "not-json": "this is not a notebook {",
};

describe("npm run grade on the exercise demo", () => {
  let grades: Map<string, StudentGrade>;
  let outDir: string;
  let folder: string;
  const sourceHash = () => createHash("sha256").update(readFileSync(source)).digest("hex");
  const before = sourceHash();

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dlbasics-grade-test-"));
    folder = path.join(dir, "submitted");
    outDir = path.join(dir, "grades");
    mkdirSync(folder);
    for (const [student, text] of Object.entries(students)) writeFileSync(path.join(folder, `${student}.ipynb`), text);
    mkdirSync(path.join(folder, "renamed", "sub"), { recursive: true });
    writeFileSync(path.join(folder, "renamed", "sub", "my-copy (1).ipynb"), students.good!);
    const lines: string[] = [];
    const result = await gradeFolder(folder, { source, outDir, log: (l) => lines.push(l) });
    grades = new Map(result.grades.map((g) => [g.student, g]));
    console.log(lines.join("\n"));
  }, 900_000);

  const statusOf = (student: string) => Object.fromEntries(grades.get(student)!.exercises.map((e) => [e.id, `${e.status} ${e.points}/${e.maxPoints}`]));

  it("gives full points to correct solutions, also in a renamed notebook in a student folder", () => {
    expect(statusOf("good")).toEqual({ "00-weighted-sum": "passed 1/1", "00-sigmoid-prime": "passed 2/2" });
    expect(statusOf("renamed")).toEqual({ "00-weighted-sum": "passed 1/1", "00-sigmoid-prime": "passed 2/2" });
  });
  it("fails a wrong answer with the input, expected and received value in the feedback", () => {
    expect(statusOf("wrong")).toEqual({ "00-weighted-sum": "passed 1/1", "00-sigmoid-prime": "failed 0/2" });
    const feedback = readFileSync(path.join(outDir, "feedback", "wrong.md"), "utf8");
    expect(feedback).toContain("- sigmoidPrime(0): expected 0.25, got 0.5");
  });
  it("reports unattempted exercises, an empty notebook and a file that is not JSON", () => {
    expect(statusOf("unattempted")).toEqual({ "00-weighted-sum": "unattempted 0/1", "00-sigmoid-prime": "unattempted 0/2" });
    expect(statusOf("empty")).toEqual({ "00-weighted-sum": "unattempted 0/1", "00-sigmoid-prime": "unattempted 0/2" });
    expect(statusOf("not-json")).toEqual({ "00-weighted-sum": "missing 0/1", "00-sigmoid-prime": "missing 0/2" });
  });
  it("cannot be faked by redefining the checks, helpers, console or Math, or by printing forged results", () => {
    expect(statusOf("tamper")).toEqual({ "00-weighted-sum": "failed 0/1", "00-sigmoid-prime": "passed 2/2" });
  });
  it("takes tests and points from the source, whatever the submission did to its grade cells", () => {
    expect(statusOf("edit-metadata")).toEqual({ "00-weighted-sum": "unattempted 0/1", "00-sigmoid-prime": "passed 2/2" });
  });
  it("keeps the course's files out of reach of relative paths and the environment", () => {
    expect(statusOf("snoop")).toEqual({ "00-weighted-sum": "failed 0/1", "00-sigmoid-prime": "passed 2/2" });
  });
  it("gives 0 for an exercise that never returns and still grades the others", () => {
    expect(statusOf("loop-in-function")).toEqual({ "00-weighted-sum": "timeout 0/1", "00-sigmoid-prime": "passed 2/2" });
    expect(statusOf("loop-at-top")).toEqual({ "00-weighted-sum": "timeout 0/1", "00-sigmoid-prime": "passed 2/2" });
  });
  it("survives process.exit and a killed kernel", () => {
    expect(statusOf("exit")).toEqual({ "00-weighted-sum": "crashed 0/1", "00-sigmoid-prime": "passed 2/2" });
    expect(statusOf("crash")).toEqual({ "00-weighted-sum": "passed 1/1", "00-sigmoid-prime": "crashed 0/2" });
  });
  it("grades the cells after a type error (tslab's 200 ms abort window) and survives megabytes of output", () => {
    expect(statusOf("type-error")).toEqual({ "00-weighted-sum": "error 0/1", "00-sigmoid-prime": "passed 2/2" });
    expect(statusOf("megabytes-of-output")).toEqual({ "00-weighted-sum": "passed 1/1", "00-sigmoid-prime": "passed 2/2" });
  });
  it("writes the gradebook and leaves the instructor's notebook unchanged", () => {
    const csv = readFileSync(path.join(outDir, "gradebook.csv"), "utf8").trim().split("\n");
    expect(csv[0]).toBe("student,notebook,exercise,points,max_points,status");
    expect(csv).toContain("good,exercise-demo.ipynb,00-sigmoid-prime,2,2,passed");
    expect(csv).toHaveLength(1 + 2 * (Object.keys(students).length + 1));
    expect(readFileSync(path.join(outDir, "summary.txt"), "utf8")).toMatch(/^Graded 15 students in [\d.]+ s; mean [\d.]+ of 3 points\./);
    expect(sourceHash()).toBe(before);
  });
});
