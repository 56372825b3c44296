/**
 * MNIST digits as pictures (notebook 03): 784 pixel intensities, 28 rows of 28, drawn upright
 * (row 0 at the top) and square, ink dark on white. A grid shows many digits with their labels
 * and, after training (notebook 06), the network's answer where it is wrong.
 */
import { Tensor } from "../tensor";
import { ShapeError, ValueError, describeValue, formatShape } from "../errors";
import { t } from "../i18n/translate";
import { type Figure, type FigureOptions, type Trace } from "./figure";
import { greyPngDataUri } from "./png";

const SIDE = 28;
const PIXELS = SIDE * SIDE;
const IMAGE_SHAPES = ["[784]", "[784, 1]", "[1, 784]", "[28, 28]"];
const INK = [[0, "#ffffff"], [1, "#000000"]];

/** An image: 784 numbers as an array, or a tensor [784], [784, 1], [1, 784] or [28, 28]. */
export type DigitPixels = ArrayLike<number> | Tensor;

/** One digit, upright and square, with its label in the title. */
export function digitFigure(pixels: DigitPixels, label?: number | string, options: FigureOptions = {}): Figure {
  const values = pixelsOf("digitFigure", pixels);
  const z = Array.from({ length: SIDE }, (_, r) => values.slice(r * SIDE, (r + 1) * SIDE));
  const heatmap: Trace = { type: "heatmap", z, ...inkScale(values), hovertemplate: t`row %{y}, column %{x}: %{z}<extra></extra>` };
  const title = options.title ?? (label === undefined ? t`MNIST digit` : t`MNIST digit, label ${label}`);
  return { data: [heatmap], layout: squareLayout(title, options.width ?? 320, options.height ?? 340) };
}

/**
 * Many digits in one picture (an image trace holding a PNG), `columns` to a row, each with its
 * label above it. With `predictions`, a wrong answer shows in red as "label (net: prediction)".
 * images: a dataset tensor [n, 784] (one image per row) or an array of images.
 */
export function digitGrid(images: Tensor | DigitPixels[], labels: ArrayLike<number> | Tensor,
  predictions?: ArrayLike<number> | Tensor, options: FigureOptions & { columns?: number } = {}): Figure {
  const tiles = imagesOf(images);
  const labelList = labelsOf("labels", labels, tiles.length);
  const predictionList = predictions === undefined ? undefined : labelsOf("predictions", predictions, tiles.length);
  const columns = Math.min(options.columns ?? 10, tiles.length);
  const rows = Math.ceil(tiles.length / columns);
  const pitchX = SIDE + 1, pitchY = SIDE + 6;
  const width = columns * pitchX - 1, height = rows * pitchY;
  const grey = new Uint8Array(width * height).fill(255);
  const zmax = inkMax(tiles.flat());
  const ink = (v: number): number => 255 - Math.min(255, Math.max(0, Math.round((255 * v) / zmax))); // white 255 … black 0
  const annotations = tiles.map((tile, i) => {
    const top = Math.floor(i / columns) * pitchY + 6, left = (i % columns) * pitchX;
    tile.forEach((v, k) => (grey[(top + Math.floor(k / SIDE)) * width + left + (k % SIDE)] = ink(v)));
    const wrong = predictionList !== undefined && predictionList[i] !== labelList[i];
    const text = wrong ? t`${labelList[i]} (net: ${predictionList![i]})` : String(labelList[i]);
    return { x: left + 13.5, y: top - 3, text, showarrow: false, font: { size: 11, color: wrong ? "#d62728" : "#000000" } };
  });
  // one small PNG instead of width × height numbers: a grid of 100 digits stays a few kilobytes
  const image: Trace = { type: "image", name: tiles.length === 1 ? t`${tiles.length} digit` : t`${tiles.length} digits`, source: greyPngDataUri(width, height, grey), hoverinfo: "skip" };
  const title = options.title ?? (predictionList ? t`Digits: label, and the network's answer where it is wrong` : t`Digits and their labels`);
  const layout = squareLayout(title, options.width ?? columns * 58 + 40, options.height ?? rows * 68 + 80);
  return { data: [image], layout: { ...layout, annotations, margin: { t: 50, r: 10, b: 10, l: 10 } } };
}

