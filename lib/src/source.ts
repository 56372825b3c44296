/**
 * Reading the library from a notebook: `nn.showSource("backprop")` prints the TypeScript source of a
 * library function, class or constant, with its documentation comment, straight from lib/src — the
 * real code, not a copy that could drift (notebook 00 introduces it; notebook 05 reads backprop).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import { ValueError, describeValue } from "./errors";
import { t } from "./i18n/translate";

/** Where a declaration lives: the file relative to the repository, its lines (from 1) and its text. */
export interface SourceLocation {
  file: string;
  firstLine: number;
  lastLine: number;
  text: string;
}

/** lib/src, found from the compiled lib/dist beside it. */
export function sourceDirectory(): string {
  return path.resolve(__dirname, "..", "src");
}

/** Finds the exported declaration `name` in lib/src and returns its source with the comment above it. */
export function findSource(name: string): SourceLocation {
  if (typeof name !== "string" || !/^[A-Za-z_$][\w$]*$/.test(name)) {
    throw new ValueError("findSource", t`the name of a library export such as "backprop"`, describeValue(name));
  }
  const root = sourceDirectory();
  if (!existsSync(root)) throw new ValueError("findSource", t`the library sources in ${root}`, t`no such folder`, t`Reinstall the course with \`npm install\`.`);
  const declaration = new RegExp(`^export (?:declare )?(?:async )?(?:function\\*? |const |let |class |interface |type |abstract class )${name.replace(/\$/g, "\\$")}\\b`);
  for (const file of sourceFiles(root)) {
    const lines = readFileSync(file, "utf8").split("\n");
    // Overloads declare the name several times: from the first signature to the body of the last.
    const found = lines.flatMap((line, i) => (declaration.test(line) ? [i] : []));
    if (found.length > 0) return locate(path.relative(path.resolve(root, "..", ".."), file), lines, found[0]!, found[found.length - 1]!);
  }
  throw new ValueError("findSource", t`an exported function, class or constant of lib/src named ${name}`, t`no such export`,
    t`Type \`nn.\` and press Tab to see the names the library exports.`);
}

/** Prints the source of `name` (see findSource) under a header naming the file and lines. */
export function showSource(name: string): void {
  const found = findSource(name);
  console.log(t`// ${found.file}, lines ${found.firstLine}–${found.lastLine}` + `\n${found.text}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return entry.endsWith(".ts") && !entry.endsWith(".d.ts") ? [full] : [];
  });
}

/** From the JSDoc above line `start` to the end of the declaration on line `body` (a line closing it at column 0). */
function locate(file: string, lines: string[], start: number, body: number): SourceLocation {
  let first = start;
  if (lines[start - 1]?.trim().endsWith("*/")) {
    first = start - 1;
    while (first > 0 && !lines[first]!.trim().startsWith("/**")) first--;
  }
  let last = body;
  const opensBlock = /[{(\[]\s*$/.test(lines[body]!) || !/;\s*$/.test(lines[body]!);
  if (opensBlock) {
    while (last < lines.length - 1 && !/^[}\])]/.test(lines[last]!)) last++;
  }
  return { file, firstLine: first + 1, lastLine: last + 1, text: lines.slice(first, last + 1).join("\n") };
}
