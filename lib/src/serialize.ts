/**
 * Saving and loading a trained network as JSON (notebooks 06 and 08: train once, reuse the weights).
 *
 * The file holds the layer sizes, the hidden activation's name and every weight and bias as nested
 * arrays: { "format": "dlbasics-network", "version": 1, "sizes": [784, 30, 10], "activation": "sigmoid",
 * "init": "standard", "weights": [[[…]]], "biases": [[[…]]] }, weights[l] [sizes[l + 1], sizes[l]] and
 * biases[l] [sizes[l + 1], 1] as in network.ts. Loading checks every shape and number.
 */
import { readFileSync, writeFileSync } from "fs";
import { dirname } from "path";
import { type Activation, reluActivation, sigmoidActivation } from "./activations";
import { CourseError, DataFileError, ShapeError, ValueError, describeValue, formatShape } from "./errors";
import { Network, type WeightInit } from "./network";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/** The JSON form of a network. */
export interface NetworkJSON {
  format: "dlbasics-network";
  version: 1;
  sizes: number[];
  activation: string;
  init: WeightInit;
  weights: number[][][];
  biases: number[][][];
}

const ACTIVATIONS: Record<string, Activation> = { sigmoid: sigmoidActivation, relu: reluActivation };

/** The network as a plain object that JSON.stringify can write. */
export function networkToJSON(network: Network): NetworkJSON {
  if (!(network instanceof Network)) throw new ValueError("networkToJSON", t`a Network`, describeValue(network));
  return {
    format: "dlbasics-network",
    version: 1,
    sizes: [...network.sizes],
    activation: network.activation.name,
    init: network.init,
    weights: network.weights.map((w) => w.toArray() as number[][]),
    biases: network.biases.map((b) => b.toArray() as number[][]),
  };
}

/** A network rebuilt from `networkToJSON`'s object (or its JSON text), checking every shape and number. */
export function networkFromJSON(json: unknown): Network {
  const op = "networkFromJSON";
  const o = (typeof json === "string" ? parseJSON(op, json) : json) as Partial<NetworkJSON> | null;
  if (o === null || typeof o !== "object" || o.format !== "dlbasics-network") {
    throw new ValueError(op, t`an object with format "dlbasics-network" (from networkToJSON)`, describeValue(o));
  }
  if (o.version !== 1) {
    throw new ValueError(op, t`format version 1`, t`version ${describeValue(o.version)}`,
      t`The file comes from another version of the course library: train and save the network again with this one.`);
  }
  if (o.init !== undefined && o.init !== "standard" && o.init !== "scaled") {
    throw new ValueError(op, t`init "standard" or "scaled"`, describeValue(o.init));
  }
  const sizes = o.sizes;
  if (!Array.isArray(sizes) || sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new ValueError(op, t`sizes: at least two whole numbers ≥ 1 such as [784, 30, 10]`, describeValue(sizes));
  }
  const activation = ACTIVATIONS[String(o.activation)];
  if (!activation) {
    const names = Object.keys(ACTIVATIONS).map((a) => `"${a}"`);
    throw new ValueError(op, t`activation ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`, describeValue(o.activation));
  }
  const layers = sizes.length - 1;
  if (!Array.isArray(o.weights) || !Array.isArray(o.biases) || o.weights.length !== layers || o.biases.length !== layers) {
    throw new ValueError(op, t`${layers} weight matrices and ${layers} bias columns for sizes ${formatShape(sizes)}`,
      t`${describeValue(o.weights)} of weights and ${describeValue(o.biases)} of biases`);
  }
  const weights = o.weights.map((w, l) => toMatrix(op, t`layer ${l + 1} w`, w, [sizes[l + 1]!, sizes[l]!]));
  const biases = o.biases.map((b, l) => toMatrix(op, t`layer ${l + 1} b`, b, [sizes[l + 1]!, 1]));
  return new Network(sizes, { activation, init: o.init ?? "standard", parameters: { weights, biases } });
}

/** JSON.parse, with a ValueError naming `op` and the start of the text when it is not JSON. */
function parseJSON(op: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValueError(op, t`JSON text of a network (JSON.stringify(networkToJSON(network)))`,
      t`text that is not JSON, ${describeValue(text)} (${(error as Error).message})`, t`Pass the file's whole text, or use loadNetwork(path).`);
  }
}

/** Writes the network to a JSON file; the folder must exist. */
export function saveNetwork(network: Network, path: string): void {
  const text = JSON.stringify(networkToJSON(network));
  try {
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new ValueError("saveNetwork", t`a path in an existing folder`, t`"${path}", whose folder "${dirname(path)}" does not exist`,
        t`Create the folder first: fs.mkdirSync("${dirname(path)}", { recursive: true }).`);
    }
    throw new ValueError("saveNetwork", t`a file path that can be written`, `"${path}" (${code ?? (error as Error).message})`,
      code === "EISDIR" ? t`That is a folder: add a file name such as network.json.` : t`Check the path and its permissions.`);
  }
}

/** Reads a network written by `saveNetwork`; a missing or damaged file throws a DataFileError naming it. */
export function loadNetwork(path: string): Network {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const found = (error as NodeJS.ErrnoException).code === "ENOENT" ? t`no such file` : String((error as Error).message);
    throw new DataFileError(path, t`a network saved by saveNetwork`, found, t`Check the path, or train and save the network again.`);
  }
  try {
    return networkFromJSON(JSON.parse(text));
  } catch (error) {
    const found = error instanceof CourseError ? `"${error.message}"` : t`invalid JSON (${(error as Error).message})`;
    throw new DataFileError(path, t`a network saved by saveNetwork`, found,
      t`The file is damaged or from another version of the library: train and save the network again.`);
  }
}

/** Nested arrays of exactly the shape [rows, cols] with finite numbers, as a Tensor. */
function toMatrix(op: string, name: string, value: unknown, [rows, cols]: [number, number]): Tensor {
  const rowsOk = Array.isArray(value) && value.length === rows && value.every((r) => Array.isArray(r) && r.length === cols);
  if (!rowsOk) {
    const found = Array.isArray(value) ? [value.length, ...(Array.isArray(value[0]) ? [value[0].length] : [])] : [];
    throw new ShapeError(op, t`${name} must have shape ${formatShape([rows, cols])}`, [[name, found]], t`The file does not match its sizes.`);
  }
  const matrix = new Tensor([rows, cols]);
  (value as unknown[][]).forEach((row, i) => row.forEach((x, j) => {
    if (typeof x !== "number" || !Number.isFinite(x)) {
      throw new ValueError(op, t`finite numbers in ${name}`, t`${describeValue(x)} at [${i}, ${j}]`);
    }
    matrix.data[i * cols + j] = x;
  }));
  return matrix;
}
