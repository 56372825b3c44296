/**
 * The classic Notebook (Debian's jupyter-notebook 6.4) served on localhost for the plot tests, with
 * the isolated Jupyter environment and a token.
 */
import { ChildProcess, spawn } from "child_process";
import { findJupyter } from "../../scripts/kernel/jupyter";
import { freePort, waitForServer } from "../helpers/server";

export interface NotebookServer {
  process: ChildProcess;
  /** http://127.0.0.1:<port> */
  root: string;
  token: string;
}

/** Starts `jupyter notebook` on a free port serving `dir` and waits until it answers. */
export async function startClassicNotebook(env: NodeJS.ProcessEnv, dir: string, token: string): Promise<NotebookServer> {
  const port = await freePort();
  const child = spawn(findJupyter(env)!.jupyter, ["notebook", "--no-browser", "--allow-root", `--port=${port}`, "--ip=127.0.0.1",
    `--NotebookApp.token=${token}`, "--NotebookApp.port_retries=0", `--notebook-dir=${dir}`], { env, stdio: "ignore" });
  const root = `http://127.0.0.1:${port}`;
  await waitForServer(`${root}/api?token=${token}`);
  return { process: child, root, token };
}

/** Stops every kernel the Notebook server runs (one kernel at a time on a shared machine). */
export async function shutDownKernels({ root, token }: NotebookServer): Promise<void> {
  const headers = { Authorization: `token ${token}` };
  const sessions = (await (await fetch(`${root}/api/sessions`, { headers })).json()) as Array<{ id: string }>;
  for (const session of sessions) await fetch(`${root}/api/sessions/${session.id}`, { method: "DELETE", headers });
}
