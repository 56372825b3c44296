/**
 * The grader end to end on real tslab kernels, each submission in its sandbox: a class of honest and
 * hostile submissions of the exercise demo fixture, graded in one run two at a time. Honest students'
 * points are exact, no hostile student gains a point, every student and exercise has a gradebook row,
 * no process is left and nothing is written outside the output folder. Then an interrupted run and
 * its resumption.
 */
import { spawn, spawnSync } from "child_process";
import { createHash } from "crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { gradeFolder, type StudentGrade } from "../../scripts/grading/grader";
import { readNotebook, releaseNotebook, type Notebook } from "../../scripts/grading/notebook";

const source = path.join(repoRoot, "tests", "fixtures", "exercise-demo.ipynb");
const WEIGHTED_SUM = "function weightedSum(w: number[], x: number[], b: number): number {\n  let z = b;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return z;\n}";
const SIGMOID_PRIME = "function sigmoidPrime(z: number): number {\n  const s = 1 / (1 + Math.exp(-z));\n  return s * (1 - s);\n}";
const STUB_WS = 'function weightedSum(w: number[], x: number[], b: number): number {\n  // YOUR CODE HERE\n  throw new Error("not implemented yet");\n}';
const MARKER = `owned-${process.pid}-${Date.now()}`;

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

const dir = mkdtempSync(path.join(os.tmpdir(), "dlbasics-grade-test-"));
const folder = path.join(dir, "submitted");
const outDir = path.join(dir, "grades");
const workRoot = mkdtempSync(path.join(os.tmpdir(), "dlbasics-grade-work-"));
chmodSync(workRoot, 0o711); // the sandbox's user must pass through it to its run folder

