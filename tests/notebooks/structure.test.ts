/**
 * The course's rules for every notebook, checked on the committed files: slide metadata for classroom
 * walkthroughs, the deck's Korean terms in the title, at least three graded exercises in 01–10 whose
 * points and ids agree with the library's exercise definitions, a check cell after each solution, the
 * progress cell last, and the time budgets of issues 6 and 7.
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
  metadata: { slideshow?: { slide_type?: string }; nbgrader?: { grade?: boolean; solution?: boolean; grade_id?: string; points?: number } };
}

const text = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);
const hangul = /[\uac00-\ud7a3]/;

for (const file of listNotebooks(path.join(repoRoot, "notebooks"))) {
  const name = path.basename(file);
  const number = name.slice(0, 2);
  const nb = JSON.parse(readFileSync(file, "utf8"));
  const cells: Cell[] = nb.cells;

  describe(name, () => {
    it("gives every cell a slide type, and a new slide to every # and ## heading", () => {
      cells.forEach((cell, i) => {
        const type = cell.metadata.slideshow?.slide_type;
        expect(type, `cell ${i + 1}`).toMatch(/^(slide|subslide|fragment|skip|notes|-)$/);
        if (cell.cell_type === "markdown" && /^#{1,2} /.test(text(cell))) expect(type, `cell ${i + 1}: ${text(cell).split("\n")[0]}`).toBe("slide");
      });
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
