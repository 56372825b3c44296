/**
 * Plots: figure helpers that return plain plotly specs, and `show` / live displays that draw them
 * inline in a tslab notebook (see show.ts for how a plot travels to the notebook).
 */
export { type Figure, type Trace, type Layout, type Frame, type FigureOptions, describeFigure } from "./figure";
export { type Series, lineFigure, scatterFigure, barFigure } from "./lines";
export { type DigitPixels, digitFigure, digitGrid } from "./digits";
export { weightsFigure, confusionMatrixFigure } from "./heatmaps";
export { type Point2, type Range2, type SurfaceOptions, type DescentRun, costSurfaceFigure, descentAnimation, descentAtLearningRates } from "./descent";
export { type LearningCurveRecord, learningCurves, describeEpoch } from "./curves";
export { precisionRecallFigure, precisionRecallAt } from "./threshold";
export { type LiveFigure, show, liveFigure, figureBundle } from "./show";
export { type LiveLearningCurves, liveLearningCurves } from "./live";
export { layerName, networkDiagram } from "./network-diagram";
export { type FitRegime, fitRegimesFigure } from "./fit-regimes";
export { perceptronDiagram, architecturesFigure } from "./architectures";
export { type SweepMeasure, sweepFigure } from "./sweeps";
