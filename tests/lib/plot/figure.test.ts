import { describe, expect, it } from "vitest";
import { describeFigure, pointsOf, round4 } from "../../../lib/src/plot/figure";
import { descentAnimation } from "../../../lib/src/plot/descent";
import { digitFigure, digitGrid } from "../../../lib/src/plot/digits";
import { lineFigure } from "../../../lib/src/plot/lines";

describe("describeFigure", () => {
  it("names the title, the axes and every trace with its points", () => {
    const figure = lineFigure([{ name: "sigmoid", x: [0, 1, 2], y: [0.5, 0.73, 0.88] }, { name: "step", x: [0, 1], y: [1, 1] }],
      { title: "Sigmoid and step", xTitle: "z", yTitle: "a" });
    expect(describeFigure(figure)).toBe(
      'Figure "Sigmoid and step" (x: z, y: a)\n  trace 1: scatter "sigmoid", 3 points\n  trace 2: scatter "step", 2 points');
  });

  it("gives the grid of a heatmap and the frames of an animation", () => {
    expect(describeFigure(digitFigure(new Array(784).fill(0)))).toBe('Figure "MNIST digit"\n  trace 1: heatmap, 784 points (28 × 28)');
    const animation = descentAnimation((a, b) => a + b, [0, 1], [0, 1], [[0, 0], [1, 1]], { steps: 2, title: "t" });
    expect(describeFigure(animation).split("\n")).toEqual([
      'Figure "t" (x: v1, y: v2)', "  trace 1: contour, 4 points (2 × 2)", '  trace 2: scatter "descent path", 1 point',
      "  2 frames (use the slider or ▶ to step through them)"]);
    expect(describeFigure({ data: [], layout: {} })).toBe('Figure "untitled"');
    expect(describeFigure(digitGrid([new Array(784).fill(0)], [4]))).toBe('Figure "Digits and their labels"\n  trace 1: image "1 digit", a picture');
  });
});

describe("pointsOf and round4", () => {
  it("count x values, else y values, else grid cells", () => {
    expect(pointsOf({ type: "scatter", y: [1, 2, 3] })).toBe(3);
    expect(pointsOf({ type: "heatmap", z: [[1, 2], [3, 4], [5, 6]] })).toBe(6);
    expect(pointsOf({ type: "scatter" })).toBe(0);
  });

  it("round to 4 significant digits and leave non-finite values alone", () => {
    expect([round4(0.123456), round4(12345.6), round4(-0.000987654)]).toEqual([0.1235, 12350, -0.0009877]);
    expect(round4(Infinity)).toBe(Infinity);
  });
});
