/**
 * The course's rules for every notebook, checked on the committed files: slide metadata for classroom
 * walkthroughs (every # and ## heading starts a slide, wherever it stands in a cell), the one-day plan
 * (issue 15: every cell on the core path or a deep dive, section by section, with a core exercise in every
 * notebook), the deck's Korean terms in the title, at least three graded exercises in 01–10 whose points
 * and ids agree with the library's exercise definitions, a check cell after each solution, the progress
 * cell last, and the time budgets of issues 6 and 7. The checks are functions, proved on
 * tests/fixtures/structure-defects.ipynb to fail where they should.
 */
import { readFileSync } from "fs";
import path from "path";
import { describe, expect, it } from "vitest";
import { listExercises } from "../../lib/src/exercises";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { listNotebooks } from "../helpers/notebooks";

interface Cell {
  cell_type: string;
  source: string | string[];
  metadata: {
    slideshow?: { slide_type?: string };
    nbgrader?: { grade?: boolean; solution?: boolean; grade_id?: string; points?: number };
    course?: { path?: string; timeout?: number };
  };
}

const text = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);
const hangul = /[\uac00-\ud7a3]/;
const firstLine = (cell: Cell) => text(cell).split("\n")[0]!;

/** The # and ## headings of a Markdown cell, with their line (0 = the first), outside fenced code. */
function headings(cell: Cell): { line: number; heading: string }[] {
  if (cell.cell_type !== "markdown") return [];
  const found: { line: number; heading: string }[] = [];
  let fenced = false;
  text(cell).split("\n").forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^#{1,2} /.test(line)) found.push({ line: i, heading: line });
  });
  return found;
}

/**
 * Every cell has a slide type, and every # and ## heading starts a slide: it is the first line of a
 * Markdown cell whose slide type is "slide". A heading further down a cell, or in a cell that goes on the
 * current slide ("-"), would be shown in the middle of another slide (issue 15).
 */
function slideProblems(cells: Cell[]): string[] {
  const problems: string[] = [];
  cells.forEach((cell, i) => {
    const type = cell.metadata.slideshow?.slide_type;
    if (!/^(slide|subslide|fragment|skip|notes|-)$/.test(type ?? "")) problems.push(`cell ${i + 1}: slide type ${type ?? "missing"}`);
    for (const { line, heading } of headings(cell)) {
      if (line > 0) problems.push(`cell ${i + 1}: "${heading}" on line ${line + 1} does not start a slide: split the cell so that it starts a Markdown cell of slide type "slide"`);
      else if (type !== "slide") problems.push(`cell ${i + 1}: "${heading}" does not start a slide: its cell has slide type "${type}", expected "slide"`);
    }
  });
  return problems;
}

