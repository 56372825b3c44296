/**
 * The notebooks the grader runs, built from the instructor's source notebook.
 *
 * - The reference notebook is the source itself (instructor code only), with each grade cell's
 *   `nn.hiddenChecks(id, fn, cases)` turned into `record(...)`: it prints every case's arguments as
 *   JSON and what the instructor's solution returned.
 * - A submission's notebook is the source with the student's solution cells put in and each grade
 *   cell replaced by `call(...)`, which calls the student's function on copies of the recorded
 *   arguments. No hidden-test code, expected value or comparison is ever in it; the grader compares.
 *
 * Check cells (visible checks: the grader reports those itself) and everything after the last grade
 * cell (it cannot change a grade; 06 trains MNIST there) are not run. Everything but the solution
 * cells comes from the source, never from the submission.
 */
import ts from "typescript";
import type { Language } from "../../lib/src/i18n/language";
import { t } from "../../lib/src/i18n/translate";
import { type Cell, type Notebook, readNotebook, releaseNotebook, sourceOf, toSourceLines } from "./notebook";

/** One graded exercise: a grade cell of the source notebook. */
export interface ExerciseSpec {
  id: string;
  points: number;
  /** Index of the grade cell in the source notebook. */
  gradeCell: number;
  /** Index of the solution cell before it, if any. */
  solutionCell?: number;
  /** The function argument of its `nn.hiddenChecks(id, fn, cases)`, as written: `weightedSum`, `nn.thrownAsText(matmul)`. */
  fnText: string;
}

export const SOLUTION_CELL_TIMEOUT = 20;
export const GRADE_CELL_TIMEOUT = 60;
/** The in-kernel helper, as each run folder holds it. */
export const REALM_FILE = "grader-realm.js";
const REALM = `require(require("path").join(process.cwd(), "${REALM_FILE}"))`;

const meta = (cell: Cell) => cell.metadata?.nbgrader;

/** The `nn.hiddenChecks(...)` call of a grade cell: its id, function text and where it starts. */
export function hiddenChecksCall(text: string, where: string): { id: string; fnText: string; start: number } {
  const file = ts.createSourceFile("cell.ts", text, ts.ScriptTarget.Latest, true);
  const found: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "hiddenChecks") found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  const call = found[0];
  const [id, fn, cases] = call?.arguments ?? [];
  if (found.length !== 1 || !id || !ts.isStringLiteral(id) || !fn || !cases) {
    throw new Error(`${where}: a grade cell must hold exactly one nn.hiddenChecks("<id>", fn, [cases…]) call`);
  }
  return { id: id.text, fnText: fn.getText(file), start: call!.getStart(file) };
}

/** The exercises of a source notebook: its grade cells with points, in order. */
export function exercisesOf(source: Notebook): ExerciseSpec[] {
  const specs: ExerciseSpec[] = [];
  let lastSolution: number | undefined;
  source.cells.forEach((cell, i) => {
    const m = meta(cell);
    if (m?.solution && cell.cell_type === "code") lastSolution = i;
    if (m?.grade && cell.cell_type === "code") {
      const { fnText } = hiddenChecksCall(sourceOf(cell), `cell ${i + 1} (${m.grade_id})`);
      specs.push({ id: m.grade_id, points: Number(m.points ?? 0), gradeCell: i, solutionCell: lastSolution, fnText });
      lastSolution = undefined;
    }
  });
  return specs;
}

/** What a submission holds for the exercises: its solution cells by grade_id, and notes for the feedback. */
export interface Solutions {
  solutions: Map<string, string>;
  notes: string[];
  problem?: string;
}

const normalized = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The student's solution cells by grade_id. Rule for a grade_id found in several solution cells (a
 * cell copied by hand): the last one that differs from the released stub is graded, and the
 * feedback says so. Anything that is not a notebook gives none (every exercise is then `unreadable`).
 * Notes and problem are in the language of the library's messages (the grader sets the submission's).
 */
