/**
 * `npm run grade -- <folder of submitted .ipynb> [--source notebooks/00-start-here.ipynb] [--out grades] [--parallel n]`
 *
 * Grades each submission (`<folder>/<student>.ipynb` or `<folder>/<student>/…/<notebook>.ipynb`) on
 * the tslab kernel against the instructor's source notebook: hidden tests, points and grade_ids come
 * from the source, never from the submission. Writes <out>/gradebook.csv, <out>/feedback/<student>.md
 * and <out>/summary.txt. Without --source, the submissions' file name is looked up in notebooks/.
 */
import { existsSync } from "fs";
import path from "path";
import { findSubmissions, gradeFolder } from "./grading/grader";

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** npm runs scripts in the checkout's root; paths on the command line are relative to where npm was called. */
const here = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

async function main(argv: string[]): Promise<void> {
  const given = argv.find((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
  const folder = given && here(given);
  if (!folder || !existsSync(folder)) throw new Error(`expected a folder of submitted notebooks, got ${folder ?? "nothing"}. Usage: npm run grade -- submissions/ [--source notebooks/NN-name.ipynb]`);
  let source = option(argv, "--source") && here(option(argv, "--source")!);
  if (!source) {
    const names = [...new Set(findSubmissions(folder).map((s) => path.basename(s.file)))];
    const match = names.map((n) => path.join(__dirname, "..", "notebooks", n)).find(existsSync);
    if (!match) throw new Error(`no notebook in notebooks/ is named like the submissions (${names.join(", ")}); pass --source`);
    source = match;
  }
  const parallel = option(argv, "--parallel");
  await gradeFolder(folder, { source, outDir: here(option(argv, "--out") ?? "grades"), parallel: parallel ? Number(parallel) : undefined });
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`grade: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
