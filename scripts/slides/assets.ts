/**
 * Everything a deck loads, copied from node_modules beside the decks (`<out>/assets/`), so that a deck
 * opened from disk works on a machine without internet: reveal.js and its notes plugin, MathJax 3 (one
 * file with every TeX extension and the SVG output, which needs no web fonts), plotly.js, a
 * highlight.js style, and the deck's own script and style (runtime/).
 */
import { copyFileSync, cpSync, mkdirSync } from "fs";
import path from "path";
import { repoRoot } from "../kernel/jupyter";

const moduleDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`, { paths: [repoRoot, path.join(repoRoot, "lib")] }));

/** [from, to] pairs; `to` is relative to the assets folder. */
export function assetFiles(): Array<[string, string]> {
  const reveal = moduleDir("reveal.js");
  const mathjax = moduleDir("mathjax");
  const plotly = moduleDir("plotly.js-cartesian-dist-min");
  const highlight = moduleDir("highlight.js");
  const runtime = path.join(__dirname, "runtime");
  return [
    [path.join(reveal, "dist", "reset.css"), "reveal/reset.css"],
    [path.join(reveal, "dist", "reveal.css"), "reveal/reveal.css"],
    [path.join(reveal, "dist", "reveal.js"), "reveal/reveal.js"],
    [path.join(reveal, "dist", "theme", "white.css"), "reveal/theme/white.css"],
    [path.join(reveal, "dist", "theme", "fonts", "source-sans-pro"), "reveal/theme/fonts/source-sans-pro"],
    [path.join(reveal, "plugin", "notes", "notes.js"), "reveal/plugin/notes/notes.js"],
    [path.join(reveal, "LICENSE"), "reveal/LICENSE"],
    [path.join(mathjax, "es5", "tex-svg-full.js"), "mathjax/tex-svg-full.js"],
    [path.join(mathjax, "LICENSE"), "mathjax/LICENSE"],
    [path.join(plotly, "plotly-cartesian.min.js"), "plotly/plotly-cartesian.min.js"],
    [path.join(plotly, "LICENSE"), "plotly/LICENSE"],
    [path.join(highlight, "styles", "github.min.css"), "highlight/github.min.css"],
    [path.join(highlight, "LICENSE"), "highlight/LICENSE"],
    [path.join(runtime, "deck.js"), "deck.js"],
    [path.join(runtime, "deck.css"), "deck.css"],
    [path.join(runtime, "mathjax-config.js"), "mathjax-config.js"],
  ];
}

/** Copies the assets into `<outDir>/assets` and returns that folder. */
export function copyAssets(outDir: string): string {
  const dir = path.join(outDir, "assets");
  for (const [from, to] of assetFiles()) {
    const target = path.join(dir, to);
    mkdirSync(path.dirname(target), { recursive: true });
    if (to.endsWith("source-sans-pro")) cpSync(from, target, { recursive: true });
    else copyFileSync(from, target);
  }
  return dir;
}
