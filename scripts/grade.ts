/**
 * `npm run grade -- <folder of submitted .ipynb> [--source notebooks/00-start-here.ipynb] [--out grades] [--parallel n] [--no-sandbox]`
 *
 * Grades each submission (`<folder>/<student>.ipynb` or `<folder>/<student>/…/<notebook>.ipynb`) in
 * its own sandbox against the instructor's source notebook: hidden tests, points and grade_ids come
 * from the source, never from the submission. Writes <out>/gradebook.csv, <out>/feedback/<key>.md
 * and <out>/summary.txt as it goes; run again to resume. Without --source, the submissions' file name
 * (without a copy suffix such as " (1)") is looked up in notebooks/. Each feedback file is in the
 * language of the notebook submitted (the Korean edition's `metadata.course.language` is "ko"); the
 * gradebook, the summary and these lines stay in English.
 */
import { existsSync, readdirSync } from "fs";
import path from "path";
import { gradeFolder } from "./grading/grader";
import { withoutCopySuffix } from "./grading/names";

function listIpynb(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() && !e.name.startsWith(".") ? listIpynb(path.join(dir, e.name)) : e.isFile() && e.name.endsWith(".ipynb") ? [path.join(dir, e.name)] : []);
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** npm runs scripts in the checkout's root; paths on the command line are relative to where npm was called. */
const here = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

async function main(argv: string[]): Promise<void> {
  const withValue = ["--source", "--out", "--parallel"];
  const given = argv.find((a, i) => !a.startsWith("--") && !withValue.includes(argv[i - 1] ?? ""));
  const folder = given && here(given);
  if (!folder || !existsSync(folder)) throw new Error(`expected a folder of submitted notebooks, got ${folder ?? "nothing"}. Usage: npm run grade -- submissions/ [--source notebooks/NN-name.ipynb]`);
  let source = option(argv, "--source") && here(option(argv, "--source")!);
  if (!source) {
    // The submissions' file names, without a browser's copy suffix: `02-perceptron (1).ipynb` → 02-perceptron.ipynb.
    const names = [...new Set(listIpynb(folder).map((f) => withoutCopySuffix(path.basename(f))))];
    const match = names.map((n) => path.join(__dirname, "..", "notebooks", n)).find(existsSync);
    if (!match) throw new Error(`no notebook in notebooks/ is named like the submissions (${names.join(", ")}); pass --source`);
    source = match;
  }
  const parallel = option(argv, "--parallel");
  await gradeFolder(folder, { source, outDir: here(option(argv, "--out") ?? "grades"), parallel: parallel ? Number(parallel) : undefined, allowNoSandbox: argv.includes("--no-sandbox") });
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`grade: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