const attacks = {
  // Reads the run's tag from the notebook on disk, prints forged results first and rewrites its own result lines.
  forger: `const fs = require("fs");
const tag = (fs.readFileSync("notebook.ipynb", "utf8").match(/[0-9a-f]{24}/) ?? [""])[0];
for (const c of ["v0", "v1", "v2", "h0", "h1"]) process.stdout.write("⟦" + tag + "⟧" + JSON.stringify({ id: "00-weighted-sum", case: c, outcome: { kind: "value", value: 11.5 } }) + "\\n");
const write = process.stdout.write.bind(process.stdout);
(process.stdout as any).write = (chunk: any, ...rest: any[]) => write(String(chunk).replace(/"kind":"(unattempted|threw|timeout)"[^}]*/g, '"kind":"value","value":11.5'), ...rest);
${STUB_WS}`,
  // Patches what a comparison would use, and the notebook's nn, through tslab's own exports.
  patcher: `Object.is = () => true; Math.abs = () => 0; Number.isFinite = () => true; Number.isNaN = () => false;
const t = (globalThis as any).__tslab__; if (t && t.exports) { try { t.exports.nn = { thrownAsText: (f: any) => f }; } catch {} }
function weightedSum(w: number[], x: number[], b: number): number { return 0; }`,
  // Replaces the library in require.cache and tslab's require, and the grader's helper file in its folder.
  "fake-library": `const fs = require("fs");
const real = require("dlbasics");
const fake = { ...real, hiddenChecks: () => console.log("✔ all tests passed"), compareValues: () => undefined, getExercise: () => ({ cases: [], name: "x" }) };
for (const k of Object.keys(require.cache)) if (k.includes("/lib/dist/") || k.includes("dlbasics")) require.cache[k]!.exports = fake;
const t = (globalThis as any).__tslab__; if (t) { try { t.require = () => fake; } catch {} }
try { fs.writeFileSync("grader-realm.js", "module.exports = { call() { console.log('passed') }, record() {} };"); } catch {}
${STUB_WS}`,
  // Looks for a classmate's notebook: the class folder by absolute path, sibling run folders, /tmp.
  classmate: `const fs = require("fs"), p = require("path");
let text = "";
const tryRead = (f: string) => { try { text ||= fs.readFileSync(f, "utf8"); } catch {} };
tryRead(${JSON.stringify(path.join(folder, "good.ipynb"))});
for (const base of ["..", "../..", "/tmp", ${JSON.stringify(os.tmpdir())}, ${JSON.stringify(workRoot)}]) {
  try { for (const d of fs.readdirSync(base)) { tryRead(p.join(base, d, "notebook.ipynb")); try { for (const e of fs.readdirSync(p.join(base, d))) tryRead(p.join(base, d, e, "notebook.ipynb")); } catch {} } } catch {}
}
// Built here so that this cell's own text (in its own notebook) does not hold it.
const found = text.includes(["let z = b;", "  for"].join("\\\\" + "n"));
function weightedSum(w: number[], x: number[], b: number): number {
  if (!found) return -1;
  let z = b; for (let j = 0; j < w.length; j++) z += w[j] * x[j]; return z;
}`,
  // SIGKILLs every process it can see (classmates' kernels, if it could see them), then everything of its user.
  killer: `const fs = require("fs");
for (const pid of fs.readdirSync("/proc").filter((d: string) => /^\\d+$/.test(d))) { try { if (Number(pid) !== process.pid) process.kill(Number(pid), "SIGKILL"); } catch {} }
try { process.kill(-1, "SIGKILL"); } catch {}
${WEIGHTED_SUM}`,
  timer: `setInterval(() => { for (;;) {} }, 20);\n${WEIGHTED_SUM}`,
  sigint: `process.on("SIGINT", () => {});\nawait new Promise(() => {});\n${WEIGHTED_SUM}`,
  sigstop: `process.kill(process.pid, "SIGSTOP");\n${WEIGHTED_SUM}`,
  abort: `process.abort();\n${WEIGHTED_SUM}`,
  "left-running": `require("child_process").spawn("sleep", ["3615"], { detached: true, stdio: "ignore" }).unref();\n${WEIGHTED_SUM}`,
  // Tries to write into the class folder, the output folder, the checkout, /tmp and home.
  writer: `const fs = require("fs"), os = require("os"), p = require("path");
for (const d of [${JSON.stringify(folder)}, ${JSON.stringify(outDir)}, ${JSON.stringify(repoRoot)}, "/tmp", ${JSON.stringify(os.tmpdir())}, os.homedir(), "..", "/"]) {
  try { fs.writeFileSync(p.join(d, "${MARKER}"), "x"); } catch {}
}
${WEIGHTED_SUM}`,
  tamper: `const lib: any = require("dlbasics");
for (const key of ["check", "hiddenChecks", "gradingMode", "compareValues"]) { try { lib[key] = () => console.log("✔ all tests passed"); } catch {} }
console.log = () => {};
Math.max = () => 0;
function weightedSum(w: number[], x: number[], b: number): number { return 0; }`,
  snoop: `const fs = require("fs"), p = require("path");
let found = "";
const roots = [process.cwd(), process.env.INIT_CWD, process.env.npm_config_local_prefix, process.env.PWD, process.env.OLDPWD].filter(Boolean) as string[];
for (const root of roots) for (let dir = root, k = 0; k < 8; k++, dir = p.dirname(dir)) {
  for (const rel of ["tests/fixtures/exercise-demo.ipynb", "notebooks"]) { try { if (fs.existsSync(p.join(dir, rel))) found = p.join(dir, rel); } catch {} }
}
function weightedSum(w: number[], x: number[], b: number): number {
  if (!found) return -1;
  let z = b; for (let j = 0; j < w.length; j++) z += w[j] * x[j]; return z;
}`,
};

const withDuplicate = submission(undefined, SIGMOID_PRIME, (nb) => {
  const i = nb.cells.findIndex((c) => c.metadata.nbgrader?.grade_id === "00-weighted-sum-answer");
  nb.cells.splice(i + 1, 0, { ...nb.cells[i]!, source: WEIGHTED_SUM });
});

