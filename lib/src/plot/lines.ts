/**
 * Curves, points and bars (notebooks 02 and 04): a sigmoid σ(z) = 1 / (1 + e^(−z)) against the
 * step of a perceptron, a decision function, the weighted inputs z = Σ w_j x_j of the hiring example.
 *
 *   nn.show(nn.lineFigure([{ name: "sigmoid", x: zs, y: zs.map(nn.sigmoid) }], { xTitle: "z" }));
 */
import { Tensor } from "../tensor";
import { ShapeError, ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, type FigureOptions, type Trace, baseLayout, categoryAxis, checkFinite, checkSameLength } from "./figure";

/** One named curve or set of points: `x[i]` pairs with `y[i]`. Arrays or vector tensors ([n] or [n, 1]). */
export interface Series {
  name: string;
  x: ArrayLike<number> | Tensor;
  y: ArrayLike<number> | Tensor;
}

/** Curves on shared axes, one trace per series (same number of x and y values in each). */
export function lineFigure(series: Series[], options: FigureOptions = {}): Figure {
  return seriesFigure("lineFigure", series, "lines", options);
}

/** Points on shared axes, one trace per series: for example inputs coloured by class. */
export function scatterFigure(series: Series[], options: FigureOptions = {}): Figure {
  return seriesFigure("scatterFigure", series, "markers", options);
}

function seriesFigure(op: string, series: Series[], mode: string, options: FigureOptions): Figure {
  if (!Array.isArray(series) || series.length === 0) {
    throw new ValueError(op, t`a non-empty array of series { name, x, y }`, describeValue(series));
  }
  const data = series.map((s): Trace => {
    const x = numbers(op, "x", s.x), y = numbers(op, "y", s.y);
    checkSameLength(op, ["x", x], ["y", y], t`Series "${s.name}": give one y value for every x value.`);
    checkFinite(op, t`x of series "${s.name}"`, x);
    checkFinite(op, t`y of series "${s.name}"`, y);
    return { type: "scatter", mode, name: s.name, x, y };
  });
  return { data, layout: { ...baseLayout(options, { title: "", xTitle: "x", yTitle: "y" }), showlegend: series.length > 1 } };
}

/**
 * Bars with their value written on them, negative ones in another colour: for example the weighted
 * inputs w_j·x_j of the hiring example, one bar per question.
 */
export function barFigure(labels: string[], values: ArrayLike<number> | Tensor, options: FigureOptions = {}): Figure {
  const y = numbers("barFigure", "values", values);
  if (!Array.isArray(labels)) throw new ValueError("barFigure", t`an array of labels`, describeValue(labels));
  checkSameLength("barFigure", ["labels", labels], ["values", y], t`Give one label for every bar.`);
  checkFinite("barFigure", "values", y);
  const bar: Trace = {
    type: "bar",
    x: [...labels],
    y,
    text: y.map((v) => String(Number(v.toFixed(3)))),
    textposition: "outside",
    marker: { color: y.map((v) => (v < 0 ? "#d62728" : "#1f77b4")) },
  };
  // long labels (seven Korean questions) break onto lines or slant, with the margins they need
  const layout = baseLayout(options, { title: "", xTitle: "", yTitle: t`value` });
  const { axis, bottom, left } = categoryAxis(labels.map(String), options.width);
  // the axis title below the deepest label (plotly otherwise only clears the labels under it)
  const title = { ...(layout["xaxis"] as { title: object }).title, standoff: 12 };
  return { data: [bar], layout: { ...layout, xaxis: { ...axis, title }, margin: { t: 60, r: 30, b: bottom, l: left } } };
}

/** Plain numbers from an array or a vector tensor ([n], [n, 1] or [1, n]). */
export function numbers(op: string, name: string, values: ArrayLike<number> | Tensor): number[] {
  if (values instanceof Tensor) {
    if (values.rank > 2 || values.shape.filter((d) => d !== 1).length > 1) {
      throw new ShapeError(op, t`${name} must be a vector [n] or [n, 1]`, [[name, values.shape]]);
    }
    return Array.from(values.data);
  }
  if (values == null || typeof values !== "object" || typeof values.length !== "number") {
    throw new ValueError(op, t`${name} as an array of numbers or a vector tensor`, describeValue(values));
  }
  return Array.from(values);
}
