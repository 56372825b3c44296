import { readFileSync } from "fs";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { ByteTensor } from "../../../lib/src/data/byte-tensor";
import { batchColumns, image, subset, type Dataset } from "../../../lib/src/data/dataset";
import { mnistDirectory, readMnistFiles } from "../../../lib/src/data/mnist";
import { stratifiedSample, trainTestSplit } from "../../../lib/src/data/split";
import { classMeans } from "../../../lib/src/data/statistics";
import { accuracy, score } from "../../../lib/src/evaluate";
import { Network } from "../../../lib/src/network";
import { Random } from "../../../lib/src/random";
import { train } from "../../../lib/src/sgd";
import { Tensor } from "../../../lib/src/tensor";

/** The same dataset with its inputs as a Float64Array: what loadMnist returned before issue 16. */
function asFloat64(data: Dataset): Dataset {
  const values = new Float64Array(data.inputs.size);
  data.inputs.readInto(0, values.length, values);
  return { ...data, inputs: new Tensor(data.inputs.shape, values) };
}

describe("ByteTensor: numbers kept as bytes, element k = bytes[k] / divisor", () => {
  // 0 / 255 = 0, 51 / 255 = 0.2, 255 / 255 = 1, 128 / 255 = 0.50196…
  const x = (): ByteTensor => new ByteTensor([2, 2], Uint8Array.from([0, 51, 255, 128]));

  it("reads byte / 255 with at, toArray, readInto and size", () => {
    expect([x().at(0, 0), x().at(0, 1), x().at(1, 0), x().at(1, 1)]).toEqual([0, 51 / 255, 1, 128 / 255]);
    expect(x().toArray()).toEqual([[0, 51 / 255], [1, 128 / 255]]);
    const row = new Float64Array(3);
    x().readInto(2, 4, row, 1);
    expect(Array.from(row)).toEqual([0, 1, 128 / 255]);
    expect(x().size).toBe(4);
    expect(new ByteTensor([2], Uint8Array.from([3, 6]), 3).toArray()).toEqual([1, 2]);
  });

  it("lists its nonzero elements with readNonzeros, like a Float64 tensor", () => {
    for (const t of [x(), new Tensor([2, 2], Float64Array.from([0, 51 / 255, 1, 128 / 255]))]) {
      const [index, value] = [new Int32Array(4), new Float64Array(4)];
      expect(t.readNonzeros(0, 4, index, value)).toBe(3);
      expect([Array.from(index.subarray(0, 3)), Array.from(value.subarray(0, 3))]).toEqual([[1, 2, 3], [51 / 255, 1, 128 / 255]]);
      expect(t.readNonzeros(2, 4, index, value)).toBe(2); // positions from start: 2 → 0, 3 → 1
      expect(Array.from(index.subarray(0, 2))).toEqual([0, 1]);
    }
  });

  it("keeps bytes through reshape, takeRows and clone, without making its data", () => {
    const t = x();
    const flat = t.reshape([4]);
    expect(flat).toBeInstanceOf(ByteTensor);
    expect((flat as ByteTensor).bytes.buffer).toBe(t.bytes.buffer); // a view, no copy
    const rows = t.takeRows([1, 1, 0]) as ByteTensor;
    expect(Array.from(rows.bytes)).toEqual([255, 128, 255, 128, 0, 51]);
    const copy = t.clone() as ByteTensor;
    copy.bytes[0] = 7;
    expect(t.at(0, 0)).toBe(0);
    expect(t.holdsBytes).toBe(true);
  });

  it("makes its data once on first use; from then on that array is the storage", () => {
    const t = x();
    const data = t.data;
    expect(Array.from(data)).toEqual([0, 51 / 255, 1, 128 / 255]);
    expect(t.data).toBe(data);
    expect(t.holdsBytes).toBe(false);
    data[0] = 0.5;
    expect([t.at(0, 0), (t.reshape([4]) as Tensor).data[0], t.takeRows([0]).at(0, 0)]).toEqual([0.5, 0.5, 0.5]);
  });

  it("pins its errors", () => {
    expect(() => new ByteTensor([2, 2], new Uint8Array(3))).toThrow("ByteTensor: bytes must hold one byte per element (4), got shape [2, 2] and bytes [3].");
    expect(() => new ByteTensor([2], [1, 2] as unknown as Uint8Array)).toThrow("ByteTensor: expected bytes in a Uint8Array, got");
    expect(() => new ByteTensor([1], new Uint8Array(1), 0)).toThrow("ByteTensor: expected a divisor that is a finite number > 0 (255 for pixels), got 0.");
    const outside = "readInto: expected positions 0 ≤ start ≤ end ≤ 4 that fit in the target (4 numbers from 1), got [0, 4).";
    expect(() => x().readInto(0, 4, new Float64Array(4), 1)).toThrow(outside);
    expect(() => new Tensor([2, 2]).readInto(0, 4, new Float64Array(4), 1)).toThrow(outside);
    expect(() => x().takeRows([2])).toThrow("readInto: expected positions 0 ≤ start ≤ end ≤ 4 that fit in the target (2 numbers from 0), got [4, 6).");
  });
});

