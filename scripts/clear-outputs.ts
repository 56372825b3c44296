/**
 * `npm run clear-outputs`: clears outputs and execution counts of every notebook under notebooks/
 * (or of the files given), keeping sources and metadata. Notebooks are committed clean.
 */
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { repoRoot } from "./kernel/jupyter";
import { listNotebooks } from "./kernel/notebook-files";

export function clearOutputs(file: string): boolean {
  const text = readFileSync(file, "utf8");
  const nb = JSON.parse(text);
  for (const cell of nb.cells) {
    if (cell.cell_type !== "code") continue;
    cell.outputs = [];
    cell.execution_count = null;
    if (cell.metadata) delete cell.metadata.execution;
  }
  const cleared = JSON.stringify(nb, null, 1) + "\n";
  if (cleared === text) return false;
  writeFileSync(file, cleared);
  return true;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : listNotebooks(path.join(repoRoot, "notebooks"));
for (const file of files) {
  console.log(`${clearOutputs(file) ? "cleared  " : "clean    "} ${path.relative(process.cwd(), file)}`);
}
