/**
 * `npm start` on a machine with an empty home: it registers this checkout's course kernel at user level
 * (and repairs a stale one), creates the learner's workspace and serves it on localhost, and a notebook
 * kernel started through that server imports the course library. `--instructor` serves the sources
 * instead. Without Jupyter it prints how to install it and exits non-zero. It speaks Korean unless
 * given --lang en (tests/i18n/messages-scripts.test.ts checks both languages).
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, describe, expect, it } from "vitest";
import { KERNEL_NODE_FLAGS, courseKernelPath, findJupyter, repoRoot } from "../../scripts/kernel/jupyter";
import { testOutputDir } from "../helpers/notebooks";
import { freePort, waitForServer } from "../helpers/server";

const tsNode = path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js");
const startScript = path.join(repoRoot, "scripts", "start.ts");

/** A workspace for a test, inside the checkout (the workspace must be) and git-ignored. */
function scratchWorkspace(): string {
  mkdirSync(testOutputDir, { recursive: true });
  return path.join(mkdtempSync(path.join(testOutputDir, "start-")), "workspace");
}

/** The environment of a learner with a fresh home and no Jupyter settings. */
function freshHome(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const home = mkdtempSync(path.join(os.tmpdir(), "dlbasics-home-"));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, ...extra };
  for (const key of Object.keys(env)) if (key.startsWith("JUPYTER") || key === "IPYTHONDIR") delete env[key];
  return env;
}

