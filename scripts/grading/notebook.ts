/**
 * The exercise format of the course's notebooks (nbgrader's, see README "Exercises") and the release
 * step: solutions → the stub, hidden tests removed, outputs cleared, metadata kept.
 */
import { readFileSync } from "fs";
import type { Language } from "../../lib/src/i18n/language";

export interface NbgraderMeta {
  grade_id: string;
  grade: boolean;
  solution: boolean;
  locked: boolean;
  points?: number;
  schema_version?: number;
  task?: boolean;
}

export interface Cell {
  cell_type: "code" | "markdown" | "raw";
  source: string | string[];
  metadata: { nbgrader?: NbgraderMeta; [key: string]: unknown };
  outputs?: unknown[];
  execution_count?: number | null;
  [key: string]: unknown;
}

export interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/** The stub that replaces a solution: later cells still type-check, the check cell says "not implemented yet". */
export const CODE_STUB = ['// YOUR CODE HERE', 'throw new Error("not implemented yet");'];
export const TEXT_STUB = ["YOUR ANSWER HERE"];

const delimiter = (words: string) => new RegExp(`^\\s*(//+|#+)?\\s*${words}\\s*$`);
export const BEGIN_SOLUTION = delimiter("BEGIN SOLUTION");
export const END_SOLUTION = delimiter("END SOLUTION");
export const BEGIN_HIDDEN = delimiter("BEGIN HIDDEN TESTS");
export const END_HIDDEN = delimiter("END HIDDEN TESTS");

export function readNotebook(file: string): Notebook {
  const nb = JSON.parse(readFileSync(file, "utf8")) as Notebook;
  if (!nb || !Array.isArray(nb.cells)) throw new Error(`${file}: expected a notebook (JSON with "cells"), found ${nb === null ? "null" : typeof nb}`);
  return nb;
}

/**
 * The edition a notebook belongs to: "ko" when its metadata says `course.language: "ko"` (the Korean
 * edition, notebooks/ko/, and the learner's copies of it), else "en".
 */
export function notebookLanguage(nb: { metadata?: unknown } | null | undefined): Language {
  const metadata = nb && typeof nb === "object" ? (nb.metadata as { course?: { language?: unknown } } | undefined) : undefined;
  return metadata?.course?.language === "ko" ? "ko" : "en";
}

export function sourceOf(cell: Cell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : String(cell.source ?? "");
}

/** nbformat's multi-line source: one string per line, each but the last ending in "\n". */
export function toSourceLines(text: string): string[] {
  const lines = text.split("\n");
  return lines.map((l, i) => (i < lines.length - 1 ? l + "\n" : l)).filter((l) => l !== "");
}

/**
 * Replaces each region between `begin` and `end` lines: by `stub` (indented like the begin line) or,
 * without a stub, by nothing. Returns the new text and the removed region lines.
 */
export function replaceRegions(text: string, begin: RegExp, end: RegExp, stub: string[] | undefined, where: string): { text: string; removed: string[]; found: boolean } {
  const out: string[] = [];
  const removed: string[] = [];
  let inside = false;
  let found = false;
  for (const line of text.split("\n")) {
    if (begin.test(line)) {
      if (inside) throw new Error(`${where}: a region begins inside another ("${line.trim()}")`);
      inside = found = true;
      const indent = line.slice(0, line.length - line.trimStart().length);
      if (stub) out.push(...stub.map((s) => indent + s));
    } else if (end.test(line)) {
      if (!inside) throw new Error(`${where}: "${line.trim()}" without its BEGIN line`);
      inside = false;
    } else if (inside) removed.push(line);
    else out.push(line);
  }
  if (inside) throw new Error(`${where}: a region is not closed (no END line)`);
  return { text: out.join("\n"), removed, found };
}

/** The student version of a notebook, as nbgrader's release does it. Throws on a misplaced region. */
export function releaseNotebook(nb: Notebook, name = "notebook"): Notebook {
  const cells = nb.cells.map((cell, i) => releaseCell(cell, `${name}, cell ${i + 1}`));
  const metadata = { ...nb.metadata };
  delete metadata.celltoolbar;
  return { ...nb, metadata, cells };
}

function releaseCell(cell: Cell, where: string): Cell {
  const meta = cell.metadata?.nbgrader;
  const stub = cell.cell_type === "code" ? CODE_STUB : TEXT_STUB;
  const solution = replaceRegions(sourceOf(cell), BEGIN_SOLUTION, END_SOLUTION, stub, where);
  if (solution.found && !meta?.solution) throw new Error(`${where}: a solution region in a cell not marked as a solution cell (nbgrader "solution": true)`);
  const hidden = replaceRegions(solution.text, BEGIN_HIDDEN, END_HIDDEN, undefined, where);
  if (hidden.found && !meta?.grade) throw new Error(`${where}: hidden tests in a cell not marked as a grade cell (nbgrader "grade": true)`);
  const text = meta?.solution && !solution.found ? stub.join("\n") : hidden.text;
  const out: Cell = { ...cell, source: toSourceLines(text) };
  if (cell.cell_type === "code") {
    out.outputs = [];
    out.execution_count = null;
  }
  return out;
}
