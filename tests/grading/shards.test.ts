/**
 * Grading a class on several machines: a small class of notebook 02 (right, wrong, unattempted, hostile,
 * unreadable, a spreadsheet formula and a Korean name) graded once, in 2 shards merged (through the
 * command line, both shards at once) and in 3 shards merged (through the functions). The merged
 * gradebook, feedback files and saved results equal one run's byte for byte; the summaries equal apart
 * from the time in their first line ("in 12.3 s"). Then the bad command lines and merges that are refused,
 * and the Kubernetes Indexed Job in hub/ checked against the Kubernetes schemas (kubernetes-models).
 * The command-line shards print in Korean (the default): the files are the same whatever --lang says.
 */
import { spawn } from "child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { Job } from "kubernetes-models/batch/v1/Job";
import { beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { gradeFolder } from "../../scripts/grading/grader";
import { mergeShards } from "../../scripts/grading/merge";
import { readNotebook, releaseNotebook, type Notebook } from "../../scripts/grading/notebook";
import { inShard, parseShard, type ShardRecord } from "../../scripts/grading/shards";
import { repoRoot } from "../../scripts/kernel/jupyter";

const source = path.join(repoRoot, "notebooks", "02-perceptron.ipynb");
const RIGHT: Record<string, string> = {
  "02-weighted-sum-answer": "function weightedSum(w: number[], x: number[], b: number): number {\n  let z = b;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return z;\n}",
  "02-perceptron-answer": "function perceptron(w: number[], x: number[], b: number): number {\n  let z = b;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return z >= 0 ? 1 : 0;\n}",
  "02-sigmoid-neuron-answer": "function sigmoidNeuron(w: number[], x: number[], b: number): number {\n  let z = b;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return 1 / (1 + Math.exp(-z));\n}",
  "02-tipping-weight-answer": "function tippingWeight(w: number[], x: number[], b: number, j: number): number {\n  if (x[j] === 0) return NaN;\n  let z = b;\n  for (let k = 0; k < w.length; k++) z += w[k] * x[k];\n  return w[j] - z / x[j];\n}",
};

/** The released notebook 02 with these solution cells (by grade_id); the others keep their stub. */
function submission(solutions: Record<string, string>): string {
  const nb: Notebook = releaseNotebook(readNotebook(source));
  for (const cell of nb.cells) {
    const id = cell.metadata.nbgrader?.grade_id;
    if (id && solutions[id] !== undefined) cell.source = solutions[id]!;
  }
  return JSON.stringify(nb);
}

const students: Record<string, string> = {
  right: submission(RIGHT),
  "=1+2": submission(RIGHT),
  // Decides "no" on the threshold, and leaves the last exercise alone.
  wrong: submission({ ...RIGHT, "02-perceptron-answer": "function perceptron(w: number[], x: number[], b: number): number {\n  let z = b;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return z > 0 ? 1 : 0;\n}", "02-tipping-weight-answer": "// YOUR CODE HERE" }),
  unattempted: submission({}),
  // Patches what a comparison would use and returns nonsense.
  "김철수": submission({ ...RIGHT, "02-weighted-sum-answer": "Object.is = () => true; Math.abs = () => 0; Number.isFinite = () => true; Number.isNaN = () => false;\nfunction weightedSum(w: number[], x: number[], b: number): number { return 0; }" }),
  "not-json": "this is not a notebook {",
};

const dir = mkdtempSync(path.join(os.tmpdir(), "dlbasics-shards-test-"));
const folder = path.join(dir, "class");
const workRoot = mkdtempSync(path.join(os.tmpdir(), "dlbasics-shards-work-"));
chmodSync(workRoot, 0o711); // the sandbox's user must pass through it to its run folder
const out = (name: string) => path.join(dir, name);
const tsNode = path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js");

/** `npm run grade -- …args` as npm runs it (transpiled only, to start fast: type checking is tsc's job); its exit status and output. */
function grade(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsNode, "scripts/grade.ts", ...args], { cwd: repoRoot, env: { ...process.env, INIT_CWD: repoRoot, TS_NODE_TRANSPILE_ONLY: "true" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every file of an output folder (feedback, saved results, gradebook, summary) but shard.json, by relative path. */
function files(root: string, under = ""): Map<string, string> {
  return new Map(readdirSync(path.join(root, under), { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1)).flatMap((e) => {
    const rel = path.join(under, e.name);
    if (e.isDirectory()) return [...files(root, rel)];
    return rel === "shard.json" ? [] : [[rel, readFileSync(path.join(root, rel), "utf8")] as [string, string]];
  }));
}

/** The one timing figure of the outputs: the summary's "Graded 6 students in 12.3 s". */
const withoutTime = (summary: string) => summary.replace(/^(Graded \d+ students in )[\d.]+( s;)/, "$1…$2");

describe("grading a class in shards, merged", () => {
  const seconds: Record<string, number> = {};

  beforeAll(async () => {
    mkdirSync(folder);
    for (const [student, text] of Object.entries(students)) writeFileSync(path.join(folder, `${student}.ipynb`), text);
    const options = { source, workRoot, limits: { memoryBytes: 2 * 1024 ** 3 }, log: () => {} };
    let t0 = Date.now();
    const log: string[] = [];
    await gradeFolder(folder, { ...options, outDir: out("one"), parallel: 2, log: (l) => log.push(l) });
    seconds.one = (Date.now() - t0) / 1000;
    t0 = Date.now();
    const cli = await Promise.all([1, 2].map((i) => grade([folder, "--source", source, "--shard", `${i}/2`, "--out", out(`two-${i}`), "--parallel", "1"])));
    for (const r of cli) expect(r.code, r.stdout + r.stderr).toBe(0);
    const merged = await grade(["--merge", out("two-1"), out("two-2"), "--out", out("two")]);
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    seconds.two = (Date.now() - t0) / 1000;
    t0 = Date.now();
    await Promise.all([1, 2, 3].map((i) => gradeFolder(folder, { ...options, outDir: out(`three-${i}`), parallel: 1, shard: { index: i, count: 3 } })));
    await mergeShards([1, 2, 3].map((i) => out(`three-${i}`)), out("three"), () => {});
    seconds.three = (Date.now() - t0) / 1000;
    // 6 submissions, 5 of them run in a kernel (not-json is not), plus a reference run per shard; 2 cores.
    const each = log.flatMap((l) => /^\[\d+\/\d+\] .* in ([\d.]+) s$/.exec(l)?.[1] ?? []).map(Number).filter((s) => s > 0.5);
    console.log(log.join("\n"));
    console.log(`one run, 2 at a time: ${each.length} submissions graded in a kernel, ${(each.reduce((a, b) => a + b, 0) / each.length).toFixed(1)} s each on average (reference ${/reference done in ([\d.]+) s/.exec(log.join("\n"))?.[1]} s)`);
    console.log(`grading 6 submissions of 02 on ${os.cpus().length} cores: one run ${seconds.one.toFixed(1)} s, 2 shards + merge (command line) ${seconds.two.toFixed(1)} s, 3 shards + merge ${seconds.three.toFixed(1)} s`);
  }, 600_000);

  it("gives the students the grades one run gives them", () => {
    const csv = readFileSync(path.join(out("one"), "gradebook.csv"), "utf8");
    expect(csv).toContain("right,02-perceptron.ipynb,02-tipping-weight,2,2,passed");
    expect(csv).toContain("'=1+2,02-perceptron.ipynb,02-weighted-sum,1,1,passed");
    expect(csv).toContain("wrong,02-perceptron.ipynb,02-perceptron,0,1,failed");
    expect(csv).toContain("unattempted,02-perceptron.ipynb,02-weighted-sum,0,1,unattempted");
    expect(csv).toContain("김철수,02-perceptron.ipynb,02-weighted-sum,0,1,failed");
    expect(csv).toContain("not-json,02-perceptron.ipynb,02-weighted-sum,0,1,unreadable");
    expect(csv.trim().split("\n")).toHaveLength(1 + 4 * 6);
  });

  for (const merged of ["two", "three"]) {
    it(`${merged === "two" ? 2 : 3} shards merged: the same gradebook, feedback files and results byte for byte, the same summary but its time`, () => {
      const one = files(out("one"));
      const other = files(out(merged));
      expect([...other.keys()]).toEqual([...one.keys()]);
      expect([...one.keys()]).toEqual(expect.arrayContaining(["gradebook.csv", "summary.txt", "feedback/김철수.md", "feedback/=1+2.md", ".results/right.json"]));
      for (const [name, text] of one) {
        if (name === "summary.txt") expect(withoutTime(other.get(name)!), name).toBe(withoutTime(text));
        else expect(other.get(name), name).toBe(text);
      }
    });
  }

  it("shares the class by sorted name, every N-th, each student in one shard, whatever the order given", () => {
    const names = ["b", "a", "김철수", "=1+2", "Z", "c"];
    const sorted = ["=1+2", "Z", "a", "b", "c", "김철수"];
    expect([...inShard(names, { index: 1, count: 3 })].sort()).toEqual([sorted[0], sorted[3]].sort());
    expect([...inShard([...names].reverse(), { index: 2, count: 3 })].sort()).toEqual([sorted[1], sorted[4]].sort());
    const shares = [1, 2, 3].map((index) => [...inShard(names, { index, count: 3 })]);
    expect(shares.flat().sort()).toEqual(sorted);
    const record = (i: number) => JSON.parse(readFileSync(path.join(out(`three-${i}`), "shard.json"), "utf8")) as ShardRecord;
    expect([1, 2, 3].map((i) => record(i).share.length)).toEqual([2, 2, 2]);
    expect(record(2)).toMatchObject({ shard: 2, of: 3, notebook: "02-perceptron.ipynb", complete: true });
    // Each shard's own gradebook holds its students only.
    expect(readFileSync(path.join(out("three-1"), "gradebook.csv"), "utf8").trim().split("\n")).toHaveLength(1 + 4 * 2);
  });

  it("refuses a missing, duplicated, unfinished or foreign shard, and students graded twice", async () => {
    const three = [1, 2, 3].map((i) => out(`three-${i}`));
    const refused = (dirs: string[]) => mergeShards(dirs, out(`refused-${Math.random().toString(36).slice(2)}`), () => {});
    await expect(refused([three[0]!, three[2]!])).rejects.toThrow("shard 2/3 missing: merge all 3 shards");
    await expect(refused([three[0]!, three[1]!, three[1]!])).rejects.toThrow(`shard 2/3 is given twice: ${three[1]} and ${three[1]}`);
    await expect(refused([out("two-1"), three[1]!, three[2]!])).rejects.toThrow("is one of 3 shards");
    await expect(refused([out("one")])).rejects.toThrow(`${out("one")} is not the output of a shard (no shard.json)`);
    const altered = (name: string, from: string, change: (r: ShardRecord) => void) => {
      cpSync(from, out(name), { recursive: true });
      const file = path.join(out(name), "shard.json");
      const r = JSON.parse(readFileSync(file, "utf8")) as ShardRecord;
      change(r);
      writeFileSync(file, JSON.stringify(r));
      return out(name);
    };
    await expect(refused([three[0]!, altered("other-class", three[1]!, (r) => (r.class = "0".repeat(64))), three[2]!])).rejects.toThrow("graded different class folders");
    await expect(refused([three[0]!, altered("other-source", three[1]!, (r) => (r.source = "f".repeat(64))), three[2]!])).rejects.toThrow("shards of different source notebooks");
    await expect(refused([three[0]!, altered("unfinished", three[1]!, (r) => (r.complete = false)), three[2]!])).rejects.toThrow("did not finish grading");
    // Shard 1's students, labelled shard 2: they would be graded twice (and shard 2's not at all).
    await expect(refused([three[0]!, altered("overlap", three[0]!, (r) => (r.shard = 2)), three[2]!])).rejects.toThrow("was graded by two shards");
  });

  it("answers a bad --shard in one line, saying what was expected and found, with exit status 2", async () => {
    for (const [given, found] of [["0/3", "found 0/3"], ["4/3", "found 4/3 (there is no shard 4 of 3)"], ["x", 'found "x"'], ["1/0", "found 1/0"]] as const) {
      expect(() => parseShard(given)).toThrow(`expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), ${found}`);
    }
    const r = await grade([folder, "--shard", "4/3", "--out", out("bad"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["grade: expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found 4/3 (there is no shard 4 of 3)"]);
    expect(existsSync(out("bad"))).toBe(false);
  });
});

describe("hub/grade-job.yaml", () => {
  const manifest = YAML.parse(readFileSync(path.join(repoRoot, "hub", "grade-job.yaml"), "utf8"));

  it("is a valid batch/v1 Job by the Kubernetes schemas (types, required fields, enums)", () => {
    expect(() => new Job(manifest).validate()).not.toThrow();
    // The check is real: a wrong type or a missing required field is refused.
    expect(() => new Job({ ...manifest, spec: { ...manifest.spec, completions: "three" } }).validate()).toThrow("completions must be integer");
  });

  it("names only fields the schema of its Kubernetes version knows (the schemas let unknown names through)", () => {
    const schemas = path.join(repoRoot, "node_modules", "kubernetes-models", "_schemas");
    const known = (schema: string) => readFileSync(path.join(schemas, `${schema}.js`), "utf8");
    for (const key of Object.keys(manifest.spec)) expect(known("IoK8sApiBatchV1JobSpec"), key).toContain(`"${key}"`);
    const container = manifest.spec.template.spec.containers[0];
    for (const key of Object.keys(container)) expect(known("IoK8sApiCoreV1Container"), key).toContain(`"${key}"`);
    for (const key of Object.keys(container.securityContext)) expect(known("IoK8sApiCoreV1SecurityContext"), key).toContain(`"${key}"`);
  });

  it("runs N pods of one Indexed Job, pod k grading shard k+1 of N into its own folder of a shared volume", () => {
    expect(manifest).toMatchObject({ apiVersion: "batch/v1", kind: "Job", spec: { completionMode: "Indexed", template: { spec: { restartPolicy: "Never" } } } });
    const { completions, parallelism } = manifest.spec;
    const container = manifest.spec.template.spec.containers[0];
    const env = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(parallelism).toBe(completions);
    expect(Number(env.SHARDS)).toBe(completions);
    expect(container.image).toBe("dlbasics-course:latest");
    const command = [...container.command, ...container.args].join(" ");
    expect(command).toContain('npm run grade -- "/class/$CLASS"');
    expect(command).toContain('--shard "$((JOB_COMPLETION_INDEX + 1))/$SHARDS"');
    expect(command).toContain('--out "/grades/$CLASS/shard-$((JOB_COMPLETION_INDEX + 1))"');
    expect(command).not.toContain("--no-sandbox");
    expect(container.volumeMounts).toEqual(expect.arrayContaining([expect.objectContaining({ mountPath: "/class", readOnly: true }), expect.objectContaining({ mountPath: "/grades" })]));
  });
});
