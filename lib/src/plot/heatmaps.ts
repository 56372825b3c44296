/**
 * Matrices as colour (notebooks 03 and 09): a weight matrix w of layer l, where w_jk joins input k
 * to neuron j, and a confusion matrix, whose cell (i, j) counts the examples of actual class i that
 * the network put in class j. The confusion matrix writes its counts in the cells and is square.
 */
import { Tensor, tensor, type NestedArray } from "../tensor";
import { ShapeError, ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, type FigureOptions, type Trace, TEXT_UNIT_PX, baseLayout, checkFinite, round4, textWidth, wrapLabel } from "./figure";

/** A weight matrix [neurons, inputs] as a heatmap: blue positive, red negative, white zero. */
export function weightsFigure(w: Tensor | number[][], options: FigureOptions = {}): Figure {
  const m = matrixOf("weightsFigure", "w", w);
  const z = rowsOf(m).map((row) => row.map(round4));
  const heatmap: Trace = { type: "heatmap", z, colorscale: "RdBu", zmid: 0, colorbar: { title: { text: "w" } },
    hovertemplate: t`neuron j = %{y}, input k = %{x}: w = %{z}<extra></extra>` };
  const layout = baseLayout(options, {
    title: t`Weights w [${m.rows}, ${m.cols}]: row j holds neuron j's weights`,
    xTitle: t`input k (neuron of the previous layer)`,
    yTitle: t`neuron j (this layer)`,
  });
  return { data: [heatmap], layout: { ...layout, yaxis: { ...(layout["yaxis"] as object), autorange: "reversed" } } };
}

/**
 * A confusion matrix [classes, classes] with the count written in every cell: rows are the actual
 * classes, columns the predicted ones, so the diagonal holds the correct answers.
 */
export function confusionMatrixFigure(matrix: Tensor | number[][], classNames?: string[], options: FigureOptions = {}): Figure {
  const m = matrixOf("confusionMatrixFigure", "matrix", matrix);
  if (m.rows !== m.cols) {
    throw new ShapeError("confusionMatrixFigure", t`a confusion matrix must be square (one row and one column per class)`,
      [["matrix", m.shape]], t`Rows are actual classes, columns predicted classes.`);
  }
  const names = classNames ?? Array.from({ length: m.rows }, (_, i) => String(i));
  if (!Array.isArray(names) || names.length !== m.rows) {
    throw new ShapeError("confusionMatrixFigure", t`classNames must name every class`, [["matrix", m.shape], ["classNames", [names?.length ?? 0]]]);
  }
  checkFinite("confusionMatrixFigure", "matrix", m.data);
  const z = rowsOf(m);
  const heatmap: Trace = {
    type: "heatmap", z, x: names, y: names, colorscale: "Blues", reversescale: true, showscale: false, // many: dark blue
    text: z.map((row) => row.map(String)), texttemplate: "%{text}",
    hovertemplate: t`actual %{y}, predicted %{x}: %{z}<extra></extra>`,
  };
  // the class names: on the left as wide as the widest (a Hangul letter counts twice), on top wrapped to a column's width
  const left = Math.max(90, 45 + Math.max(...names.map((n) => textWidth(String(n)))) * TEXT_UNIT_PX);
  const side = options.width ?? Math.max(360, 48 * m.rows + 50 + left);
  const columnUnits = Math.max(4, Math.floor((side - left - 20) / m.rows / TEXT_UNIT_PX) - 1);
  const columns = names.map((n) => wrapLabel(String(n), columnUnits));
  const lines = Math.max(1, ...columns.map((c) => c.length));
  const layout = baseLayout({ ...options, width: side, height: options.height ?? side }, {
    title: t`Confusion matrix (rows: actual class, columns: predicted class)`, xTitle: t`predicted class`, yTitle: t`actual class`,
  });
  const category = { type: "category", constrain: "domain" };
  const ticks = lines > 1 ? { tickmode: "array", tickvals: [...names], ticktext: columns.map((c) => c.join("<br>")) } : {};
  return { data: [heatmap], layout: { ...layout, title: { text: layout.title!.text, y: 0.98, yanchor: "top" },
    xaxis: { ...(layout["xaxis"] as object), ...category, ...ticks, side: "top" },
    yaxis: { ...(layout["yaxis"] as object), ...category, autorange: "reversed", scaleanchor: "x", scaleratio: 1 },
    margin: { t: 110 + 15 * (lines - 1), r: 20, b: 20, l: left } } };
}

/** A matrix tensor from a tensor or nested arrays, or an error naming what was found. */
function matrixOf(op: string, name: string, value: Tensor | number[][]): Tensor {
  if (!(value instanceof Tensor) && !Array.isArray(value)) {
    throw new ValueError(op, t`${name} as a matrix (a tensor or nested arrays)`, describeValue(value));
  }
  const m = value instanceof Tensor ? value : tensor(value as NestedArray);
  if (m.rank !== 2 || m.size === 0) {
    throw new ShapeError(op, t`${name} must be a non-empty matrix [rows, columns]`, [[name, m.shape]]);
  }
  return m;
}

function rowsOf(m: Tensor): number[][] {
  return Array.from({ length: m.rows }, (_, r) => Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols)));
}
