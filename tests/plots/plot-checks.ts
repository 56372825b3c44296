/**
 * Helpers of the plot tests: reading the plot outputs of an executed notebook, and checking in a
 * browser page that every plot was drawn (one plotly root per plot, its traces and points), that
 * its sliders work, and that the page logged no errors.
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";

export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

export interface PlotFigure {
  data: Array<{ type: string; x?: unknown[]; y?: unknown[]; z?: unknown[][] }>;
  layout: Record<string, unknown>;
  frames?: unknown[];
}

/** The outputs of every code cell of a notebook file, in order. */
export function notebookOutputs(file: string): Array<Record<string, any>> {
  const notebook = JSON.parse(readFileSync(file, "utf8"));
  return notebook.cells.flatMap((cell: any) => (cell.cell_type === "code" ? cell.outputs : []));
}

/** Points of a trace as plotly counts them: grid cells of z, else x values, else y values. */
export function pointsOf(trace: { x?: unknown[]; y?: unknown[]; z?: unknown[][] }): number {
  if (trace.z) return trace.z.reduce((n, row) => n + row.length, 0);
  return (trace.x ?? trace.y ?? []).length;
}

/** What a figure should look like once drawn: its trace types and points per trace. */
export function expectedDrawing(figure: PlotFigure): Array<[string, number]> {
  return figure.data.map((trace) => [trace.type, pointsOf(trace)]);
}

/** What the page drew, per plot div in document order: roots inside it, and its traces and points. */
export async function drawnPlots(page: Page): Promise<Array<{ roots: number; traces: Array<[string, number]>; drawnTraces: number }>> {
  return page.evaluate(() => {
    const count = (trace: any): number => (trace.z ? trace.z.reduce((n: number, row: unknown[]) => n + row.length, 0) : (trace.x ?? trace.y ?? []).length);
    return Array.from(document.querySelectorAll<HTMLElement>(".dlbasics-plot")).map((el: any) => ({
      roots: el.querySelectorAll(".plot-container").length,
      traces: (el._fullData ?? []).map((t: any) => [t.type, count(el.data[t.index])]),
      drawnTraces: el.querySelectorAll(".cartesianlayer .trace, .heatmaplayer .hm, .contourlayer .contour, .imagelayer .im").length,
    }));
  });
}

/** Every plot div holds one plotly root, drawing the figure's traces with all their points. */
export function expectDrawn(drawn: Awaited<ReturnType<typeof drawnPlots>>, figures: PlotFigure[]): void {
  expect(drawn).toHaveLength(figures.length);
  drawn.forEach((plot, i) => {
    expect(plot.roots, `plot ${i + 1}: plotly roots`).toBe(1);
    expect(plot.traces, `plot ${i + 1}: traces and points`).toEqual(expectedDrawing(figures[i]!));
    expect(plot.drawnTraces, `plot ${i + 1}: traces drawn in the SVG`).toBe(figures[i]!.data.length);
  });
}

/** Sliders and ▶ work without a kernel: every frame of every animated plot can be shown, and shows its data. */
export async function expectFramesPlay(page: Page, figures: PlotFigure[]): Promise<void> {
  const animated = figures.map((f, i) => [f, i] as const).filter(([f]) => f.frames?.length);
    for (const [figure, i] of animated) {
    for (const frame of figure.frames as Array<{ name: string; traces: number[]; data: Array<{ x?: unknown[] }> }>) {
      const shown = await page.evaluate(async ([index, name, trace]) => {
        const el = document.querySelectorAll(".dlbasics-plot")[index] as any;
        await (window as any).Plotly.animate(el, [name], { mode: "immediate", frame: { duration: 0, redraw: false }, transition: { duration: 0 } });
        return el.data[trace].x;
      }, [i, frame.name, frame.traces[0]!] as const);
      expect(shown, `plot ${i + 1}, frame "${frame.name}"`).toEqual(frame.data[0]!.x);
    }
  }
}

/** Waits until `count` plots have been drawn. */
export async function waitForPlots(page: Page, count: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll(".dlbasics-plot .plot-container").length >= n, count, { timeout });
}

/** Blocks every request `allowed` rejects (the network is off) and collects script and console errors. */
export function watch(page: Page, allowed: (url: string) => boolean): { errors: string[]; blocked: string[] } {
  const problems = { errors: [] as string[], blocked: [] as string[] };
  void page.route("**/*", (route) => {
    const url = route.request().url();
    if (allowed(url) || url.startsWith("data:")) return route.continue();
    problems.blocked.push(url);
    return route.abort();
  });
  page.on("pageerror", (error) => problems.errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // a request we blocked on purpose (nbconvert's template asks a CDN for require.js and MathJax)
    if (problems.blocked.some((url) => message.location().url === url)) return;
    // the host's own nbextensions: Debian's classic Notebook enables the ipywidgets one without shipping it
    if (/\/nbextensions\/widgets\//.test(message.location().url + message.text())) return;
    problems.errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  return problems;
}
