/**
 * A feed-forward network drawn as circles and lines (notebook 03): one column of neurons per layer,
 * input on the left, output on the right, and a line from every neuron to every neuron of the next
 * layer, one line per weight w^l_jk. Layers too tall to draw show their first and last neurons with
 * "⋮" between, and their true size below.
 *
 *   nn.show(nn.networkDiagram([784, 30, 10]));
 */
import { ValueError, describeValue, formatShape } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, type FigureOptions, type Trace } from "./figure";

const COLORS = ["#2ca02c", "#1f77b4", "#ff7f0e"];

/** What to call layer l of a network with `count` layers: input, hidden k, output. */
export function layerName(l: number, count: number): string {
  return l === 0 ? t`input layer` : l === count - 1 ? t`output layer` : count > 3 ? t`hidden layer ${l}` : t`hidden layer`;
}

/**
 * The diagram of a network with layer sizes `sizes` (input first), drawing at most `maxShown`
 * neurons per layer (default 8).
 * @param sizes neurons per layer, at least two whole numbers ≥ 1, e.g. [784, 30, 10]
 */
export function networkDiagram(sizes: readonly number[], options: FigureOptions & { maxShown?: number } = {}): Figure {
  if (!Array.isArray(sizes) || sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new ValueError("networkDiagram", t`layer sizes: at least two whole numbers ≥ 1 such as [784, 30, 10]`, describeValue(sizes));
  }
  const maxShown = options.maxShown ?? 8;
  if (!Number.isInteger(maxShown) || maxShown < 3) throw new ValueError("networkDiagram", t`maxShown as a whole number ≥ 3`, describeValue(maxShown));
  const layers = sizes.map((n) => shownRows(n, maxShown));
  const edges: Trace = { type: "scatter", mode: "lines", name: t`weights (one line per w)`, x: [], y: [], hoverinfo: "skip",
    line: { color: "rgba(120, 120, 120, 0.35)", width: 1 } };
  const [ex, ey] = [edges.x as Array<number | null>, edges.y as Array<number | null>];
  layers.slice(1).forEach((next, l) => layers[l]!.rows.forEach((y0) => next.rows.forEach((y1) => {
    ex.push(l, l + 1, null);
    ey.push(y0, y1, null);
  })));
  const nodes = layers.map((layer, l): Trace => ({
    type: "scatter", mode: "markers", name: t`${layerName(l, sizes.length)}: ${sizes[l]} neurons`,
    x: layer.rows.map(() => l), y: layer.rows,
    marker: { size: 16, color: COLORS[l === 0 ? 0 : l === sizes.length - 1 ? 2 : 1], line: { color: "#333333", width: 1 } },
  }));
  const bottom = Math.min(...layers.map((layer) => Math.min(...layer.rows)));
  const annotations = layers.flatMap((layer, l) => [
    { x: l, y: bottom - 1.2, text: t`${layerName(l, sizes.length)}<br>${sizes[l]} neurons`, showarrow: false },
    ...(layer.gap === undefined ? [] : [{ x: l, y: layer.gap, text: "⋮", showarrow: false, font: { size: 20 } }]),
  ]);
  const hidden = { visible: false };
  return {
    data: [edges, ...nodes],
    layout: {
      title: { text: options.title ?? t`A feed-forward network ${formatShape(sizes)}: every neuron feeds every neuron of the next layer` },
      width: options.width ?? Math.max(420, 180 * sizes.length), height: options.height ?? 460,
      xaxis: { ...hidden, range: [-0.5, sizes.length - 0.5] }, yaxis: hidden,
      showlegend: false, annotations, margin: { t: 60, r: 20, b: 20, l: 20 },
    },
  };
}

/** The heights of the neurons drawn for a layer of n (centred on 0), and where "⋮" goes if some are left out. */
function shownRows(n: number, maxShown: number): { rows: number[]; gap?: number } {
  if (n <= maxShown) return { rows: Array.from({ length: n }, (_, i) => (n - 1) / 2 - i) };
  const top = Math.ceil((maxShown - 1) / 2), slots = maxShown;
  const heights = Array.from({ length: slots }, (_, i) => (slots - 1) / 2 - i);
  return { rows: heights.filter((_, i) => i !== top), gap: heights[top] };
}
