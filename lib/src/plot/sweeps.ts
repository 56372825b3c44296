/**
 * The curves of a hyperparameter sweep (notebook 07): one line per value tried, a measurement of the
 * epoch records against the epoch, on one plot, so that "too small", "about right" and "too large"
 * (overshooting) can be told apart at a glance.
 */
import { ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";
import type { SweepRun } from "../learning-rate";
import { measureName } from "./curves";
import { type Figure, type FigureOptions } from "./figure";
import { lineFigure } from "./lines";

/** What a sweep figure can draw from each run's epoch records. */
export type SweepMeasure = "trainingCost" | "validationCost" | "trainingAccuracy" | "validationAccuracy";

/**
 * One curve per run, named `${name} = ${value}`: `measure` after each epoch (epoch 0 is the untrained
 * network). `logY` puts the y axis on a log scale, where costs that differ tenfold are equally far apart.
 */
export function sweepFigure(name: string, runs: readonly SweepRun[], measure: SweepMeasure,
  options: FigureOptions & { logY?: boolean } = {}): Figure {
  if (!Array.isArray(runs as unknown) || runs.length === 0) throw new ValueError("sweepFigure", t`a non-empty array of runs from sweep`, describeValue(runs));
  const series = runs.map((run) => {
    const records = run.history.filter((r) => typeof r[measure] === "number");
    if (records.length === 0) {
      throw new ValueError("sweepFigure", t`runs that recorded ${measure}`, t`none in the run ${name} = ${run.value}`,
        measure.startsWith("training") ? t`Train with evaluateTraining: true.` : t`Train with a validation set.`);
    }
    return { name: `${name} = ${run.value}`, x: records.map((r) => r.epoch), y: records.map((r) => r[measure] as number) };
  });
  const figure = lineFigure(series, { xTitle: t`epoch`, yTitle: measureName(measure), ...options });
  if (options.logY) figure.layout["yaxis"] = { ...(figure.layout["yaxis"] as object), type: "log" };
  return figure;
}
