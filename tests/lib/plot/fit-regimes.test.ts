import { describe, expect, it } from "vitest";
import { fitRegimesFigure } from "../../../lib/src/plot/fit-regimes";

const history = (train: number[], validation: number[]) => train.map((t, i) => ({ epoch: i + 1, trainingAccuracy: t, validationAccuracy: validation[i]! }));

describe("fitRegimesFigure", () => {
  it("draws each run's training and validation error in its own panel, with the acceptable error dashed", () => {
    const figure = fitRegimesFigure([
      { name: "underfitting", history: history([0.3, 0.4], [0.3, 0.35]) },
      { name: "good fit", history: history([0.9, 0.97], [0.88, 0.94]) },
    ], { acceptableError: 0.05 });
    expect(figure.data.map((t) => [t.name, t["xaxis"]])).toEqual([
      ["training error", "x"], ["validation error", "x"], ["acceptable training error 5 %", "x"],
      ["training error", "x2"], ["validation error", "x2"], ["acceptable training error 5 %", "x2"]]);
    // error = 1 − accuracy: 1 − 0.97 = 0.03, 1 − 0.94 = 0.06
    expect(figure.data[3]!.y![1]).toBeCloseTo(0.03, 12);
    expect(figure.data[4]!.y![1]).toBeCloseTo(0.06, 12);
    expect(figure.data[5]!.y).toEqual([0.05, 0.05]);
    expect(figure.data.map((t) => t["showlegend"])).toEqual([true, true, true, false, false, false]);
    const [a, b] = [figure.layout["xaxis"], figure.layout["xaxis2"]] as Array<{ domain: number[] }>;
    expect(a!.domain[1]).toBeLessThan(b!.domain[0]!);
    // after the last epoch: training error 1 − 0.4 = 60 %, gap 0.4 − 0.35 = 5 points; 3 %, 0.97 − 0.94 = 3 points
    expect((figure.layout["annotations"] as Array<{ text: string }>).map((n) => n.text)).toEqual([
      "underfitting<br>training error 60.0 %, gap 5.0 points", "good fit<br>training error 3.0 %, gap 3.0 points"]);
  });

  it("rejects runs without both accuracies in every epoch, and too many panels", () => {
    expect(() => fitRegimesFigure([])).toThrow("fitRegimesFigure: expected an array of 1 to 4 runs { name, history }, got an array of length 0.");
    expect(() => fitRegimesFigure([{ name: "a", history: [{ epoch: 1, trainingAccuracy: 0.5 }] }])).toThrow(
      'fitRegimesFigure: expected an epoch, a trainingAccuracy and a validationAccuracy (0 … 1) in every record, got record 0 of "a". Train with validation and evaluateTraining: true.');
    expect(() => fitRegimesFigure([{ name: "a", history: history([0.5], [0.5]) }], { acceptableError: 5 })).toThrow(
      "fitRegimesFigure: expected acceptableError between 0 and 1, got 5.");
  });
});
