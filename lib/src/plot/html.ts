/**
 * The text/html form of a figure, for hosts without a plotly renderer (the classic Notebook, HTML
 * exported with nbconvert). plotly.js comes from the npm package, never from a CDN, and is sent
 * once per kernel session in a loader output; every plot draws itself when `window.Plotly` exists,
 * otherwise it waits in a global queue that the loader drains. A page that never got the loader (after
 * a reload, in a second tab, a saved notebook reopened without it) fetches plotly.js from the Notebook
 * server instead, where `npm start` put it (nbextensions/dlbasics/). Until it is drawn, a plot shows its
 * description in words, which is also what viewers that run no script keep showing.
 */
import * as fs from "fs";
import { t } from "../i18n/translate";
import { type Figure } from "./figure";

const QUEUE = "window.dlbasicsPlotQueue";
/** Where `npm start` installs plotly.js for the Notebook server to serve, relative to the server's base URL. */
export const SERVED_PLOTLY = "nbextensions/dlbasics/plotly-cartesian.min.js";
let plotlySource: string | undefined;

/** The plotly.js bundle shipped with the lib (about 1.5 MB), read once. */
export function plotlyJs(): string {
  plotlySource ??= fs.readFileSync(require.resolve("plotly.js-cartesian-dist-min/plotly-cartesian.min.js"), "utf8");
  return plotlySource;
}

/** Text that may sit inside a <script> element: no `</script` and no `<!--` can end it early. */
function scriptSafe(source: string): string {
  return source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * One plot: a div holding the figure's description, and a script that replaces it with the drawing
 * as soon as plotly.js is there (now, or when the loader runs). `id` must be unique in the page.
 */
export function figureHtml(figure: Figure, id: string, description: string): string {
  const json = JSON.stringify(figure).replace(/</g, "\\u003c");
  const width = figure.layout.width ? `${figure.layout.width}px` : "100%";
  return [
    `<div id="${id}" class="dlbasics-plot" style="width:${width};max-width:100%;min-height:${figure.layout.height ?? 420}px">`,
    `<pre>${escapeHtml(description)}\n${t`(This plot is drawn by JavaScript. To see it, run the cell or trust the notebook; if it stays blank, Kernel → Restart & Run All.)`}</pre></div>`,
    `<script type="text/javascript">(function () {`,
    `  var figure = ${json};`,
    `  function draw(attempt) {`,
    `    var el = document.getElementById(${JSON.stringify(id)});`,
    `    if (!el) { if (attempt < 50) setTimeout(function () { draw(attempt + 1); }, 100); return; }`,
    `    el.innerHTML = "";`,
    `    window.Plotly.newPlot(el, { data: figure.data, layout: figure.layout, frames: figure.frames || [], config: { displaylogo: false } });`,
    `  }`,
    `  if (window.Plotly) { draw(0); return; }`,
    `  (${QUEUE} = ${QUEUE} || []).push(function () { draw(0); });`,
    `  setTimeout(function () { if (!window.Plotly && !window.dlbasicsPlotlyFetch) window.dlbasicsPlotlyFetch = (${FETCH_PLOTLY})(); }, 0);`,
    `})();</script>`,
  ].join("\n");
}

/**
 * Browser code: fetch plotly.js from the Notebook server (classic Notebook: body[data-base-url];
 * JupyterLab: #jupyter-config-data), evaluate it with require.js's `define` hidden, then draw the queue.
 * It returns the pending fetch, or null where there is no server (an exported HTML file).
 */
const FETCH_PLOTLY = `function () {
    var base = document.body ? document.body.getAttribute("data-base-url") : null;
    var config = document.getElementById("jupyter-config-data");
    if (base === null && config) { try { base = JSON.parse(config.textContent || "{}").baseUrl || null; } catch (e) { base = null; } }
    if (base === null) return null;
    return fetch(base.replace(/\\/?$/, "/") + ${JSON.stringify(SERVED_PLOTLY)})
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.text(); })
      .then(function (source) {
        if (!window.Plotly) { var amd = window.define; window.define = undefined; try { (0, eval)(source); } finally { window.define = amd; } }
        var queue = ${QUEUE} || []; ${QUEUE} = []; queue.forEach(function (draw) { draw(); });
      })
      .catch(function () { window.dlbasicsPlotlyFetch = null; });
  }`;

/**
 * plotly.js itself, evaluated only if the page has no `window.Plotly` yet, then every queued plot
 * drawn. `window.define` is hidden while it runs, so a page with require.js (the classic Notebook,
 * nbconvert's template) still gets the global `window.Plotly`.
 */
export function loaderHtml(): string {
  return [
    `<div class="dlbasics-plotly-loader" style="display:none"></div>`,
    `<script type="text/javascript">(function () {`,
    `  if (!window.Plotly) {`,
    `    var amdDefine = window.define;`,
    `    window.define = undefined;`,
    `    try {`,
    scriptSafe(plotlyJs()),
    `    } finally { window.define = amdDefine; }`,
    `  }`,
    `  var queue = ${QUEUE} || [];`,
    `  ${QUEUE} = [];`,
    `  queue.forEach(function (draw) { draw(); });`,
    `})();</script>`,
  ].join("\n");
}
