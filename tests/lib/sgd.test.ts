import { afterEach, describe, expect, it, vi } from "vitest";
import { crossEntropyCost } from "../../lib/src/costs";
import { DivergedError } from "../../lib/src/errors";
import type { Dataset } from "../../lib/src/data/dataset";
import { Network } from "../../lib/src/network";
import { Random } from "../../lib/src/random";
import { type EpochRecord, type TrainOptions, train } from "../../lib/src/sgd";
import { Tensor } from "../../lib/src/tensor";
import { randomDataset } from "./network-helpers";

/** Two clusters a network separates easily: class 0 near (0.2, 0.8), class 1 near (0.8, 0.2). */
function twoClusters(n: number, random: Random): Dataset {
  const inputs = new Tensor([n, 2]);
  const labels = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    labels[j] = j % 2;
    inputs.data[2 * j] = (labels[j] ? 0.8 : 0.2) + random.uniform(-0.15, 0.15);
    inputs.data[2 * j + 1] = (labels[j] ? 0.2 : 0.8) + random.uniform(-0.15, 0.15);
  }
  return { inputs, labels, classes: 2 };
}

const options: TrainOptions = { epochs: 4, miniBatchSize: 5, learningRate: 3 };

afterEach(() => vi.restoreAllMocks());

describe("train", () => {
  it("learns two clusters: validation accuracy 1 and a falling training cost", () => {
    const random = new Random(1);
    const network = new Network([2, 4, 2], { random });
    const history = train(network, twoClusters(100, random), {
      ...options, epochs: 15, validation: twoClusters(40, random), evaluateTraining: true, random,
    });
    expect(history).toHaveLength(15);
    expect(history.map((r) => r.epoch)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(history.at(-1)!.validationAccuracy).toBe(1);
    expect(history.at(-1)!.trainingAccuracy).toBe(1);
    expect(history.at(-1)!.trainingCost!).toBeLessThan(history[0]!.trainingCost! / 2);
    expect(history.every((r) => r.seconds >= 0 && r.validationCost! > 0)).toBe(true);
  });

  it("is deterministic: two runs with the same seeds give identical weights", () => {
    const data = randomDataset(60, 6, 3, new Random(4));
    const run = (): Network => {
      const network = new Network([6, 5, 3], { random: new Random(8) });
      train(network, data, { ...options, random: new Random(9), lambda: 0.1, cost: crossEntropyCost });
      return network;
    };
    const [a, b] = [run(), run()];
    a.weights.forEach((w, l) => expect(w.data).toEqual(b.weights[l]!.data));
    a.biases.forEach((t, l) => expect(t.data).toEqual(b.biases[l]!.data));
  });

  it("records only what was asked for, and calls onEpoch with each record", () => {
    const data = randomDataset(20, 3, 2, new Random(2));
    const seen: EpochRecord[] = [];
    const history = train(new Network([3, 2], { random: new Random(1) }), data, { ...options, epochs: 2, onEpoch: (r) => seen.push(r) });
    expect(seen).toEqual(history);
    expect(Object.keys(history[0]!).sort()).toEqual(["epoch", "seconds"]);
  });

  it("prints Nielsen's progress line when log is on", () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    const random = new Random(3);
    const validation = twoClusters(10, random);
    const history = train(new Network([2, 3, 2], { random }), twoClusters(30, random), { ...options, epochs: 2, validation, log: true, random });
    expect(lines).toHaveLength(2);
    const correct = Math.round(history[1]!.validationAccuracy! * 10);
    expect(lines[1]).toMatch(new RegExp(`^Epoch 2: ${correct} / 10 \\(\\d+\\.\\d s\\)$`));
    lines.length = 0;
    train(new Network([2, 3, 2], { random }), twoClusters(30, random), { ...options, epochs: 1, log: true });
    expect(lines[0]).toMatch(/^Epoch 1 complete \(\d+\.\d s\)$/);
  });

  it("stops early when validation accuracy has not improved for `patience` epochs", () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    const random = new Random(5);
    // learning rate 1e-9: nothing changes, so the first epoch stays the best and epochs 2 and 3 stall
    const history = train(new Network([2, 3, 2], { random }), twoClusters(30, random), {
      ...options, epochs: 10, learningRate: 1e-9, validation: twoClusters(10, random), earlyStopping: { patience: 2 }, log: true,
    });
    expect(history).toHaveLength(3);
    expect(lines.at(-1)).toBe("Early stopping: no better validation accuracy for 2 epochs.");
  });

  it("with restoreBest ends with the weights of the best validation epoch", () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    const data = twoClusters(40, new Random(7));
    const validation = twoClusters(20, new Random(8));
    // A record of the weights after every epoch, taken by onEpoch, to compare with what train leaves behind.
    const run = (restoreBest: boolean) => {
      const network = new Network([2, 3, 2], { random: new Random(9) });
      const after: number[][] = [];
      const history = train(network, data, {
        ...options, epochs: 12, learningRate: 8, validation, random: new Random(10), log: restoreBest,
        earlyStopping: { patience: 12, restoreBest }, onEpoch: () => void after.push([...network.weights[0]!.data]),
      });
      return { network, history, after };
    };
    const plain = run(false);
    const restored = run(true);
    const accuracies = restored.history.map((r) => r.validationAccuracy!);
    const bestEpoch = accuracies.indexOf(Math.max(...accuracies)) + 1;
    expect(bestEpoch).toBeLessThan(restored.history.length); // the test means something only if the best is not the last
    expect([...restored.network.weights[0]!.data]).toEqual(restored.after[bestEpoch - 1]);
    expect([...plain.network.weights[0]!.data]).toEqual(plain.after[plain.after.length - 1]);
    expect(lines.at(-1)).toBe(`Restored the weights of epoch ${bestEpoch}, the best on validation.`);
  });
});

