/**
 * The deck's pictures of architectures: the perceptron of "LG CNS에 입사할 것인가?" (notebook 02),
 * inputs x_j weighted by w_j into one neuron that outputs 1 when Σ w_j x_j ≥ threshold, and
 * 구조에 따른 인공신경망 분류 (notebook 03), a feed-forward (FNN), a convolutional (CNN) and a
 * recurrent (RNN) network side by side. Both start from networkDiagram's circles and lines.
 *
 *   nn.show(nn.perceptronDiagram(questions, weights, { threshold: 80 }));
 *   nn.show(nn.architecturesFigure());
 */
import { ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, type FigureOptions, type Trace, TEXT_UNIT_PX, checkFinite, checkSameLength, textWidth } from "./figure";
import { layerName, networkDiagram } from "./network-diagram";

type Annotation = Record<string, unknown>;
const HIDDEN = { visible: false };
const BLUE = "#1f77b4", GREEN = "#2ca02c", ORANGE = "#ff7f0e", GREY = "#7f7f7f";

/**
 * A perceptron: one input per label on the left, each line marked with its weight (negative ones in
 * red), one neuron that fires when Σ w_j x_j ≥ threshold, and its output 0 or 1.
 * @param inputs the name of each input x_j, e.g. the deck's seven questions
 * @param weights w_j, one finite number per input
 */
export function perceptronDiagram(inputs: readonly string[], weights: readonly number[], options: FigureOptions & { threshold?: number } = {}): Figure {
  if (!Array.isArray(inputs) || inputs.length < 1 || !inputs.every((s) => typeof s === "string")) {
    throw new ValueError("perceptronDiagram", t`the inputs' names as a non-empty array of strings`, describeValue(inputs));
  }
  if (!Array.isArray(weights)) throw new ValueError("perceptronDiagram", t`an array of weights`, describeValue(weights));
  checkSameLength("perceptronDiagram", ["inputs", inputs], ["weights", weights], t`Give one weight for every input.`);
  checkFinite("perceptronDiagram", "weights", weights);
  const threshold = options.threshold ?? 0;
  checkFinite("perceptronDiagram", "threshold", [threshold]);
  const figure = networkDiagram([inputs.length, 1], { maxShown: Math.max(3, inputs.length) });
  const rows = figure.data[1]!.y as number[];
  figure.data[0]!.name = t`weights w_j`;
  figure.data[1]!.name = t`inputs x_j: ${inputs.length}`;
  figure.data[2]!.name = t`the perceptron`;
  const labels = rows.map((_, j) => `x${subscript(j + 1)}  ${inputs[j]}`);
  const width = options.width ?? 860;
  const annotations: Annotation[] = rows.flatMap((y, j) => [
    { x: -0.08, y, text: labels[j], xanchor: "right", showarrow: false },
    { x: 0.45, y: y * 0.55, text: `w = ${weights[j]}`, showarrow: false, bgcolor: "white", font: { color: weights[j]! < 0 ? "#d62728" : "#333333" } },
  ]);
  const output = t`output 1 if Σ w_j x_j ≥ ${threshold}<br>else 0`;
  annotations.push({ x: 1.08, y: 0, text: output, xanchor: "left", showarrow: false });
  figure.layout = {
    ...figure.layout,
    title: { text: options.title ?? t`A perceptron: ${inputs.length} inputs, one weight each, one decision` },
    width, height: options.height ?? Math.max(360, 60 * inputs.length + 120),
    xaxis: { ...HIDDEN, range: xRange(labels, output, width - 40) }, annotations,
  };
  return figure;
}

