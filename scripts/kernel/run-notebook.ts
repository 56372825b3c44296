/**
 * Runs a notebook on the tslab kernel through Jupyter's own client (nbclient; run_notebook.py) and
 * returns a report per code cell. Used by the notebook tests, the plot tests and the grader.
 */
import { spawn } from "child_process";
import path from "path";
import { findJupyter } from "./jupyter";

export type CellStatus = "ok" | "error" | "timeout" | "aborted" | "died" | "not-run";

export interface CellRun {
  /** Position in the notebook's cells, from 0 (Markdown cells count). */
  index: number;
  firstLine: string;
  status: CellStatus;
  seconds: number;
  stderr: string;
  message: string;
  outputs: Array<Record<string, unknown>>;
}

export interface NotebookRun {
  notebook: string;
  ok: boolean;
  seconds: number;
  kernelDied: boolean;
  cells: CellRun[];
}

export interface RunOptions {
  /** "stop" ends at the first failing cell; "continue" runs every cell (grading). */
  mode?: "stop" | "continue";
  /** Default time limit of a cell in seconds; a cell's metadata `course.timeout` overrides it. */
  cellTimeout?: number;
  /** Where to write the executed notebook. */
  outputPath?: string;
  /** Environment of the runner and kernel: use isolatedJupyterEnv(). */
  env?: NodeJS.ProcessEnv;
  /** The kernel's working directory (default: the notebook's folder). */
  cwd?: string;
}

const script = path.join(__dirname, "run_notebook.py");

export function runNotebook(notebook: string, options: RunOptions = {}): Promise<NotebookRun> {
  const env = options.env ?? process.env;
  const jupyter = findJupyter(env);
  if (!jupyter) return Promise.reject(new Error("runNotebook: Jupyter is not installed (no `jupyter` command on PATH)"));
  const request = {
    notebook: path.resolve(notebook),
    mode: options.mode ?? "stop",
    cell_timeout: options.cellTimeout ?? 60,
    output_path: options.outputPath ? path.resolve(options.outputPath) : null,
    cwd: options.cwd ?? null,
    kernel_name: "tslab",
  };
  return new Promise((resolve, reject) => {
    const child = spawn(jupyter.python, [script], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`run_notebook.py exited with ${code} on ${notebook}:\n${stderr.slice(-4000)}`));
      const raw = JSON.parse(stdout.trim().split("\n").pop()!);
      resolve(toNotebookRun(raw));
    });
    child.stdin.end(JSON.stringify(request));
  });
}

function toNotebookRun(raw: any): NotebookRun {
  return {
    notebook: raw.notebook,
    ok: raw.ok,
    seconds: raw.seconds,
    kernelDied: raw.kernel_died,
    cells: raw.cells.map((c: any) => ({
      index: c.index, firstLine: c.first_line, status: c.status, seconds: c.seconds,
      stderr: c.stderr, message: c.message, outputs: c.outputs,
    })),
  };
}

/** A failed cell: its reply was not ok, or it wrote to stderr (tslab's type errors go there). */
export function cellFailed(cell: CellRun): boolean {
  return cell.status !== "ok" || cell.stderr.length > 0;
}

/** `01-tensors.ipynb, cell 7 (`const w = nn.tensor(…)`): <message>` — names the notebook and the cell. */
export function describeFailure(run: NotebookRun, cell: CellRun): string {
  const what = cell.status === "ok" ? "wrote to stderr" : cell.status;
  const text = (cell.message || cell.stderr).trim();
  const errorLine = text.split("\n").find((line) => /^[A-Za-z]*Error\b.*: /.test(line));
  const message = errorLine ?? text.split("\n").slice(0, 12).join("\n");
  return `${path.basename(run.notebook)}, cell ${cell.index + 1} (\`${cell.firstLine}\`) ${what}: ${message}`;
}
