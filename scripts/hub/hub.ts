/**
 * `npm run hub -- …`: the course on a classroom JupyterHub (hub/jupyterhub_config.py, hub/README.md).
 *
 *   npm run hub -- setup [--prefix /usr/local] [--lang en]
 *       once per server, as root: the course's TypeScript kernel ("tslab", this checkout's course kernel
 *       run by this Node.js) and plotly.js for the classic Notebook, system-wide in <prefix>/share/jupyter,
 *       and the folder of the learners' workspaces (workspace-users/, root's, 0755).
 *   npm run hub -- workspace <user> <ko|en> [--root <folder inside the checkout>]
 *       the hub's pre-spawn hook, run as the learner: brings <root>/<user>/<lang>/ up to date with the
 *       learner's edition (the same rules as `npm start`: a notebook the learner changed is never
 *       overwritten) and prints the folder.
 *
 * What it prints, its refusals included, is in the language of `--lang ko|en` (Korean by default, as `npm start`);
 * `workspace` speaks the learner's language once it has read it.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync } from "fs";
import path from "path";
import { setLanguage } from "../../lib/src/i18n/language";
import { t } from "../../lib/src/i18n/translate";
import { repoRoot, writeKernelSpec } from "../kernel/jupyter";
import { listNotebooks } from "../kernel/notebook-files";
import { LANGUAGES, requestedLanguage, type Language, withoutLanguageOption } from "../workspace/start-options";
import { syncWorkspace } from "../workspace/workspace";

/** Where the learners' workspaces live unless --root says otherwise (git-ignored: /workspace-*\/). */
export const DEFAULT_WORKSPACES = path.join(repoRoot, "workspace-users");

/** The source of each notebook in `language`: notebooks/ko/ where a Korean edition exists, else the English one. */
export function editionSources(language: Language): string[] {
  const english = path.join(repoRoot, "notebooks");
  return listNotebooks(english).filter((f) => path.dirname(f) === english).map((file) => {
    const edition = path.join(english, language, path.basename(file));
    return language !== "en" && existsSync(edition) ? edition : file;
  });
}

/** A hub user name that is safe as one folder name (JupyterHub allows more than that; refuse the rest). */
export function checkUserName(name: string): string | undefined {
  if (!/^[\p{L}\p{N}_][\p{L}\p{N}._@-]{0,63}$/u.test(name)) return t`not a user name this course can use as a folder: ${JSON.stringify(name)}`;
  return undefined;
}

/** Inside the checkout (the course kernel loads the library from there and refuses notebooks elsewhere). */
function checkInside(folder: string): string | undefined {
  const relative = path.relative(repoRoot, folder);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
    return t`the workspaces must be in a folder inside the course folder ${repoRoot} (its notebooks load the course library from there), got ${folder}`;
  }
  return undefined;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return argv[i] === name ? argv[i + 1] : argv[i]!.slice(name.length + 1);
}

function fail(message: string): never {
  console.error(`npm run hub: ${message}`);
  process.exit(2);
}

function setup(argv: string[]): void {
  const prefix = path.resolve(option(argv, "--prefix") ?? "/usr/local");
  const jupyterData = path.join(prefix, "share", "jupyter");
  const spec = writeKernelSpec(path.join(jupyterData, "kernels"));
  console.log(t`✔ kernel "tslab" (the course kernel of ${repoRoot}, ${process.execPath}): ${spec}`);
  const plotly = require.resolve("plotly.js-cartesian-dist-min/plotly-cartesian.min.js", { paths: [path.join(repoRoot, "lib")] });
  const target = path.join(jupyterData, "nbextensions", "dlbasics", "plotly-cartesian.min.js");
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(plotly, target);
  console.log(t`✔ plotly.js for the classic Notebook: ${target}`);
  const root = path.resolve(option(argv, "--root") ?? DEFAULT_WORKSPACES);
  const outside = checkInside(root);
  if (outside) fail(outside);
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755);
  console.log(t`✔ learners' workspaces: ${root}/<user>/<ko|en>/ (each <user> folder is the learner's, mode 0700)`);
}

function workspace(argv: string[]): void {
  const positional = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--root");
  const [user, language] = positional;
  if (!user || !language) fail(t`usage: npm run hub -- workspace <user> <ko|en> [--root <folder>]`);
  if (!LANGUAGES.includes(language as Language)) fail(t`the language is ko or en, got ${language}`);
  // From here on, the learner's language.
  setLanguage(language as Language);
  const badName = checkUserName(user);
  if (badName) fail(badName);
  const root = path.resolve(option(argv, "--root") ?? DEFAULT_WORKSPACES);
  const outside = checkInside(root);
  if (outside) fail(outside);
  const folder = path.join(root, user, language);
  for (const action of syncWorkspace(editionSources(language as Language), folder)) if (action.message) console.error(action.message);
  console.log(folder);
}


function main(argv: string[]): void {
  // Every line below, refusals included, in the language of --lang (Korean by default, as npm start).
  setLanguage(requestedLanguage(argv));
  const { rest: args, problem } = withoutLanguageOption(argv);
  if (problem) fail(problem);
  const [command, ...rest] = args;
  if (command === "setup") setup(rest);
  else if (command === "workspace") workspace(rest);
  else fail(t`usage: npm run hub -- setup [--prefix /usr/local] [--lang en] | npm run hub -- workspace <user> <ko|en> [--root <folder>]`);
}

main(process.argv.slice(2));
