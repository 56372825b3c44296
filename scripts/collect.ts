/**
 * `npm run collect -- --notebook 02 [--from workspace-users] [--out grades/classes/02] [--lang en] [--grade [grade options…]]`:
 * every learner's notebooks of one number, from the learners' workspaces of a classroom hub
 * (<from>/<user>/<lang>/NN-*.ipynb, hub/jupyterhub_config.py), copied into a class folder as `npm run grade`
 * reads it: <out>/<user>/<lang>/<notebook>. With --grade, `npm run grade -- <out> --source notebooks/NN-….ipynb`
 * runs next, with any options after --grade (for example --out grades/02 --parallel 2). What it prints, its
 * refusals included, is in the language of `--lang ko|en` (Korean by default, as `npm start`), and so is
 * what the grading prints.
 *
 * A learner's folder is theirs: symbolic links and anything but a plain file are skipped and named, never
 * followed, and a file is opened without following links (O_NOFOLLOW), so a learner cannot make the
 * instructor copy another file into the class folder.
 */
import { spawnSync } from "child_process";
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { setLanguage } from "../lib/src/i18n/language";
import { t } from "../lib/src/i18n/translate";
import { repoRoot } from "./kernel/jupyter";
import { requestedLanguage, withoutLanguageOption } from "./workspace/start-options";

/** Marks a class folder made by this command (a dot file: the grader skips it). */
const MARKER = ".collected";
const MAX_BYTES = 20 * 1024 * 1024; // the grader's own limit for a submission

function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return argv[i] === name ? argv[i + 1] : argv[i]!.slice(name.length + 1);
}

/** npm runs scripts in the checkout's root; paths on the command line are relative to where npm was called. */
const here = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

function fail(message: string): never {
  console.error(`npm run collect: ${message}`);
  process.exit(2);
}

/** Reads a plain file without following a link at its last component; undefined (with the reason) otherwise. */
function readPlainFile(file: string): { data?: Buffer; problem?: string } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code === "ELOOP" ? t`a symbolic link` : String((error as Error).message) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: t`not a plain file` };
    if (stat.size > MAX_BYTES) return { problem: t`over ${MAX_BYTES / 1024 ** 2} MB` };
    return { data: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

export interface Collected {
  /** "<user>/<lang>/<file>" of every notebook copied. */
  copied: string[];
  /** A line per entry skipped, with the reason. */
  skipped: string[];
  /** Learners with a workspace but no notebook of that number. */
  without: string[];
}

/** Copies <from>/<user>/<lang>/<prefix>-*.ipynb into <out>/<user>/<lang>/ (out emptied first). */
export function collect(from: string, prefix: string, out: string): Collected {
  const result: Collected = { copied: [], skipped: [], without: [] };
  // The class folder is replaced on every run, but only one this command made (it holds the marker).
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, MARKER))) {
    throw new Error(t`${out} is not empty and was not made by npm run collect: choose another --out`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, MARKER), `notebooks ${prefix} collected from ${from}\n`);
  for (const user of readdirSync(from).sort()) {
    if (user.startsWith(".")) continue;
    const userDir = path.join(from, user);
    if (!lstatSync(userDir).isDirectory()) {
      result.skipped.push(t`${user}: not a folder`);
      continue;
    }
    mkdirSync(path.join(out, user)); // a learner without the notebook still gets a row in the gradebook
    let found = 0;
    for (const language of readdirSync(userDir).sort()) {
      const languageDir = path.join(userDir, language);
      if (!lstatSync(languageDir).isDirectory()) continue; // a link or a file: never followed
      for (const file of readdirSync(languageDir).sort()) {
        if (!file.startsWith(`${prefix}-`) || !file.endsWith(".ipynb")) continue;
        const { data, problem } = readPlainFile(path.join(languageDir, file));
        const name = `${user}/${language}/${file}`;
        if (!data) {
          result.skipped.push(`${name}: ${problem}`);
          continue;
        }
        mkdirSync(path.join(out, user, language), { recursive: true });
        writeFileSync(path.join(out, user, language, file), data);
        result.copied.push(name);
        found++;
      }
    }
    if (found === 0) result.without.push(user);
  }
  return result;
}


/** Prints what was copied, skipped and missing. */
function report(result: Collected, number: string, out: string): void {
  for (const line of result.skipped) console.log("  " + t`skipped ${line}`);
  for (const user of result.without) console.log("  " + t`${user}: no notebook ${number} in their workspace (graded as missing)`);
  const learners = new Set(result.copied.map((c) => c.split("/")[0])).size;
  console.log(t`✔ ${result.copied.length} notebook(s) ${number} of ${learners} learner(s) in ${out}/`);
}

function main(argv: string[]): void {
  // Every line below, refusals included, in the language of --lang (Korean by default, as npm start).
  const language = requestedLanguage(argv);
  setLanguage(language);
  const gradeAt = argv.indexOf("--grade");
  const own = gradeAt >= 0 ? argv.slice(0, gradeAt) : argv;
  const gradeArgs = gradeAt >= 0 ? argv.slice(gradeAt + 1) : undefined;
  const { problem } = withoutLanguageOption(own);
  if (problem) fail(problem);
  const number = option(own, "--notebook");
  if (!number || !/^\d\d$/.test(number)) fail(t`--notebook takes a notebook number, for example --notebook 02`);
  const source = readdirSync(path.join(repoRoot, "notebooks")).find((f) => f.startsWith(`${number}-`) && f.endsWith(".ipynb"));
  if (!source) fail(t`the course has no notebook ${number} (notebooks/${number}-*.ipynb)`);
  const from = here(option(own, "--from") ?? path.join(repoRoot, "workspace-users"));
  if (!existsSync(from)) fail(t`no learners' workspaces in ${from} (--from)`);
  const out = here(option(own, "--out") ?? path.join("grades", "classes", number));
  let result: Collected;
  try {
    result = collect(from, number, out);
  } catch (error) {
    fail((error as Error).message);
  }
  report(result, number, out);
  // The grading speaks the same language: --lang en is passed on (Korean is its default too).
  const grade = [out, "--source", path.join(repoRoot, "notebooks", source), ...(language === "en" ? ["--lang", "en"] : [])];
  if (!gradeArgs) {
    const command = `npm run grade -- ${grade.join(" ")} --out ${here(path.join("grades", number))}`;
    console.log(t`Next: ${command}`);
    return;
  }
  const tsNode = path.join(repoRoot, "node_modules", ".bin", "ts-node");
  const outArgs = gradeArgs.includes("--out") ? [] : ["--out", here(path.join("grades", number))];
  console.log(`npm run grade -- ${[...grade, ...outArgs, ...gradeArgs].join(" ")}`);
  const graded = spawnSync(tsNode, [path.join(repoRoot, "scripts", "grade.ts"), ...grade, ...outArgs, ...gradeArgs], { stdio: "inherit" });
  process.exit(graded.status ?? 1);
}

if (require.main === module) main(process.argv.slice(2));
