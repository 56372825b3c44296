/**
 * Building the decks of a notebook: the executed notebook (a fresh executed copy, or a new run on the
 * tslab kernel) → a class deck and an instructor deck, written beside the copied assets.
 *
 *   <out>/assets/                       reveal.js, MathJax, plotly.js, … (assets.ts)
 *   <out>/en/02-perceptron.html         the class deck (no solution, no hidden test)
 *   <out>/en/02-perceptron.instructor.html
 *   <out>/ko/…                          the Korean edition (notebooks/ko/)
 *   <out>/core/en/…, <out>/core/ko/…    `--core`: the core path only
 *   <out>/index.html                    every deck built so far
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import path from "path";
import type { Language } from "../../lib/src/i18n/language";
import { type Notebook, notebookLanguage, readNotebook, sourceOf } from "../grading/notebook";
import { repoRoot } from "../kernel/jupyter";
import { cellFailed, describeFailure, runNotebook } from "../kernel/run-notebook";
import { buildSlides, deckHtml } from "./deck";
import { type DeckKind, deckCells, withOutputs } from "./editions";
import { message } from "./messages";
import { escapeHtml } from "./render";

export const defaultOutDir = path.join(repoRoot, "slides");
export const defaultExecutedDir = path.join(repoRoot, ".test-output", "executed");
const notebooksDir = path.join(repoRoot, "notebooks");

export interface BuiltDeck {
  kind: DeckKind;
  language: Language;
  core: boolean;
  /** The deck's HTML file. */
  file: string;
  /** The notebook it was built from. */
  source: string;
  slides: number;
}

/** Where the executed copy of a course notebook lives (as `npm run notebook` and the tests write it). */
export function executedPathOf(source: string, executedDir = defaultExecutedDir): string {
  const inCourse = path.relative(notebooksDir, path.resolve(source));
  return path.join(executedDir, inCourse.startsWith("..") ? path.basename(source) : inCourse);
}

/** The notebook with the outputs of its executed copy, or why the copy cannot be used. */
export function executedCopy(source: string, executedDir = defaultExecutedDir): { notebook: Notebook } | { stale: string } {
  const file = executedPathOf(source, executedDir);
  if (!existsSync(file)) return { stale: `no executed copy at ${path.relative(process.cwd(), file)}` };
  return withOutputs(readNotebook(source), readNotebook(file));
}

/** Runs a notebook on the tslab kernel (writing its executed copy) and returns it with its outputs. */
export async function executeNotebook(source: string, env: NodeJS.ProcessEnv, executedDir = defaultExecutedDir): Promise<Notebook> {
  const outputPath = executedPathOf(source, executedDir);
  const run = await runNotebook(source, { env, outputPath });
  const failed = run.cells.find(cellFailed);
  if (failed) throw new Error(`the notebook does not run clean, so its decks would show an error: ${describeFailure(run, failed)}`);
  const copy = withOutputs(readNotebook(source), readNotebook(outputPath));
  if ("stale" in copy) throw new Error(`${path.basename(source)}: ${copy.stale}`);
  return copy.notebook;
}

function titleOf(nb: Notebook, fallback: string): string {
  for (const cell of nb.cells) {
    const heading = /^#\s+(.+)$/m.exec(cell.cell_type === "markdown" ? sourceOf(cell) : "");
    if (heading) return heading[1]!.trim();
  }
  return fallback;
}

/** The path of a deck inside the output folder. */
export function deckPath(outDir: string, source: string, language: Language, kind: DeckKind, core: boolean): string {
  const name = path.basename(source, ".ipynb") + (kind === "instructor" ? ".instructor.html" : ".html");
  return path.join(outDir, ...(core ? ["core"] : []), language, name);
}

/** Writes the class and the instructor deck of an executed notebook. The assets must be in `<outDir>/assets`. */
export function writeDecks(source: string, nb: Notebook, outDir: string, core = false): BuiltDeck[] {
  const language = notebookLanguage(nb);
  const name = path.basename(source);
  const title = titleOf(nb, name);
  return (["class", "instructor"] as const).map((kind) => {
    const file = deckPath(outDir, source, language, kind, core);
    const figures: unknown[] = [];
    const slides = buildSlides(deckCells(nb, kind, { core, name }), { kind, language }, figures);
    const assets = path.relative(path.dirname(file), path.join(outDir, "assets")).split(path.sep).join("/");
    const label = [kind === "instructor" ? message("instructorDeck", language) : "", core ? message("corePath", language) : ""].filter(Boolean).join(", ");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, deckHtml(slides, figures, { kind, language, title: label ? `${title} (${label})` : title, assets }));
    return { kind, language, core, file, source, slides: slides.length };
  });
}

/** index.html: a link to every deck in the output folder. */
export function writeIndex(outDir: string): string {
  const rows: string[] = [];
  for (const core of [false, true]) {
    for (const language of ["ko", "en"] as const) {
      const dir = path.join(outDir, ...(core ? ["core"] : []), language);
      if (!existsSync(dir)) continue;
      const decks = readdirSync(dir).filter((f) => f.endsWith(".html") && !f.endsWith(".instructor.html")).sort();
      if (decks.length === 0) continue;
      const rel = (f: string) => path.relative(outDir, path.join(dir, f)).split(path.sep).join("/");
      rows.push(`<h2>${language === "ko" ? "한국어" : "English"}${core ? ` · ${message("corePath", language)}` : ""}</h2><ul>`);
      for (const deck of decks) {
        const instructor = deck.replace(/\.html$/, ".instructor.html");
        rows.push(`<li><a href="${rel(deck)}">${escapeHtml(deck.replace(/\.html$/, ""))}</a> — ${message("classDeck", language)}` +
          (existsSync(path.join(dir, instructor)) ? ` · <a href="${rel(instructor)}">${message("instructorDeck", language)}</a>` : "") + `</li>`);
      }
      rows.push("</ul>");
    }
  }
  const file = path.join(outDir, "index.html");
  writeFileSync(file, `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${message("indexTitle", "ko")}</title>
<style>body{font-family:"Noto Sans CJK KR","Malgun Gothic",sans-serif;max-width:56em;margin:2em auto;line-height:1.5}</style></head>
<body><h1>${message("indexTitle", "ko")}</h1><p>${message("indexHelp", "ko")}<br>${message("indexHelp", "en")}</p>
${rows.join("\n")}</body></html>\n`);
  return file;
}
