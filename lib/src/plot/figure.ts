/**
 * Figures: the plain plotly specs every plot helper returns (all notebooks, from 02 on).
 *
 * A figure is data, not a drawing: `{ data: traces, layout, frames? }` exactly as plotly.js reads it.
 * `show(figure)` draws it inline; `describeFigure(figure)` says in words what it holds (title,
 * traces, points), for terminals and for notebook viewers that run no script.
 */
import { ShapeError, ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";

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
  const title = layout.title?.text ?? t`untitled`;
  const lines = [axes[0] || axes[1] ? t`Figure "${title}" (x: ${axes[0] || "?"}, y: ${axes[1] || "?"})` : t`Figure "${title}"`];
  figure.data.forEach((trace, i) => {
    const grid = trace.z ? ` (${trace.z.length} × ${trace.z[0]?.length ?? 0})` : "";
    const points = pointsOf(trace);
    // the grid is part of the message: "{0} point" alone is already an exercise's score (core)
    const size = trace.type === "image" ? t`a picture` : points === 1 ? t`${points} point${grid}` : t`${points} points${grid}`;
    lines.push("  " + (trace.name ? t`trace ${i + 1}: ${trace.type} "${trace.name}", ${size}` : t`trace ${i + 1}: ${trace.type}, ${size}`));
  });
  if (figure.frames?.length) lines.push("  " + t`${figure.frames.length} frames (use the slider or ▶ to step through them)`);
  return lines.join("\n");
}

function axisTitle(axis: unknown): string {
  const title = (axis as { title?: { text?: string } } | undefined)?.title?.text;
  return title ?? "";
}

/** Checks that two arrays pair up one to one: `<op>: x and y must have the same length, got x [5] and y [4]. <hint>` */
export function checkSameLength(op: string, [nameA, a]: [string, ArrayLike<unknown>], [nameB, b]: [string, ArrayLike<unknown>], hint: string): void {
  if (a.length !== b.length) {
    throw new ShapeError(op, t`${nameA} and ${nameB} must have the same length`, [[nameA, [a.length]], [nameB, [b.length]]], hint);
  }
}

/** Checks that every value is a finite number (NaN and ±Infinity cannot be drawn). */
export function checkFinite(op: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== "number" || !Number.isFinite(values[i])) {
      throw new ValueError(op, t`finite numbers in ${name}`, t`${describeValue(values[i])} at index ${i}`);
    }
  }
}

/** A number rounded to 4 significant digits: keeps figures (and the notebooks that store them) small. */
export function round4(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(4)) : value;
}

/**
 * Hangul (syllables and jamo), kana, CJK ideographs and full-width forms: characters drawn about as
 * wide as two Latin letters.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * How wide a label is drawn, in Latin letters: a Hangul syllable or a CJK character counts 2, any other
 * character 1, HTML tags nothing, and a label of several lines (`<br>`) is as wide as its widest line.
 * Every margin that must hold labels is sized from this, never from `label.length`.
 */
export function textWidth(text: string): number {
  return Math.max(0, ...String(text).split(/<br\s*\/?>/i).map((line) => {
    let width = 0;
    for (const ch of line.replace(/<[^>]*>/g, "")) width += WIDE.test(ch) ? 2 : 1;
    return width;
  }));
}

/** Pixels per unit of textWidth at plotly's 12 px tick font (a Latin letter ≈ 6–7 px, a Hangul syllable 12 px). */
export const TEXT_UNIT_PX = 7;
/** The height of one line of 12 px tick labels. */
const LINE_PX = 15;
/** The width plotly gives a figure without a width in a notebook, at least (an output area is about 900 px). */
const ASSUMED_WIDTH = 800;

/**
 * A label broken at spaces into the fewest lines of at most `units` (a word longer than that keeps a
 * line of its own), the lines as even as that many lines can be: "내가 잘 할 / 수 있는 / 업무인가?"
 * rather than a last word alone.
 */
export function wrapLabel(label: string, units: number): string[] {
  const words = String(label).split(/ +/);
  const greedy = (limit: number): string[] => {
    const lines: string[] = [];
    for (const word of words) {
      const last = lines[lines.length - 1];
      if (last !== undefined && textWidth(`${last} ${word}`) <= limit) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines;
  };
  const fewest = greedy(units);
  const longestWord = Math.max(...words.map(textWidth));
  for (let limit = longestWord; limit < units; limit++) {
    const even = greedy(limit);
    if (even.length === fewest.length) return even;
  }
  return fewest;
}

/** A category x axis whose tick labels fit, and the margins it needs below and to the left of the plot. */
export interface CategoryAxis {
  /** The x axis keys: the labels as ticks (wrapped with <br>), their angle, plotly's automargin as a safety net. */
  axis: Record<string, unknown>;
  /** The bottom margin: tick labels, axis title and a little space. */
  bottom: number;
  /** The left margin: at least 70 (the y axis title), more when a slanted first label reaches further left. */
  left: number;
}

/**
 * Tick labels for one bar per label, on a figure `width` pixels wide (undefined: as wide as a
 * notebook's output area). Labels wider than a bar's slot break onto up to four lines at their
 * spaces and stay horizontal; labels that still do not fit (long words, many bars) slant at 30° in
 * lines of at most 30 letters. The margins come from the labels' textWidth, so that seven Korean
 * questions, twice as wide as the same number of Latin letters, are never cut off.
 */
export function categoryAxis(labels: readonly string[], width?: number): CategoryAxis {
  const plotWidth = Math.max(200, (width ?? ASSUMED_WIDTH) - 100);
  const slot = plotWidth / Math.max(1, labels.length);
  const slotUnits = Math.max(4, Math.floor(slot / TEXT_UNIT_PX) - 1);
  const ticks = { tickmode: "array", tickvals: [...labels], automargin: true };
  const flat = labels.map((label) => wrapLabel(label, slotUnits));
  if (flat.every((lines) => lines.length <= 4 && lines.every((line) => textWidth(line) <= slotUnits))) {
    const lines = Math.max(1, ...flat.map((l) => l.length));
    return { axis: { ...ticks, ticktext: flat.map((l) => l.join("<br>")) }, bottom: 60 + (lines - 1) * LINE_PX, left: 70 };
  }
  const slanted = labels.map((label) => wrapLabel(label, Math.max(30, slotUnits)));
  const lines = Math.max(1, ...slanted.map((l) => l.length));
  const widest = Math.max(...slanted.map((l) => textWidth(l.join("<br>")))) * TEXT_UNIT_PX;
  const [sin, cos] = [Math.sin(Math.PI / 6), Math.cos(Math.PI / 6)];
  // a label slanted at 30° ends at its tick: it reaches down sin·width and left cos·width from there
  const first = textWidth(slanted[0]?.join("<br>") ?? "") * TEXT_UNIT_PX;
  return {
    axis: { ...ticks, ticktext: slanted.map((l) => l.join("<br>")), tickangle: -30 },
    bottom: Math.ceil(45 + sin * widest + cos * lines * LINE_PX),
    left: Math.ceil(Math.max(70, cos * first - slot / 2 + 10)),
  };
}
