/**
 * The grading notebook: the instructor's source notebook with the student's solution cells put in.
 *
 * Everything but the solution cells comes from the source (hidden tests, points, grade_ids, check
 * cells), never from the submission. Each grade cell first switches the lib to grading mode with the
 * run's nonce, so its results are printed as tagged lines the grader compares outside the kernel.
 */
import { type Cell, type Notebook, readNotebook, releaseNotebook, sourceOf, toSourceLines } from "./notebook";

/** One graded exercise: a grade cell of the source notebook. */
export interface ExerciseSpec {
  id: string;
  points: number;
  /** Index of the grade cell in the source notebook. */
  gradeCell: number;
  /** Index of the solution cell before it, if any. */
  solutionCell?: number;
}

export const SOLUTION_CELL_TIMEOUT = 20;
export const GRADE_CELL_TIMEOUT = 60;

const meta = (cell: Cell) => cell.metadata?.nbgrader;

/** The exercises of a source notebook: its grade cells with points, in order. */
export function exercisesOf(source: Notebook): ExerciseSpec[] {
  const specs: ExerciseSpec[] = [];
  let lastSolution: number | undefined;
  source.cells.forEach((cell, i) => {
    const m = meta(cell);
    if (m?.solution && cell.cell_type === "code") lastSolution = i;
    if (m?.grade && cell.cell_type === "code") {
      specs.push({ id: m.grade_id, points: Number(m.points ?? 0), gradeCell: i, solutionCell: lastSolution });
      lastSolution = undefined;
    }
  });
  return specs;
}

/**
 * The student's solution cells by grade_id, from whatever the submission file holds. Anything that is
 * not a notebook gives none (every exercise is then graded as missing).
 */
export function solutionsOf(file: string): { solutions: Map<string, string>; problem?: string } {
  let nb: Notebook;
  try {
    nb = readNotebook(file);
  } catch (error) {
    return { solutions: new Map(), problem: `not a readable notebook (${error instanceof Error ? error.message.split("\n")[0] : String(error)})` };
  }
  const solutions = new Map<string, string>();
  for (const cell of nb.cells) {
    const m = meta(cell);
    if (cell && cell.cell_type === "code" && m?.solution && typeof m.grade_id === "string" && !solutions.has(m.grade_id)) {
      solutions.set(m.grade_id, sourceOf(cell));
    }
  }
  return { solutions };
}

/** The notebook to run for one submission (or, with the source's own solutions, for the reference). */
export function gradingNotebook(source: Notebook, solutions: Map<string, string> | "reference", nonce: string, skip: ReadonlySet<number> = new Set()): Notebook {
  const released = releaseNotebook(source);
  const cells = source.cells.map((cell, i): Cell => {
    const m = meta(cell);
    const copy: Cell = { ...cell, metadata: { ...cell.metadata } };
    if (cell.cell_type === "code") Object.assign(copy, { outputs: [], execution_count: null });
    if (cell.cell_type !== "code" || !m) return copy;
    if (m.solution) {
      // A missing or skipped solution becomes the released stub, signature included, so it reads as unattempted.
      const stub = sourceOf(released.cells[i]!);
      const text = skip.has(i) ? stub : solutions === "reference" ? sourceOf(cell) : solutions.get(m.grade_id) ?? stub;
      copy.source = toSourceLines(text);
      copy.metadata.course = { timeout: SOLUTION_CELL_TIMEOUT };
    } else if (m.grade) {
      // A fresh alias of the lib that no earlier cell can have shadowed.
      const lib = `dlbasics_${nonce}`;
      const tests = sourceOf(cell).replace(/\bnn\.hiddenChecks\(/g, `${lib}.hiddenChecks(`);
      copy.source = toSourceLines(`import * as ${lib} from "dlbasics";\n${lib}.gradingMode("${nonce}");\n${tests}`);
      copy.metadata.course = { timeout: GRADE_CELL_TIMEOUT };
    }
    return copy;
  });
  const first = cells.find((c) => c.cell_type === "code");
  if (first) first.source = toSourceLines(`${FREEZE_LIB}\n${sourceOf(first)}`);
  return { ...source, cells };
}

/**
 * Runs before any student code: loads the lib and freezes the exports of each of its modules, so a
 * submission cannot swap the functions the hidden tests use (hiddenChecks, callWithTimeout, …).
 */
export const FREEZE_LIB =
  '{ require("dlbasics"); for (const file of Object.keys(require.cache)) if (file.includes("/node_modules/dlbasics/")) Object.freeze(require.cache[file]!.exports); }';
