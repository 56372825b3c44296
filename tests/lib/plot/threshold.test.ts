import { describe, expect, it } from "vitest";
import { precisionRecallAt, precisionRecallFigure } from "../../../lib/src/plot/threshold";

// four examples: scores 0.9 (positive), 0.7 (negative), 0.4 (positive), 0.1 (negative)
const scores = [0.9, 0.7, 0.4, 0.1];
const labels = [1, 0, 1, 0];

describe("precisionRecallAt", () => {
  it("counts score ≥ t as positive", () => {
    // t = 0.5: predicted 0.9 (TP) and 0.7 (FP) → precision 1/2; recall 1 of 2 positives = 1/2
    expect(precisionRecallAt(scores, labels, 0.5)).toEqual({ precision: 0.5, recall: 0.5 });
    // t = 0.4: TP 0.9, 0.4 and FP 0.7 → precision 2/3, recall 2/2
    expect(precisionRecallAt(scores, labels, 0.4)).toEqual({ precision: 2 / 3, recall: 1 });
    // t = 0.95: nothing predicted positive → precision undefined (null), recall 0
    expect(precisionRecallAt(scores, labels, 0.95)).toEqual({ precision: null, recall: 0 });
  });
});

describe("precisionRecallFigure", () => {
  it("draws both curves over 101 thresholds and a marker that a slider moves in steps of 0.05", () => {
    const figure = precisionRecallFigure(scores, labels);
    const [precision, recall, marker] = figure.data;
    expect([precision!.name, recall!.name]).toEqual(["precision", "recall"]);
    expect(precision!.x).toHaveLength(101);
    expect(precision!.y![40]).toBe(0.6667); // t = 0.40, 2/3 to 4 digits
    expect(recall!.y![50]).toBe(0.5);
    expect(precision!.y![100]).toBeNull();
    expect(marker).toMatchObject({ x: [0.5, 0.5], y: [0.5, 0.5], text: ["precision 0.50", "recall 0.50"] });
    expect(figure.frames).toHaveLength(21);
    expect(figure.frames![8]).toMatchObject({ name: "0.40", traces: [2], data: [{ y: [0.6667, 1] }] });
    const slider = (figure.layout["sliders"] as Array<{ active: number; steps: Array<{ label: string }> }>)[0]!;
    expect([slider.active, slider.steps[10]!.label]).toEqual([10, "0.50"]);
    expect((figure.layout["xaxis"] as { title: { text: string } }).title.text).toBe("threshold t");
  });

  it("rejects mismatched lengths, labels other than 0 and 1, and data without positives", () => {
    expect(() => precisionRecallFigure([0.1, 0.2], [1])).toThrow(
      "precisionRecallFigure: scores and labels must have the same length, got scores [2] and labels [1]. Give one label for every score.");
    expect(() => precisionRecallFigure([0.1, 0.2], [1, 2])).toThrow("precisionRecallFigure: expected labels 0 (negative) or 1 (positive), got 2 at index 1.");
    expect(() => precisionRecallFigure([0.1, 0.2], [0, 0])).toThrow(
      "precisionRecallFigure: expected at least one positive label (1), got none. Recall is undefined without positives.");
  });
});