describe("train rejects bad options with pinned messages", () => {
  const network = new Network([3, 2], { random: new Random(1) });
  const data = randomDataset(10, 3, 2, new Random(1));
  const cases: [Partial<Record<keyof TrainOptions, unknown>> | null, string][] = [
    [null, "train: expected options { epochs, miniBatchSize, learningRate }, got null."],
    [{ ...options, learnignRate: 3 } as never, 'train: expected options among epochs, miniBatchSize, learningRate, cost, lambda, validation, evaluateTraining, onEpoch, earlyStopping, random, log, engine, got "learnignRate". Check the spelling.'],
    [{ ...options, epochs: 0 }, "train: expected epochs as a whole number ≥ 1, got 0."],
    [{ ...options, miniBatchSize: 2.5 }, "train: expected miniBatchSize as a whole number ≥ 1, got 2.5."],
    [{ ...options, learningRate: -1 }, "train: expected a learningRate (η) > 0, got -1. Nielsen uses η = 3.0 for MNIST."],
    [{ ...options, learningRate: NaN }, "train: expected a learningRate (η) > 0, got NaN. Nielsen uses η = 3.0 for MNIST."],
    [{ ...options, lambda: -0.1 }, "train: expected lambda (λ) ≥ 0, got -0.1. λ = 0 turns weight decay off."],
    [{ ...options, cost: { name: "x" } }, "train: expected a cost with value and delta, such as quadraticCost, got an object (Object)."],
    [{ ...options, onEpoch: 3 }, "train: expected a function for onEpoch, got 3."],
    [{ ...options, random: 7 }, "train: expected a Random for random, got 7. Make one with new Random(seed)."],
    [{ ...options, engine: "turbo" }, 'train: expected engine "fast" or "textbook", got "turbo" (a string).'],
    [{ ...options, earlyStopping: { patience: 2 } }, "train: expected a validation set with earlyStopping, got none. Early stopping watches validation accuracy."],
    [{ ...options, validation: data, earlyStopping: { patience: 0 } }, "train: expected earlyStopping.patience as a whole number ≥ 1, got 0."],
    [{ ...options, validation: data, earlyStopping: { patience: 2, restoreBest: "yes" } }, 'train: expected true or false for earlyStopping.restoreBest, got "yes" (a string).'],
    [{ ...options, validation: randomDataset(5, 4, 2, new Random(1)) },
      "train: validation must have one column per input neuron, got validation.inputs [5, 4] and sizes [3, 2]. Each row of inputs is one example; the first layer needs that many inputs."],
  ];
  for (const [bad, message] of cases) {
    it(message, () => expect(() => train(network, data, bad as TrainOptions)).toThrow(message));
  }

  it("checks the training set against the network", () => {
    expect(() => train(network, randomDataset(10, 3, 4, new Random(1)), options)).toThrow(
      "train: expected training with one class per output neuron (2 for sizes [3, 2]), got 4 classes.");
    expect(() => train(network, { inputs: new Tensor([0, 3]), labels: new Uint8Array(0), classes: 2 }, options)).toThrow(
      "train: expected at least one example in training, got none.");
  });
});

