/** Reading learning curves (diagnoseFit) and the early-stopping rule, by hand and against train's own rule. */
import { describe, expect, it } from "vitest";
import { diagnoseFit, earlyStoppingEpoch } from "../../lib/src/generalization";
import { Network } from "../../lib/src/network";
import { Random } from "../../lib/src/random";
import { train } from "../../lib/src/sgd";
import { Tensor } from "../../lib/src/tensor";

describe("diagnoseFit", () => {
  it("asks the deck's two questions in order, on the last epoch", () => {
    // last training error 0.38 > 0.05: the network has not even learned its training data
    expect(diagnoseFit([0.5, 0.38], [0.52, 0.41], 0.05, 0.05)).toBe("underfitting");
    // 0 ≤ 0.05, but the gap 0.17 − 0 > 0.05
    expect(diagnoseFit([0.3, 0], [0.35, 0.17], 0.05, 0.05)).toBe("overfitting");
    // 0.03 ≤ 0.05 and the gap 0.06 − 0.03 = 0.03 ≤ 0.05
    expect(diagnoseFit([0.2, 0.03], [0.22, 0.06], 0.05, 0.05)).toBe("good fit");
    // both problems at once: underfitting is asked first
    expect(diagnoseFit([0.1], [0.4], 0.05, 0.05)).toBe("underfitting");
    // only the last epoch counts: 0.01 early on does not help
    expect(diagnoseFit([0.01, 0.2], [0.3, 0.22], 0.05, 0.05)).toBe("underfitting");
  });
  it("treats the limits as acceptable (strictly above fails)", () => {
    // 0.1 − 0.05 = 0.05 exactly in binary floating point: not above the gap
    expect(diagnoseFit([0.05], [0.1], 0.05, 0.05)).toBe("good fit");
  });
  it("names a bad curve or limit", () => {
    expect(() => diagnoseFit([], [0.1], 0.05, 0.05)).toThrow(
      "diagnoseFit: expected trainingErrors as a non-empty array of numbers, one per epoch, got an array of length 0.");
    expect(() => diagnoseFit([0.1, NaN], [0.1, 0.2], 0.05, 0.05)).toThrow("diagnoseFit: expected finite numbers in trainingErrors, got NaN at epoch 2.");
    expect(() => diagnoseFit([0.1], [0.2], -1, 0.05)).toThrow("diagnoseFit: expected acceptableError as a number ≥ 0, got -1.");
    expect(() => diagnoseFit([0.1], [0.2], 0.05, NaN)).toThrow("diagnoseFit: expected acceptableGap as a number ≥ 0, got NaN.");
  });
});

describe("earlyStoppingEpoch", () => {
  it("stops `patience` epochs after the best so far", () => {
    // best 0.7 at epoch 3; epochs 4, 5, 6 are lower: 6 − 3 = 3 ≥ 3 → stop after epoch 6
    expect(earlyStoppingEpoch([0.5, 0.6, 0.7, 0.65, 0.68, 0.66, 0.69], 3)).toEqual({ stopEpoch: 6, bestEpoch: 3 });
    // always improving: runs to the end, the last epoch is the best
    expect(earlyStoppingEpoch([0.5, 0.6, 0.7, 0.8], 2)).toEqual({ stopEpoch: 4, bestEpoch: 4 });
    // a tie is not an improvement: best stays epoch 1, 3 − 1 = 2
    expect(earlyStoppingEpoch([0.8, 0.8, 0.8, 0.8], 2)).toEqual({ stopEpoch: 3, bestEpoch: 1 });
    expect(earlyStoppingEpoch([0.1], 5)).toEqual({ stopEpoch: 1, bestEpoch: 1 });
  });
  it("names a bad patience", () => {
    expect(() => earlyStoppingEpoch([0.5], 0)).toThrow("earlyStoppingEpoch: expected a patience as a whole number ≥ 1, got 0.");
    expect(() => earlyStoppingEpoch([0.5], 1.5)).toThrow("earlyStoppingEpoch: expected a patience as a whole number ≥ 1, got 1.5.");
  });
  it("stops where train's earlyStopping option stops", () => {
    // a tiny noisy problem: 2 inputs, 2 classes, labels that no network can learn exactly
    const random = new Random(5);
    const n = 40;
    const inputs = new Tensor([n, 2], Float64Array.from({ length: 2 * n }, () => random.uniform()));
    const labels = Uint8Array.from({ length: n }, (_, i) => (inputs.data[2 * i]! + 0.3 * random.gaussian() > 0.5 ? 1 : 0));
    const training = { inputs, labels, classes: 2 };
    const validation = { inputs: new Tensor([n, 2], inputs.data.map((v) => 1 - v)), labels, classes: 2 };
    const options = { epochs: 60, miniBatchSize: 4, learningRate: 2, validation };
    const full = train(new Network([2, 3, 2], { random: new Random(1) }), training, { ...options, random: new Random(2) });
    const stopped = train(new Network([2, 3, 2], { random: new Random(1) }), training, { ...options, random: new Random(2), earlyStopping: { patience: 4 } });
    const rule = earlyStoppingEpoch(full.map((r) => r.validationAccuracy!), 4);
    expect(rule.stopEpoch).toBeLessThan(60); // the example really stops early
    expect(stopped.length).toBe(rule.stopEpoch);
  });
});