describe("npm start without Jupyter", () => {
  it("prints how to install Jupyter and exits non-zero, without a stack trace", () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), "dlbasics-bin-"));
    symlinkSync(process.execPath, path.join(bin, "node"));
    const env = freshHome({ PATH: bin });
    const result = spawnSync(process.execPath, [tsNode, startScript], { env, encoding: "utf8", cwd: repoRoot });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Jupyter가 설치되어 있지 않거나 `jupyter` 명령이 PATH에 없습니다.");
    expect(result.stderr).toContain("pip install jupyterlab plotly");
    expect(result.stderr).toContain("apt-get install jupyter-notebook");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("npm start with Jupyter", () => {
  const env = freshHome();
  const kernelDir = path.join(env.HOME!, ".local", "share", "jupyter", "kernels", "tslab");
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill("SIGTERM");
  });

  it("repairs a kernelspec left by a checkout that moved", () => {
    mkdirSync(kernelDir, { recursive: true });
    writeFileSync(path.join(kernelDir, "kernel.json"), JSON.stringify({ argv: ["/moved/away/tslab", "kernel"], display_name: "TypeScript", language: "typescript" }));
    const result = spawnSync(process.execPath, [tsNode, startScript, "--version", `--workspace=${scratchWorkspace()}`], { env, encoding: "utf8", cwd: repoRoot });
    expect(result.stdout).toContain("✔ 과정의 TypeScript 커널을 고쳤습니다. 이제 이 과정 폴더를 가리킵니다.");
    const spec = JSON.parse(readFileSync(path.join(kernelDir, "kernel.json"), "utf8"));
    expect(spec.argv.slice(0, 2 + KERNEL_NODE_FLAGS.length)).toEqual([process.execPath, ...KERNEL_NODE_FLAGS, courseKernelPath]);
  });

  it("leaves a correct kernelspec alone when run again", () => {
    const result = spawnSync(process.execPath, [tsNode, startScript, "--version", `--workspace=${scratchWorkspace()}`], { env, encoding: "utf8", cwd: repoRoot });
    expect(result.stdout).toContain("✔ 과정의 TypeScript 커널이 이미 이 과정 폴더를 가리키고 있습니다.");
  });

  it("refuses Jupyter's own folder options with a sentence, not a traceback", () => {
    const result = spawnSync(process.execPath, [tsNode, startScript, "--notebook-dir=release"], { env, encoding: "utf8", cwd: repoRoot });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("npm start: Jupyter가 열 폴더는 과정이 정하므로 여기서는 --notebook-dir을(를) 쓸 수 없습니다.");
    expect(result.stderr).not.toMatch(/^\s+at |Traceback/m);
  });

  it("serves the learner's workspace, and a kernel started by the server imports the library and shows a plot", async () => {
    const workspace = scratchWorkspace();
    const { base, token, log } = await serve(["--no-browser", `--workspace=${workspace}`]);
    expect(log()).toContain("+ 02-perceptron.ipynb");
    expect(log()).toContain("작업 공간: ");
    // the workspace holds the learner's edition: stubs, no solutions, no hidden tests
    const listing = await (await fetch(`${base}/api/contents?token=${token}`)).json();
    expect(listing.content.map((f: { name: string }) => f.name)).toContain("00-start-here.ipynb");
    const notebook = await (await fetch(`${base}/api/contents/02-perceptron.ipynb?token=${token}`)).json();
    const sources = notebook.content.cells.map((c: { source: string }) => c.source).join("\n");
    expect(sources).toContain('throw new Error("not implemented yet");');
    expect(sources).not.toMatch(/BEGIN SOLUTION|hiddenChecks/);
    expect(existsSync(path.join(workspace, "02-perceptron.ipynb"))).toBe(true);
    const specs = await (await fetch(`${base}/api/kernelspecs?token=${token}`)).json();
    expect(specs.kernelspecs.tslab.spec.argv[1 + KERNEL_NODE_FLAGS.length]).toBe(courseKernelPath);
    const code = [
      'import * as nn from "dlbasics";',
      "nn.setSeed(1);",
      'console.log(nn.zeros([28, 28]).asColumn().shape.join("×"));',
      'nn.show(nn.lineFigure([{ name: "σ", x: [-1, 0, 1], y: [-1, 0, 1].map((z) => nn.sigmoid(z)) }], { title: "σ(z)", xTitle: "z", yTitle: "σ(z)" }));',
    ].join("\n");
    const run = spawnSync(findJupyter(env)!.python, [path.join(__dirname, "execute_via_server.py"), base, token], { input: code, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe("ok");
    expect(result.outputs[0]).toEqual({ type: "stream", content: { name: "stdout", text: "784×1\n" } });
    // The plot: one display whose bundle holds the plotly figure as a JSON object, with HTML and text beside it.
    const plots = result.outputs.filter((o: any) => o.type === "display_data" && o.content.data["application/vnd.plotly.v1+json"]);
    expect(plots).toHaveLength(1);
    const bundle = plots[0].content.data;
    expect(typeof bundle["application/vnd.plotly.v1+json"]).toBe("object");
    expect(bundle["application/vnd.plotly.v1+json"].data[0].y).toHaveLength(3);
    expect(bundle["text/html"]).toContain("Plotly");
    expect(bundle["text/plain"]).toContain('Figure "σ(z)"');
    server!.kill("SIGTERM");
  }, 180_000);

  it("--instructor serves the sources in notebooks/, with solutions and hidden tests", async () => {
    const { base, token, log } = await serve(["--no-browser", "--instructor"]);
    expect(log()).toContain("강사 모드: notebooks/");
    const notebook = await (await fetch(`${base}/api/contents/02-perceptron.ipynb?token=${token}`)).json();
    const sources = notebook.content.cells.map((c: { source: string }) => c.source).join("\n");
    expect(sources).toMatch(/BEGIN SOLUTION[\s\S]*nn\.hiddenChecks\(/);
    server!.kill("SIGTERM");
  }, 180_000);

  /** `npm start -- <args>` on a free port with a known token, once Jupyter answers. */
  async function serve(args: string[]): Promise<{ base: string; token: string; log: () => string }> {
    const port = await freePort();
    const token = "course-test-token";
    let log = "";
    server = spawn(process.execPath, [tsNode, startScript, ...args, `--port=${port}`, `--NotebookApp.token=${token}`, `--ServerApp.token=${token}`], { env, cwd: repoRoot });
    server.stdout!.on("data", (d: Buffer) => (log += d));
    server.stderr!.on("data", (d: Buffer) => (log += d));
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/api/kernelspecs?token=${token}`, () => {
      if (server!.exitCode !== null) throw new Error(`npm start exited with ${server!.exitCode}:\n${log}`);
    });
    return { base, token, log: () => log };
  }
});