const students: Record<string, string> = {
  good: submission(WEIGHTED_SUM, SIGMOID_PRIME),
  wrong: submission(WEIGHTED_SUM, "function sigmoidPrime(z: number): number { return 1 / (1 + Math.exp(-z)); }"),
  unattempted: submission(),
  "김철수": submission(WEIGHTED_SUM, SIGMOID_PRIME),
  "이영희": submission(),
  "kim lee": submission(WEIGHTED_SUM, SIGMOID_PRIME),
  kim_lee: submission(),
  "=1+2": submission(WEIGHTED_SUM, SIGMOID_PRIME),
  duplicated: withDuplicate,
  ...Object.fromEntries(Object.entries(attacks).map(([name, code]) => [name, submission(code, SIGMOID_PRIME)])),
  // Keeps every input its functions are given and every case file it can read, and throws them all back on a
  // visible check, hoping to find the hidden inputs in its feedback.
  exfiltrator: submission(`function weightedSum(w: number[], x: number[], b: number): number {
  (globalThis as any).seen = ((globalThis as any).seen ?? []).concat([JSON.stringify([w, x, b])]);
  return 0;
}`, `function sigmoidPrime(z: number): number {
  let files = "";
  try { for (const f of require("fs").readdirSync("cases")) files += require("fs").readFileSync("cases/" + f, "utf8"); } catch {}
  throw new Error("LEAK " + ((globalThis as any).seen ?? []).join(";") + files);
}`),
  "heap-bomb": submission(WEIGHTED_SUM, `const hog: number[][] = [];\nfor (;;) hog.push(new Array(1_000_000).fill(1.5));\n${SIGMOID_PRIME}`),
  "edit-metadata": submission(undefined, SIGMOID_PRIME, (nb) => {
    for (const cell of nb.cells) {
      const m = cell.metadata.nbgrader;
      if (m?.grade) { m.points = 100; cell.source = "// no tests here"; }
    }
  }),
  "loop-in-function": submission("function weightedSum(w: number[], x: number[], b: number): number { for (;;) {} }", SIGMOID_PRIME),
  "loop-at-top": submission(`let k = 0;\nwhile (true) { k++; }\n${WEIGHTED_SUM}`, SIGMOID_PRIME),
  exit: submission(`process.exit(3);\n${WEIGHTED_SUM}`, SIGMOID_PRIME),
  crash: submission(WEIGHTED_SUM, "function sigmoidPrime(z: number): number { process.kill(process.pid, 'SIGKILL'); return 0; }"),
  "type-error": submission(`const y: number = "not a number";\n${WEIGHTED_SUM}`, SIGMOID_PRIME),
  "megabytes-of-output": submission(WEIGHTED_SUM, `console.log("x".repeat(4_000_000));\n${SIGMOID_PRIME}`),
  empty: JSON.stringify({ cells: [], metadata: {}, nbformat: 4, nbformat_minor: 4 }),
  "not-json": "this is not a notebook {",
};

const hashTree = (root: string): string => createHash("sha256").update(JSON.stringify(readdirSync(root, { recursive: true, withFileTypes: false }).sort().map((f) => {
  const full = path.join(root, String(f));
  try {
    return [f, createHash("sha256").update(readFileSync(full)).digest("hex")];
  } catch {
    return [f, "dir"];
  }
}))).digest("hex");

/** Processes whose command line contains `pattern` (read from /proc: procps may be missing). */
function processes(pattern: string): string[] {
  return readdirSync("/proc").filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid).flatMap((pid) => {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      return cmdline.includes(pattern) && !cmdline.includes("vitest") ? [`${pid} ${cmdline}`] : [];
    } catch {
      return [];
    }
  });
}

