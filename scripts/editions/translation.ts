/**
 * The Korean edition of a notebook, built from one source (issue 12): the English notebook in
 * notebooks/ holds the code, the exercises and every piece of metadata; translations/ko/<name>.json
 * holds, for each prose cell and each code cell a learner reads, its English text and its Korean text.
 * A cell is matched by its exact English text, so an English cell that changes has no translation until
 * the translator updates it, and the build says so. Code cells keep their code: a translation may only
 * change comments and the text of strings (checked by codeSkeleton).
 */
import { readFileSync } from "fs";
import path from "path";
import { type Cell, type Notebook, sourceOf, toSourceLines } from "../grading/notebook";
import { type GlossaryTerm, codeSkeleton, englishLeft, glossaryVariants, numbersOf, unrenderedEmphasis } from "./parity";

export interface CellTranslation {
  en: string;
  ko: string;
}

export interface Translation {
  notebook: string;
  language: "ko";
  cells: CellTranslation[];
}

/** What is wrong with a translation, one sentence each, naming the cell (1-based, as Jupyter counts). */
export interface EditionBuild {
  notebook: Notebook;
  problems: string[];
}

export function readTranslation(file: string): Translation {
  const translation = JSON.parse(readFileSync(file, "utf8")) as Translation;
  if (!translation || typeof translation.notebook !== "string" || !Array.isArray(translation.cells)) {
    throw new Error(`${file}: expected { "notebook": "NN-name.ipynb", "language": "ko", "cells": [{ "en", "ko" }] }`);
  }
  return translation;
}

export function readGlossary(file: string): GlossaryTerm[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { terms: GlossaryTerm[] }).terms;
}

const firstLine = (text: string) => (text.split("\n")[0] ?? "").slice(0, 60);

/** Builds the Korean edition of `source` with `translation`; problems list every cell that is not right. */
export function buildEdition(source: Notebook, translation: Translation, glossary: readonly GlossaryTerm[]): EditionBuild {
  const byEnglish = new Map<string, CellTranslation[]>();
  for (const entry of translation.cells) byEnglish.set(entry.en, [...(byEnglish.get(entry.en) ?? []), entry]);
  const used = new Set<CellTranslation>();
  const problems: string[] = [];
  if (!source.cells.some((cell) => cell.cell_type === "code" && sourceOf(cell).includes(ENGLISH_CALL))) {
    problems.push(`the English notebook's first code cell must set the language of the library's messages: ${ENGLISH_CALL};`);
  }
  const cells = source.cells.map((cell, i): Cell => {
    const english = sourceOf(cell);
    const entry = byEnglish.get(english)?.find((e) => !used.has(e));
    if (entry) used.add(entry);
    const where = `cell ${i + 1} (${cell.cell_type}: "${firstLine(english)}")`;
    if (!entry) {
      if (cell.cell_type === "markdown") problems.push(`${where}: no translation`);
      return copyCell(cell, inKorean(cell, english));
    }
    problems.push(...cellProblems(cell, entry, where, glossary));
    return copyCell(cell, inKorean(cell, entry.ko));
  });
  translation.cells.filter((e) => !used.has(e)).forEach((e) => problems.push(`a translation of "${firstLine(e.en)}" matches no cell of the English notebook (did the English change?)`));
  const metadata = { ...source.metadata, course: { ...(source.metadata.course as object), language: "ko" } };
  return { notebook: { ...source, metadata, cells }, problems };
}

function cellProblems(cell: Cell, entry: CellTranslation, where: string, glossary: readonly GlossaryTerm[]): string[] {
  const problems: string[] = [];
  if (cell.cell_type === "code") {
    if (codeSkeleton(entry.en) !== codeSkeleton(entry.ko)) problems.push(`${where}: the Korean code differs from the English beyond comments and the text of strings`);
  } else {
    const en = numbersOf(entry.en, glossary).join(" "), ko = numbersOf(entry.ko, glossary).join(" ");
    if (en !== ko) problems.push(`${where}: the numbers differ: English [${en}], Korean [${ko}]`);
    for (const run of englishLeft(entry.ko)) problems.push(`${where}: English left in the Korean text: "${run}"`);
    for (const bold of unrenderedEmphasis(entry.ko)) problems.push(`${where}: ${bold} will not render as bold before a letter: end the bold after a letter or add a space`);
  }
  for (const variant of glossaryVariants(entry.ko, glossary)) problems.push(`${where}: glossary variant ${variant}`);
  return problems;
}

/** The call in the first code cell that sets the language of the library's messages (lib/src/i18n). */
export const ENGLISH_CALL = 'nn.setLanguage("en")';
export const KOREAN_CALL = 'nn.setLanguage("ko")';

/** A code cell's text with the library's messages switched to Korean. */
function inKorean(cell: Cell, text: string): string {
  return cell.cell_type === "code" ? text.split(ENGLISH_CALL).join(KOREAN_CALL) : text;
}

function copyCell(cell: Cell, text: string): Cell {
  const copy: Cell = { ...cell, metadata: { ...cell.metadata }, source: toSourceLines(text) };
  if (cell.cell_type === "code") Object.assign(copy, { outputs: [], execution_count: null });
  return copy;
}

/** Where the Korean edition of an English source notebook lives: notebooks/ko/<same name>. */
export function editionPath(source: string, language = "ko"): string {
  return path.join(path.dirname(source), language, path.basename(source));
}
