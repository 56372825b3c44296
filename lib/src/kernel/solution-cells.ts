/**
 * Solution cells in the course kernel: a learner's answer that does not compile must not stop the
 * notebook (the learner's edition; see lib/src/kernel/course-kernel.ts).
 *
 * A cell is a solution cell when it declares the function of one of the course's exercises
 * (`function sigmoidNeuron(…)`). When it does not compile, the kernel declares each of its top-level
 * names again as a stand-in `(...args: any[]) => any` that throws `notCompiledYet(name)`, so every
 * later cell still compiles and the check cell can say what is wrong, with the learner's line.
 */
import type * as TypeScript from "typescript";
import type { CompileProblem } from "../exercises/compile-state";
import { t } from "../i18n/translate";

/** One compiler message about a cell, as tslab prints it: 1-based line and column. */
export interface CellDiagnostic {
  line: number;
  column: number;
  message: string;
  /** Set when the message is about another file than the cell. */
  fileName?: string;
}

/** The names a cell declares at its top level: functions, classes, variables (incomplete code too). */
export function declaredNames(ts: typeof TypeScript, source: string): string[] {
  const file = ts.createSourceFile("cell.ts", source, ts.ScriptTarget.ES2020, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const statement of file.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.push(statement.name.text);
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
      }
    }
  }
  return [...new Set(names)];
}

/** Only the cell's function and class declarations: what is kept when a top-level statement throws. */
export function declarationsOnly(ts: typeof TypeScript, source: string): string {
  const file = ts.createSourceFile("cell.ts", source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  return file.statements
    .filter((s) => ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s))
    .map((s) => s.getFullText(file).replace(/^\n+/, ""))
    .join("\n");
}

const STAND_IN_IMPORT = "dlbasicsNotCompiledYet";

/** The code that declares each name as a function that throws `notCompiledYet(name)`. */
export function standInSource(names: readonly string[]): string {
  const lines = [`import { notCompiledYet as ${STAND_IN_IMPORT} } from "dlbasics";`];
  for (const name of names) lines.push(`function ${name}(..._args: any[]): any { throw ${STAND_IN_IMPORT}(${JSON.stringify(name)}); }`);
  return lines.join("\n");
}

/** The first problem the compiler found in the cell itself, with the learner's line of code. */
export function firstProblem(diagnostics: readonly CellDiagnostic[], source: string): CompileProblem {
  const own = diagnostics.find((d) => d.fileName === undefined) ?? diagnostics[0];
  if (!own) return { line: 0, message: t`the cell did not compile`, code: "" };
  const code = (source.split("\n")[own.line - 1] ?? "").trim();
  return { line: own.line, message: own.message, code: code.length > 100 ? code.slice(0, 99) + "…" : code };
}

/** How the solution cell itself reports that it does not compile: one line per problem (at most three). */
export function describeDiagnostics(diagnostics: readonly CellDiagnostic[], source: string): string {
  const lines = source.split("\n");
  const shown = diagnostics.slice(0, 3).map((d) => {
    const code = d.fileName === undefined ? (lines[d.line - 1] ?? "").trim() : "";
    return "  " + t`line ${d.line}, column ${d.column}: ${d.message}` + (code ? `\n      ${code}` : "");
  });
  if (diagnostics.length > 3) shown.push("  " + t`… and ${diagnostics.length - 3} more`);
  return shown.join("\n");
}
