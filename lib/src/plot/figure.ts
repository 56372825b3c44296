/**
 * Figures: the plain plotly specs every plot helper returns (all notebooks, from 02 on).
 *
 * A figure is data, not a drawing: `{ data: traces, layout, frames? }` exactly as plotly.js reads it.
 * `show(figure)` draws it inline; `describeFigure(figure)` says in words what it holds (title,
 * traces, points), for terminals and for notebook viewers that run no script.
 */
import { ShapeError, ValueError, describeValue } from "../errors";

/** One plotly trace: `{ type: "scatter", x, y, name }`, `{ type: "heatmap", z }`, … */
export interface Trace {
  type: string;
  name?: string;
  x?: ReadonlyArray<number | string | null>;
  y?: ReadonlyArray<number | string | null>;
  z?: ReadonlyArray<ReadonlyArray<number | null>>;
  [key: string]: unknown;
}

/** Plotly layout: title, axes, sizes, sliders, … (only the keys the helpers set are typed). */
export interface Layout {
  title?: { text: string; [key: string]: unknown };
  width?: number;
  height?: number;
  [key: string]: unknown;
}

/** One animation frame: new data for some traces (`traces` lists their indices). */
export interface Frame {
  name: string;
  data: Array<Partial<Trace>>;
  traces?: number[];
  layout?: Layout;
}

/** A plotly figure: traces, layout and, for animations and sliders, frames. */
export interface Figure {
  data: Trace[];
  layout: Layout;
  frames?: Frame[];
}

/** Title and axis labels (with units) that every helper accepts. */
export interface FigureOptions {
  title?: string;
  xTitle?: string;
  yTitle?: string;
  width?: number;
  height?: number;
}

/** A layout with a title, labelled axes and a size: the part every figure shares. */
export function baseLayout(options: FigureOptions, defaults: Required<Pick<FigureOptions, "title" | "xTitle" | "yTitle">>): Layout {
  return {
    title: { text: options.title ?? defaults.title },
    xaxis: { title: { text: options.xTitle ?? defaults.xTitle } },
    yaxis: { title: { text: options.yTitle ?? defaults.yTitle } },
    width: options.width,
    height: options.height ?? 420,
    margin: { t: 60, r: 30, b: 60, l: 70 },
  };
}

/** The number of points a trace draws: its x (or y) values, or rows × columns of its z grid. */
export function pointsOf(trace: Partial<Trace>): number {
  if (trace.z) return trace.z.reduce((n, row) => n + row.length, 0);
  return (trace.x ?? trace.y ?? []).length;
}

/** Words for a figure: its title, axes, each trace with its points, and its frames. */
export function describeFigure(figure: Figure): string {
  const layout = figure.layout;
  const axes = [axisTitle(layout["xaxis"]), axisTitle(layout["yaxis"])];
  const lines = [`Figure "${layout.title?.text ?? "untitled"}"` + (axes[0] || axes[1] ? ` (x: ${axes[0] || "?"}, y: ${axes[1] || "?"})` : "")];
  figure.data.forEach((trace, i) => {
    const grid = trace.z ? ` (${trace.z.length} × ${trace.z[0]?.length ?? 0})` : "";
    const points = pointsOf(trace);
    const size = trace.type === "image" ? "a picture" : `${points} point${points === 1 ? "" : "s"}${grid}`;
    lines.push(`  trace ${i + 1}: ${trace.type}${trace.name ? ` "${trace.name}"` : ""}, ${size}`);
  });
  if (figure.frames?.length) lines.push(`  ${figure.frames.length} frames (use the slider or ▶ to step through them)`);
  return lines.join("\n");
}

function axisTitle(axis: unknown): string {
  const title = (axis as { title?: { text?: string } } | undefined)?.title?.text;
  return title ?? "";
}

/** Checks that two arrays pair up one to one: `<op>: x and y must have the same length, got x [5] and y [4]. <hint>` */
export function checkSameLength(op: string, [nameA, a]: [string, ArrayLike<unknown>], [nameB, b]: [string, ArrayLike<unknown>], hint: string): void {
  if (a.length !== b.length) {
    throw new ShapeError(op, `${nameA} and ${nameB} must have the same length`, [[nameA, [a.length]], [nameB, [b.length]]], hint);
  }
}

/** Checks that every value is a finite number (NaN and ±Infinity cannot be drawn). */
export function checkFinite(op: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== "number" || !Number.isFinite(values[i])) {
      throw new ValueError(op, `finite numbers in ${name}`, `${describeValue(values[i])} at index ${i}`);
    }
  }
}

/** A number rounded to 4 significant digits: keeps figures (and the notebooks that store them) small. */
export function round4(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(4)) : value;
}
