/**
 * The learner's edition of a course notebook: what `npm start` puts in the learner's workspace and
 * `npm run release` writes for a class.
 *
 * It is the instructor's source with every solution replaced by the stub (signature kept,
 * `throw new Error("not implemented yet")`), outputs cleared, and the hidden-test cells removed
 * altogether: a learner never sees, runs or trips over a hidden test. The speaker notes (cells of slide
 * type "notes": what the instructor says aloud) are the instructor's and are left out too. The grader takes the hidden tests
 * from the instructor's source and only the solution cells (by grade_id) from a submission.
 */
import { type Cell, type Notebook, releaseNotebook } from "../grading/notebook";

/** The learner's edition of `source` (named `name` in error messages). */
export function learnerNotebook(source: Notebook, name = "notebook"): Notebook {
  const released = releaseNotebook(source, name);
  return { ...released, cells: released.cells.filter((cell) => !cell.metadata?.nbgrader?.grade && !isSpeakerNotes(cell)) };
}

/** A cell of speaker notes: slide type "notes", shown in reveal.js's speaker view only. */
export function isSpeakerNotes(cell: Cell): boolean {
  return (cell.metadata?.slideshow as { slide_type?: string } | undefined)?.slide_type === "notes";
}

/** The learner's edition as the text written to disk (nbformat JSON, one-space indent, as the sources). */
export function learnerNotebookText(source: Notebook, name = "notebook"): string {
  return JSON.stringify(learnerNotebook(source, name), null, 1) + "\n";
}
