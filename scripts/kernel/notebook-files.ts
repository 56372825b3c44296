/** Finding the course's notebooks on disk. */
import { readdirSync, statSync } from "fs";
import path from "path";

/** Every .ipynb under a folder, sorted, skipping checkpoints. */
export function listNotebooks(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== ".ipynb_checkpoints" && name !== "node_modules") found.push(...listNotebooks(full));
    } else if (name.endsWith(".ipynb")) {
      found.push(full);
    }
  }
  return found;
}
