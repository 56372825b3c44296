/**
 * A deck's cells → reveal.js slides → one HTML page.
 *
 * Slides follow the cells' `metadata.slideshow.slide_type` as nbconvert reads it ("slide" starts a
 * slide, "subslide" a sub-slide below it, "fragment" the next step, "-" continues what came before,
 * "skip" is left out, "notes" goes to the speaker notes), and every `#`/`##` heading starts a slide,
 * also in the middle of a Markdown cell. The page fits each slide to the screen itself (runtime/deck.js):
 * a slide taller than the screen is split into sub-slides, and a single block too tall for one is
 * shrunk or scrolls inside its own box.
 */
import type { Language } from "../../lib/src/i18n/language";
import { BEGIN_SOLUTION, END_SOLUTION } from "../grading/notebook";
import { type DeckCell, type DeckKind, type SlideType } from "./editions";
import { message } from "./messages";
import { escapeHtml, renderCode, renderMarkdown, renderOutputs } from "./render";

/** One reveal.js sub-slide (a leaf <section>). */
export interface Page {
  blocks: string[];
  notes: string[];
}

/** A horizontal slide and the sub-slides below it. */
export type Slide = Page[];

export interface DeckOptions {
  kind: DeckKind;
  language: Language;
  title: string;
  /** Path from the deck's folder to the assets folder, with "/" separators. */
  assets: string;
}

/** Splits a Markdown cell before every `#` or `##` heading that is not its first line (fenced code excepted). */
export function splitAtHeadings(text: string): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  for (const line of text.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) fence = fence === undefined ? marker : undefined;
    if (fence === undefined && /^#{1,2} /.test(line) && current.some((l) => l.trim() !== "")) {
      pieces.push(current.join("\n"));
      current = [];
    }
    current.push(line);
  }
  pieces.push(current.join("\n"));
  return pieces.filter((p) => p.trim() !== "");
}

const startsWithHeading = (text: string) => /^\s*#{1,2} /.test(text);

/** The slides of a deck, with the HTML of each block; `figures` collects the plots to draw. */
export function buildSlides(cells: DeckCell[], options: Pick<DeckOptions, "kind" | "language">, figures: unknown[]): Slide[] {
  const slides: Slide[] = [];
  let fragment = 0; // fragment steps so far on the current page
  let inFragment: number | undefined; // the step a "-" cell continues
  const page = (): Page => {
    if (slides.length === 0) newSlide();
    const slide = slides[slides.length - 1]!;
    return slide[slide.length - 1]!;
  };
  const newSlide = () => {
    slides.push([{ blocks: [], notes: [] }]);
    fragment = 0;
    inFragment = undefined;
  };
  const newSubslide = () => {
    if (slides.length === 0) return newSlide();
    slides[slides.length - 1]!.push({ blocks: [], notes: [] });
    fragment = 0;
    inFragment = undefined;
  };
  const addFigure = (figure: unknown) => figures.push(figure) - 1;

  for (const cell of cells) {
    if (cell.slideType === "skip") continue;
    if (cell.kind === "hidden-tests") {
      page().notes.push(`<p><strong>${escapeHtml(message("hiddenTests", options.language))}</strong></p>${renderCode(cell.source)}`);
      continue;
    }
    const pieces: Array<{ text: string; type: SlideType }> = cell.kind === "markdown"
      ? splitAtHeadings(cell.source).map((text, k) => ({ text, type: k === 0 ? cell.slideType : "slide" }))
      : [{ text: cell.source, type: cell.slideType }];
    for (const piece of pieces) {
      let type = piece.type;
      if (cell.kind === "markdown" && type !== "notes" && startsWithHeading(piece.text)) type = "slide";
      if (type === "notes") {
        page().notes.push(renderMarkdown(piece.text));
        continue;
      }
      if (type === "slide") newSlide();
      else if (type === "subslide") newSubslide();
      else if (type === "fragment") inFragment = ++fragment;
      const html = renderCell(cell, piece.text, options, inFragment, () => ++fragment, addFigure);
      if (html) page().blocks.push(html);
    }
  }
  return slides.map((slide) => slide.filter((p) => p.blocks.length > 0)).filter((slide) => slide.length > 0);
}

