import { describe, expect, it } from "vitest";
import { barFigure, lineFigure, scatterFigure } from "../../../lib/src/plot/lines";
import { tensor } from "../../../lib/src/tensor";

describe("lineFigure and scatterFigure", () => {
  it("give one scatter trace per series with the x and y values, a title and labelled axes", () => {
    const figure = lineFigure(
      [{ name: "step", x: [-1, 0, 1], y: [0, 1, 1] }, { name: "sigmoid", x: [-1, 0, 1], y: [0.2689, 0.5, 0.7311] }],
      { title: "Sigmoid and step", xTitle: "weighted input z", yTitle: "output a" },
    );
    expect(figure.data.map((t) => [t.type, t["mode"], t.name])).toEqual([["scatter", "lines", "step"], ["scatter", "lines", "sigmoid"]]);
    expect(figure.data[1]!.x).toEqual([-1, 0, 1]);
    expect(figure.data[1]!.y).toEqual([0.2689, 0.5, 0.7311]);
    expect(figure.layout.title).toEqual({ text: "Sigmoid and step" });
    expect(figure.layout["xaxis"]).toEqual({ title: { text: "weighted input z" } });
    expect(figure.layout["yaxis"]).toEqual({ title: { text: "output a" } });
    expect(figure.layout["showlegend"]).toBe(true);
  });

  it("scatterFigure draws markers and accepts vector tensors [n] and [n, 1]", () => {
    const figure = scatterFigure([{ name: "class 1", x: tensor([1, 2]), y: tensor([[3], [4]]) }]);
    expect(figure.data[0]!["mode"]).toBe("markers");
    expect(figure.data[0]!.x).toEqual([1, 2]);
    expect(figure.data[0]!.y).toEqual([3, 4]);
    expect(figure.layout["showlegend"]).toBe(false);
  });

  it("rejects x and y of different lengths, giving both sizes", () => {
    expect(() => lineFigure([{ name: "sigmoid", x: [0, 1, 2], y: [0.5, 0.73] }])).toThrow(
      'lineFigure: x and y must have the same length, got x [3] and y [2]. Series "sigmoid": give one y value for every x value.');
  });

  it("rejects a matrix where a vector is expected, NaN values and an empty list", () => {
    expect(() => scatterFigure([{ name: "s", x: tensor([[1, 2], [3, 4]]), y: [1, 2, 3, 4] }])).toThrow(
      "scatterFigure: x must be a vector [n] or [n, 1], got x [2, 2].");
    expect(() => lineFigure([{ name: "s", x: [0, 1], y: [1, NaN] }])).toThrow(
      'lineFigure: expected finite numbers in y of series "s", got NaN at index 1.');
    expect(() => lineFigure([])).toThrow("lineFigure: expected a non-empty array of series { name, x, y }, got an array of length 0.");
    expect(() => lineFigure([{ name: "s", x: 3 as unknown as number[], y: [1] }])).toThrow(
      "lineFigure: expected x as an array of numbers or a vector tensor, got 3.");
  });
});

describe("barFigure", () => {
  it("draws one bar per label with its value written on it, negative bars red", () => {
    // hiring example: weighted inputs w·x = 0.6·1, −0.4·1, 0.25·0
    const figure = barFigure(["성장 가능성", "이상한 팀원", "출퇴근"], [0.6, -0.4, 0], { title: "Weighted inputs", yTitle: "w·x" });
    const bar = figure.data[0]!;
    expect(figure.data).toHaveLength(1);
    expect(bar.type).toBe("bar");
    expect(bar.x).toEqual(["성장 가능성", "이상한 팀원", "출퇴근"]);
    expect(bar.y).toEqual([0.6, -0.4, 0]);
    expect(bar["text"]).toEqual(["0.6", "-0.4", "0"]);
    expect((bar["marker"] as { color: string[] }).color).toEqual(["#1f77b4", "#d62728", "#1f77b4"]);
    expect(figure.layout["yaxis"]).toEqual({ title: { text: "w·x" } });
  });

  it("rejects labels and values of different lengths", () => {
    expect(() => barFigure(["a", "b"], [1, 2, 3])).toThrow(
      "barFigure: labels and values must have the same length, got labels [2] and values [3]. Give one label for every bar.");
    expect(() => barFigure("ab" as unknown as string[], [1, 2])).toThrow('barFigure: expected an array of labels, got "ab" (a string).');
  });
});
