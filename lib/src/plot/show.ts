/**
 * Showing figures inline from a tslab cell (every notebook with a picture).
 *
 * This is the one place that talks to the notebook. A plot goes out as one MIME bundle:
 *   application/vnd.plotly.v1+json  the figure as a JSON object (JupyterLab with `plotly`, VS Code)
 *   text/html                       a div and a script that draw it with plotly.js (classic Notebook, nbconvert)
 *   text/plain                      the figure in words (terminals, viewers that run no script)
 * tslab's public `display.raw(mime, string)` can only send strings, so the bundle goes through the
 * function tslab sets for the running cell, `lastWriteDisplayData` of its `dist/jupyter` module,
 * found among the modules the kernel has loaded. Outside a kernel (vitest, node) the text is printed.
 */
import nodeModule from "module";
import { randomBytes } from "crypto";
import { ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, describeFigure } from "./figure";
import { figureHtml, loaderHtml } from "./html";

type WriteDisplayData = (content: { data: Record<string, unknown>; metadata: object; transient: object }, update: boolean) => void;

let loaderSent = false;

/** The running tslab kernel's display writer, or undefined when this process is not a tslab kernel. */
export function tslabWriter(): WriteDisplayData | undefined {
  const cache = (nodeModule as unknown as { _cache: Record<string, { exports?: { lastWriteDisplayData?: unknown } } | undefined> })._cache;
  for (const [file, loaded] of Object.entries(cache)) {
    const write = loaded?.exports?.lastWriteDisplayData;
    if (/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(file) && typeof write === "function") return write as WriteDisplayData;
  }
  return undefined;
}

/** The MIME bundle of a figure: the JSON object, its HTML and its description. */
export function figureBundle(figure: Figure, id = `dlbasics-${randomBytes(6).toString("hex")}`): Record<string, unknown> {
  const plain = plainFigure(figure);
  const text = describeFigure(plain);
  return { "application/vnd.plotly.v1+json": plain, "text/html": figureHtml(plain, id, text), "text/plain": text };
}

/** Draws a figure inline below the cell (or prints its description outside a notebook). */
export function show(figure: Figure): void {
  send(figureBundle(checkFigure("show", figure)), undefined, false);
}

/** A figure shown once and then redrawn in place: `const live = nn.liveFigure(f); live.update(g);`. */
export interface LiveFigure {
  /** Replaces the shown figure with `figure`; `text` overrides its description in words. */
  update(figure: Figure, text?: string): void;
}

/** Shows `figure` in a display of its own that later `update` calls redraw in place (update_display_data). */
export function liveFigure(figure: Figure, text?: string): LiveFigure {
  const displayId = randomBytes(8).toString("hex");
  let shown = false;
  const live: LiveFigure = {
    update(next: Figure, nextText?: string): void {
      const bundle = figureBundle(checkFigure("liveFigure", next));
      if (nextText !== undefined) bundle["text/plain"] = nextText;
      send(bundle, displayId, shown);
      shown = true;
    },
  };
  live.update(figure, text);
  return live;
}

/** Sends a bundle through tslab (the plotly.js loader first, once per kernel session), or prints its text. */
function send(bundle: Record<string, unknown>, displayId: string | undefined, update: boolean): void {
  const write = tslabWriter();
  if (write === undefined) {
    console.log(bundle["text/plain"]);
    return;
  }
  if (!loaderSent) {
    write({ data: { "text/html": loaderHtml(), "text/plain": t`(plotly.js, sent once for the plots of this notebook)` }, metadata: {}, transient: {} }, false);
    loaderSent = true;
  }
  write({ data: bundle, metadata: {}, transient: displayId === undefined ? {} : { display_id: displayId } }, update);
}

function checkFigure(op: string, figure: Figure): Figure {
  if (figure == null || !Array.isArray(figure.data) || typeof figure.layout !== "object" || figure.layout === null) {
    throw new ValueError(op, t`a figure { data: [traces], layout: {…} } such as nn.lineFigure(…) returns`, describeValue(figure));
  }
  return figure;
}

/** A JSON-only copy: typed arrays become arrays, NaN and ±Infinity become null (a gap in the plot). */
function plainFigure(figure: Figure): Figure {
  return JSON.parse(JSON.stringify(figure, (_key, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value))) as Figure;
}