describe("npm run grade on a class of honest and hostile submissions", () => {
  let grades: Map<string, StudentGrade>;
  let log: string[];
  let classBefore: string;
  const sourceBefore = createHash("sha256").update(readFileSync(source)).digest("hex");

  beforeAll(async () => {
    mkdirSync(folder);
    for (const [student, text] of Object.entries(students)) writeFileSync(path.join(folder, `${student}.ipynb`), text);
    mkdirSync(path.join(folder, "renamed", "sub"), { recursive: true });
    writeFileSync(path.join(folder, "renamed", "sub", "my-copy (1).ipynb"), students.good!);
    mkdirSync(path.join(folder, "two-notebooks"));
    writeFileSync(path.join(folder, "two-notebooks", "exercise-demo.ipynb"), students.unattempted!);
    writeFileSync(path.join(folder, "two-notebooks", "exercise-demo (1).ipynb"), students.good!);
    symlinkSync(source, path.join(folder, "symlink.ipynb"));
    mkdirSync(path.join(folder, "linked-folder"));
    symlinkSync(source, path.join(folder, "linked-folder", "exercise-demo.ipynb"));
    classBefore = hashTree(folder);
    log = [];
    const started = Date.now();
    const result = await gradeFolder(folder, { source, outDir, parallel: 2, workRoot, limits: { memoryBytes: 2 * 1024 ** 3 }, log: (l) => log.push(`${((Date.now() - started) / 1000).toFixed(1)} s ${l}`) });
    grades = new Map(result.grades.map((g) => [g.student, g]));
    console.log(log.join("\n"));
  }, 1_200_000);

  const statusOf = (student: string) => Object.fromEntries(grades.get(student)!.exercises.map((e) => [e.id, `${e.status} ${e.points}/${e.maxPoints}`]));
  const both = (ws: string, sp: string) => ({ "00-weighted-sum": ws, "00-sigmoid-prime": sp });
  const feedback = (student: string) => readFileSync(path.join(outDir, "feedback", `${grades.get(student)!.key}.md`), "utf8");

  it("prints progress from the first second: the reference run, then each student", () => {
    expect(log[0]).toMatch(/^0\.\d s grade: \d+ submissions of exercise-demo\.ipynb \(2 exercises\), 2 at a time, bubblewrap sandbox/);
    expect(log[1]).toMatch(/^0\.\d s grade: running the reference solution/);
    expect(log.some((l) => /^\S+ s \[1\/\d+\] /.test(l))).toBe(true);
  });

  it("gives honest students their exact points, whatever their names or layout", () => {
    for (const s of ["good", "김철수", "kim lee", "=1+2", "renamed", "two-notebooks", "duplicated"]) expect(statusOf(s), s).toEqual(both("passed 1/1", "passed 2/2"));
    expect(statusOf("wrong")).toEqual(both("passed 1/1", "failed 0/2"));
    for (const s of ["unattempted", "이영희", "kim_lee", "empty"]) expect(statusOf(s), s).toEqual(both("unattempted 0/1", "unattempted 0/2"));
  });

  it("tells which visible check failed and its hint, and never a hidden input or expected value", () => {
    const text = feedback("wrong");
    expect(text).toContain("✖ sigmoidPrime(0) returned 0.5, expected 0.25 → hint: ");
    expect(text).toMatch(/\d of 4 hidden tests failed: \d returned a wrong value\./);
    for (const hidden of ["-3)", "0.7)", "(5)", "-1.25", "0.04517", "0.2217"]) expect(text).not.toContain(hidden);
  });

  it("gives no point to forged output, patched globals, a fake library, a classmate's files or the source by a link", () => {
    // Its forged lines went to its own solution cell's output, and the rewritten ones still said "not implemented".
    expect(statusOf("forger")["00-weighted-sum"]).toMatch(/^(unattempted|failed) 0\/1$/);
    expect(statusOf("forger")["00-sigmoid-prime"]).toBe("passed 2/2");
    expect(statusOf("patcher")).toEqual(both("failed 0/1", "passed 2/2"));
    expect(statusOf("exfiltrator")).toEqual(both("failed 0/1", "failed 0/2"));
    expect(feedback("exfiltrator")).toContain("threw Error: LEAK ");
    for (const hidden of ["3,-1", "-1.4", "0.1,0.2,0.3"]) expect(feedback("exfiltrator")).not.toContain(hidden);
    // It broke the grader's helper in its own folder: nothing of it can be called any more.
    expect(statusOf("fake-library")).toEqual(both("error 0/1", "error 0/2"));
    expect(statusOf("tamper")).toEqual(both("failed 0/1", "passed 2/2"));
    expect(statusOf("classmate")).toEqual(both("failed 0/1", "passed 2/2"));
    expect(statusOf("snoop")).toEqual(both("failed 0/1", "passed 2/2"));
    expect(statusOf("edit-metadata")).toEqual(both("unattempted 0/1", "passed 2/2"));
    expect(statusOf("symlink")).toEqual(both("unreadable 0/1", "unreadable 0/2"));
    expect(feedback("symlink")).toContain("symbolic link");
    expect(statusOf("linked-folder")).toEqual(both("unreadable 0/1", "unreadable 0/2"));
  });

  it("stops denial of service with a status and a reason, and still grades the other exercise", () => {
    expect(statusOf("killer")).toEqual(both("killed 0/1", "passed 2/2"));
    for (const s of ["timer", "sigstop"]) expect(statusOf(s), s).toEqual(both("killed 0/1", "passed 2/2"));
    // tslab may end itself on the interrupt it cannot deliver: killed or crashed, with a reason either way.
    expect(statusOf("sigint")["00-weighted-sum"]).toMatch(/^(killed|crashed) 0\/1$/);
    expect(statusOf("sigint")["00-sigmoid-prime"]).toBe("passed 2/2");
    for (const s of ["abort", "exit"]) expect(statusOf(s), s).toEqual(both("crashed 0/1", "passed 2/2"));
    expect(statusOf("heap-bomb")).toEqual(both("passed 1/1", "crashed 0/2"));
    expect(statusOf("crash")).toEqual(both("passed 1/1", "crashed 0/2"));
    expect(statusOf("loop-in-function")).toEqual(both("timeout 0/1", "passed 2/2"));
    expect(statusOf("loop-at-top")).toEqual(both("timeout 0/1", "passed 2/2"));
    expect(statusOf("type-error")).toEqual(both("error 0/1", "passed 2/2"));
    expect(statusOf("megabytes-of-output")).toEqual(both("passed 1/1", "passed 2/2"));
    expect(statusOf("not-json")).toEqual(both("unreadable 0/1", "unreadable 0/2"));
    expect(feedback("sigstop")).toContain("the grader stopped your code: the cell did not stop when interrupted");
    expect(feedback("abort")).toContain("the kernel stopped");
    // Only TypeScript's diagnostics are quoted (made from the cell's source before it runs).
    expect(feedback("type-error")).toContain("the tests could not call your function: 1:7 - Type 'string' is not assignable to type 'number'.");
  });

  it("leaves no process running and writes nothing outside the output folder", () => {
    expect(statusOf("left-running")).toEqual(both("passed 1/1", "passed 2/2"));
    expect(statusOf("writer")).toEqual(both("passed 1/1", "passed 2/2"));
    expect(processes("sleep 3615")).toEqual([]);
    expect(processes(workRoot)).toEqual([]);
    expect(readdirSync(workRoot)).toEqual([]);
    const found = spawnSync("find", [repoRoot, "/tmp", os.tmpdir(), os.homedir(), "/", "-xdev", "-maxdepth", "3", "-name", `${MARKER}*`], { encoding: "utf8" }).stdout.trim();
    expect(found).toBe("");
    expect(hashTree(folder)).toBe(classBefore);
    expect(createHash("sha256").update(readFileSync(source)).digest("hex")).toBe(sourceBefore);
  });

  it("writes a gradebook row for every student and exercise, with names a spreadsheet shows as text", () => {
    const csv = readFileSync(path.join(outDir, "gradebook.csv"), "utf8").trim().split("\n");
    expect(csv[0]).toBe("student,notebook,exercise,points,max_points,status");
    expect(csv).toHaveLength(1 + 2 * grades.size);
    expect(grades.size).toBe(Object.keys(students).length + 4);
    expect(csv).toContain("good,exercise-demo.ipynb,00-sigmoid-prime,2,2,passed");
    expect(csv).toContain("'=1+2,exercise-demo.ipynb,00-weighted-sum,1,1,passed");
    expect(csv).toContain("김철수,exercise-demo.ipynb,00-weighted-sum,1,1,passed");
    expect(readFileSync(path.join(outDir, "summary.txt"), "utf8")).toMatch(new RegExp(`^Graded ${grades.size} students in [\\d.]+ s; mean [\\d.]+ of 3 points\\.`));
  });

  it("keys feedback files by readable names that never collide, with a line for each rule applied", () => {
    const files = readdirSync(path.join(outDir, "feedback"));
    expect(files).toEqual(expect.arrayContaining(["김철수.md", "이영희.md", "kim lee.md", "kim_lee.md", "=1+2.md"]));
    expect(files).toHaveLength(grades.size);
    expect(feedback("kim lee")).toContain("# Feedback for kim lee");
    expect(feedback("duplicated")).toContain("2 solution cells for 00-weighted-sum-answer; the grader took the last one you changed");
    expect(feedback("two-notebooks")).toContain("Your folder holds 2 notebooks (exercise-demo (1).ipynb, exercise-demo.ipynb); the grader took exercise-demo (1).ipynb");
    expect(feedback("renamed")).toContain("Graded sub/my-copy (1).ipynb as exercise-demo.ipynb.");
  });
});

