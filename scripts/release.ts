/**
 * `npm run release`: the course's notebooks (with solutions) → student notebooks in release/.
 *
 *   npm run release                      every notebooks/**.ipynb → release/<same path>
 *   npm run release -- --out dir a.ipynb  chosen notebooks → dir/<name>
 *
 * Each notebook becomes the learner's edition (scripts/workspace/learner-edition.ts), the same that
 * `npm start` puts in a learner's workspace: solutions become `throw new Error("not implemented yet")`,
 * the hidden-test cells are removed, outputs and execution counts are cleared; the other cells keep
 * their metadata (nbgrader's grade_ids, which the grader matches).
 */
import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import { readNotebook } from "./grading/notebook";
import { repoRoot } from "./kernel/jupyter";
import { listNotebooks } from "./kernel/notebook-files";
import { learnerNotebookText } from "./workspace/learner-edition";

/** Releases `files` (relative to `base`) into `outDir`; returns the written paths. */
export function release(files: string[], outDir: string, base: string): string[] {
  return files.map((file) => {
    const target = path.join(outDir, path.relative(base, file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, learnerNotebookText(readNotebook(file), path.basename(file)));
    return target;
  });
}

function main(argv: string[]): void {
  const outIndex = argv.indexOf("--out");
  const outDir = path.resolve(outIndex >= 0 ? argv[outIndex + 1]! : path.join(repoRoot, "release"));
  const named = argv.filter((_, i) => outIndex < 0 || (i !== outIndex && i !== outIndex + 1));
  const files = named.length ? named.map((f) => path.resolve(f)) : listNotebooks(path.join(repoRoot, "notebooks"));
  const base = named.length ? path.dirname(files[0]!) : path.join(repoRoot, "notebooks");
  for (const written of release(files, outDir, base)) console.log(`released ${path.relative(process.cwd(), written)}`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
