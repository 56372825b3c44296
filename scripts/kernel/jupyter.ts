/**
 * Finding Jupyter and wiring the tslab kernel of this checkout into it.
 *
 * Used by `npm start` (a user-level kernelspec) and by the tests and the grader (an isolated Jupyter
 * path, so they neither need nor change the user's kernels). See PLATFORM_NOTES: the `python3` first on
 * PATH may not be the interpreter that has Jupyter, so we read the one behind the `jupyter` command.
 */
import { spawnSync } from "child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "fs";
import path from "path";

/** The root of this checkout (the folder holding package.json). */
export const repoRoot = path.resolve(__dirname, "..", "..");

export interface JupyterInstall {
  /** Absolute path of the `jupyter` command. */
  jupyter: string;
  /** Absolute path of the Python interpreter that runs it. */
  python: string;
}

/** The first executable called `name` on PATH, or undefined. */
export function which(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      if (statSync(candidate).isFile()) {
        accessSync(candidate, constants.X_OK);
        return candidate;
      }
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The `jupyter` command on PATH and the Python behind it, or undefined when Jupyter is not installed. */
export function findJupyter(env: NodeJS.ProcessEnv = process.env): JupyterInstall | undefined {
  const jupyter = which("jupyter", env);
  if (!jupyter) return undefined;
  const python = pythonBehind(jupyter, env);
  return python ? { jupyter, python } : undefined;
}

/** Reads the `#!` line of the jupyter script: `#!/usr/bin/python3` or `#!/usr/bin/env python3`. */
function pythonBehind(script: string, env: NodeJS.ProcessEnv): string | undefined {
  const head = readFileSync(script).subarray(0, 300).toString("utf8");
  if (!head.startsWith("#!")) return undefined;
  const words = head.slice(2).split("\n")[0]!.trim().split(/\s+/);
  if (path.basename(words[0]!) === "env") {
    const name = words.find((w, i) => i > 0 && !w.startsWith("-"));
    return name ? which(name, env) : undefined;
  }
  return existsSync(words[0]!) ? words[0] : undefined;
}

/** The course kernel's program, built by `npm run build` with the library. */
export const courseKernelPath = path.join(repoRoot, "lib", "dist", "kernel", "course-kernel.js");

/**
 * Node's garbage collector tuned for a kernel that sits beside 30 others on a class server (issue 16). By
 * default V8 lets the heap grow to several times what is alive before it collects (young generation 2 × 16 MB,
 * old generation grown by a factor up to 4): in a tslab kernel, where every cell recompiles the notebook's
 * declarations, that is 60–80 MB of garbage held at the peak. With a young generation of 2 × 2 MB and the old
 * generation grown by 10 % at a time, the kernel running notebook 06 peaks about 80 MB lower (25 % steps: about
 * 10 MB more), and training pays about 0.1 s of extra collection in 4 epochs. No cap: a learner's large tensor
 * still gets the memory it needs. The price is in building a large heap of small JavaScript objects, which no
 * notebook does: 500 MB of them take 5.8 s instead of 2.7 s (3.8 s with 25 % steps). README, Kernel memory;
 * `npm run bench` measures the peaks.
 */
export const KERNEL_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=2", "--heap-growing-percent=10"];

/**
 * The kernel's environment beside Jupyter's: one malloc arena instead of one per thread (glibc keeps freed
 * memory in each of V8's and libuv's threads' arenas), about 15 MB less at every kernel's peak. Other C
 * libraries ignore it.
 */
export const KERNEL_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "1" };

let supportedFlags: readonly string[] | undefined;
/**
 * KERNEL_NODE_FLAGS if this Node.js accepts them (it refuses to start on a flag its V8 no longer has), else none:
 * a kernel that uses more memory is better than a kernel that does not start.
 */
export function kernelNodeFlags(): readonly string[] {
  supportedFlags ??= spawnSync(process.execPath, [...KERNEL_NODE_FLAGS, "-e", ""], { stdio: "ignore" }).status === 0 ? KERNEL_NODE_FLAGS : [];
  return supportedFlags;
}

/**
 * The kernelspec "tslab" of this checkout: this Node.js running the course kernel (lib/src/kernel/course-kernel.ts:
 * tslab with plain-words errors, and solution cells that do not stop the notebook) with KERNEL_NODE_FLAGS and
 * KERNEL_ENV. The grader writes its own spec for plain tslab inside each sandbox (scripts/grading/sandbox.ts).
 */
export function kernelSpec(): { argv: string[]; env: Record<string, string>; display_name: string; language: string; metadata: object } {
  return {
    argv: [process.execPath, ...kernelNodeFlags(), courseKernelPath, "--config-path", "{connection_file}"],
    env: { ...KERNEL_ENV },
    display_name: "TypeScript",
    language: "typescript",
    metadata: { "deep-learning-basics": { checkout: repoRoot } },
  };
}

/** Writes the kernelspec folder `<dir>/tslab` and returns its path. */
export function writeKernelSpec(dir: string): string {
  const specDir = path.join(dir, "tslab");
  mkdirSync(specDir, { recursive: true });
  writeFileSync(path.join(specDir, "kernel.json"), JSON.stringify(kernelSpec(), null, 2) + "\n");
  return specDir;
}

/**
 * An environment whose Jupyter paths all point into `dir`, with this checkout's tslab kernelspec in it.
 * Jupyter looks in JUPYTER_DATA_DIR before any user or system folder, so this kernel wins.
 */
export function isolatedJupyterEnv(dir: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const data = path.join(dir, "data");
  writeKernelSpec(path.join(data, "kernels"));
  for (const sub of ["config", "runtime", "ipython"]) mkdirSync(path.join(dir, sub), { recursive: true });
  return {
    ...base,
    JUPYTER_DATA_DIR: data,
    JUPYTER_PATH: data,
    JUPYTER_CONFIG_DIR: path.join(dir, "config"),
    JUPYTER_RUNTIME_DIR: path.join(dir, "runtime"),
    IPYTHONDIR: path.join(dir, "ipython"),
    JUPYTER_PLATFORM_DIRS: "0",
  };
}