export function solutionsOf(file: string, source: Notebook): Solutions {
  let nb: Notebook;
  try {
    nb = readNotebook(file);
  } catch (error) {
    return { solutions: new Map(), notes: [], problem: t`not a readable notebook (${error instanceof Error ? error.message.split("\n")[0]!.slice(0, 200) : String(error)})` };
  }
  const released = releaseNotebook(source);
  const stubs = new Map<string, string>();
  source.cells.forEach((cell, i) => {
    const m = meta(cell);
    if (m?.solution && cell.cell_type === "code") stubs.set(m.grade_id, normalized(sourceOf(released.cells[i]!)));
  });
  const found = new Map<string, string[]>();
  for (const cell of nb.cells) {
    const m = cell && typeof cell === "object" ? meta(cell) : undefined;
    if (cell?.cell_type === "code" && m?.solution && typeof m.grade_id === "string" && stubs.has(m.grade_id)) {
      found.set(m.grade_id, [...(found.get(m.grade_id) ?? []), sourceOf(cell)]);
    }
  }
  const solutions = new Map<string, string>();
  const notes: string[] = [];
  for (const [id, texts] of found) {
    const attempted = texts.filter((text) => normalized(text) !== stubs.get(id));
    solutions.set(id, attempted.at(-1) ?? texts.at(-1)!);
    if (texts.length > 1) {
      notes.push(t`Your notebook has ${texts.length} solution cells for ${id}; the grader took the last one you changed (README: duplicated cells).`);
    }
  }
  return { solutions, notes };
}

