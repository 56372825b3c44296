import { describe, expect, it } from "vitest";
import { digitFigure, digitGrid } from "../../../lib/src/plot/digits";
import { Tensor, tensor } from "../../../lib/src/tensor";
import { readGreyPng } from "./read-png";

/** 784 pixels, all 0 except pixel k = row·28 + column, which is `ink`. */
function imageWithPixel(k: number, ink = 1): number[] {
  const pixels = new Array<number>(784).fill(0);
  pixels[k] = ink;
  return pixels;
}

describe("digitFigure", () => {
  it("puts pixel row·28 + column at z[row][column], row 0 at the top, square and grey", () => {
    // pixel 30 = row 1 · 28 + column 2
    const figure = digitFigure(imageWithPixel(30), 7);
    const heatmap = figure.data[0]!;
    expect(heatmap.type).toBe("heatmap");
    expect(heatmap.z).toHaveLength(28);
    expect(heatmap.z!.every((row) => row.length === 28)).toBe(true);
    expect(heatmap.z![1]![2]).toBe(1);
    expect(heatmap.z![2]![1]).toBe(0);
    expect(heatmap["colorscale"]).toEqual([[0, "#ffffff"], [1, "#000000"]]);
    expect([heatmap["zmin"], heatmap["zmax"]]).toEqual([0, 1]);
    const yaxis = figure.layout["yaxis"] as Record<string, unknown>;
    expect(yaxis["autorange"]).toBe("reversed");
    expect([yaxis["scaleanchor"], yaxis["scaleratio"]]).toEqual(["x", 1]);
    expect(figure.layout.title).toEqual({ text: "MNIST digit, label 7" });
  });

  it("accepts raw bytes 0 … 255 (zmax 255) and tensors [784], [784, 1], [1, 784] and [28, 28]", () => {
    expect(digitFigure(imageWithPixel(5, 255)).data[0]!["zmax"]).toBe(255);
    const pixels = imageWithPixel(783);
    for (const shape of [[784], [784, 1], [1, 784], [28, 28]]) {
      expect(digitFigure(new Tensor(shape, Float64Array.from(pixels))).data[0]!.z![27]![27]).toBe(1);
    }
  });

  it("keeps pixels to 3 decimals, so a notebook with digits stays small", () => {
    // 84/255 = 0.32941176… → 0.329
    expect(digitFigure(imageWithPixel(0, 84 / 255)).data[0]!.z![0]![0]).toBe(0.329);
  });

  it("rejects an image that is not 784 values, giving the size found", () => {
    expect(() => digitFigure(new Array(100).fill(0))).toThrow(
      "digitFigure: an image must hold 784 pixels (28 × 28), got image [100]. Pass one image, shaped [784], [784, 1] or [28, 28], not a whole batch.");
    expect(() => digitFigure(new Tensor([2, 784]))).toThrow("digitFigure: an image must hold 784 pixels (28 × 28), got image [2, 784].");
    expect(() => digitFigure(new Tensor([392, 2]))).toThrow("got image [392, 2].");
    expect(() => digitFigure("7" as unknown as number[])).toThrow('digitFigure: expected an image of 784 pixels (an array or a tensor), got "7" (a string).');
  });
});

describe("digitGrid", () => {
  const images = new Tensor([3, 784]);
  images.data[0 * 784 + 0] = 1; // image 0: top-left pixel
  images.data[2 * 784 + 783] = 1; // image 2: bottom-right pixel

  it("tiles the images in one upright picture (a PNG), 29 columns and 34 rows apart, with a label above each", () => {
    // 2 columns → width 2·29 − 1 = 57; 2 rows of tiles → height 2·34 = 68 (a 6-row label band on top of each)
    const figure = digitGrid(images, [5, 0, 4], undefined, { columns: 2 });
    const image = figure.data[0]!;
    expect(figure.data).toHaveLength(1);
    expect([image.type, image.name]).toEqual(["image", "3 digits"]);
    const png = readGreyPng(Buffer.from((image["source"] as string).replace("data:image/png;base64,", ""), "base64"));
    expect([png.width, png.height]).toEqual([57, 68]);
    const at = (row: number, column: number): number => png.grey[row * 57 + column]!;
    expect(at(6, 0)).toBe(0); // image 0's ink (1 → black) starts at row 6, column 0
    expect(at(34 + 6 + 27, 27)).toBe(0); // image 2 (second row, first column) ends at row 67, column 27
    expect(png.grey.filter((g) => g === 0)).toHaveLength(2); // everything else is white
    expect([at(0, 0), at(6, 28), at(7, 1)]).toEqual([255, 255, 255]); // label band, gap, background
    const annotations = figure.layout["annotations"] as Array<{ text: string; x: number; y: number }>;
    expect(annotations.map((a) => a.text)).toEqual(["5", "0", "4"]);
    expect(annotations.map((a) => [a.x, a.y])).toEqual([[13.5, 3], [42.5, 3], [13.5, 37]]);
    expect((figure.layout["yaxis"] as Record<string, unknown>)["scaleanchor"]).toBe("x");
  });

  it("scales raw bytes 0 … 255 the same way: 255 is black, 51 a light grey", () => {
    const bytes = new Array<number>(784).fill(0);
    bytes[0] = 255;
    bytes[1] = 51; // 255 − 51 = 204
    const png = readGreyPng(Buffer.from((digitGrid([bytes], [3]).data[0]!["source"] as string).split(",")[1]!, "base64"));
    expect(png.grey.slice(6 * 28, 6 * 28 + 3)).toEqual([0, 204, 255]);
  });

  it("with predictions, marks a wrong answer in red as 'label (net: prediction)'", () => {
    const figure = digitGrid([images.data.subarray(0, 784), images.data.subarray(784, 1568)], tensor([5, 0]), [5, 6]);
    const annotations = figure.layout["annotations"] as Array<{ text: string; font: { color: string } }>;
    expect(annotations.map((a) => [a.text, a.font.color])).toEqual([["5", "#000000"], ["0 (net: 6)", "#d62728"]]);
  });

  it("rejects labels that do not match the images, a batch that is not [n, 784] and too many images", () => {
    expect(() => digitGrid(images, [5, 0])).toThrow("digitGrid: labels must give one class per image, got images [3] and labels [2].");
    expect(() => digitGrid(images, [5, 0, 4], [1])).toThrow("digitGrid: predictions must give one class per image, got images [3] and predictions [1].");
    expect(() => digitGrid(new Tensor([3, 28, 28]), [1, 2, 3])).toThrow(
      "digitGrid: images must be a dataset [n, 784] with one image per row, got images [3, 28, 28].");
    expect(() => digitGrid([new Array(783).fill(0)], [1])).toThrow("digitGrid: an image must hold 784 pixels (28 × 28), got image 0 [783].");
    expect(() => digitGrid(new Tensor([101, 784]), new Array(101).fill(0))).toThrow(
      "digitGrid: expected between 1 and 100 images, got 101. Slice the dataset first.");
    expect(() => digitGrid(7 as unknown as number[][], [1])).toThrow("digitGrid: expected a dataset tensor [n, 784] or an array of images, got 7.");
  });
});
