import { describe, expect, it } from "vitest";
import { describeEpoch, learningCurves } from "../../../lib/src/plot/curves";

const history = [
  { epoch: 1, trainingCost: 0.5, validationCost: 0.6, trainingAccuracy: 0.8, validationAccuracy: 0.75, seconds: 2.04 },
  { epoch: 2, trainingCost: 0.3, validationCost: 0.45, trainingAccuracy: 0.9, validationAccuracy: 0.85, seconds: 1.96 },
];

describe("learningCurves", () => {
  it("draws cost on the top axis and accuracy on the bottom one, against one shared epoch axis", () => {
    const figure = learningCurves(history);
    expect(figure.data.map((t) => [t.name, t["yaxis"], t.x, t.y])).toEqual([
      ["training cost", "y", [1, 2], [0.5, 0.3]],
      ["validation cost", "y", [1, 2], [0.6, 0.45]],
      ["training accuracy", "y2", [1, 2], [0.8, 0.9]],
      ["validation accuracy", "y2", [1, 2], [0.75, 0.85]],
    ]);
    expect(figure.data.every((t) => t["xaxis"] === undefined)).toBe(true); // all on the one x axis
    const layout = figure.layout as Record<string, { title?: { text: string }; domain?: number[]; tickformat?: string; anchor?: string }>;
    expect(layout["xaxis"]!.title!.text).toBe("epoch");
    expect(layout["xaxis"]!.anchor).toBe("y2");
    expect([layout["yaxis"]!.title!.text, layout["yaxis2"]!.title!.text]).toEqual(["cost C", "accuracy"]);
    expect(layout["yaxis2"]!.tickformat).toBe(".0%"); // accuracies are fractions 0 … 1
  });

  it("leaves out measurements the history does not hold, and keeps epochs that lack one", () => {
    const figure = learningCurves([{ epoch: 1, trainingCost: 0.4 }, { epoch: 2, trainingCost: 0.2, validationAccuracy: 91.5 }]);
    expect(figure.data.map((t) => [t.name, t.x])).toEqual([["training cost", [1, 2]], ["validation accuracy", [2]]]);
    expect((figure.layout["yaxis2"] as { title: { text: string } }).title.text).toBe("accuracy (%)");
    expect(learningCurves([]).data).toEqual([]);
  });

  it("reads right from the first epoch: whole epochs, a cost axis from 0, an accuracy axis that ends at 100 %", () => {
    const layout = learningCurves([{ epoch: 1, validationCost: 0.02, validationAccuracy: 0.9123 }]).layout as Record<string, any>;
    expect(layout["xaxis"].range).toEqual([0.5, 1.5]);
    expect(layout["xaxis"].dtick).toBe(1);
    expect(layout["yaxis"].rangemode).toBe("tozero");
    // 91.23 % − 5 points = 86.23 %, rounded down to a tenth: the axis runs from 80 % to 100 %, ticks never repeat
    expect(layout["yaxis2"].range).toEqual([0.8, 1]);
    const percent = learningCurves([{ epoch: 1, validationAccuracy: 96.5 }, { epoch: 2, validationAccuracy: 97 }]).layout as Record<string, any>;
    expect(percent["yaxis2"].range).toEqual([90, 100]);
    expect(learningCurves([{ epoch: 1, trainingAccuracy: 0.02 }]).layout["yaxis2"]).toMatchObject({ range: [0, 1] });
  });

  it("rejects a record without an epoch number", () => {
    expect(() => learningCurves([{ epoch: 1 }, { trainingCost: 1 } as never])).toThrow(
      "learningCurves: expected a number in the epoch field of every record, got undefined in record 1.");
    expect(() => learningCurves({} as never)).toThrow("learningCurves: expected an array of epoch records { epoch, trainingCost?, … }, got an object (Object).");
  });
});

describe("describeEpoch", () => {
  it("says what an epoch measured in one line", () => {
    expect(describeEpoch(history[0]!)).toBe(
      "Epoch 1: training cost 0.5000, validation cost 0.6000, training accuracy 80.00%, validation accuracy 75.00% (2.0 s)");
    expect(describeEpoch({ epoch: 3, trainingCost: 0.25 })).toBe("Epoch 3: training cost 0.2500");
  });
});
