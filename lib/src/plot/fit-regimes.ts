/**
 * The deck's 적절한 Capacity (notebook 08): underfitting, a good fit and overfitting side by side in
 * one figure, one panel per network, each with its training and validation error by epoch,
 * error = 1 − accuracy, and the acceptable training error as a dashed line. The deck's two questions can be
 * read off every panel: is the training error below the line? Is the gap between the curves small?
 *
 *   nn.show(nn.fitRegimesFigure([{ name: "underfitting: h = 2", history: h2 }, …], { acceptableError: 0.05 }));
 */
import { ValueError, describeValue } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, type FigureOptions, type Trace } from "./figure";

/** One panel: a name such as "good fit: h = 30, λ = 3" and the history of a run scored on both sets every epoch. */
export interface FitRegime {
  name: string;
  history: ReadonlyArray<{ epoch: number; trainingAccuracy?: number; validationAccuracy?: number }>;
}

const GAP = 0.06;

/**
 * Training and validation error by epoch for each network, in panels side by side (at most four),
 * each with the acceptable training error drawn as a dashed line.
 * @param regimes one entry per network; every record needs trainingAccuracy and validationAccuracy (0 … 1)
 */
export function fitRegimesFigure(regimes: readonly FitRegime[], options: FigureOptions & { acceptableError?: number } = {}): Figure {
  if (!Array.isArray(regimes) || regimes.length < 1 || regimes.length > 4) {
    throw new ValueError("fitRegimesFigure", t`an array of 1 to 4 runs { name, history }`, describeValue(regimes));
  }
  regimes.forEach(checkRegime);
  const acceptable = options.acceptableError ?? 0.05;
  if (!(acceptable > 0 && acceptable < 1)) throw new ValueError("fitRegimesFigure", t`acceptableError between 0 and 1`, describeValue(acceptable));
  const width = (1 - GAP * (regimes.length - 1)) / regimes.length;
  const layout: Record<string, unknown> = {
    title: { text: options.title ?? t`Underfitting, a good fit and overfitting: training and validation error by epoch` },
    width: options.width ?? 1000, height: options.height ?? 440,
    legend: { orientation: "h", y: -0.2 }, margin: { t: 120, r: 20, b: 90, l: 60 },
  };
  const annotations: unknown[] = [];
  const data = regimes.flatMap((regime: FitRegime, i: number): Trace[] => {
    const axis = i === 0 ? "" : String(i + 1);
    const left = i * (width + GAP);
    layout[`xaxis${axis}`] = { domain: [left, left + width], anchor: `y${axis}`, title: { text: options.xTitle ?? t`epoch` } };
    layout[`yaxis${axis}`] = { anchor: `x${axis}`, rangemode: "tozero", tickformat: ".0%", title: { text: i === 0 ? options.yTitle ?? t`error (1 − accuracy)` : "" } };
    annotations.push({ text: `${regime.name}<br>${lastEpochText(regime)}`, xref: "paper", yref: "paper", x: left + width / 2, y: 1.02,
      xanchor: "center", yanchor: "bottom", showarrow: false });
    const epochs = regime.history.map((r) => r.epoch);
    const first = i === 0;
    return [
      errorTrace(t`training error`, epochs, regime.history.map((r) => 1 - r.trainingAccuracy!), axis, "#1f77b4", "solid", first),
      errorTrace(t`validation error`, epochs, regime.history.map((r) => 1 - r.validationAccuracy!), axis, "#ff7f0e", "solid", first),
      errorTrace(t`acceptable training error ${Number((100 * acceptable).toFixed(2))} %`, [epochs[0]!, epochs[epochs.length - 1]!], [acceptable, acceptable], axis, "#7f7f7f", "dash", first),
    ];
  });
  layout["annotations"] = annotations;
  return { data, layout };
}

/** "training error 3.0 %, gap 3.1 points" after the last epoch of a run. */
function lastEpochText(regime: FitRegime): string {
  const last = regime.history[regime.history.length - 1]!;
  const trainingError = 1 - last.trainingAccuracy!, gap = last.trainingAccuracy! - last.validationAccuracy!;
  return t`training error ${(100 * trainingError).toFixed(1)} %, gap ${(100 * gap).toFixed(1)} points`;
}

function errorTrace(name: string, x: number[], y: number[], axis: string, color: string, dash: string, showlegend: boolean): Trace {
  return { type: "scatter", mode: "lines", name, x, y, xaxis: `x${axis}`, yaxis: `y${axis}`, legendgroup: name, showlegend, line: { color, dash } };
}

function checkRegime(regime: FitRegime, i: number): void {
  if (typeof regime?.name !== "string" || !Array.isArray(regime.history) || regime.history.length === 0) {
    throw new ValueError("fitRegimesFigure", t`a name and a non-empty history in every run`, t`${describeValue(regime)} as run ${i}`);
  }
  const bad = regime.history.findIndex((r) => !isFraction(r?.trainingAccuracy) || !isFraction(r?.validationAccuracy) || !Number.isFinite(r?.epoch));
  if (bad >= 0) {
    throw new ValueError("fitRegimesFigure", t`an epoch, a trainingAccuracy and a validationAccuracy (0 … 1) in every record`,
      t`record ${bad} of "${regime.name}"`, t`Train with validation and evaluateTraining: true.`);
  }
}

function isFraction(v: unknown): boolean {
  return typeof v === "number" && v >= 0 && v <= 1;
}
