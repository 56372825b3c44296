import { describe, expect, it } from "vitest";
import { confusionMatrixFigure, weightsFigure } from "../../../lib/src/plot/heatmaps";
import { Tensor, tensor } from "../../../lib/src/tensor";

describe("weightsFigure", () => {
  it("draws w [rows, cols] with z[j][k] = w_jk, row 0 on top, diverging colours centred on 0", () => {
    const figure = weightsFigure(tensor([[0.5, -1, 2], [0.123456, 0, -0.25]]));
    const heatmap = figure.data[0]!;
    expect(heatmap.z).toEqual([[0.5, -1, 2], [0.1235, 0, -0.25]]); // 0.123456 kept to 4 significant digits
    expect([heatmap["colorscale"], heatmap["zmid"]]).toEqual(["RdBu", 0]);
    expect(figure.layout.title).toEqual({ text: "Weights w [2, 3]: row j holds neuron j's weights" });
    expect((figure.layout["xaxis"] as { title: { text: string } }).title.text).toBe("input k (neuron of the previous layer)");
    expect((figure.layout["yaxis"] as Record<string, unknown>)["autorange"]).toBe("reversed");
  });

  it("rejects a tensor that is not a matrix", () => {
    expect(() => weightsFigure(new Tensor([2, 3, 4]))).toThrow("weightsFigure: w must be a non-empty matrix [rows, columns], got w [2, 3, 4].");
    expect(() => weightsFigure("w" as unknown as number[][])).toThrow('weightsFigure: expected w as a matrix (a tensor or nested arrays), got "w" (a string).');
  });
});

describe("confusionMatrixFigure", () => {
  // actual 0: 5 right, 1 taken for a 1; actual 1: 2 taken for a 0, 7 right
  const counts = [[5, 1], [2, 7]];

  it("writes the count in every cell, actual classes down, predicted across, square", () => {
    const figure = confusionMatrixFigure(counts, ["cat", "dog"]);
    const heatmap = figure.data[0]!;
    expect(heatmap.z).toEqual([[5, 1], [2, 7]]);
    expect(heatmap["text"]).toEqual([["5", "1"], ["2", "7"]]);
    expect(heatmap["texttemplate"]).toBe("%{text}");
    expect([heatmap["colorscale"], heatmap["reversescale"]]).toEqual(["Blues", true]); // large counts dark
    expect([heatmap.x, heatmap.y]).toEqual([["cat", "dog"], ["cat", "dog"]]);
    const xaxis = figure.layout["xaxis"] as Record<string, unknown>, yaxis = figure.layout["yaxis"] as Record<string, unknown>;
    expect((xaxis["title"] as { text: string }).text).toBe("predicted class");
    expect((yaxis["title"] as { text: string }).text).toBe("actual class");
    expect([yaxis["scaleanchor"], yaxis["scaleratio"], yaxis["autorange"]]).toEqual(["x", 1, "reversed"]);
    expect(figure.layout.width).toBe(figure.layout.height);
  });

  it("names the classes 0 … k−1 when no names are given", () => {
    const figure = confusionMatrixFigure(new Tensor([10, 10]));
    expect(figure.data[0]!.x).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(figure.layout.width).toBe(620); // 48 · 10 + 140
  });

  it("rejects a matrix that is not square and names that do not fit, giving the sizes found", () => {
    expect(() => confusionMatrixFigure(new Tensor([3, 4]))).toThrow(
      "confusionMatrixFigure: a confusion matrix must be square (one row and one column per class), got matrix [3, 4]. Rows are actual classes, columns predicted classes.");
    expect(() => confusionMatrixFigure(counts, ["cat"])).toThrow(
      "confusionMatrixFigure: classNames must name every class, got matrix [2, 2] and classNames [1].");
    expect(() => confusionMatrixFigure([[1, NaN], [0, 1]])).toThrow("confusionMatrixFigure: expected finite numbers in matrix, got NaN at index 1.");
  });
});
