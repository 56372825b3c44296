import { afterEach, describe, expect, it, vi } from "vitest";
import { score } from "../../lib/src/evaluate";
import { chooseLearningRate, describeRun, fallsSteadily, stepDecaySchedule, sweep, trainWithSchedule } from "../../lib/src/learning-rate";
import { Network } from "../../lib/src/network";
import { Random } from "../../lib/src/random";
import { train } from "../../lib/src/sgd";
import { randomDataset } from "./network-helpers";

const data = randomDataset(40, 6, 3, new Random(1));
const validation = randomDataset(20, 6, 3, new Random(2));

afterEach(() => vi.restoreAllMocks());

describe("sweep", () => {
  it("trains one fresh network per value, from epoch 0 (untrained) to the last, and prints one line per run", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const runs = sweep("η", [0.5, 3], data, (learningRate) => ({
      network: new Network([6, 4, 3], { random: new Random(7) }),
      options: { epochs: 3, miniBatchSize: 5, learningRate, evaluateTraining: true, validation, random: new Random(8) },
    }));
    expect(runs.map((r) => [r.value, r.history.map((h) => h.epoch)])).toEqual([[0.5, [0, 1, 2, 3]], [3, [0, 1, 2, 3]]]);
    // the same seed: both runs start from the same untrained network, so their epoch-0 costs agree
    expect(runs[0]!.history[0]!.trainingCost).toBe(runs[1]!.history[0]!.trainingCost);
    expect(runs[0]!.history[0]!.trainingCost).toBe(score(new Network([6, 4, 3], { random: new Random(7) }), data).cost);
    // ... and their epoch-1 costs differ, because η differs
    expect(runs[0]!.history[1]!.trainingCost).not.toBe(runs[1]!.history[1]!.trainingCost);
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[1]![0]).toBe(describeRun("η", runs[1]!));
    expect(describeRun("η", runs[1]!)).toMatch(/^η = 3: training cost \d\.\d{4} → \d\.\d{4}, validation accuracy \d+\.\d\d % \(\d+\.\d s\)$/);
  });
  it("the last epoch of a run equals a plain train with the same seeds", () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const [run] = sweep("m", [4], data, (miniBatchSize) => ({
      network: new Network([6, 4, 3], { random: new Random(3) }),
      options: { epochs: 2, miniBatchSize, learningRate: 1, evaluateTraining: true, random: new Random(4) },
    }));
    const network = new Network([6, 4, 3], { random: new Random(3) });
    const history = train(network, data, { epochs: 2, miniBatchSize: 4, learningRate: 1, evaluateTraining: true, random: new Random(4) });
    expect(run!.history[2]!.trainingCost).toBe(history[1]!.trainingCost);
    expect(describeRun("m", { value: 4, history: [{ epoch: 0, seconds: 0 }], seconds: 0.25 })).toBe("m = 4:  (0.3 s)");
  });
  it("names what is wrong with its arguments", () => {
    const setup = () => ({ network: new Network([6, 3]), options: { epochs: 1, miniBatchSize: 1, learningRate: 1 } });
    expect(() => sweep("η", [], data, setup)).toThrow("sweep: expected a non-empty array of numbers to try, got an array of length 0.");
    expect(() => sweep("η", [1], data, "setup" as never)).toThrow('sweep: expected a function value => ({ network, options }), got "setup" (a string).');
    expect(() => sweep("η", [1], data, () => ({ network: {} as Network, options: setup().options }))).toThrow(
      "sweep: expected setup to return { network: a Network, options }, got an object",
    );
  });
});

