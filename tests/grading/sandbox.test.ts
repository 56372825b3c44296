/**
 * The protections the README claims for each submission's sandbox, each tried from inside it: what it
 * can see and write, who it runs as, its network and processes, its limits, and that everything it
 * starts ends with it. (The grader's own behaviour with hostile notebooks is in grade.test.ts.)
 */
import { spawn, spawnSync } from "child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { DEFAULT_LIMITS, detectSandbox, runInSandbox, sandboxCommand, SANDBOX_PATHS, type Limits } from "../../scripts/grading/sandbox";

const sandbox = detectSandbox();
const root = process.getuid?.() === 0;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh run folder owned by the sandbox's user. */
function workFolder(): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), "dlbasics-sandbox-test-"));
  made.push(parent);
  chmodSync(parent, 0o711);
  const work = mkdtempSync(path.join(parent, "run-"));
  if (sandbox.user) spawnSync("chown", [`${sandbox.user.uid}:${sandbox.user.gid}`, work]);
  return work;
}

/** Runs a shell script in the sandbox; returns its output and exit status. */
function inSandbox(script: string, limits: Partial<Limits> = {}, work = workFolder()): { out: string; status: number | null } {
  const { argv, env } = sandboxCommand(sandbox, { ...DEFAULT_LIMITS, ...limits }, work, ["/bin/sh", "-c", script]);
  const result = spawnSync(argv[0]!, argv.slice(1), { env, encoding: "utf8", timeout: 60_000 });
  return { out: (result.stdout ?? "") + (result.stderr ?? ""), status: result.status };
}

/** Host processes whose command line contains `pattern` (read from /proc: procps may be missing). */
function hostProcesses(pattern: string): string[] {
  return readdirSync("/proc").filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      return cmdline.includes(pattern) && !cmdline.includes("/bin/sh -c") ? [`${pid} ${cmdline}`] : [];
    } catch {
      return [];
    }
  });
}

/** The host's processes matching `pattern` once they have all ended, or those still there after 20 s. */
async function gone(pattern: string): Promise<string[]> {
  for (let i = 0; i < 100 && hostProcesses(pattern).length > 0; i++) await new Promise((r) => setTimeout(r, 200));
  return hostProcesses(pattern);
}