/** The 784 pixels of one image as plain numbers, or a ShapeError giving the size found. */
function pixelsOf(op: string, pixels: DigitPixels, name = t`image`): number[] {
  const isTensor = pixels instanceof Tensor;
  if (!isTensor && (pixels == null || typeof pixels !== "object" || typeof pixels.length !== "number")) {
    throw new ValueError(op, t`an image of 784 pixels (an array or a tensor)`, describeValue(pixels));
  }
  const shape = isTensor ? pixels.shape : [pixels.length];
  if (!IMAGE_SHAPES.includes(formatShape(shape))) {
    throw new ShapeError(op, t`an image must hold 784 pixels (28 × 28)`, [[name, shape]],
      t`Pass one image, shaped [784], [784, 1] or [28, 28], not a whole batch.`);
  }
  if (!isTensor) return Array.from(pixels, roundPixel);
  const values = new Float64Array(pixels.size);
  pixels.readInto(0, pixels.size, values);
  return Array.from(values, roundPixel);
}

/** Pixels to 3 decimals (MNIST's k/255 stays visibly exact) keep a notebook with digits small. */
function roundPixel(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function imagesOf(images: Tensor | DigitPixels[]): number[][] {
  let list: number[][];
  if (images instanceof Tensor) {
    if (images.rank !== 2 || images.cols !== PIXELS) {
      throw new ShapeError("digitGrid", t`images must be a dataset [n, 784] with one image per row`, [["images", images.shape]]);
    }
    // row by row (at most 101 of them), so that MNIST's bytes are not all made into numbers to show a few
    const row = new Float64Array(PIXELS);
    list = Array.from({ length: Math.min(images.rows, 101) }, (_, i) => {
      images.readInto(i * PIXELS, (i + 1) * PIXELS, row);
      return Array.from(row, roundPixel);
    });
    if (images.rows > 100) throw new ValueError("digitGrid", t`between 1 and 100 images`, `${images.rows}`, t`Slice the dataset first.`);
  } else if (Array.isArray(images)) {
    list = images.map((image, i) => pixelsOf("digitGrid", image, t`image ${i}`));
  } else {
    throw new ValueError("digitGrid", t`a dataset tensor [n, 784] or an array of images`, describeValue(images));
  }
  if (list.length === 0 || list.length > 100) {
    throw new ValueError("digitGrid", t`between 1 and 100 images`, `${list.length}`, t`Slice the dataset first.`);
  }
  return list;
}

function labelsOf(name: string, labels: ArrayLike<number> | Tensor, count: number): number[] {
  const list = labels instanceof Tensor ? Array.from(labels.data) : Array.from(labels ?? []);
  if (list.length !== count) {
    throw new ShapeError("digitGrid", t`${name} must give one class per image`, [["images", [count]], [name, [list.length]]]);
  }
  return list;
}

/** White (0) to black (the largest value: 1 for scaled pixels, 255 for raw bytes), no colour bar. */
function inkScale(values: number[]): Record<string, unknown> {
  return { colorscale: INK, zmin: 0, zmax: inkMax(values), showscale: false };
}

/** The value of full ink: 1 for pixels scaled to [0, 1], 255 for raw bytes. */
function inkMax(values: number[]): number {
  return values.some((v) => v > 1) ? 255 : 1;
}

/** Equal units on both axes, y reversed so row 0 is at the top, no ticks. */
function squareLayout(title: string, width: number, height: number): Figure["layout"] {
  const axis = { showticklabels: false, ticks: "", showgrid: false, zeroline: false };
  return {
    title: { text: title },
    width, height,
    xaxis: { ...axis, title: { text: "" }, constrain: "domain" },
    yaxis: { ...axis, title: { text: "" }, autorange: "reversed", scaleanchor: "x", scaleratio: 1, constrain: "domain" },
    margin: { t: 50, r: 10, b: 10, l: 10 },
  };
}
