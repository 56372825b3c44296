/** What a student release must not contain: the solution and hidden-test lines of a source notebook. */
import { BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION, replaceRegions, sourceOf, type Notebook } from "../../scripts/grading/notebook";

/** Every non-blank line inside a solution or hidden-test region of the source. */
export function secretLines(nb: Notebook): string[] {
  return nb.cells.flatMap((cell, i) => [
    ...replaceRegions(sourceOf(cell), BEGIN_SOLUTION, END_SOLUTION, undefined, `cell ${i}`).removed,
    ...replaceRegions(sourceOf(cell), BEGIN_HIDDEN, END_HIDDEN, undefined, `cell ${i}`).removed,
  ]).map((l) => l.trim()).filter((l) => l.length > 0);
}
