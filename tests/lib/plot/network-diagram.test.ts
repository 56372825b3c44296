import { describe, expect, it } from "vitest";
import { describeFigure } from "../../../lib/src/plot/figure";
import { layerName, networkDiagram } from "../../../lib/src/plot/network-diagram";

describe("networkDiagram", () => {
  it("draws every neuron of small layers and one line per weight", () => {
    const figure = networkDiagram([2, 3, 1]);
    const [edges, ...layers] = figure.data;
    expect(layers.map((t) => t.y)).toEqual([[0.5, -0.5], [1, 0, -1], [0]]);
    expect(layers.map((t) => t.x)).toEqual([[0, 0], [1, 1, 1], [2]]);
    // 2·3 + 3·1 = 9 weights, each a segment (x0, x1, null)
    expect(edges!.x).toHaveLength(9 * 3);
    expect(edges!.x!.slice(0, 3)).toEqual([0, 1, null]);
    expect(edges!.y!.slice(0, 3)).toEqual([0.5, 1, null]);
    expect(layers.map((t) => t.name)).toEqual(["input layer: 2 neurons", "hidden layer: 3 neurons", "output layer: 1 neurons"]);
  });

  it("shows tall layers as their first and last neurons with ⋮ between, and their true size", () => {
    const figure = networkDiagram([784, 30, 10], { maxShown: 5 });
    const layers = figure.data.slice(1);
    // 5 slots at heights 2, 1, 0, −1, −2; slot 2 (height 0) is the gap
    expect(layers[0]!.y).toEqual([2, 1, -1, -2]);
    expect(figure.data[0]!.x).toHaveLength(4 * 4 * 3 * 2);
    const annotations = figure.layout["annotations"] as Array<{ text: string; y: number }>;
    expect(annotations.filter((a) => a.text === "⋮").map((a) => a.y)).toEqual([0, 0, 0]);
    expect(annotations[0]!.text).toBe("input layer<br>784 neurons");
    expect(describeFigure(figure).split("\n")[0]).toBe(
      'Figure "A feed-forward network [784, 30, 10]: every neuron feeds every neuron of the next layer"');
  });

  it("names hidden layers by number in deep networks", () => {
    expect([0, 1, 2, 3].map((l) => layerName(l, 4))).toEqual(["input layer", "hidden layer 1", "hidden layer 2", "output layer"]);
    expect(layerName(1, 3)).toBe("hidden layer");
  });

  it("rejects sizes that are not a network and a maxShown too small to draw", () => {
    expect(() => networkDiagram([784])).toThrow("networkDiagram: expected layer sizes: at least two whole numbers ≥ 1 such as [784, 30, 10], got an array of length 1.");
    expect(() => networkDiagram([3, 0.5])).toThrow("networkDiagram: expected layer sizes");
    expect(() => networkDiagram([3, 2], { maxShown: 2 })).toThrow("networkDiagram: expected maxShown as a whole number ≥ 3, got 2.");
  });
});
