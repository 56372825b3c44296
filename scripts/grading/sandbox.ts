/**
 * Running one grading notebook in an OS sandbox (bubblewrap, Debian's `bubblewrap` package), as
 * otter-grader and Gradescope run each submission in its own container.
 *
 * The sandbox sees only: /usr and /etc read-only, the checkout's node_modules read-only at
 * /course/node_modules, the runner at /course/runner.py, and its own folder at /course/work (the
 * grading notebook and a copy of the library's files). It has its own PID, network (loopback only),
 * IPC and user namespaces, a private /tmp, no capabilities, and runs as `nobody` when the grader is
 * root. Limits: CPU seconds, address space (memory), processes, file size (prlimit), output size and
 * wall time per cell and per run (watched here). Killing bwrap ends every process inside
 * (--die-with-parent, PID namespace); so does the grader's own death.
 */
import { spawn, spawnSync } from "child_process";
import { chownSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import path from "path";
import { getLanguage, inLanguage, type Language } from "../../lib/src/i18n/language";
import { t } from "../../lib/src/i18n/translate";
import { KERNEL_ENV, findJupyter, repoRoot } from "../kernel/jupyter";

export type SandboxKind = "bwrap" | "none";

export interface Sandbox {
  kind: SandboxKind;
  /** Runs as this uid/gid (root only: nobody). */
  user?: { uid: number; gid: number; name: string };
  /** Why it is what it is, for the grader's first lines. */
  description: string;
}

export interface Limits {
  /** CPU seconds per process. */
  cpuSeconds: number;
  /** Address space per process, bytes (node's heap is held under it too). */
  memoryBytes: number;
  /** Processes and threads of the sandbox's user. */
  processes: number;
  /** Largest file the sandbox may write, bytes. */
  fileBytes: number;
  /** Bytes the runner may print before the sandbox is killed. */
  outputBytes: number;
  /** Wall seconds of one whole run. */
  wallSeconds: number;
}

export const DEFAULT_LIMITS: Limits = {
  cpuSeconds: 600,
  memoryBytes: 4 * 1024 ** 3,
  processes: 512,
  fileBytes: 64 * 1024 ** 2,
  outputBytes: 64 * 1024 ** 2,
  wallSeconds: 900,
};

const NOBODY = { uid: 65534, gid: 65534, name: "nobody" };
const RUNNER = path.join(__dirname, "sandbox_runner.py");
const LAUNCHER = path.join(__dirname, "tslab-kernel.js");
const INSIDE = { root: "/course", work: "/course/work", modules: "/course/node_modules", runner: "/course/runner.py", launcher: "/course/tslab-kernel.js" };

let detected: Sandbox | undefined;

/** bubblewrap if it works here (as nobody when root), else none. */
export function detectSandbox(): Sandbox {
  if (detected) return detected;
  const root = process.getuid?.() === 0;
  const user = root ? NOBODY : undefined;
  const probe = spawnSync(wrapperArgv(user)[0]!, [...wrapperArgv(user).slice(1), ...bwrapArgs("/", "/"), "/usr/bin/true"], { encoding: "utf8", timeout: 20_000 });
  if (probe.status === 0) {
    detected = { kind: "bwrap", user, description: `bubblewrap sandbox${user ? `, as user ${user.name}` : ""}` };
  } else {
    const why = (probe.error?.message ?? probe.stderr ?? "").trim().split("\n")[0] || `exit ${probe.status}`;
    detected = { kind: "none", description: `no sandbox (bubblewrap does not run here: ${why})` };
  }
  return detected;
}

/** setpriv to the unprivileged user (root only), then prlimit; both exec, so the sandbox keeps the pid. */
function wrapperArgv(user: Sandbox["user"], limits: Limits = DEFAULT_LIMITS): string[] {
  const drop = user ? ["setpriv", `--reuid=${user.uid}`, `--regid=${user.gid}`, "--clear-groups", "--inh-caps=-all", "--"] : [];
  const rlimits = ["prlimit", `--cpu=${limits.cpuSeconds}`, `--as=${limits.memoryBytes}`, `--nproc=${limits.processes}`,
    `--fsize=${limits.fileBytes}`, "--core=0", "--"];
  return [...drop, ...rlimits];
}

/** The bubblewrap options for a run folder `work` (outside path) mounted at /course/work. */
function bwrapArgs(work: string, modules: string): string[] {
  const node = path.dirname(process.execPath);
  return [
    "bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
    "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
    "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin", "--ro-bind", "/etc", "/etc",
    ...(node.startsWith("/usr/") ? [] : ["--ro-bind", node, node]),
    "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
    "--ro-bind", modules, INSIDE.modules, "--ro-bind", RUNNER, INSIDE.runner, "--ro-bind", LAUNCHER, INSIDE.launcher,
    "--bind", work, INSIDE.work, "--chdir", INSIDE.work, "--clearenv",
    "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", INSIDE.work, "--setenv", "LANG", "C.UTF-8",
    "--setenv", "TMPDIR", "/tmp", ...jupyterEnv().flatMap(([k, v]) => ["--setenv", k, v]),
  ];
}

function jupyterEnv(): Array<[string, string]> {
  const j = `${INSIDE.work}/.jupyter`;
  return [["JUPYTER_DATA_DIR", `${j}/data`], ["JUPYTER_PATH", `${j}/data`], ["JUPYTER_CONFIG_DIR", `${j}/config`],
    ["JUPYTER_RUNTIME_DIR", `${j}/runtime`], ["IPYTHONDIR", `${j}/ipython`], ["JUPYTER_PLATFORM_DIRS", "0"]];
}

/**
 * Plain tslab for the sandbox (the grader does not need the course kernel's friendlier messages),
 * with node's heap capped below the address-space limit so that a heap bomb ends the kernel cleanly, and the
 * course kernel's malloc setting (scripts/kernel/jupyter.ts: KERNEL_ENV); started through tslab-kernel.js, which sets
 * the compiler's messages to the submission's language. Not the course kernel's garbage-collector flags: with the
 * old generation grown in small steps, a heap bomb takes much longer to reach the cap, and ends as a timeout
 * rather than a crash on a loaded machine.
 */
export function writeSandboxKernelSpec(work: string, inside: boolean, limits: Limits, language: Language): void {
  const root = path.join(work, ".jupyter");
  const spec = path.join(root, "data", "kernels", "tslab");
  mkdirSync(spec, { recursive: true });
  for (const sub of ["config", "runtime", "ipython"]) mkdirSync(path.join(root, sub), { recursive: true });
  const tslab = inside ? `${INSIDE.modules}/tslab/bin/tslab` : path.join(repoRoot, "node_modules", "tslab", "bin", "tslab");
  const launcher = inside ? INSIDE.launcher : LAUNCHER;
  const heapMb = Math.max(512, Math.floor(limits.memoryBytes / 1024 ** 2 / 2));
  writeFileSync(path.join(spec, "kernel.json"), JSON.stringify({
    argv: [process.execPath, `--max-old-space-size=${heapMb}`, launcher, tslab, "kernel", "--config-path", "{connection_file}"],
    env: { ...KERNEL_ENV, DLBASICS_COMPILER_LANGUAGE: language },
    display_name: "TypeScript (grading)", language: "typescript",
  }));
}

/**
 * The command that runs `command` in the sandbox with `work` as its folder (/course/work inside), and
 * its environment. Without a sandbox: the same limits, the folder as working directory, nothing else.
 */
export function sandboxCommand(sandbox: Sandbox, limits: Limits, work: string, command: string[]): { argv: string[]; env: NodeJS.ProcessEnv } {
  if (sandbox.kind === "bwrap") {
    return { argv: [...wrapperArgv(sandbox.user, limits), ...bwrapArgs(work, path.join(repoRoot, "node_modules")), ...command], env: { PATH: process.env.PATH } };
  }
  return { argv: [...wrapperArgv(undefined, limits), ...command], env: { PATH: process.env.PATH, HOME: work, LANG: "C.UTF-8", ...Object.fromEntries(jupyterEnvAt(work)) } };
}

/** Paths inside the sandbox. */
export const SANDBOX_PATHS = INSIDE;

/** What the runner reported for one code cell. */
export interface CellEnd {
  index: number;
  status: "ok" | "error" | "timeout" | "aborted" | "died" | "killed";
  seconds: number;
  stdout: string;
  stderr: string;
  message: string;
}

export interface SandboxRun {
  cells: Map<number, CellEnd>;
  /** Set when the grader killed the sandbox: the cell running then (if any) and why (in `RunOptions.language`). */
  killed?: { index?: number; reason: string };
  seconds: number;
  /** The end of what the runner wrote to stderr (for the instructor when a run fails). */
  stderr: string;
}

export interface RunOptions {
  sandbox: Sandbox;
  limits?: Limits;
  /** Seconds cell `index` may run before the sandbox is killed (the runner interrupts it earlier). */
  cellLimit: (index: number) => number;
  /** Before this cell runs, `beforePause()` is called (the hidden cases go into the folder then). */
  pauseBefore?: number;
  beforePause?: () => void;
  /** The language of the reasons in `killed` (they reach a student's feedback); default: the current one. */
  language?: Language;
}

export function chownTree(dir: string, user: { uid: number; gid: number }): void {
  chownSync(dir, user.uid, user.gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(full, user);
    else if (!entry.isSymbolicLink()) chownSync(full, user.uid, user.gid);
  }
}

/** Runs `<work>/notebook.ipynb` in the sandbox; never rejects for anything the notebook does. */
export function runInSandbox(work: string, options: RunOptions): Promise<SandboxRun> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { sandbox } = options;
  const inside = sandbox.kind === "bwrap";
  const language = options.language ?? getLanguage();
  writeSandboxKernelSpec(work, inside, limits, language);
  if (sandbox.user) chownTree(work, sandbox.user);
  const jupyter = findJupyter();
  if (!jupyter) return Promise.reject(new Error("Jupyter is not installed (no `jupyter` command on PATH); see README"));
  const { argv, env } = sandboxCommand(sandbox, limits, work, [jupyter.python, inside ? INSIDE.runner : RUNNER]);
  const started = Date.now();
  // The reasons are made in callbacks, while other runs may have set another language: set it each time.
  const reason = (text: () => string) => inLanguage(language, text);
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: work, env, stdio: ["pipe", "pipe", "pipe"], detached: !inside });
    const cells = new Map<number, CellEnd>();
    let running: number | undefined;
    let killed: SandboxRun["killed"];
    let bytes = 0;
    let buffer = "";
    let cellTimer: NodeJS.Timeout | undefined;
    const kill = (why: () => string) => {
      if (killed) return;
      killed = { index: running, reason: reason(why) };
      try {
        if (inside) child.kill("SIGKILL");
        else process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const wall = setTimeout(() => kill(() => t`the run took longer than ${limits.wallSeconds} s`), limits.wallSeconds * 1000);
    const onLine = (line: string) => {
      let event: { event?: string; index?: number } & Partial<CellEnd>;
      try {
        event = JSON.parse(line);
      } catch {
        return;
      }
      if (typeof event.index !== "number") return;
      if (event.event === "start") {
        running = event.index;
        clearTimeout(cellTimer);
        const seconds = options.cellLimit(event.index);
        cellTimer = setTimeout(() => kill(() => t`the cell did not stop within ${seconds} s`), seconds * 1000);
      } else if (event.event === "pause" && event.index === options.pauseBefore) {
        try {
          options.beforePause?.();
          child.stdin.end("go\n");
        } catch {
          kill(() => t`the hidden cases could not be given to the sandbox`);
        }
      } else if (event.event === "stuck") {
        running = event.index;
        kill(() => t`the cell did not stop when interrupted`);
      } else if (event.event === "end" && event.index === running) {
        clearTimeout(cellTimer);
        running = undefined;
        cells.set(event.index, {
          index: event.index, status: (["ok", "error", "timeout", "aborted", "died"] as const).find((s) => s === event.status) ?? "error",
          seconds: Number(event.seconds) || 0, stdout: String(event.stdout ?? ""), stderr: String(event.stderr ?? ""), message: String(event.message ?? ""),
        });
      }
    };
    child.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limits.outputBytes) return kill(() => t`more than ${limits.outputBytes / 1024 ** 2} MB of output`);
      buffer += chunk.toString("utf8");
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        onLine(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
      }
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
    child.on("error", () => kill(() => t`the sandbox could not start`));
    child.on("close", () => {
      clearTimeout(wall);
      clearTimeout(cellTimer);
      if (!inside) {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // the group is gone
        }
      }
      if (running !== undefined && !killed) killed = { index: running, reason: reason(() => t`the kernel and its runner stopped during this cell`) };
      resolve({ cells, killed, seconds: (Date.now() - started) / 1000, stderr });
    });
    child.stdin.on("error", () => undefined);
    child.stdin.write(JSON.stringify({ notebook: "notebook.ipynb", kernel_name: "tslab", default_timeout: 60, pause_before: options.pauseBefore ?? null }) + "\n");
    if (options.pauseBefore === undefined) child.stdin.end();
  });
}

function jupyterEnvAt(work: string): Array<[string, string]> {
  return jupyterEnv().map(([k, v]) => [k, v.replace(INSIDE.work, work)]);
}