describe("each submission's sandbox", () => {
  it("is bubblewrap, as nobody when the grader is root", () => {
    expect(sandbox.kind).toBe("bwrap");
    if (root) expect(sandbox.user?.name).toBe("nobody");
  });

  it("runs as an unprivileged user without capabilities", () => {
    const { out } = inSandbox("id -u; grep CapEff /proc/self/status");
    if (root) expect(out).toMatch(/^65534\n/);
    expect(out).toMatch(/CapEff:\s+0000000000000000/);
  });

  it("sees no checkout, no other run folder, no home and an empty /tmp; /usr, /etc and node_modules are read-only", () => {
    const work = workFolder();
    const sibling = mkdtempSync(path.join(path.dirname(work), "run-"));
    writeFileSync(path.join(sibling, "notebook.ipynb"), "a classmate's notebook");
    const { out } = inSandbox([
      `for p in ${repoRoot} ${sibling} ${path.dirname(work)} /root /home/nobody; do test -e "$p" && echo "visible $p"; done`,
      "ls -A /tmp | wc -l", "ls /", `cd ${SANDBOX_PATHS.work} && touch own-file && echo own-ok`,
      `for p in /usr/x /etc/x ${SANDBOX_PATHS.modules}/x ${SANDBOX_PATHS.runner} ${SANDBOX_PATHS.launcher}; do touch "$p" 2>/dev/null && echo "wrote $p"; done`,
    ].join("; "), {}, work);
    expect(out).not.toMatch(/visible|wrote/);
    expect(out).toContain("own-ok");
    expect(out.split("\n")[0]).toBe("0");
    expect(out).toMatch(/^course$/m);
    expect(existsSync(path.join(work, "own-file"))).toBe(true);
  });

  it("has no network but its own loopback, and its own process list", () => {
    const { out } = inSandbox("cat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' '; ls -d /proc/[0-9]* | wc -l; " +
      "python3 -c \"import socket; s=socket.socket(); s.settimeout(3); s.connect(('1.1.1.1', 53))\" 2>&1 | tail -1");
    const [iface, count, net] = out.trim().split("\n");
    expect(iface).toBe("lo");
    expect(Number(count)).toBeLessThan(6);
    expect(net).toMatch(/unreachable|OSError/i);
  });

  it("limits processes, memory, file size and CPU time", () => {
    expect(inSandbox("i=0; while [ $i -lt 100 ]; do sleep 5 & i=$((i+1)); done 2>&1 | grep -c 'fork'", { processes: 30 }).out.trim()).not.toBe("0");
    expect(inSandbox("node -e \"const a=[]; for (let i=0;i<40;i++) a.push(new Float64Array(1e7)); console.log('ALLOC' + 'ATED')\" 2>&1", { memoryBytes: 1024 ** 3 }).out).not.toContain("ALLOCATED");
    expect(inSandbox("head -c 20000000 /dev/zero > big; ls -l big", { fileBytes: 1024 ** 2 }).out).not.toMatch(/20000000 .* big/);
    // an endless loop is stopped by the CPU-time limit (SIGXCPU, or SIGKILL at the hard limit), not by the test's own time-out
    expect(inSandbox("node -e 'for(;;){}'; echo \"status $?\"", { cpuSeconds: 2 }).out).toMatch(/status (152|137)\b/);
  });

  it("ends every process it started, when it exits and when the grader kills it", async () => {
    inSandbox("setsid nohup sleep 3613 >/dev/null 2>&1 & echo started");
    // --die-with-parent ends it as the sandbox exits; on a busy machine the kernel may take a moment to reap it
    expect(await gone("sleep 3613")).toEqual([]);
    const { argv, env } = sandboxCommand(sandbox, DEFAULT_LIMITS, workFolder(), ["/bin/sh", "-c", "setsid sleep 3614 & sleep 3614"]);
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: "ignore" });
    await new Promise((r) => setTimeout(r, 1500));
    expect(hostProcesses("sleep 3614").length).toBeGreaterThan(0);
    child.kill("SIGKILL");
    expect(await gone("sleep 3614")).toEqual([]);
  });

  it.runIf(root)("gives the same view, processes and network when the grader is not root (tried as nobody)", () => {
    const script = path.join(workFolder(), "probe.js");
    writeFileSync(script, `
require(${JSON.stringify(path.join(repoRoot, "node_modules", "ts-node"))}).register({ transpileOnly: true, project: ${JSON.stringify(path.join(repoRoot, "tsconfig.json"))} });
const { detectSandbox, sandboxCommand, DEFAULT_LIMITS } = require(${JSON.stringify(path.join(repoRoot, "scripts", "grading", "sandbox.ts"))});
const { spawnSync } = require("child_process");
const fs = require("fs");
const sandbox = detectSandbox();
const work = fs.mkdtempSync(require("os").tmpdir() + "/dlbasics-nonroot-");
const { argv, env } = sandboxCommand(sandbox, DEFAULT_LIMITS, work, ["/bin/sh", "-c", "test -e ${repoRoot} && echo visible; ls -d /proc/[0-9]* | wc -l; tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '"]);
const r = spawnSync(argv[0], argv.slice(1), { env, encoding: "utf8" });
fs.rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify({ kind: sandbox.kind, user: sandbox.user ?? null, out: r.stdout }));`);
    chmodSync(script, 0o644);
    const result = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, script], { encoding: "utf8", env: { PATH: process.env.PATH, HOME: "/tmp" } });
    const report = JSON.parse(result.stdout.trim().split("\n").pop()!);
    expect(report.kind).toBe("bwrap");
    expect(report.user).toBeNull();
    const [count, iface] = report.out.trim().split("\n");
    expect(report.out).not.toContain("visible");
    expect(Number(count)).toBeLessThan(6);
    expect(iface).toBe("lo");
  });

  it("gives the compiler's messages in the submission's language", async () => {
    const notebook = JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
      cells: [{ cell_type: "code", source: 'const y: number = "a";', metadata: {}, outputs: [], execution_count: null }] });
    const stderr = async (language: "ko" | "en") => {
      const work = workFolder();
      writeFileSync(path.join(work, "notebook.ipynb"), notebook);
      return (await runInSandbox(work, { sandbox, cellLimit: () => 60, language })).cells.get(0)?.stderr;
    };
    expect(await stderr("ko")).toContain("1:7 - 'string' 형식은 'number' 형식에 할당할 수 없습니다.");
    expect(await stderr("en")).toContain("1:7 - Type 'string' is not assignable to type 'number'.");
  }, 120_000);

  it("is killed with a reason when a cell overruns or the output floods, with the cells before it reported", async () => {
    const notebook = (cells: string[]) => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
      cells: cells.map((source) => ({ cell_type: "code", source, metadata: {}, outputs: [], execution_count: null })) });
    const work = workFolder();
    writeFileSync(path.join(work, "notebook.ipynb"), notebook(["console.log(1 + 1);", "process.kill(process.pid, 'SIGSTOP');", "console.log('never');"]));
    const run = await runInSandbox(work, { sandbox, cellLimit: () => 8 });
    expect(run.cells.get(0)?.stdout).toBe("2\n");
    expect(run.killed).toEqual({ index: 1, reason: "the cell did not stop within 8 s" });
    const flood = workFolder();
    writeFileSync(path.join(flood, "notebook.ipynb"), notebook(Array.from({ length: 4 }, () => "for (let i = 0; i < 5; i++) console.log('x'.repeat(1_000_000));")));
    const flooded = await runInSandbox(flood, { sandbox, cellLimit: () => 60, limits: { ...DEFAULT_LIMITS, outputBytes: 8 * 1024 ** 2 } });
    // The runner keeps 4 MB of a cell's output; the grader kills the sandbox past its limit.
    expect(flooded.killed?.reason).toBe("more than 8 MB of output");
    expect(flooded.cells.get(0)?.stdout.length).toBe(4_000_000);
    expect(readFileSync(path.join(flood, "notebook.ipynb"), "utf8")).toContain("repeat");
  }, 120_000);
});
