import { describe, expect, it } from "vitest";
import type { SweepRun } from "../../../lib/src/learning-rate";
import { sweepFigure } from "../../../lib/src/plot/sweeps";

const runs: SweepRun[] = [
  { value: 0.1, seconds: 1, history: [{ epoch: 0, seconds: 0, trainingCost: 1.2, validationAccuracy: 0.1 }, { epoch: 1, seconds: 1, trainingCost: 0.4, validationAccuracy: 0.6 }] },
  { value: 100, seconds: 1, history: [{ epoch: 0, seconds: 0, trainingCost: 1.2, validationAccuracy: 0.1 }, { epoch: 1, seconds: 1, trainingCost: 0.5, validationAccuracy: 0.11 }] },
];

describe("sweepFigure", () => {
  it("draws one named curve per run against the epoch, epoch 0 included", () => {
    const figure = sweepFigure("η", runs, "trainingCost", { title: "Learning-rate sweep" });
    expect(figure.data.map((t) => [t.name, t.x, t.y])).toEqual([["η = 0.1", [0, 1], [1.2, 0.4]], ["η = 100", [0, 1], [1.2, 0.5]]]);
    const layout = figure.layout as Record<string, { title?: { text: string }; type?: string }>;
    expect([figure.layout.title!.text, layout["xaxis"]!.title!.text, layout["yaxis"]!.title!.text]).toEqual(["Learning-rate sweep", "epoch", "training cost"]);
    expect(layout["yaxis"]!.type).toBeUndefined();
  });
  it("puts the y axis on a log scale when asked, keeping its title", () => {
    const layout = sweepFigure("η", runs, "validationAccuracy", { logY: true }).layout as Record<string, { title?: { text: string }; type?: string }>;
    expect(layout["yaxis"]).toMatchObject({ type: "log", title: { text: "validation accuracy" } });
  });
  it("says what to train with when a run lacks the measurement, and needs runs", () => {
    expect(() => sweepFigure("m", runs, "validationCost")).toThrow(
      "sweepFigure: expected runs that recorded validationCost, got none in the run m = 0.1. Train with a validation set.");
    expect(() => sweepFigure("m", [{ value: 1, seconds: 0, history: [{ epoch: 0, seconds: 0 }] }], "trainingAccuracy")).toThrow(
      "Train with evaluateTraining: true.");
    expect(() => sweepFigure("m", [], "trainingCost")).toThrow("sweepFigure: expected a non-empty array of runs from sweep, got an array of length 0.");
  });
});
