/**
 * `npm run grade -- <folder of submitted .ipynb> [--source notebooks/00-start-here.ipynb] [--out grades] [--parallel n] [--no-sandbox] [--shard i/N] [--lang en]`
 * `npm run grade -- --merge <shard output folder>… [--out grades] [--lang en]`
 *
 * Grades each submission (`<folder>/<student>.ipynb` or `<folder>/<student>/…/<notebook>.ipynb`) in
 * its own sandbox against the instructor's source notebook: hidden tests, points and grade_ids come
 * from the source, never from the submission. Writes <out>/gradebook.csv, <out>/feedback/<key>.md
 * and <out>/summary.txt as it goes; run again to resume. Without --source, the submissions' file name
 * (without a copy suffix such as " (1)") is looked up in notebooks/. Each feedback file is in the
 * language of the notebook submitted (the Korean edition's `metadata.course.language` is "ko"); the
 * gradebook and summary.txt stay in English. What this command prints, its refusals included, is in the
 * language of `--lang ko|en` (Korean by default, as `npm start`).
 *
 * On several machines (README: grading a large class on several machines): `--shard i/N` grades the
 * i-th of N shares of the class (grading/shards.ts says which students) and writes shard.json beside
 * the usual outputs; `--merge` joins the N shards' output folders into what one run would have written.
 * A bad command line is reported in one line with exit status 2; a failure while grading exits 1.
 */
import { existsSync, readdirSync } from "fs";
import path from "path";
import { setLanguage } from "../lib/src/i18n/language";
import { t } from "../lib/src/i18n/translate";
import { gradeFolder } from "./grading/grader";
import { mergeShards } from "./grading/merge";
import { withoutCopySuffix } from "./grading/names";
import { parseShard, UsageError } from "./grading/shards";
import { requestedLanguage, withoutLanguageOption } from "./workspace/start-options";

function listIpynb(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() && !e.name.startsWith(".") ? listIpynb(path.join(dir, e.name)) : e.isFile() && e.name.endsWith(".ipynb") ? [path.join(dir, e.name)] : []);
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined) throw new UsageError(t`expected a value after ${name}, found nothing`);
  if (value.startsWith("--")) throw new UsageError(t`expected a value after ${name}, found ${value}`);
  return value;
}


/** npm runs scripts in the checkout's root; paths on the command line are relative to where npm was called. */
const here = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

/** --merge <folder>… up to the next option, [--out folder]. */
async function merge(argv: string[], m: number): Promise<void> {
  const end = argv.findIndex((a, i) => i > m && a.startsWith("--"));
  const dirs = argv.slice(m + 1, end < 0 ? undefined : end);
  const rest = [...argv.slice(0, m), ...(end < 0 ? [] : argv.slice(end))];
  const stray = rest.find((a, i) => !a.startsWith("--") && rest[i - 1] !== "--out") ?? rest.find((a) => a.startsWith("--") && a !== "--out");
  if (stray) throw new UsageError(t`expected npm run grade -- --merge <shard output folder>… [--out folder], found also ${stray}`);
  await mergeShards(dirs.map(here), here(option(rest, "--out") ?? "grades"));
}

async function gradeClass(argv: string[]): Promise<void> {
  const shard = argv.includes("--shard") ? parseShard(argv[argv.indexOf("--shard") + 1]) : undefined;
  const withValue = ["--source", "--out", "--parallel", "--shard"];
  const given = argv.find((a, i) => !a.startsWith("--") && !withValue.includes(argv[i - 1] ?? ""));
  const folder = given && here(given);
  if (!folder) throw new Error(t`expected a folder of submitted notebooks, got nothing. Usage: npm run grade -- submissions/ [--source notebooks/NN-name.ipynb] [--lang en]`);
  if (!existsSync(folder)) throw new Error(t`expected a folder of submitted notebooks, got ${folder}. Usage: npm run grade -- submissions/ [--source notebooks/NN-name.ipynb] [--lang en]`);
  let source = option(argv, "--source") && here(option(argv, "--source")!);
  if (!source) {
    // The submissions' file names, without a browser's copy suffix: `02-perceptron (1).ipynb` → 02-perceptron.ipynb.
    const names = [...new Set(listIpynb(folder).map((f) => withoutCopySuffix(path.basename(f))))];
    const match = names.map((n) => path.join(__dirname, "..", "notebooks", n)).find(existsSync);
    if (!match) throw new Error(t`no notebook in notebooks/ is named like the submissions (${names.join(", ")}); pass --source`);
    source = match;
  }
  const parallel = option(argv, "--parallel");
  await gradeFolder(folder, { source, outDir: here(option(argv, "--out") ?? "grades"), parallel: parallel ? Number(parallel) : undefined, allowNoSandbox: argv.includes("--no-sandbox"), shard });
}

async function main(argv: string[]): Promise<void> {
  // Every line below, refusals included, in the language of --lang (Korean by default, as npm start).
  setLanguage(requestedLanguage(argv));
  const { rest: args, problem } = withoutLanguageOption(argv);
  if (problem) throw new UsageError(problem);
  const m = args.indexOf("--merge");
  await (m >= 0 ? merge(args, m) : gradeClass(args));
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`grade: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
