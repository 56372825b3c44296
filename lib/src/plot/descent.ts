/**
 * Gradient descent on a cost of two variables (notebook 04): contour lines of C(v1, v2) with the
 * path of the updates v → v' = v − η∇C drawn over them, step by step with a slider (animation
 * frames, no kernel round trip), or the same descent at several learning rates η.
 */
import { ShapeError, ValueError, describeValue, formatShape } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, type FigureOptions, type Frame, type Trace, baseLayout, round4 } from "./figure";

/** A point (v1, v2) of the plane. */
export type Point2 = readonly [number, number];
/** An interval [min, max] of one axis. */
export type Range2 = readonly [number, number];

export interface SurfaceOptions extends FigureOptions {
  /** Grid points along each axis (default 41). */
  steps?: number;
}

/** Contour lines of cost(v1, v2) over xRange × yRange, with an optional descent path on top. */
export function costSurfaceFigure(cost: (v1: number, v2: number) => number, xRange: Range2, yRange: Range2,
  path?: Point2[], options: SurfaceOptions = {}): Figure {
  const op = "costSurfaceFigure";
  if (typeof cost !== "function") throw new ValueError(op, t`a cost function (v1, v2) => number`, describeValue(cost));
  checkRange(op, "xRange", xRange);
  checkRange(op, "yRange", yRange);
  const steps = options.steps ?? 41;
  if (!Number.isInteger(steps) || steps < 2 || steps > 201) throw new ValueError(op, t`steps between 2 and 201`, describeValue(steps));
  const x = grid(xRange, steps), y = grid(yRange, steps);
  const z = y.map((v2) => x.map((v1) => finiteOrNull(round4(cost(v1, v2)))));
  const surface: Trace = { type: "contour", x, y, z, colorscale: "Viridis", ncontours: 20,
    contours: { coloring: "heatmap", showlabels: true }, colorbar: { title: { text: t`cost C` } } };
  const layout = baseLayout(options, { title: t`Cost surface C(v1, v2)`, xTitle: "v1", yTitle: "v2" });
  const figure: Figure = { data: [surface], layout: { ...layout,
    xaxis: { ...(layout["xaxis"] as object), range: [...xRange] }, yaxis: { ...(layout["yaxis"] as object), range: [...yRange] } } };
  if (path !== undefined) figure.data.push(pathTrace(op, path, t`descent path`));
  return figure;
}

/** The descent path drawn one step per frame: a slider picks the step, ▶ plays them in order. */
export function descentAnimation(cost: (v1: number, v2: number) => number, xRange: Range2, yRange: Range2,
  path: Point2[], options: SurfaceOptions = {}): Figure {
  const full = pathTrace("descentAnimation", path, t`descent path`);
  const figure = costSurfaceFigure(cost, xRange, yRange, undefined, { title: t`Gradient descent, step by step`, ...options });
  const upTo = (k: number): Partial<Trace> => ({ x: full.x!.slice(0, k + 1), y: full.y!.slice(0, k + 1) });
  figure.data.push({ ...full, ...upTo(0) });
  figure.frames = path.map((_, k): Frame => ({ name: `step ${k}`, data: [upTo(k)], traces: [1] }));
  return withSlider(figure, t`step: `, path.map((_, k) => String(k)), true);
}

/** One run of gradient descent: its learning rate and the points it visited. */
export interface DescentRun {
  learningRate: number;
  path: Point2[];
}

/** The same descent at several learning rates η: the slider switches between their paths. */
export function descentAtLearningRates(cost: (v1: number, v2: number) => number, xRange: Range2, yRange: Range2,
  runs: DescentRun[], options: SurfaceOptions = {}): Figure {
  if (!Array.isArray(runs) || runs.length === 0) {
    throw new ValueError("descentAtLearningRates", t`a non-empty array of runs { learningRate, path }`, describeValue(runs));
  }
  const traces = runs.map((run) => pathTrace("descentAtLearningRates", run.path, `η = ${run.learningRate}`));
  const figure = costSurfaceFigure(cost, xRange, yRange, undefined, { title: t`The same descent at several learning rates η`, ...options });
  figure.data.push(traces[0]!);
  figure.frames = traces.map((trace, i): Frame => ({ name: `η = ${runs[i]!.learningRate}`, data: [{ x: trace.x, y: trace.y, name: trace.name }], traces: [1] }));
  return withSlider(figure, t`learning rate η = `, runs.map((run) => String(run.learningRate)), false);
}

/** Adds a slider over the figure's frames (and ▶/❚❚ buttons when `play`). */
function withSlider(figure: Figure, prefix: string, labels: string[], play: boolean): Figure {
  const now = { mode: "immediate", frame: { duration: 0, redraw: false }, transition: { duration: 0 } };
  const steps = figure.frames!.map((frame, i) => ({ label: labels[i], method: "animate", args: [[frame.name], now] }));
  figure.layout["sliders"] = [{ active: 0, steps, currentvalue: { prefix }, pad: { t: 50 } }];
  if (play) {
    const buttons = [
      { label: t`▶ play`, method: "animate", args: [null, { frame: { duration: 400, redraw: false }, fromcurrent: true, transition: { duration: 0 } }] },
      { label: t`❚❚ pause`, method: "animate", args: [[null], now] },
    ];
    figure.layout["updatemenus"] = [{ type: "buttons", showactive: false, x: 0, y: 0, xanchor: "right", yanchor: "top", pad: { t: 60, r: 10 }, buttons }];
  }
  figure.layout.height = (figure.layout.height ?? 420) + 80;
  return figure;
}

function pathTrace(op: string, path: Point2[], name: string): Trace {
  if (!Array.isArray(path) || path.length === 0) throw new ValueError(op, t`a path: a non-empty array of points [v1, v2]`, describeValue(path));
  path.forEach((p, i) => {
    if (!Array.isArray(p) || p.length !== 2) {
      throw new ShapeError(op, t`every point of a path must be a pair [v1, v2]`, [[t`point ${i}`, [Array.isArray(p) ? p.length : 0]]]);
    }
  });
  const x = path.map((p) => finiteOrNull(p[0])), y = path.map((p) => finiteOrNull(p[1]));
  return { type: "scatter", mode: "lines+markers", name, x, y, line: { color: "#ff4136" }, marker: { size: 6, color: "#ff4136" } };
}

function checkRange(op: string, name: string, range: Range2): void {
  if (!Array.isArray(range) || range.length !== 2 || !range.every(Number.isFinite) || !(range[0] < range[1])) {
    const found = Array.isArray(range) ? `${name} ${formatShape(range as number[])}` : describeValue(range);
    throw new ValueError(op, t`${name} as [min, max] with finite min < max`, found);
  }
}

function grid([min, max]: Range2, steps: number): number[] {
  return Array.from({ length: steps }, (_, i) => round4(min + ((max - min) * i) / (steps - 1)));
}

function finiteOrNull(v: number): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
