import * as vm from "vm";
import { describe, expect, it, vi } from "vitest";
import { figureHtml, loaderHtml, plotlyJs } from "../../../lib/src/plot/html";
import { lineFigure } from "../../../lib/src/plot/lines";

const figure = lineFigure([{ name: "a</script><b>", x: [0, 1], y: [1, 2] }], { title: "T", width: 300, height: 200 });

/** The script of an HTML snippet, run in a sandbox with a fake page: `window`, one element, timers. */
function runScripts(html: string, page: vm.Context): void {
  for (const match of html.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)) vm.runInContext(match[1]!, page);
}

function fakePage(withPlotly: boolean): { page: vm.Context; newPlot: ReturnType<typeof vi.fn>; element: { innerHTML: string } } {
  const newPlot = vi.fn();
  const element = { innerHTML: "<pre>description</pre>" };
  const window: Record<string, unknown> = withPlotly ? { Plotly: { newPlot } } : {};
  const page = vm.createContext({ window, document: { getElementById: (id: string) => (id === "plot-1" ? element : null) }, setTimeout });
  return { page, newPlot, element };
}

describe("figureHtml", () => {
  const html = figureHtml(figure, "plot-1", 'Figure "T"\n  <trace>');

  it("holds a div of the figure's size with the description, escaped, until the plot is drawn", () => {
    expect(html).toContain('<div id="plot-1" class="dlbasics-plot" style="width:300px;max-width:100%;min-height:200px">');
    expect(html).toContain("<pre>Figure \"T\"\n  &lt;trace&gt;\n(This plot is drawn by JavaScript. To see it, run the cell or trust the notebook; if it stays blank, Kernel → Restart & Run All.)</pre>");
    expect(html.match(/<\/script>/g)).toHaveLength(1); // the figure's own "</script>" text cannot end the script early
    expect(html).toContain("a\\u003c/script>\\u003cb>");
  });

  it("draws at once when window.Plotly exists, replacing the description", () => {
    const { page, newPlot, element } = fakePage(true);
    runScripts(html, page);
    expect(element.innerHTML).toBe("");
    expect(newPlot).toHaveBeenCalledTimes(1);
    const [target, spec] = newPlot.mock.calls[0]!;
    expect(target).toBe(element);
    expect(spec.data[0].name).toBe("a</script><b>");
    expect(spec.layout.title).toEqual({ text: "T" });
    expect(spec.frames).toEqual([]);
  });

  it("otherwise waits in window.dlbasicsPlotQueue, which the loader drains", () => {
    const { page, newPlot } = fakePage(false);
    runScripts(html, page);
    expect(newPlot).not.toHaveBeenCalled();
    expect(vm.runInContext("window.dlbasicsPlotQueue.length", page)).toBe(1);
    vm.runInContext("window.Plotly = { newPlot: newPlotSpy }", Object.assign(page, { newPlotSpy: newPlot }));
    runScripts(loaderHtml(), page); // plotly.js is not evaluated again when window.Plotly exists
    expect(newPlot).toHaveBeenCalledTimes(1);
    expect(vm.runInContext("window.dlbasicsPlotQueue.length", page)).toBe(0);
  });
});

describe("loaderHtml", () => {
  it("carries the plotly.js bundle of the npm package (about 1.5 MB) once, with window.define hidden while it runs", () => {
    const loader = loaderHtml();
    expect(plotlyJs().length).toBeGreaterThan(1_000_000);
    expect(plotlyJs()).toContain("plotly.js (cartesian - minified)");
    // (booleans, not toContain: a failure would print 1.5 MB)
    expect(loader.includes(plotlyJs().slice(0, 2000))).toBe(true);
    expect(loader.length).toBeLessThan(plotlyJs().length + 1000);
    expect(loader.includes("window.define = undefined;")).toBe(true);
    expect(/<script[^>]*\ssrc=/.test(loader)).toBe(false); // nothing fetched from the network
  });
});
