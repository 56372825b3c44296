/**
 * Which lines of a notebook's solutions and hidden tests appear in a deck. The lines are taken from
 * the source notebook (between BEGIN/END SOLUTION and BEGIN/END HIDDEN TESTS, as the release step reads
 * them); a line that the learner's edition also has (a closing brace, a signature) is not a leak.
 */
import { BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION, readNotebook, sourceOf } from "../../scripts/grading/notebook";
import { learnerNotebook } from "../../scripts/workspace/learner-edition";

function regionLines(text: string, begin: RegExp, end: RegExp): string[] {
  const lines: string[] = [];
  let inside = false;
  for (const line of text.split("\n")) {
    if (begin.test(line)) inside = true;
    else if (end.test(line)) inside = false;
    else if (inside) lines.push(line.trim());
  }
  return lines;
}

/** The secret lines of a notebook: what only the solutions and hidden tests hold. */
export function secretLines(file: string): { solution: string[]; hidden: string[] } {
  const nb = readNotebook(file);
  const learner = new Set(learnerNotebook(nb, file).cells.flatMap((cell) => sourceOf(cell).split("\n").map((l) => l.trim())));
  const secret = (lines: string[]) => [...new Set(lines)].filter((l) => l.length >= 4 && !learner.has(l));
  return {
    solution: secret(nb.cells.flatMap((cell) => regionLines(sourceOf(cell), BEGIN_SOLUTION, END_SOLUTION))),
    hidden: secret(nb.cells.flatMap((cell) => regionLines(sourceOf(cell), BEGIN_HIDDEN, END_HIDDEN))),
  };
}

/** The text a deck shows: its HTML without tags, entities decoded. */
export function deckText(html: string): string {
  return html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** Every secret line of the notebook `file` that the deck's HTML shows, labelled. */
export function leakedLines(file: string, html: string): string[] {
  const text = deckText(html);
  const { solution, hidden } = secretLines(file);
  return [
    ...solution.filter((l) => text.includes(l)).map((l) => `solution: ${l}`),
    ...hidden.filter((l) => text.includes(l)).map((l) => `hidden test: ${l}`),
  ];
}
