/**
 * The ■ (interrupt) button during `train` (notebook 06). Node stops a cell by terminating its script,
 * which no catch or finally inside train sees; a vm time limit terminates a script the same way, so it
 * stands in for the button here. Afterwards the network holds the weights of the last complete epoch.
 */
import vm from "vm";
import { describe, expect, it } from "vitest";
import { Network } from "../../lib/src/network";
import { Random } from "../../lib/src/random";
import { finishInterruptedTraining, stoppedLine, train } from "../../lib/src/sgd";
import { randomDataset } from "./network-helpers";

const data = randomDataset(300, 12, 3, new Random(5));
const options = { epochs: 50, miniBatchSize: 10, learningRate: 0.5 };

/** Runs `run` as a script that is terminated after `ms` milliseconds, as the ■ button would. */
function terminatedAfter(ms: number, run: () => void): void {
  (globalThis as Record<string, unknown>).dlbasicsTestRun = run;
  try {
    expect(() => vm.runInThisContext("globalThis.dlbasicsTestRun()", { timeout: ms })).toThrow(/timed out/);
  } finally {
    delete (globalThis as Record<string, unknown>).dlbasicsTestRun;
  }
}

describe("a training run stopped by the ■ button", () => {
  it.each(["fast", "textbook"] as const)("keeps the weights of its last complete epoch (%s engine) and says so in one line", (engine) => {
    const net = new Network([12, 8, 3], { random: new Random(9) });
    // epochs 1, 2 and 3 complete; during the report of epoch 3 (its weights already kept) the cell is stopped
    terminatedAfter(1500, () => {
      train(net, data, { ...options, engine, random: new Random(3), onEpoch: (r) => { if (r.epoch === 3) for (;;); } });
    });
    expect(finishInterruptedTraining()).toBe("Training stopped after epoch 3 of 50; the network keeps the weights of epoch 3.");
    const twin = new Network([12, 8, 3], { random: new Random(9) });
    train(twin, data, { ...options, epochs: 3, engine, random: new Random(3) });
    expect(net.weights.map((w) => Array.from(w.data))).toEqual(twin.weights.map((w) => Array.from(w.data)));
    expect(net.biases.map((b) => Array.from(b.data))).toEqual(twin.biases.map((b) => Array.from(b.data)));
    expect(finishInterruptedTraining()).toBeUndefined(); // said once
  });

  it("has nothing to finish after a run that ended, or that failed with an error", () => {
    train(new Network([12, 3]), data, { ...options, epochs: 1 });
    expect(finishInterruptedTraining()).toBeUndefined();
    expect(() => train(new Network([12, 3]), data, { ...options, onEpoch: () => { throw new Error("boom"); } })).toThrow("boom");
    expect(finishInterruptedTraining()).toBeUndefined();
  });

  it("words a stop before the first epoch ended", () => {
    expect(stoppedLine(0, 20)).toBe("Training stopped during epoch 1 of 20; the network keeps the weights it started with.");
  });
});
