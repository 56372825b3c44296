/**
 * The course kernel (lib/src/kernel): in a learner's notebook a wrong, throwing or non-compiling answer
 * never stops the notebook; the check cells say what is wrong in plain words; no output shows a stack
 * trace or an absolute path; the ■ button ends training with one line and a usable network.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { describe, expect, it } from "vitest";
import { KERNEL_ENV, KERNEL_NODE_FLAGS, findJupyter, repoRoot } from "../../scripts/kernel/jupyter";
import { runNotebook, type CellRun } from "../../scripts/kernel/run-notebook";
import { TROUBLED_02, learnerCopy } from "../helpers/learner";
import { testJupyterEnv, testOutputDir } from "../helpers/notebooks";

const printed = (cell: CellRun) => cell.outputs.map((o) => String(o.text ?? "")).join("");
/** A stack frame, or a path of this machine: what a learner must never be shown. */
const LEAKS = new RegExp(`^\\s+at |${[repoRoot, os.tmpdir(), os.homedir()].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}`, "m");

describe.sequential("the course kernel", () => {
  const env = testJupyterEnv();

  it("runs a learner's notebook 02 to the end whatever the answers, and the checks say what is wrong", async () => {
    const file = learnerCopy("02-perceptron.ipynb", TROUBLED_02, mkdtempSync(path.join(testOutputDir, "learner-")));
    const run = await runNotebook(file, { env, mode: "continue" });
    expect(run.cells.filter((c) => c.status !== "ok").map((c) => `${c.index} ${c.status} ${c.stderr}`)).toEqual([]);
    expect(run.cells.length).toBeGreaterThan(20);
    const text = run.cells.map((c) => printed(c) + c.stderr).join("\n");
    expect(text).not.toMatch(LEAKS);
    const out = (firstLine: string) => printed(run.cells.find((c) => c.firstLine.startsWith(firstLine))!);
    const stderr = (firstLine: string) => run.cells.find((c) => c.firstLine.startsWith(firstLine))!.stderr;
    expect(out('nn.check("02-weighted-sum"')).toContain("… weightedSum: not attempted yet (1 point).");
    expect(stderr("function perceptron")).toBe("✖ RangeError: oops\nA line outside your function threw; your function is kept and checked below.\n");
    expect(out('nn.check("02-perceptron"')).toContain("threw RangeError: oops");
    expect(stderr("function sigmoidNeuron")).toBe("✖ This cell does not compile yet, so sigmoidNeuron cannot run:\n" +
      "  line 4, column 31: ')' expected.\n      return 1 / (1 + Math.exp(-z);\n" +
      "Fix it and run this cell again. The check cell below says the same, and the rest of the notebook still runs.\n");
    expect(out('nn.check("02-sigmoid-neuron"')).toBe("✖ sigmoidNeuron does not compile yet: line 4: ')' expected. (`return 1 / (1 + Math.exp(-z);`)\n" +
      "  Fix that line in your solution cell, run the cell, then run this check again (1 point at stake).\n");
    expect(out('nn.check("02-tipping-weight"')).toBe("… tippingWeight calls weightedSum, which is not implemented yet: " +
      "finish weightedSum (exercise 02-weighted-sum) first, then run this check again.\n");
    const progress = out('nn.progress("02")');
    expect(progress).toContain("✖ sigmoidNeuron (1 point): does not compile yet");
    expect(progress).toContain("… tippingWeight (2 points): waits for weightedSum");
    expect(progress).toContain("✖ perceptron (1 point): 0/");
  }, 240_000);

  it("a cell that is not a solution still fails as in tslab, in one plain line", async () => {
    const dir = mkdtempSync(path.join(testOutputDir, "plain-"));
    const file = path.join(dir, "plain.ipynb");
    writeFileSync(file, JSON.stringify(notebook(['import * as nn from "dlbasics";', "nn.matmul(nn.zeros([2, 3]), nn.zeros([2, 3]));", "console.log(1);"])));
    const run = await runNotebook(file, { env, mode: "stop" });
    expect(run.cells.map((c) => c.status)).toEqual(["ok", "error", "not-run"]);
    expect(run.cells[1]!.stderr).toMatch(/^ShapeError: matmul: columns of a must equal rows of b, got a \[2, 3\] and b \[2, 3\]\. [^\n]+\n$/);
  }, 120_000);

  it("runs with the garbage-collector flags and malloc setting that keep a class server's kernels small", async () => {
    const dir = mkdtempSync(path.join(testOutputDir, "flags-"));
    const file = path.join(dir, "flags.ipynb");
    writeFileSync(file, JSON.stringify(notebook(["console.log(JSON.stringify([process.execArgv, process.env.MALLOC_ARENA_MAX]));"])));
    const run = await runNotebook(file, { env, mode: "stop" });
    expect(run.cells[0]!.status).toBe("ok");
    const [flags, arenas] = JSON.parse(printed(run.cells[0]!));
    expect(flags).toEqual(expect.arrayContaining([...KERNEL_NODE_FLAGS]));
    expect(arenas).toBe(KERNEL_ENV.MALLOC_ARENA_MAX);
  }, 120_000);

  it("a notebook outside the course folder gets one line on how to open it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dlbasics-outside-"));
    const file = path.join(dir, "copied.ipynb");
    writeFileSync(file, JSON.stringify(notebook(['import * as nn from "dlbasics";'])));
    const run = await runNotebook(file, { env, mode: "stop" });
    expect(run.cells[0]!.status).toBe("error");
    expect(run.cells[0]!.stderr).toBe(`This notebook is not inside the course folder, so it cannot load the course library (dlbasics). ` +
      `Move or copy it into ${repoRoot}/workspace/ and open the course with \`npm start\` in ${repoRoot}.\n`);
  }, 120_000);

  it("the ■ button ends training with one line, and the network keeps the weights of its last complete epoch", () => {
    const setup = 'nn.setSeed(1);\nconst small = nn.stratifiedSample(training, { total: 3000 });';
    const cells = [
      `import * as nn from "dlbasics";\nconst { training, validation } = nn.loadMnist();\n${setup}\nconst net = new nn.Network([784, 30, 10], { init: "scaled" });`,
      "const history = nn.train(net, small, { epochs: 400, miniBatchSize: 10, learningRate: 3.0, log: true });",
      // the same start and the same shuffles, trained for 1 … 12 epochs: how far each is from the stopped network
      "function distanceAfter(epochs: number): number {\n  nn.setSeed(1);\n  const again = nn.stratifiedSample(training, { total: 3000 });\n" +
        '  const twin = new nn.Network([784, 30, 10], { init: "scaled" });\n' +
        "  nn.train(twin, again, { epochs: epochs, miniBatchSize: 10, learningRate: 3.0 });\n" +
        "  return Math.max(...twin.weights.map((w, l) => Math.max(...w.data.map((v, i) => Math.abs(v - net.weights[l].data[i])))));\n}\n" +
        "console.log(JSON.stringify({ distances: Array.from({ length: 12 }, (_, k) => distanceAfter(k + 1)), accuracy: nn.score(net, validation).accuracy }));",
    ];
    const request = { cwd: path.join(repoRoot, "notebooks"), cells, interrupt: { cell: 1, after: "Epoch 2 complete" } };
    const run = spawnSync(findJupyter(env)!.python, [path.join(__dirname, "interrupt_kernel.py")], { input: JSON.stringify(request), encoding: "utf8", env, timeout: 300_000 });
    expect(run.status, run.stderr).toBe(0);
    const [, training, after] = JSON.parse(run.stdout).cells;
    expect(training.status).toBe("error"); // the cell stopped, as the ■ button asks
    expect(training.stderr).toBe("");
    const stopped = /Training stopped after epoch (\d+) of 400; the network keeps the weights of epoch (\d+)\.\n$/.exec(training.stdout);
    expect(stopped, training.stdout).not.toBeNull();
    expect(stopped![1]).toBe(stopped![2]);
    const epoch = Number(stopped![1]);
    expect(epoch).toBeGreaterThanOrEqual(2);
    expect(epoch).toBeLessThanOrEqual(12);
    expect(training.stdout).not.toMatch(LEAKS);
    // the network is usable afterwards, and holds exactly the weights of that epoch
    expect(after.status, after.stderr).toBe("ok");
    const { distances, accuracy } = JSON.parse(after.stdout);
    expect(distances[epoch - 1]).toBe(0);
    expect(distances.filter((d: number) => d === 0)).toHaveLength(1);
    expect(accuracy).toBeGreaterThan(0.5);
  }, 300_000);
});

function notebook(sources: string[]): object {
  return {
    nbformat: 4, nbformat_minor: 4,
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    cells: sources.map((source) => ({ cell_type: "code", metadata: {}, source, outputs: [], execution_count: null })),
  };
}