describe("choosing a learning rate", () => {
  it("a cost falls steadily when every value is finite and lower than the one before", () => {
    expect(fallsSteadily([0.5, 0.4, 0.1])).toBe(true);
    expect(fallsSteadily([0.5, 0.5])).toBe(false); // equal is not lower
    expect(fallsSteadily([0.5, Number.NaN])).toBe(false);
    expect(fallsSteadily([Infinity])).toBe(false);
    expect(fallsSteadily([0.2])).toBe(true);
  });
  it("picks the lowest final cost among the steady rates, the first on a tie, NaN when none is steady", () => {
    // 0.1 ends at 0.2, 1 at 0.1 (lowest and steady), 10 rises
    expect(chooseLearningRate([0.1, 1, 10], [[0.4, 0.2], [0.3, 0.1], [0.2, 0.3]])).toBe(1);
    expect(chooseLearningRate([1, 2], [[0.3, 0.1], [0.4, 0.1]])).toBe(1);
    expect(chooseLearningRate([1], [[0.1, 0.2]])).toBeNaN();
    expect(chooseLearningRate([1], [[]])).toBeNaN();
  });
  it("needs one array of costs per rate", () => {
    expect(() => chooseLearningRate([1, 2], [[0.1]])).toThrow("chooseLearningRate: expected one array of costs per learning rate, got an array");
    expect(() => chooseLearningRate([], [])).toThrow(
      "chooseLearningRate: expected at least one learning rate with its costs, got none (empty arrays). Sweep a few rates first, such as [0.3, 3, 30] (notebook 07).");
  });
});

describe("step decay", () => {
  it("divides η₀ by the factor after every dropEvery epochs", () => {
    // 3, 3 | 3/2, 3/2 | 3/4
    expect(stepDecaySchedule(3, 5, 2, 2)).toEqual([3, 3, 1.5, 1.5, 0.75]);
    expect(stepDecaySchedule(1, 3, 1, 1)).toEqual([1, 1, 1]); // factor 1: a constant rate
  });
  it("rejects rates, counts and factors that make no schedule", () => {
    expect(() => stepDecaySchedule(0, 5, 2, 2)).toThrow(
      "stepDecaySchedule: expected η₀ > 0, whole epochs ≥ 0, whole dropEvery ≥ 1 and factor ≥ 1, got 0, 5, 2, 2",
    );
    expect(() => stepDecaySchedule(1, 5, 2, 0.5)).toThrow("got 1, 5, 2, 0.5");
    expect(() => stepDecaySchedule(1, 5, 0, 2)).toThrow("got 1, 5, 0, 2");
    expect(() => stepDecaySchedule(1, 2.5, 1, 2)).toThrow("got 1, 2.5, 1, 2");
  });
});

describe("trainWithSchedule", () => {
  it("is train one epoch at a time with each epoch's rate, numbering the records 1 … epochs", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const seen: number[] = [];
    const network = new Network([6, 4, 3], { random: new Random(5) });
    const history = trainWithSchedule(network, data, [2, 1, 0.5], {
      miniBatchSize: 8, validation, evaluateTraining: true, random: new Random(6), log: true, onEpoch: (r) => seen.push(r.epoch),
    });
    const manual = new Network([6, 4, 3], { random: new Random(5) });
    const random = new Random(6);
    for (const learningRate of [2, 1, 0.5]) train(manual, data, { epochs: 1, miniBatchSize: 8, learningRate, random });
    expect(Array.from(network.weights[0]!.data)).toEqual(Array.from(manual.weights[0]!.data));
    expect(history.map((r) => [r.epoch, r.learningRate])).toEqual([[1, 2], [2, 1], [3, 0.5]]);
    expect(seen).toEqual([1, 2, 3]);
    expect(log.mock.calls[2]![0]).toMatch(/^Epoch 3 \(η = 0\.5\): training cost \d\.\d{4}, validation accuracy \d+\.\d\d % \(\d+\.\d s\)$/);
  });
  it("prints 'done' when nothing is scored, and needs a schedule", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    trainWithSchedule(new Network([6, 3]), data, [1], { miniBatchSize: 10, log: true });
    expect(log.mock.calls[0]![0]).toMatch(/^Epoch 1 \(η = 1\): done \(\d+\.\d s\)$/);
    expect(() => trainWithSchedule(new Network([6, 3]), data, [], { miniBatchSize: 10 })).toThrow(
      "trainWithSchedule: expected a non-empty array of learning rates, one per epoch, got an array of length 0.",
    );
  });
});