describe("train never lets bad data or a diverging run pass silently", () => {
  const network = () => new Network([3, 2], { random: new Random(1) });
  const data = () => randomDataset(10, 3, 2, new Random(1));

  it("names the first label that has no output neuron, in the training and in the validation set", () => {
    const labels = data();
    labels.labels[6] = 2;
    labels.labels[8] = 7;
    expect(() => train(network(), labels, options)).toThrow(
      "train: expected training labels from 0 to 1 (one class per output neuron), got label 2 at row 6. Labels count classes from 0, so 2 classes are 0 … 1.");
    expect(() => train(network(), data(), { ...options, validation: labels })).toThrow(
      "train: expected validation labels from 0 to 1 (one class per output neuron), got label 2 at row 6. Labels count classes from 0, so 2 classes are 0 … 1.");
  });

  it("names the first input that is NaN or infinite, by row and column", () => {
    const missing = data();
    missing.inputs.data[3 * 4 + 2] = NaN; // row 4, column 2
    missing.inputs.data[3 * 7] = Infinity;
    const message = "train: expected finite numbers in training.inputs, got NaN at [4, 2] (example 4, feature 2). " +
      "Replace or drop the examples with missing values before training (notebook 03 scales pixels to 0 … 1).";
    expect(() => train(network(), missing, options)).toThrow(message);
    const infinite = data();
    infinite.inputs.data[5] = -Infinity;
    expect(() => train(network(), data(), { ...options, validation: infinite })).toThrow(
      "train: expected finite numbers in validation.inputs, got -Infinity at [1, 2] (example 1, feature 2). ");
  });

  it("stops at the epoch whose cost became NaN or infinite, says the learning rate is too large and keeps the history", () => {
    // inputs of 1e200 and η = 1e300: the first step sends the weights to ±∞, and ∞ − ∞ = NaN follows
    const huge = data();
    huge.inputs.data.forEach((v, i) => (huge.inputs.data[i] = v === 0 ? 0 : 1e200));
    let error: unknown;
    try {
      train(network(), huge, { ...options, learningRate: 1e300, evaluateTraining: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DivergedError);
    const diverged = error as DivergedError;
    expect(diverged.message).toMatch(
      /^train: a weight of layer 2 became (NaN|-?Infinity) in epoch 1: the learning rate 1e\+300 is probably too large; try one ten times smaller \(1e\+299\), notebook 07\.$/);
    expect(diverged.history).toHaveLength(0);
    // finite weights whose squares overflow: the L2 term makes the cost infinite
    const big = network();
    big.weights[0]!.data[0] = 1e200;
    expect(() => train(big, data(), { ...options, epochs: 2, learningRate: 1e-300, lambda: 1, evaluateTraining: true })).toThrow(
      "train: the training cost became Infinity in epoch 1: the learning rate 1e-300 is probably too large; try one ten times smaller (1e-301), notebook 07. The records of epochs 1 … 1 are in this error's history.");
  });

  it("without a scored cost, stops at the epoch whose weights became NaN", () => {
    const net = network();
    expect(() => train(net, data(), { ...options, learningRate: 30 })).not.toThrow(); // large but finite: no false alarm
    net.weights[0]!.data[4] = NaN; // as if a step had overflowed
    expect(() => train(net, data(), { ...options, learningRate: 30 })).toThrow(
      "train: a weight of layer 2 became NaN in epoch 1: the learning rate 30 is probably too large; try one ten times smaller (3), notebook 07.");
  });
});