/** The notebook's sections: the cells before the first ## heading (the title, the setup), then one per ## heading. */
function sections(cells: Cell[]): { heading: string; cells: number[] }[] {
  const found = [{ heading: "(before the first ## heading)", cells: [] as number[] }];
  cells.forEach((cell, i) => {
    if (cell.cell_type === "markdown" && /^## /.test(firstLine(cell))) found.push({ heading: firstLine(cell), cells: [] });
    found[found.length - 1]!.cells.push(i);
  });
  return found;
}

const PATHS = ["core", "deep-dive"];
/** The exercise a cell belongs to: its nbgrader grade_id without -task, -answer, -check (not setup, progress). */
const exerciseOf = (cell: Cell) => {
  const id = cell.metadata.nbgrader?.grade_id;
  return id && id !== "setup" && id !== "progress" ? id.replace(/-(task|answer|check)$/, "") : undefined;
};

/**
 * The one-day plan (issue 15): every cell has `metadata.course.path`, "core" or "deep-dive"; the cells of
 * one ## section share their section's path, the cells before the first ## heading are core, and so are
 * the setup and progress cells; the cells of an exercise (task, answer, check, hidden tests) share one
 * path; the core path holds at least one ## section and at least one graded exercise.
 */
function pathProblems(cells: Cell[]): string[] {
  const problems: string[] = [];
  const pathOf = (i: number) => cells[i]!.metadata.course?.path;
  cells.forEach((cell, i) => {
    const value = pathOf(i);
    if (!PATHS.includes(value ?? "")) problems.push(`cell ${i + 1}: metadata.course.path is ${value === undefined ? "missing" : JSON.stringify(value)}, expected "core" or "deep-dive"`);
    const id = cell.metadata.nbgrader?.grade_id;
    if ((id === "setup" || id === "progress") && value !== "core") problems.push(`cell ${i + 1}: the ${id} cell must be on the core path`);
  });
  const [before, ...rest] = sections(cells);
  for (const i of before!.cells) if (PATHS.includes(pathOf(i) ?? "") && pathOf(i) !== "core") problems.push(`cell ${i + 1}: cells before the first ## heading are core, found "${pathOf(i)}"`);
  for (const section of rest) {
    const [head, ...others] = section.cells;
    for (const i of others) {
      if (PATHS.includes(pathOf(i) ?? "") && pathOf(i) !== pathOf(head!)) problems.push(`cell ${i + 1}: path "${pathOf(i)}" in the section "${section.heading}", which is "${pathOf(head!)}"`);
    }
  }
  const exercises = new Map<string, Set<string | undefined>>();
  cells.forEach((cell, i) => {
    const id = exerciseOf(cell);
    if (id) exercises.set(id, (exercises.get(id) ?? new Set()).add(pathOf(i)));
  });
  for (const [id, paths] of exercises) if (paths.size > 1) problems.push(`exercise ${id}: its cells are on different paths (${[...paths].join(", ")})`);
  if (!rest.some((section) => pathOf(section.cells[0]!) === "core")) problems.push("the core path has no ## section");
  if (!cells.some((cell, i) => cell.metadata.nbgrader?.grade && pathOf(i) === "core")) problems.push("the core path has no graded exercise");
  return problems;
}

describe("the structure checks", () => {
  const fixture = JSON.parse(readFileSync(path.join(repoRoot, "tests", "fixtures", "structure-defects.ipynb"), "utf8"));

  it("fail on a ## heading in the middle of a cell and on a first-line ## heading in a \"-\" cell, and not on ## in fenced code", () => {
    expect(slideProblems(fixture.cells)).toEqual([
      'cell 3: "## A heading in the middle of a cell" on line 3 does not start a slide: split the cell so that it starts a Markdown cell of slide type "slide"',
      'cell 4: "## A heading in a cell that stays on the current slide" does not start a slide: its cell has slide type "-", expected "slide"',
    ]);
  });

  it("fail on a cell without a path, a section or an exercise split between paths, and no core exercise", () => {
    expect(pathProblems(fixture.cells)).toEqual([
      'cell 2: metadata.course.path is missing, expected "core" or "deep-dive"',
      'cell 2: the setup cell must be on the core path',
      'cell 5: path "core" in the section "## A heading in a cell that stays on the current slide", which is "deep-dive"',
      'cell 8: path "deep-dive" in the section "## A core section", which is "core"',
      "exercise 97-weighted-sum: its cells are on different paths (core, deep-dive)",
      "the core path has no graded exercise",
    ]);
  });

  it("pass on the same notebook with its headings split into slides and its paths set right", () => {
    const fixed: Cell[] = JSON.parse(JSON.stringify(fixture.cells));
    const [before, after] = text(fixed[2]!).split("\n\n## ");
    fixed.splice(2, 1, { ...fixed[2]!, source: before! }, { cell_type: "markdown", source: `## ${after}`, metadata: { slideshow: { slide_type: "slide" }, course: { path: "core" } } });
    fixed[4]!.metadata.slideshow = { slide_type: "slide" };
    for (const cell of fixed) cell.metadata.course = { path: "core" };
    expect(slideProblems(fixed)).toEqual([]);
    expect(pathProblems(fixed)).toEqual([]);
  });
});

for (const file of listNotebooks(path.join(repoRoot, "notebooks"))) {
  const name = path.basename(file);
  const number = name.slice(0, 2);
  const nb = JSON.parse(readFileSync(file, "utf8"));
  const cells: Cell[] = nb.cells;

  describe(path.relative(path.join(repoRoot, "notebooks"), file), () => {
    it("gives every cell a slide type, and a new slide to every # and ## heading, wherever it stands in a cell", () => {
      expect(slideProblems(cells)).toEqual([]);
    });

    it("marks every cell core or deep dive, section by section, with a core exercise (the one-day plan)", () => {
      expect(pathProblems(cells)).toEqual([]);
    });

    it("opens with a title that carries the deck's Korean term and ends with the learner's progress", () => {
      const title = text(cells[0]!).split("\n")[0]!;
      expect(title).toMatch(new RegExp(`^# ${number} · `));
      expect(title).toMatch(hangul);
      const code = cells.filter((c) => c.cell_type === "code");
      expect(text(code[code.length - 1]!).trim()).toBe(`nn.progress("${number}");`);
    });

    it("keeps to its time budget: 120 s for 00–05, 180 s for 06–10", () => {
      expect(nb.metadata.course.budget_seconds).toBe(Number(number) <= 5 ? 120 : 180);
    });

    const grades = cells.filter((c) => c.metadata.nbgrader?.grade);
    it("has graded exercises whose ids and points agree with the library, each with a solution and a check cell", () => {
      expect(grades.length).toBeGreaterThanOrEqual(number === "00" ? 2 : 3);
      const defined = new Map(listExercises(number).map((e) => [e.id, e.points]));
      for (const cell of grades) {
        const id = cell.metadata.nbgrader!.grade_id!;
        expect(id.startsWith(`${number}-`), id).toBe(true);
        expect(cell.metadata.nbgrader!.points, id).toBe(defined.get(id));
        expect(text(cell), id).toMatch(/\/\/ BEGIN HIDDEN TESTS[\s\S]*nn\.hiddenChecks\([\s\S]*\/\/ END HIDDEN TESTS/);
        expect(cells.some((c) => /^nn\.check\(/m.test(text(c)) && text(c).includes(`"${id}"`)), `a check cell for ${id}`).toBe(true);
      }
      expect([...defined.keys()].sort()).toEqual(grades.map((c) => c.metadata.nbgrader!.grade_id!).sort());
      const solutions = cells.filter((c) => c.metadata.nbgrader?.solution);
      expect(solutions.length).toBe(grades.length);
      for (const cell of solutions) expect(text(cell)).toMatch(/\/\/ BEGIN SOLUTION[\s\S]*\/\/ END SOLUTION/);
    });
  });
}