/** The check cells: a locked cell that only runs `nn.check(...)`. */
function isCheckCell(cell: Cell): boolean {
  const m = meta(cell);
  return cell.cell_type === "code" && !!m && !m.solution && !m.grade && /^\s*nn\.check\(/.test(sourceOf(cell).replace(/^\s*\/\/.*$/gm, ""));
}

function withTimeout(cell: Cell, text: string, timeout?: number): Cell {
  const copy: Cell = { ...cell, metadata: { ...cell.metadata }, source: toSourceLines(text), outputs: [], execution_count: null };
  if (timeout !== undefined) copy.metadata.course = { ...(cell.metadata.course as object), timeout };
  return copy;
}

/** Where the call of exercise `spec`'s hidden cases goes: after the last grade cell, one cell per exercise in order. */
export function hiddenCallCell(specs: ExerciseSpec[], spec: ExerciseSpec): number {
  return Math.max(...specs.map((s) => s.gradeCell)) + 1 + specs.indexOf(spec);
}

/** Cells up to the last grade cell, check cells emptied, solution and grade cells replaced by `edit`. */
function shaped(source: Notebook, edit: (cell: Cell, i: number, spec: ExerciseSpec | undefined) => Cell, extra: Cell[] = []): Notebook {
  const specs = exercisesOf(source);
  const last = Math.max(-1, ...specs.map((s) => s.gradeCell));
  const cells = source.cells.slice(0, last + 1).map((cell, i): Cell => {
    if (isCheckCell(cell)) return withTimeout(cell, "");
    const copy = cell.cell_type === "code" ? withTimeout(cell, sourceOf(cell)) : { ...cell };
    return edit(copy, i, specs.find((s) => s.gradeCell === i));
  });
  // The helper is loaded before any student code runs (it keeps the globals it uses as they were then).
  const first = cells.find((c) => c.cell_type === "code" && sourceOf(c).trim() !== "");
  if (first) first.source = toSourceLines(`${REALM};\n${sourceOf(first)}`);
  return { ...source, cells: [...cells, ...extra] };
}

/** The reference notebook: the source with each grade cell recording its cases and the instructor's results. */
export function referenceNotebook(source: Notebook, tag: string): Notebook {
  return shaped(source, (cell, i, spec) => {
    const m = meta(cell);
    if (m?.solution) return withTimeout(cell, sourceOf(cell), SOLUTION_CELL_TIMEOUT);
    if (!spec) return cell;
    const text = sourceOf(cell);
    const { start } = hiddenChecksCall(text, `cell ${i + 1}`);
    const callee = text.indexOf("hiddenChecks(", start) + "hiddenChecks(".length;
    return withTimeout(cell, `${text.slice(0, start)}${REALM}.record("${tag}", ${text.slice(callee)}`, GRADE_CELL_TIMEOUT);
  });
}

/**
 * A submission's notebook: its solutions (or the released stub where it has none or where `skip`
 * names the cell); in place of each grade cell a call of the student's function on the visible cases,
 * and after the last one a cell per exercise calling it on the hidden cases. Every value the feedback
 * quotes is thus produced before any hidden input has entered the kernel or its folder.
 * `timeouts` gives the limit of the other code cells (from the reference run). `language` is the
 * submission's edition: the first cell sets it (`nn.setLanguage`), so that an error the library throws
 * in the student's function reaches the feedback in the student's language.
 */
export function submissionNotebook(source: Notebook, solutions: Map<string, string>, tag: string, options: {
  skip?: ReadonlySet<number>; callTimeout: (spec: ExerciseSpec) => number; callMs: (spec: ExerciseSpec) => number; timeouts: Map<number, number>;
  language?: Language;
}): Notebook {
  const released = releaseNotebook(source);
  const nb = shaped(source, (cell, i, spec) => {
    const m = meta(cell);
    if (m?.solution && cell.cell_type === "code") {
      const stub = sourceOf(released.cells[i]!);
      return withTimeout(cell, options.skip?.has(i) ? stub : solutions.get(m.grade_id) ?? stub, SOLUTION_CELL_TIMEOUT);
    }
    if (spec) return withTimeout(cell, callText(tag, spec, options.callMs(spec), "v"), options.callTimeout(spec));
    return cell.cell_type === "code" ? withTimeout(cell, sourceOf(cell), options.timeouts.get(i)) : cell;
  }, exercisesOf(source).map((spec) => withTimeout({ cell_type: "code", source: [], metadata: {} }, callText(tag, spec, options.callMs(spec), "h"), options.callTimeout(spec))));
  const first = nb.cells.find((c) => c.cell_type === "code" && sourceOf(c).trim() !== "");
  if (options.language && first) first.source = toSourceLines(inLanguageCell(sourceOf(first), options.language));
  return nb;
}

const SET_LANGUAGE = /^\s*[\w$]+\.setLanguage\(\s*["'][\w-]*["']\s*\)\s*;?\s*(\/\/.*)?$/;
const IMPORT_LIBRARY = /^\s*import\s+\*\s+as\s+([\w$]+)\s+from\s+["']dlbasics["']/;

/**
 * A first cell that sets the library's language to `language`: the source's own `nn.setLanguage(…)`
 * line (the source may be the other edition) is dropped and `nn.setLanguage("<language>")` put right
 * after the import of dlbasics (or, without one, after the grader's first line).
 */
export function inLanguageCell(text: string, language: Language): string {
  const lines = text.split("\n").filter((line) => !SET_LANGUAGE.test(line));
  const at = lines.findIndex((line) => IMPORT_LIBRARY.test(line));
  const call = at >= 0 ? `${IMPORT_LIBRARY.exec(lines[at]!)![1]}.setLanguage(${JSON.stringify(language)});` : `require("dlbasics").setLanguage(${JSON.stringify(language)});`;
  lines.splice(at >= 0 ? at + 1 : Math.min(1, lines.length), 0, call);
  return lines.join("\n");
}

function callText(tag: string, spec: ExerciseSpec, ms: number, which: "v" | "h"): string {
  return `${REALM}.call("${tag}", "${spec.id}", () => (${spec.fnText}), ${ms}, "${which}");`;
}
