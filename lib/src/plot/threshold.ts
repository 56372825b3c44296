/**
 * Precision and recall against the decision threshold (notebook 09). An example counts as positive
 * when its score is at least the threshold t; then precision = TP / (TP + FP) and
 * recall = TP / (TP + FN). A slider moves t and reads both values off the curves.
 */
import { Tensor } from "../tensor";
import { ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, type FigureOptions, type Frame, type Trace, baseLayout, checkFinite, checkSameLength, round4 } from "./figure";
import { numbers } from "./lines";

/** Precision and recall at one threshold; precision is null when nothing is predicted positive. */
export function precisionRecallAt(scores: readonly number[], labels: readonly number[], threshold: number): { precision: number | null; recall: number } {
  let truePositives = 0, falsePositives = 0, positives = 0;
  scores.forEach((s, i) => {
    const actual = labels[i] === 1;
    if (actual) positives++;
    if (s >= threshold) actual ? truePositives++ : falsePositives++;
  });
  const predicted = truePositives + falsePositives;
  return { precision: predicted === 0 ? null : truePositives / predicted, recall: truePositives / positives };
}

/**
 * Precision and recall for thresholds from 0 to 1, with a slider (steps of 0.05) marking both values.
 * scores: the network's output for the positive class, one per example; labels: 1 positive, 0 negative.
 */
export function precisionRecallFigure(scores: ArrayLike<number> | Tensor, labels: ArrayLike<number> | Tensor, options: FigureOptions = {}): Figure {
  const op = "precisionRecallFigure";
  const s = numbers(op, "scores", scores), y = numbers(op, "labels", labels);
  checkSameLength(op, ["scores", s], ["labels", y], t`Give one label for every score.`);
  checkFinite(op, "scores", s);
  const bad = y.findIndex((v) => v !== 0 && v !== 1);
  if (bad >= 0) throw new ValueError(op, t`labels 0 (negative) or 1 (positive)`, t`${describeValue(y[bad])} at index ${bad}`);
  if (!y.includes(1)) throw new ValueError(op, t`at least one positive label (1)`, t`none`, t`Recall is undefined without positives.`);
  const curve = Array.from({ length: 101 }, (_, k) => k / 100);
  const at = curve.map((threshold) => precisionRecallAt(s, y, threshold));
  const line = (name: string, values: Array<number | null>, color: string): Trace =>
    ({ type: "scatter", mode: "lines", name, x: curve, y: values.map((v) => (v === null ? null : round4(v))), line: { color } });
  const marks = Array.from({ length: 21 }, (_, k) => k / 20);
  const frames = marks.map((threshold): Frame => ({ name: threshold.toFixed(2), data: [marker(threshold, precisionRecallAt(s, y, threshold))], traces: [2] }));
  const layout = baseLayout(options, { title: t`Precision and recall against the threshold`, xTitle: t`threshold t`, yTitle: t`precision, recall` });
  const now = { mode: "immediate", frame: { duration: 0, redraw: false }, transition: { duration: 0 } };
  const steps = frames.map((f) => ({ label: f.name, method: "animate", args: [[f.name], now] }));
  return {
    data: [line(t`precision`, at.map((v) => v.precision), "#1f77b4"), line(t`recall`, at.map((v) => v.recall), "#ff7f0e"), marker(0.5, precisionRecallAt(s, y, 0.5))],
    layout: { ...layout, height: (layout.height ?? 420) + 80, yaxis: { ...(layout["yaxis"] as object), range: [0, 1.05] },
      sliders: [{ active: 10, steps, currentvalue: { prefix: t`threshold t = ` }, pad: { t: 50 } }] },
    frames,
  };
}

function marker(threshold: number, value: { precision: number | null; recall: number }): Trace {
  const p = value.precision;
  return {
    type: "scatter", mode: "markers+text", name: t`at t = ${threshold.toFixed(2)}`, showlegend: false,
    x: [threshold, threshold], y: [p === null ? null : round4(p), round4(value.recall)],
    text: [p === null ? "" : t`precision ${p.toFixed(2)}`, t`recall ${value.recall.toFixed(2)}`],
    textposition: "middle right", marker: { size: 10, color: ["#1f77b4", "#ff7f0e"] },
  };
}
