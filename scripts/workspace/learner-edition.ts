/**
 * The learner's edition of a course notebook: what `npm start` puts in the learner's workspace and
 * `npm run release` writes for a class.
 *
 * It is the instructor's source with every solution replaced by the stub (signature kept,
 * `throw new Error("not implemented yet")`), outputs cleared, and the hidden-test cells removed
 * altogether: a learner never sees, runs or trips over a hidden test. The grader takes the hidden tests
 * from the instructor's source and only the solution cells (by grade_id) from a submission.
 */
import { type Notebook, releaseNotebook } from "../grading/notebook";

/** The learner's edition of `source` (named `name` in error messages). */
export function learnerNotebook(source: Notebook, name = "notebook"): Notebook {
  const released = releaseNotebook(source, name);
  return { ...released, cells: released.cells.filter((cell) => !cell.metadata?.nbgrader?.grade) };
}

/** The learner's edition as the text written to disk (nbformat JSON, one-space indent, as the sources). */
export function learnerNotebookText(source: Notebook, name = "notebook"): string {
  return JSON.stringify(learnerNotebook(source, name), null, 1) + "\n";
}