describe("grading without a sandbox", () => {
  it("is refused unless asked for, naming the package to install", async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), "dlbasics-grade-none-"));
    await expect(gradeFolder(empty, { source, outDir: path.join(empty, "out"), sandbox: { kind: "none", description: "no sandbox (bubblewrap does not run here: test)" } }))
      .rejects.toThrow("no sandbox (bubblewrap does not run here: test). Install it (Debian/Ubuntu: apt-get install bubblewrap), or pass --no-sandbox");
  });
});

describe("an interrupted grading run", () => {
  it("keeps the results it had, and a second run resumes", async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), "dlbasics-grade-resume-"));
    const submitted = path.join(base, "submitted");
    const out = path.join(base, "grades");
    mkdirSync(submitted);
    for (const s of ["good", "wrong", "unattempted"]) writeFileSync(path.join(submitted, `${s}.ipynb`), students[s]!);
    const grade = () => spawn(process.execPath, [path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js"), "scripts/grade.ts", submitted, "--source", source, "--out", out, "--parallel", "1", "--lang", "en"],
      { cwd: repoRoot, env: { ...process.env, INIT_CWD: repoRoot }, stdio: ["ignore", "pipe", "pipe"] });
    const first = grade();
    let printed = "";
    await new Promise<void>((resolve) => first.stdout.on("data", (d: Buffer) => {
      printed += d.toString();
      if (printed.includes("[1/3]")) {
        first.kill("SIGKILL");
        resolve();
      }
    }));
    await new Promise((r) => setTimeout(r, 1000));
    expect(readFileSync(path.join(out, "gradebook.csv"), "utf8").trim().split("\n")).toHaveLength(1 + 2);
    expect(processes(path.join(base, "submitted"))).toEqual([]);
    const second = grade();
    let resumed = "";
    second.stdout.on("data", (d: Buffer) => (resumed += d.toString()));
    const code = await new Promise((r) => second.on("close", r));
    expect(code, resumed).toBe(0);
    expect(resumed).toContain("1 results kept from an earlier run of the same submissions; grading the other 2.");
    expect(readFileSync(path.join(out, "gradebook.csv"), "utf8").trim().split("\n")).toHaveLength(1 + 2 * 3);
    expect(existsSync(path.join(out, "feedback", "wrong.md"))).toBe(true);
    // The killed grader's temporary folder was removed by the second run.
    expect(readdirSync(os.tmpdir()).filter((n) => n.startsWith(`dlbasics-grade-${first.pid}-`))).toEqual([]);
  }, 300_000);
});