describe("MNIST held as bytes (issue 16)", () => {
  // a fresh read, not loadMnist's cache, so that no other test has made its data
  const directory = mnistDirectory();
  const mnist = readMnistFiles(join(directory, "t10k-images-idx3-ubyte"), join(directory, "t10k-labels-idx1-ubyte"), 10_000);
  const inputs = mnist.inputs;

  it("stores 1 byte per pixel: the store is n · 784 bytes", () => {
    expect(inputs).toBeInstanceOf(ByteTensor);
    expect(inputs.bytes.byteLength).toBe(10_000 * 784);
    expect(inputs.bytes.buffer.byteLength).toBe(16 + 10_000 * 784); // the file's own buffer, past its header
  });

  it("reads the same numbers as the Float64 version (byte / 255) at sampled positions, within 1e-12", () => {
    const file = readFileSync(join(directory, "t10k-images-idx3-ubyte"));
    const random = new Random(16);
    for (let s = 0; s < 2_000; s++) {
      const [i, j] = [Math.floor(random.uniform() * 10_000), Math.floor(random.uniform() * 784)];
      const expected = file[16 + i * 784 + j]! / 255;
      expect(Math.abs(inputs.at(i, j) - expected)).toBeLessThanOrEqual(1e-12);
    }
    expect(image(mnist, 0).data).toEqual(asFloat64(mnist).inputs.data.subarray(0, 784));
  });

  it("keeps subsets, samples and splits as bytes, n · 784 bytes each", () => {
    const sample = stratifiedSample(mnist, { total: 1_000 }, new Random(1)).inputs as ByteTensor;
    expect(sample).toBeInstanceOf(ByteTensor);
    expect(sample.bytes.byteLength).toBe(1_000 * 784);
    const { training, test } = trainTestSplit(mnist, 0.2, new Random(1));
    expect([(training.inputs as ByteTensor).bytes.byteLength, (test.inputs as ByteTensor).bytes.byteLength]).toEqual([8_000 * 784, 2_000 * 784]);
    expect(subset(mnist, [5, 3]).inputs.toArray()).toEqual(subset(asFloat64(mnist), [5, 3]).inputs.toArray());
    expect(batchColumns(mnist, [5, 3]).inputs.data).toEqual(batchColumns(asFloat64(mnist), [5, 3]).inputs.data);
    expect(classMeans(mnist).data).toEqual(classMeans(asFloat64(mnist)).data);
    expect(inputs.holdsBytes).toBe(true);
  });

  it("trains to the same weights as the Float64 copy (fixed seeds, both engines) and never makes its data", () => {
    const small = subset(mnist, Array.from({ length: 500 }, (_, i) => i));
    for (const engine of ["fast", "textbook"] as const) {
      const [bytes, floats] = [small, asFloat64(small)].map((data) => {
        const network = new Network([784, 30, 10], { random: new Random(1) });
        train(network, data, { epochs: 2, miniBatchSize: 10, learningRate: 3.0, random: new Random(2), validation: data, engine });
        return network;
      });
      expect(bytes!.weights.map((w) => Array.from(w.data))).toEqual(floats!.weights.map((w) => Array.from(w.data)));
      expect(bytes!.biases.map((b) => Array.from(b.data))).toEqual(floats!.biases.map((b) => Array.from(b.data)));
      expect(score(bytes!, small)).toEqual(score(floats!, asFloat64(small)));
    }
    expect(accuracy(new Network([784, 30, 10], { random: new Random(1) }), mnist)).toBeGreaterThanOrEqual(0);
    expect([(small.inputs as ByteTensor).holdsBytes, inputs.holdsBytes]).toEqual([true, true]);
  });
});
