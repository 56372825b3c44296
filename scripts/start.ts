/**
 * `npm start`: the course for a learner. It registers (or repairs) the course's TypeScript kernel at user
 * level, brings the learner's workspace up to date (workspace/: their own copies of the notebooks, the
 * learner's edition; never overwritten) and opens it in JupyterLab if it is installed, else in the classic
 * Notebook.
 *
 *   npm start                              the learner's workspace, Korean edition (workspace/ko/)
 *   npm start -- --lang en                 the English edition (workspace/en/)
 *   npm start -- --instructor              the instructor's sources (notebooks/ko/ or notebooks/), solutions and hidden tests
 *   npm start -- --no-browser --port 8899  any other option goes to Jupyter
 */
import { spawn, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { setLanguage } from "../lib/src/i18n/language";
import { t } from "../lib/src/i18n/translate";
import { courseKernelPath, findJupyter, kernelSpec, repoRoot, writeKernelSpec, type JupyterInstall } from "./kernel/jupyter";
import { listNotebooks } from "./kernel/notebook-files";
import { type StartOptions, parseStartOptions, requestedLanguage } from "./workspace/start-options";
import { syncWorkspace } from "./workspace/workspace";

/** What to do without Jupyter (a function: its sentences are in the language chosen in main). */
function installHint(): string {
  return [
    t`Jupyter is not installed, or the \`jupyter\` command is not on your PATH.`,
    t`Install it, then run \`npm start\` again:`,
    `  pip install jupyterlab plotly               (${t`any system with Python; plotly draws the course's plots`})`,
    `  sudo apt-get install jupyter-notebook       (${t`Debian/Ubuntu: the classic Notebook`})`,
  ].join("\n");
}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function checkInstalled(): void {
  if (!existsSync(path.join(repoRoot, "node_modules", "tslab", "bin", "tslab"))) {
    fail(t`The course's packages are not installed. Run \`npm install\` in ${repoRoot} first.`);
  }
  if (!existsSync(path.join(repoRoot, "lib", "dist", "index.js")) || !existsSync(courseKernelPath)) {
    fail(t`The course library is not built. Run \`npm run build\` (or \`npm install\`) first.`);
  }
}

/** The command and environment of the kernelspec Jupyter currently has under the name tslab, if any. */
function currentKernel(jupyter: JupyterInstall): { argv: string[]; env: Record<string, string> } | undefined {
  const listed = spawnSync(jupyter.jupyter, ["kernelspec", "list", "--json"], { encoding: "utf8" });
  if (listed.status !== 0) return undefined;
  const spec = JSON.parse(listed.stdout).kernelspecs?.tslab?.spec;
  return spec ? { argv: spec.argv, env: spec.env ?? {} } : undefined;
}

function registerKernel(jupyter: JupyterInstall): void {
  const { argv, env } = kernelSpec();
  const current = currentKernel(jupyter);
  if (current && JSON.stringify([current.argv, current.env]) === JSON.stringify([argv, env])) {
    console.log(t`✔ The course's TypeScript kernel already points at this checkout.`);
    return;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), "dlbasics-kernel-"));
  try {
    const dir = writeKernelSpec(tmp);
    const result = spawnSync(jupyter.jupyter, ["kernelspec", "install", "--user", "--replace", "--name", "tslab", dir], { encoding: "utf8" });
    if (result.status !== 0) fail(t`Could not register the course's TypeScript kernel:` + `\n${result.stderr}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(current ? t`✔ Repaired the course's TypeScript kernel: it now points at this checkout.` : t`✔ Registered the course's TypeScript kernel for this checkout.`);
}

/**
 * plotly.js where the Notebook server serves it (nbextensions/dlbasics/ in the user's Jupyter data
 * folder), so a plot can draw itself after a page reload or in a second tab (lib/src/plot/html.ts).
 */
function installPlotly(jupyter: JupyterInstall): void {
  const dataDir = spawnSync(jupyter.jupyter, ["--data-dir"], { encoding: "utf8" }).stdout.trim();
  if (!dataDir) return;
  const source = require.resolve("plotly.js-cartesian-dist-min/plotly-cartesian.min.js", { paths: [path.join(repoRoot, "lib")] });
  const target = path.join(dataDir, "nbextensions", "dlbasics", "plotly-cartesian.min.js");
  if (existsSync(target) && readFileSync(target).equals(readFileSync(source))) return;
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(source, target);
}

function hasJupyterLab(jupyter: JupyterInstall): boolean {
  return spawnSync(jupyter.jupyter, ["lab", "--version"], { encoding: "utf8" }).status === 0;
}

/**
 * The source of each notebook in the chosen edition: the English notebooks in notebooks/, or their Korean
 * editions in notebooks/ko/ (built from translations/ko by `npm run editions`), English where a notebook
 * has no Korean edition yet.
 */
function editionSources(language: StartOptions["language"]): string[] {
  const english = path.join(repoRoot, "notebooks");
  return listNotebooks(english).filter((f) => path.dirname(f) === english).map((file) => {
    const edition = path.join(english, language, path.basename(file));
    if (language === "en") return file;
    if (existsSync(edition)) return edition;
    console.log("  " + t`${path.basename(file)}: no Korean edition yet, the English one is used`);
    return file;
  });
}

/** The folder to open: the learner's workspace, brought up to date, or the instructor's sources. */
function courseFolder(options: StartOptions): string {
  const english = path.join(repoRoot, "notebooks");
  if (options.instructor) {
    const korean = path.join(english, "ko");
    const sources = options.language === "ko" && existsSync(korean) ? korean : english;
    console.log(t`Instructor mode: the sources in ${path.relative(repoRoot, sources)}/, with solutions and hidden tests. Clear outputs before you commit (npm run clear-outputs).`);
    if (sources === korean) console.log("  " + t`Present from notebooks/ko/, but edit notebooks/ and translations/ko/: npm run editions rebuilds notebooks/ko/ from them and replaces any edit made there.`);
    return sources;
  }
  const actions = syncWorkspace(editionSources(options.language), options.workspace);
  for (const action of actions) if (action.message) console.log(action.message);
  const where = path.relative(process.cwd(), options.workspace) || ".";
  console.log(t`Your workspace: ${where}/ — your own copies of the notebooks; \`npm start\` never overwrites them. Start with 00-start-here.ipynb.`);
  return options.workspace;
}

function main(): void {
  const argv = process.argv.slice(2);
  // Every line below, refusals included, in the edition's language (--lang, default ko).
  setLanguage(requestedLanguage(argv));
  const parsed = parseStartOptions(argv, repoRoot);
  if ("error" in parsed) fail(parsed.error, 2);
  const options = parsed;
  checkInstalled();
  const jupyter = findJupyter();
  if (!jupyter) fail(installHint());
  registerKernel(jupyter);
  installPlotly(jupyter);
  const folder = courseFolder(options);
  const app = hasJupyterLab(jupyter) ? "lab" : "notebook";
  const args = [app, `--notebook-dir=${folder}`, ...options.jupyterArgs];
  // Jupyter refuses to run as root (as in many containers) unless told to.
  if (process.getuid?.() === 0 && !args.includes("--allow-root")) args.push("--allow-root");
  const command = `jupyter ${args.join(" ")}`;
  console.log(app === "lab" ? t`Opening the course in JupyterLab: ${command}` : t`Opening the course in the classic Notebook: ${command}`);
  const child = spawn(jupyter.jupyter, args, { stdio: "inherit" });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main();
