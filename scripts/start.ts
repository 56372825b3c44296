/**
 * `npm start`: registers (or repairs) the tslab kernel of this checkout at user level, then opens the
 * course in JupyterLab if it is installed, else in the classic Notebook, on notebooks/.
 * Options pass through: `npm start -- --no-browser --port 8899`.
 */
import { spawn, spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { findJupyter, kernelSpec, repoRoot, writeKernelSpec, type JupyterInstall } from "./kernel/jupyter";

const INSTALL_HINT = `Jupyter is not installed, or the \`jupyter\` command is not on your PATH.
Install it, then run \`npm start\` again:
  pip install jupyterlab plotly               (any system with Python; plotly draws the course's plots)
  sudo apt-get install jupyter-notebook       (Debian/Ubuntu: the classic Notebook)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function checkInstalled(): void {
  if (!existsSync(path.join(repoRoot, "node_modules", "tslab", "bin", "tslab"))) {
    fail("The course's packages are not installed. Run `npm install` in " + repoRoot + " first.");
  }
  if (!existsSync(path.join(repoRoot, "lib", "dist", "index.js"))) {
    fail("The course library is not built. Run `npm run build` (or `npm install`) first.");
  }
}

/** The kernelspec Jupyter currently has under the name tslab, if any. */
function currentKernelArgv(jupyter: JupyterInstall): string[] | undefined {
  const listed = spawnSync(jupyter.jupyter, ["kernelspec", "list", "--json"], { encoding: "utf8" });
  if (listed.status !== 0) return undefined;
  const spec = JSON.parse(listed.stdout).kernelspecs?.tslab;
  return spec?.spec?.argv;
}

function registerKernel(jupyter: JupyterInstall): void {
  const wanted = (kernelSpec() as { argv: string[] }).argv;
  const current = currentKernelArgv(jupyter);
  if (current && JSON.stringify(current) === JSON.stringify(wanted)) {
    console.log("✔ The TypeScript kernel (tslab) already points at this checkout.");
    return;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), "dlbasics-kernel-"));
  try {
    const dir = writeKernelSpec(tmp);
    const result = spawnSync(jupyter.jupyter, ["kernelspec", "install", "--user", "--replace", "--name", "tslab", dir], { encoding: "utf8" });
    if (result.status !== 0) fail(`Could not register the tslab kernel:\n${result.stderr}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(current ? "✔ Repaired the TypeScript kernel (tslab): it now points at this checkout." : "✔ Registered the TypeScript kernel (tslab) for this checkout.");
}

function hasJupyterLab(jupyter: JupyterInstall): boolean {
  return spawnSync(jupyter.jupyter, ["lab", "--version"], { encoding: "utf8" }).status === 0;
}

function main(): void {
  checkInstalled();
  const jupyter = findJupyter();
  if (!jupyter) fail(INSTALL_HINT);
  registerKernel(jupyter);
  const app = hasJupyterLab(jupyter) ? "lab" : "notebook";
  const notebooks = path.join(repoRoot, "notebooks");
  const args = [app, `--notebook-dir=${notebooks}`, ...process.argv.slice(2)];
  // Jupyter refuses to run as root (as in many containers) unless told to.
  if (process.getuid?.() === 0 && !args.includes("--allow-root")) args.push("--allow-root");
  console.log(`Opening the course in ${app === "lab" ? "JupyterLab" : "the classic Notebook"}: jupyter ${args.join(" ")}`);
  const child = spawn(jupyter.jupyter, args, { stdio: "inherit" });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main();
