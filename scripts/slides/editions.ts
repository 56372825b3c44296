/**
 * What each deck shows of a notebook, as a list of cells to present:
 *
 *   class       the learner's edition (scripts/workspace/learner-edition.ts, the same that `npm start`
 *               and `npm run release` give a learner): every solution is the stub, hidden-test cells are
 *               gone. Outputs are the executed notebook's, except where they report on the solution the
 *               stub replaced: the solution cell's own, its check cell's ("✔ 6/6 visible checks passed")
 *               and the progress cell's. The speaker notes, which the learner's edition leaves out, stay.
 *   instructor  the source: each solution cell shows the stub, and the solution on the next fragment;
 *               the hidden tests go to the speaker notes.
 *
 * `--core` keeps the cells whose `metadata.course.path` is "core" or absent (a section not yet marked).
 */
import { type Cell, type Notebook, releaseNotebook, sourceOf } from "../grading/notebook";
import { learnerNotebook } from "../workspace/learner-edition";

export type DeckKind = "class" | "instructor";

export type SlideType = "slide" | "subslide" | "fragment" | "-" | "skip" | "notes";

/** A cell as a deck presents it. */
export interface DeckCell {
  /** Position in the source notebook, from 0. */
  index: number;
  kind: "markdown" | "code" | "solution" | "hidden-tests";
  slideType: SlideType;
  source: string;
  /** For a solution cell in the instructor deck: the learner's stub, shown before the solution. */
  stub?: string;
  outputs: Array<Record<string, any>>;
}

const ORIGIN = "slides-origin";

export function slideTypeOf(cell: Cell): SlideType {
  const type = (cell.metadata?.slideshow as { slide_type?: string } | undefined)?.slide_type;
  return type === "slide" || type === "subslide" || type === "fragment" || type === "skip" || type === "notes" ? type : "-";
}

/** A cell is on the core path unless its section is marked otherwise (`metadata.course.path`). */
export function isCore(cell: Cell): boolean {
  const path = (cell.metadata?.course as { path?: unknown } | undefined)?.path;
  return path === undefined || path === "core";
}

/** A solution cell, a check cell or the progress cell: their outputs come from the instructor's answers. */
export function reportsOnAnswers(cell: Cell): boolean {
  const meta = cell.metadata?.nbgrader;
  return Boolean(meta && (meta.solution || /-check$/.test(meta.grade_id) || meta.grade_id === "progress"));
}

function tagged(nb: Notebook): Notebook {
  return { ...nb, cells: nb.cells.map((cell, i) => ({ ...cell, metadata: { ...cell.metadata, [ORIGIN]: i } })) };
}

const originOf = (cell: Cell): number => cell.metadata[ORIGIN] as number;

/** The cells of `nb` (executed: outputs are kept) that the deck of `kind` presents, in order. */
export function deckCells(nb: Notebook, kind: DeckKind, options: { core?: boolean; name?: string } = {}): DeckCell[] {
  const name = options.name ?? "notebook";
  const source = tagged(nb);
  const released = releaseNotebook(source, name).cells;
  const cells: DeckCell[] = [];
  if (kind === "class") {
    const learner = new Map(learnerNotebook(source, name).cells.map((cell) => [originOf(cell), cell]));
    nb.cells.forEach((original, i) => {
      const cell = learner.get(i);
      // the speaker notes stay: the learner's edition leaves them out, but a presenter of this deck reads them
      if (cell) cells.push(toDeckCell(original, i, sourceOf(cell), reportsOnAnswers(original) ? [] : original.outputs));
      else if (slideTypeOf(original) === "notes" && !original.metadata?.nbgrader) cells.push(toDeckCell(original, i, sourceOf(original), []));
    });
  } else {
    source.cells.forEach((cell, i) => {
      const meta = cell.metadata?.nbgrader;
      const deckCell = toDeckCell(nb.cells[i]!, i, sourceOf(cell), cell.outputs);
      if (cell.cell_type === "code" && meta?.solution) {
        deckCell.kind = "solution";
        deckCell.stub = sourceOf(released[i]!);
      } else if (cell.cell_type === "code" && meta?.grade && sourceOf(cell) !== sourceOf(released[i]!)) {
        deckCell.kind = "hidden-tests";
      }
      cells.push(deckCell);
    });
  }
  return cells.filter((cell) => !options.core || isCore(nb.cells[cell.index]!));
}

function toDeckCell(original: Cell, index: number, source: string, outputs: unknown[] | undefined): DeckCell {
  return {
    index,
    kind: original.cell_type === "code" ? "code" : "markdown",
    slideType: slideTypeOf(original),
    source,
    outputs: (outputs ?? []) as Array<Record<string, any>>,
  };
}

/**
 * The executed copy's outputs put on the source's cells, when the code is the same cell for cell
 * (markdown and metadata come from the source, so a change of slide metadata needs no new run).
 * Returns why not, when the executed copy is of other code.
 */
export function withOutputs(source: Notebook, executed: Notebook): { notebook: Notebook } | { stale: string } {
  const code = (nb: Notebook) => nb.cells.filter((c) => c.cell_type === "code");
  const a = code(source);
  const b = code(executed);
  if (a.length !== b.length) return { stale: `${b.length} code cells executed, the notebook has ${a.length}` };
  const differs = a.findIndex((cell, k) => sourceOf(cell) !== sourceOf(b[k]!));
  if (differs >= 0) return { stale: `code cell ${differs + 1} changed since it was executed` };
  let k = 0;
  const cells = source.cells.map((cell) => (cell.cell_type === "code" ? { ...cell, outputs: b[k++]!.outputs ?? [] } : cell));
  return { notebook: { ...source, cells } };
}
