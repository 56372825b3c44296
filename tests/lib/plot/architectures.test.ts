import { describe, expect, it } from "vitest";
import { architecturesFigure, perceptronDiagram } from "../../../lib/src/plot/architectures";
import { describeFigure } from "../../../lib/src/plot/figure";

describe("perceptronDiagram", () => {
  it("draws one input per name, one line per weight marked with its value, and one neuron", () => {
    const figure = perceptronDiagram(["growth", "odd person", "food"], [30, -20, 100], { threshold: 80 });
    const [edges, inputs, neuron] = figure.data;
    expect(inputs!.y).toEqual([1, 0, -1]);
    expect(neuron!.x).toEqual([1]);
    expect(edges!.x).toHaveLength(3 * 3);          // three lines (x0, x1, null)
    const texts = (figure.layout["annotations"] as Array<{ text: string; font?: { color: string } }>).map((a) => a.text);
    expect(texts).toEqual(["x₁  growth", "w = 30", "x₂  odd person", "w = -20", "x₃  food", "w = 100", "output 1 if Σ w_j x_j ≥ 80<br>else 0"]);
    const negative = (figure.layout["annotations"] as Array<{ text: string; font?: { color: string } }>)[3]!;
    expect(negative.font!.color).toBe("#d62728");
    expect(describeFigure(figure).split("\n")[0]).toBe('Figure "A perceptron: 3 inputs, one weight each, one decision"');
  });

  it("draws every input of a long list, without ⋮", () => {
    const figure = perceptronDiagram(Array.from({ length: 12 }, (_, j) => `q${j}`), new Array<number>(12).fill(1));
    expect(figure.data[1]!.y).toHaveLength(12);
  });

  it("rejects names and weights that do not pair up", () => {
    expect(() => perceptronDiagram([], [])).toThrow("perceptronDiagram: expected the inputs' names as a non-empty array of strings, got an array of length 0.");
    expect(() => perceptronDiagram(["a", "b"], [1])).toThrow(
      "perceptronDiagram: inputs and weights must have the same length, got inputs [2] and weights [1]. Give one weight for every input.");
    expect(() => perceptronDiagram(["a"], [1])).not.toThrow();
    expect(() => perceptronDiagram(["a"], [NaN])).toThrow("perceptronDiagram: expected finite numbers in weights, got NaN at index 0.");
    expect(() => perceptronDiagram(["a"], 3 as unknown as number[])).toThrow("perceptronDiagram: expected an array of weights, got 3.");
  });
});

describe("architecturesFigure", () => {
  it("puts an FNN, a CNN and an RNN in three panels side by side", () => {
    const figure = architecturesFigure();
    const axes = new Set(figure.data.map((t) => `${t["xaxis"] ?? "x"}`));
    expect([...axes].sort()).toEqual(["x", "x2", "x3"]);
    const names = figure.data.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["input layer: 4 neurons", "input image", "filter 5 × 5", "feature map 1", "pooled map 1",
      "dense layer", "inputs x_t", "hidden states h_t", "outputs y_t"]));
    const domains = ["xaxis", "xaxis2", "xaxis3"].map((a) => (figure.layout[a] as { domain: number[] }).domain);
    domains.slice(1).forEach((d, i) => expect(d[0]).toBeGreaterThan(domains[i]![1]!));
    const texts = (figure.layout["annotations"] as Array<{ text: string }>).map((a) => a.text);
    expect(texts.filter((t) => t.startsWith("<b>"))).toEqual([
      "<b>FNN: every neuron feeds the next layer</b>", "<b>CNN: small shared filters slide over the image</b>", "<b>RNN: the state loops back in time</b>"]);
    expect(texts).toContain("W<sup>hh</sup>");
    expect(describeFigure(figure).split("\n")[0]).toBe(
      'Figure "Three basic architectures: feed-forward (FNN), convolutional (CNN), recurrent (RNN)"');
  });
});
