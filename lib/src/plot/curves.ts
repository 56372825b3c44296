/**
 * Learning curves (notebooks 06-08): the cost C and the accuracy on the training and validation
 * data after every epoch, on one shared epoch axis. The gap between the training and validation
 * curves is what overfitting looks like (notebook 08).
 */
import { ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, type FigureOptions, type Trace } from "./figure";

/** What a training loop records after each epoch, as `train`'s EpochRecord (any measurement may be missing). */
export interface LearningCurveRecord {
  epoch: number;
  trainingCost?: number;
  trainingAccuracy?: number;
  validationCost?: number;
  validationAccuracy?: number;
  seconds?: number;
}

type Measure = "trainingCost" | "validationCost" | "trainingAccuracy" | "validationAccuracy";
// names are made when a figure or a line is made, in the language of that moment
const CURVES: ReadonlyArray<{ key: Measure; name: () => string; axis: "y" | "y2"; color: string }> = [
  { key: "trainingCost", name: () => t`training cost`, axis: "y", color: "#1f77b4" },
  { key: "validationCost", name: () => t`validation cost`, axis: "y", color: "#ff7f0e" },
  { key: "trainingAccuracy", name: () => t`training accuracy`, axis: "y2", color: "#1f77b4" },
  { key: "validationAccuracy", name: () => t`validation accuracy`, axis: "y2", color: "#ff7f0e" },
];

/** The name of a measurement as the figures and lines say it: "training cost", … */
export function measureName(key: Measure): string {
  return CURVES.find((c) => c.key === key)!.name();
}

/** Cost (top) and accuracy (bottom) by epoch; one trace per measurement the history holds. */
export function learningCurves(history: readonly LearningCurveRecord[], options: FigureOptions = {}): Figure {
  if (!Array.isArray(history)) throw new ValueError("learningCurves", t`an array of epoch records { epoch, trainingCost?, … }`, describeValue(history));
  history.forEach((record, i) => {
    if (typeof record?.epoch !== "number" || !Number.isFinite(record.epoch)) {
      throw new ValueError("learningCurves", t`a number in the epoch field of every record`, t`${describeValue(record?.epoch)} in record ${i}`);
    }
  });
  const data: Trace[] = CURVES.filter((c) => history.some((r) => typeof r[c.key] === "number")).map((c) => ({
    type: "scatter", mode: "lines+markers", name: c.name(), yaxis: c.axis, legendgroup: c.key.startsWith("training") ? "training" : "validation",
    x: history.filter((r) => typeof r[c.key] === "number").map((r) => r.epoch),
    y: history.filter((r) => typeof r[c.key] === "number").map((r) => r[c.key] as number),
    line: { color: c.color, dash: c.axis === "y" ? "solid" : "dot" },
  }));
  const accuracies = history.flatMap((r) => [r.trainingAccuracy, r.validationAccuracy]).filter((v): v is number => typeof v === "number");
  const asFraction = accuracies.every((v) => v <= 1);
  const full = asFraction ? 1 : 100;
  const lastEpoch = Math.max(1, ...history.map((r) => r.epoch));
  const layout = {
    title: { text: options.title ?? t`Learning curves` },
    height: options.height ?? 520,
    width: options.width,
    // from the first epoch on: whole epochs only, a cost axis from 0, an accuracy axis that ends at 100 %
    xaxis: { title: { text: options.xTitle ?? t`epoch` }, anchor: "y2", dtick: lastEpoch <= 30 ? 1 : undefined, range: [0.5, lastEpoch + 0.5] },
    yaxis: { title: { text: t`cost C` }, domain: [0.56, 1], rangemode: "tozero" },
    yaxis2: { title: { text: asFraction ? t`accuracy` : t`accuracy (%)` }, domain: [0, 0.44], tickformat: asFraction ? ".0%" : undefined, range: [accuracyFloor(accuracies) * full, full] },
    legend: { orientation: "h", y: 1.12 },
    margin: { t: 90, r: 30, b: 60, l: 70 },
  };
  return { data, layout };
}

/** The bottom of the accuracy axis: a tenth below the lowest accuracy, rounded down to a tenth (0 … 0.9). */
function accuracyFloor(accuracies: readonly number[]): number {
  if (accuracies.length === 0) return 0;
  const lowest = Math.min(...accuracies.map((v) => (v > 1 ? v / 100 : v)));
  return Math.min(0.9, Math.max(0, Math.floor((lowest - 0.05) * 10) / 10));
}

/** One line of progress: `Epoch 3: training cost 0.1234, validation accuracy 95.1% (2.3 s)`. */
export function describeEpoch(record: LearningCurveRecord): string {
  const parts = CURVES.filter((c) => typeof record[c.key] === "number").map((c) => {
    const v = record[c.key] as number;
    return `${c.name()} ${c.axis === "y" ? v.toFixed(4) : v <= 1 ? (v * 100).toFixed(2) + "%" : v}`;
  });
  const time = typeof record.seconds === "number" ? ` (${record.seconds.toFixed(1)} s)` : "";
  return t`Epoch ${record.epoch}: ${parts.join(", ")}` + time;
}