/** A solution without nbgrader's `// BEGIN SOLUTION` and `// END SOLUTION` lines. */
function withoutMarkers(text: string): string {
  return text.split("\n").filter((line) => !BEGIN_SOLUTION.test(line) && !END_SOLUTION.test(line)).join("\n");
}

function fragmentAttrs(step: number | undefined): string {
  return step === undefined ? "" : ` fragment" data-fragment-index="${step}`;
}

function renderCell(cell: DeckCell, text: string, options: Pick<DeckOptions, "kind" | "language">, step: number | undefined,
  nextStep: () => number, addFigure: (figure: unknown) => number): string | undefined {
  const attrs = `data-cell="${cell.index + 1}"`;
  if (cell.kind === "markdown") {
    return text.trim() === "" ? undefined : `<div class="cell markdown${fragmentAttrs(step)}" ${attrs}>${renderMarkdown(text)}</div>`;
  }
  const outputs = renderOutputs(cell.outputs, addFigure);
  if (cell.kind === "solution" && cell.stub !== undefined) {
    // the stub, then on the next step the solution in its place (reveal.js r-stack)
    const reveal = nextStep();
    return [
      `<div class="cell code solution${fragmentAttrs(step)}" ${attrs}>`,
      `<div class="r-stack">`,
      `<div class="stub fragment fade-out" data-fragment-index="${reveal}"><div class="label">${escapeHtml(message("stub", options.language))}</div>${renderCode(cell.stub)}</div>`,
      `<div class="answer fragment" data-fragment-index="${reveal}"><div class="label">${escapeHtml(message("solution", options.language))}</div>${renderCode(withoutMarkers(text))}</div>`,
      `</div>`,
      ...outputs.map((o) => `<div class="fragment" data-fragment-index="${reveal}">${o}</div>`),
      `</div>`,
    ].join("");
  }
  if (text.trim() === "" && outputs.length === 0) return undefined;
  return `<div class="cell code${fragmentAttrs(step)}" ${attrs}>${text.trim() === "" ? "" : renderCode(text)}${outputs.join("")}</div>`;
}

/** JSON that may sit inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function pageHtml(p: Page): string {
  const notes = p.notes.length ? `<aside class="notes">${p.notes.join("\n")}</aside>` : "";
  return `<section class="page">\n${p.blocks.join("\n")}\n${notes}</section>`;
}

/** The whole HTML page of a deck; every script and style comes from `options.assets`, nothing from the network. */
export function deckHtml(slides: Slide[], figures: unknown[], options: DeckOptions): string {
  const a = options.assets.replace(/\/?$/, "/");
  const sections = slides.map((slide) => (slide.length === 1 ? pageHtml(slide[0]!) : `<section>\n${slide.map(pageHtml).join("\n")}\n</section>`));
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${a}reveal/reset.css">
<link rel="stylesheet" href="${a}reveal/reveal.css">
<link rel="stylesheet" href="${a}reveal/theme/white.css">
<link rel="stylesheet" href="${a}highlight/github.min.css">
<link rel="stylesheet" href="${a}deck.css">
</head>
<body data-deck="${options.kind}">
<div class="deck-loading" role="status">${escapeHtml(message("loading", options.language))}</div>
<div class="reveal"><div class="slides">
${sections.join("\n")}
</div></div>
<script type="application/json" id="deck-figures">${scriptJson(figures)}</script>
<script>window.deckLabels = ${scriptJson({ continued: message("continued", options.language) })};</script>
<script src="${a}mathjax-config.js"></script>
<script src="${a}mathjax/tex-svg-full.js"></script>
<script src="${a}plotly/plotly-cartesian.min.js"></script>
<script src="${a}reveal/reveal.js"></script>
<script src="${a}reveal/plugin/notes/notes.js"></script>
<script src="${a}deck.js"></script>
</body>
</html>
`;
}