/** FNN, CNN and RNN side by side, as in the deck's 구조에 따른 인공신경망 분류. */
export function architecturesFigure(options: FigureOptions = {}): Figure {
  const fnn = networkDiagram([4, 5, 3]);
  const data: Trace[] = [...fnn.data, ...cnnTraces(), ...rnnTraces()];
  const annotations: Annotation[] = [
    // the layers' names without their sizes (the diagram's annotation x is the layer's index)
    ...(fnn.layout["annotations"] as Annotation[]).filter((a) => a["text"] !== "⋮").map((a) => ({ ...a, text: layerName(a["x"] as number, 3) })),
    ...panelTitles(), ...cnnLabels(), ...rnnLabels(),
  ];
  return {
    data,
    layout: {
      title: { text: options.title ?? t`Three basic architectures: feed-forward (FNN), convolutional (CNN), recurrent (RNN)` },
      width: options.width ?? 1100, height: options.height ?? 440, showlegend: false, annotations,
      margin: { t: 90, r: 20, b: 20, l: 20 },
      xaxis: { ...HIDDEN, domain: [0, 0.3], range: [-0.6, 2.6] }, yaxis: { ...HIDDEN, range: [-4, 3.4] },
      xaxis2: { ...HIDDEN, domain: [0.35, 0.67], range: [-0.3, 7.5] }, yaxis2: { ...HIDDEN, anchor: "x2", range: [-4, 3.4] },
      xaxis3: { ...HIDDEN, domain: [0.72, 1], range: [0.3, 3.9] }, yaxis3: { ...HIDDEN, anchor: "x3", range: [-4, 3.4] },
    },
  };
}

function panelTitles(): Annotation[] {
  return [[t`FNN: every neuron feeds the next layer`, 0.15], [t`CNN: small shared filters slide over the image`, 0.51], [t`RNN: the state loops back in time`, 0.86]]
    .map(([text, x]) => ({ text: `<b>${text}</b>`, x, y: 1.04, xref: "paper", yref: "paper", showarrow: false, xanchor: "center" }));
}

/** A filled rectangle as a trace on the CNN panel (axes x2, y2). */
function box(name: string, x0: number, y0: number, size: number, color: string): Trace {
  return { type: "scatter", mode: "lines", name, xaxis: "x2", yaxis: "y2", fill: "toself", fillcolor: color, hoverinfo: "name",
    x: [x0, x0 + size, x0 + size, x0, x0], y: [y0, y0, y0 + size, y0 + size, y0], line: { color: "#333333", width: 1 } };
}

function cnnTraces(): Trace[] {
  const maps = (name: (k: number) => string, x: number, size: number, color: string) => [0, 1, 2].map((k) => box(name(k + 1), x + 0.25 * k, -size / 2 - 0.35 * k, size, color));
  const dense = [1.2, 0.4, -0.4, -1.2].map((y) => [6.4, y]);
  const out = [0.6, -0.6].map((y) => [7.1, y]);
  const lines: Trace = { type: "scatter", mode: "lines", name: t`dense weights`, xaxis: "x2", yaxis: "y2", hoverinfo: "skip",
    x: dense.flatMap(([x]) => out.flatMap(([x1]) => [x!, x1!, null])), y: dense.flatMap(([, y]) => out.flatMap(([, y1]) => [y!, y1!, null])),
    line: { color: "rgba(120, 120, 120, 0.5)", width: 1 } };
  const filter: Trace = { type: "scatter", mode: "lines", name: t`one filter: the same 5 × 5 weights everywhere`, xaxis: "x2", yaxis: "y2",
    x: [0.3, 3.05, null, 0.3, 3.05], y: [1.0, 0.15, null, 0.55, 0.15], line: { color: ORANGE, dash: "dot" } };
  const nodes = (name: string, points: number[][], color: string): Trace => ({ type: "scatter", mode: "markers", name, xaxis: "x2", yaxis: "y2",
    x: points.map(([x]) => x!), y: points.map(([, y]) => y!), marker: { size: 12, color, line: { color: "#333333", width: 1 } } });
  return [box(t`input image`, 0, -1.2, 2.4, "rgba(44, 160, 44, 0.25)"), box(t`filter 5 × 5`, 0.3, 0.55, 0.45, "rgba(255, 127, 14, 0.6)"), filter,
    ...maps((k) => t`feature map ${k}`, 2.9, 1.5, "rgba(31, 119, 180, 0.3)"), ...maps((k) => t`pooled map ${k}`, 4.9, 0.9, "rgba(31, 119, 180, 0.5)"),
    lines, nodes(t`dense layer`, dense, BLUE), nodes(t`outputs`, out, ORANGE)];
}

