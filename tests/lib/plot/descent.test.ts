import { describe, expect, it } from "vitest";
import { costSurfaceFigure, descentAnimation, descentAtLearningRates, type Point2 } from "../../../lib/src/plot/descent";

// C(v1, v2) = v1² + 2·v2², a bowl with its minimum at (0, 0)
const cost = (v1: number, v2: number): number => v1 * v1 + 2 * v2 * v2;
const path: Point2[] = [[2, 1], [1.2, 0.2], [0.72, 0.04]];

describe("costSurfaceFigure", () => {
  it("samples the cost on a grid, z[i][j] = C(x[j], y[i]), and draws the path on top", () => {
    const figure = costSurfaceFigure(cost, [-2, 2], [-1, 1], path, { steps: 5 });
    const [surface, line] = figure.data;
    expect(surface!.type).toBe("contour");
    expect(surface!.x).toEqual([-2, -1, 0, 1, 2]);
    expect(surface!.y).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(surface!.z![1]![3]).toBe(1.5); // C(1, −0.5) = 1 + 2·0.25
    expect(surface!.z![2]![2]).toBe(0); // C(0, 0)
    expect(line).toMatchObject({ type: "scatter", mode: "lines+markers", x: [2, 1.2, 0.72], y: [1, 0.2, 0.04] });
    expect((figure.layout["xaxis"] as Record<string, unknown>)["range"]).toEqual([-2, 2]);
    expect(figure.layout.title).toEqual({ text: "Cost surface C(v1, v2)" });
  });

  it("leaves gaps (null) where the cost or a diverging path is not finite", () => {
    const figure = costSurfaceFigure((v1) => (v1 > 0 ? Infinity : 0), [-1, 1], [0, 1], [[0, 0], [NaN, 1e400]], { steps: 2 });
    expect(figure.data[0]!.z).toEqual([[0, null], [0, null]]);
    expect(figure.data[1]!.x).toEqual([0, null]);
  });

  it("rejects bad ranges, grid sizes, functions and points", () => {
    expect(() => costSurfaceFigure(cost, [1, 1], [0, 1])).toThrow("costSurfaceFigure: expected xRange as [min, max] with finite min < max, got xRange [1, 1].");
    expect(() => costSurfaceFigure(cost, [0, 1], 3 as unknown as Point2)).toThrow("costSurfaceFigure: expected yRange as [min, max] with finite min < max, got 3.");
    expect(() => costSurfaceFigure(cost, [0, 1], [0, 1], undefined, { steps: 1 })).toThrow("costSurfaceFigure: expected steps between 2 and 201, got 1.");
    expect(() => costSurfaceFigure(5 as unknown as typeof cost, [0, 1], [0, 1])).toThrow("costSurfaceFigure: expected a cost function (v1, v2) => number, got 5.");
    expect(() => costSurfaceFigure(cost, [0, 1], [0, 1], [[1, 2], [3] as unknown as Point2])).toThrow(
      "costSurfaceFigure: every point of a path must be a pair [v1, v2], got point 1 [1].");
    expect(() => costSurfaceFigure(cost, [0, 1], [0, 1], [])).toThrow("costSurfaceFigure: expected a path: a non-empty array of points [v1, v2], got an array of length 0.");
  });
});

describe("descentAnimation", () => {
  it("has one frame per step, frame k showing the first k + 1 points, and a slider and play button over them", () => {
    const figure = descentAnimation(cost, [-2, 2], [-1, 1], path, { steps: 5 });
    expect(figure.data[1]).toMatchObject({ x: [2], y: [1] }); // the figure opens at step 0
    expect(figure.frames!.map((f) => [f.name, f.traces, f.data[0]!.x])).toEqual([
      ["step 0", [1], [2]], ["step 1", [1], [2, 1.2]], ["step 2", [1], [2, 1.2, 0.72]]]);
    const slider = (figure.layout["sliders"] as Array<{ steps: Array<{ label: string; method: string; args: unknown[] }> }>)[0]!;
    expect(slider.steps.map((s) => [s.label, s.method, (s.args[0] as string[])[0]])).toEqual([
      ["0", "animate", "step 0"], ["1", "animate", "step 1"], ["2", "animate", "step 2"]]);
    const buttons = (figure.layout["updatemenus"] as Array<{ buttons: Array<{ label: string }> }>)[0]!.buttons;
    expect(buttons.map((b) => b.label)).toEqual(["▶ play", "❚❚ pause"]);
    expect(figure.layout.height).toBe(500);
  });
});

describe("descentAtLearningRates", () => {
  it("has one frame per learning rate, switched by a slider without play buttons", () => {
    const runs = [{ learningRate: 0.1, path }, { learningRate: 0.6, path: [[2, 1], [-0.4, -1.4]] as Point2[] }];
    const figure = descentAtLearningRates(cost, [-2, 2], [-2, 2], runs, { steps: 3 });
    expect(figure.data[1]).toMatchObject({ name: "η = 0.1", x: [2, 1.2, 0.72] });
    expect(figure.frames!.map((f) => [f.name, f.data[0]!.x])).toEqual([["η = 0.1", [2, 1.2, 0.72]], ["η = 0.6", [2, -0.4]]]);
    const slider = (figure.layout["sliders"] as Array<{ currentvalue: { prefix: string }; steps: Array<{ label: string }> }>)[0]!;
    expect(slider.steps.map((s) => s.label)).toEqual(["0.1", "0.6"]);
    expect(slider.currentvalue.prefix).toBe("learning rate η = ");
    expect(figure.layout["updatemenus"]).toBeUndefined();
    expect(() => descentAtLearningRates(cost, [0, 1], [0, 1], [])).toThrow(
      "descentAtLearningRates: expected a non-empty array of runs { learningRate, path }, got an array of length 0.");
  });
});