function cnnLabels(): Annotation[] {
  return [[t`input image`, 1.2], [t`convolution:<br>feature maps`, 3.6], [t`max pooling`, 5.35], [t`dense`, 6.75]]
    .map(([text, x]) => ({ text, x, y: -2.9, xref: "x2", yref: "y2", showarrow: false }));
}

function rnnTraces(): Trace[] {
  const steps = [1, 2, 3];
  const layer = (name: string, y: number, color: string): Trace => ({ type: "scatter", mode: "markers", name, xaxis: "x3", yaxis: "y3",
    x: steps, y: steps.map(() => y), marker: { size: 26, color, line: { color: "#333333", width: 1 } }, hoverinfo: "name" });
  return [layer(t`inputs x_t`, -2, GREEN), layer(t`hidden states h_t`, 0, BLUE), layer(t`outputs y_t`, 2, ORANGE)];
}

function rnnLabels(): Annotation[] {
  const arrow = (x: number, y: number, ax: number, ay: number, color = "#333333"): Annotation =>
    ({ x, y, ax, ay, xref: "x3", yref: "y3", axref: "x3", ayref: "y3", showarrow: true, arrowhead: 2, arrowcolor: color, text: "" });
  const label = (x: number, y: number, text: string, color = "#333333"): Annotation => ({ x, y, text, xref: "x3", yref: "y3", showarrow: false, font: { color } });
  return [1, 2, 3].flatMap((step) => [
    arrow(step, -0.3, step, -1.7), arrow(step, 1.7, step, 0.3),
    ...(step > 1 ? [arrow(step - 0.22, 0, step - 0.78, 0, "#d62728")] : []),
    label(step, -2.75, `x${subscript(step)}`), label(step, 0.0, `<span style="color:white">h${subscript(step)}</span>`), label(step, 2.75, `y${subscript(step)}`),
  ]).concat([label(1.2, -1.0, "W<sup>xh</sup>"), label(1.2, 1.0, "W<sup>hy</sup>"), label(1.5, 0.35, "W<sup>hh</sup>", "#d62728"),
    label(2, -3.6, t`time t →  (the same weights at every step)`, GREY)]);
}

/**
 * The x range of the perceptron: the inputs' names end at x = −0.08, left of the input neurons at 0,
 * the output's words start at 1.08. The range reaches far enough left and right for the widest name
 * (a Hangul letter counts twice, see textWidth) in a plot `plotWidth` pixels wide; [−1.7, 1.9] at least.
 */
function xRange(labels: readonly string[], output: string, plotWidth: number): [number, number] {
  // each may reach 10 px into the diagram's 20 px margin
  const left = Math.max(...labels.map(textWidth)) * TEXT_UNIT_PX - 10, right = textWidth(output) * TEXT_UNIT_PX - 10;
  let [min, max] = [-1.7, 1.9];
  // pixels per unit are plotWidth / (max − min): widen the side that is short, until both fit (a few rounds)
  for (let round = 0; round < 20; round++) {
    const perUnit = plotWidth / (max - min);
    const [needMin, needMax] = [-0.08 - left / perUnit, 1.08 + right / perUnit];
    if (needMin >= min && needMax <= max) break;
    [min, max] = [Math.min(min, needMin), Math.max(max, needMax)];
  }
  return [Math.round(min * 100) / 100, Math.round(max * 100) / 100];
}

function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]!);
}
