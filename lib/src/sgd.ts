/**
 * Mini-batch stochastic gradient descent (notebook 06; L2 weight decay and early stopping: notebooks 07, 08).
 *
 *   w → (1 − ηλ/n) w − (η/m) Σₓ ∂Cₓ/∂w        b → b − (η/m) Σₓ ∂Cₓ/∂b
 *
 * over mini-batches of m examples drawn from a new shuffle of the n training examples every epoch
 * (λ = 0: plain SGD, Nielsen's network.py; λ > 0: network2.py). One flat loop, as in network.py's SGD.
 */
import { backprop } from "./backprop";
import type { Cost } from "./costs";
import { type Dataset, batchColumns } from "./data/dataset";
import { miniBatches, shuffledIndices } from "./data/split";
import { scale, subtract } from "./elementwise";
import { checkData, score } from "./evaluate";
import { FastNetwork } from "./fast/fast-network";
import { earlyStoppingEpoch } from "./generalization";
import type { Network } from "./network";
import { type Random, getRandom } from "./random";
import { checkTrainOptions } from "./train-options";
import { checkCostsFinite, checkWeightsFinite, requireFiniteInputs } from "./train-checks";
import { t } from "./i18n/translate";

export interface TrainOptions {
  epochs: number;
  miniBatchSize: number;
  /** η > 0. */
  learningRate: number;
  /** Default quadraticCost (the deck's). */
  cost?: Cost;
  /** L2 weight decay λ ≥ 0 (default 0: none). */
  lambda?: number;
  /** Scored after every epoch: validationCost and validationAccuracy. */
  validation?: Dataset;
  /** Also score the training set after every epoch (costs one more pass over it). */
  evaluateTraining?: boolean;
  /** Called after every epoch with its record: live progress, plots. */
  onEpoch?: (record: EpochRecord) => void;
  /**
   * Stop when validation accuracy has not improved for `patience` epochs in a row (needs validation).
   * With `restoreBest`, the network ends with the weights of its best validation epoch.
   */
  earlyStopping?: { patience: number; restoreBest?: boolean };
  /** Generator for the shuffles (default: the one `setSeed` resets). */
  random?: Random;
  /** Print "Epoch 3: 9012 / 10000" after every epoch (default false). */
  log?: boolean;
  /** "fast" (default): the kernels of fast/; "textbook": backprop.ts as written. Same numbers. */
  engine?: "fast" | "textbook";
}

/** What one epoch did: costs and accuracies (0 … 1) of the sets that were scored, and its time. */
export interface EpochRecord {
  epoch: number;
  trainingCost?: number;
  trainingAccuracy?: number;
  validationCost?: number;
  validationAccuracy?: number;
  /** Seconds for the epoch, training and scoring together. */
  seconds: number;
}

/** Trains `network` in place on `training` (inputs [n, sizes[0]]) and returns one record per epoch. */
export function train(network: Network, training: Dataset, options: TrainOptions): EpochRecord[] {
  const n = checkData("train", network, training, "training");
  requireFiniteInputs("train", training, "training");
  const o = checkTrainOptions(network, options);
  const { learningRate, miniBatchSize, cost, lambda } = o;
  const fast = o.engine === "fast" ? new FastNetwork(network) : undefined;
  const random = o.random ?? getRandom();
  const history: EpochRecord[] = [];
  let best: Snapshot | undefined;
  const run = startRun(network, o.epochs);
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      const start = performance.now();
      // shuffle: a new random order of the training examples every epoch
      const order = shuffledIndices(n, random);
      // mini-batches: consecutive runs of miniBatchSize examples in that order (the last may be shorter)
      for (const batch of miniBatches(order, miniBatchSize)) {
        if (fast) fast.step(training, batch, learningRate, cost, 1 - (learningRate * lambda) / n);
        else {
          const m = batch.length;
          const { inputs, targets } = batchColumns(training, batch);
          // backprop: the gradient summed over the mini-batch
          const { nablaB, nablaW } = backprop(network, inputs, targets, cost);
          // average and step: w → (1 − ηλ/n) w − (η/m) Σ ∂C/∂w, b → b − (η/m) Σ ∂C/∂b
          network.weights.forEach((w, l) => w.data.set(subtract(scale(w, 1 - (learningRate * lambda) / n), scale(nablaW[l]!, learningRate / m)).data));
          network.biases.forEach((b, l) => b.data.set(subtract(b, scale(nablaB[l]!, learningRate / m)).data));
        }
      }
      fast?.store(network);
      checkWeightsFinite("train", network, epoch, learningRate, history); // diverged: a weight that is NaN or ±∞
      // evaluate: cost and accuracy of the requested sets, for the learning curves
      const record: EpochRecord = { epoch, seconds: 0 };
      if (o.evaluateTraining) ({ cost: record.trainingCost, accuracy: record.trainingAccuracy } = score(network, training, cost, lambda));
      if (o.validation) ({ cost: record.validationCost, accuracy: record.validationAccuracy } = score(network, o.validation, cost, lambda));
      record.seconds = (performance.now() - start) / 1000;
      history.push(record);
      // diverged: a cost that is NaN or infinite stops the run here (η too large, notebook 07)
      checkCostsFinite("train", record, learningRate, history);
      // the epoch is complete: record it before saying so, so that ■ after "Epoch N complete" keeps epoch N
      run.completed = snapshot(network, epoch);
      if (o.log) console.log(progressLine(record, o.validation));
      o.onEpoch?.(record);
      // early stopping: keep the best epoch's weights if asked; stop after `patience` epochs without a better one
      const stalled = o.earlyStopping ? stalledEpochs(history, o.earlyStopping.patience) : 0;
      if (o.earlyStopping?.restoreBest && stalled === 0) best = snapshot(network, epoch);
      if (o.earlyStopping && stalled >= o.earlyStopping.patience) {
        if (o.log) console.log(t`Early stopping: no better validation accuracy for ${o.earlyStopping.patience} epochs.`);
        break;
      }
    }
  } finally {
    activeRun = undefined; // not reached when the ■ button terminates the cell: see finishInterruptedTraining
  }
  if (best) restore(network, best, o.log);
  return history;
}

/**
 * The run in progress, for the ■ (interrupt) button. Node stops a cell by terminating it, which no
 * `catch` or `finally` inside train can see; so train records the weights of its last complete epoch
 * here, and the course kernel calls `finishInterruptedTraining` when a cell was stopped.
 */
interface Run {
  network: Network;
  epochs: number;
  completed: Snapshot;
}
let activeRun: Run | undefined;

function startRun(network: Network, epochs: number): Run {
  activeRun = { network, epochs, completed: snapshot(network, 0) };
  return activeRun;
}

/**
 * After a cell was stopped by the ■ button: gives a training run that was cut off the weights of its
 * last complete epoch and returns the line that says so, or undefined when no run was cut off.
 */
export function finishInterruptedTraining(): string | undefined {
  const run = activeRun;
  if (!run) return undefined;
  activeRun = undefined;
  restore(run.network, run.completed, false);
  return stoppedLine(run.completed.epoch, run.epochs);
}

/** "Training stopped after epoch 4 of 20; the network keeps the weights of epoch 4." */
export function stoppedLine(epoch: number, epochs: number): string {
  if (epoch === 0) return t`Training stopped during epoch 1 of ${epochs}; the network keeps the weights it started with.`;
  return t`Training stopped after epoch ${epoch} of ${epochs}; the network keeps the weights of epoch ${epoch}.`;
}

/** The weights and biases of one epoch, copied. */
interface Snapshot {
  epoch: number;
  parameters: Float64Array[];
}

function snapshot(network: Network, epoch: number): Snapshot {
  return { epoch, parameters: [...network.weights, ...network.biases].map((t) => t.data.slice()) };
}

function restore(network: Network, best: Snapshot, log: boolean | undefined): void {
  [...network.weights, ...network.biases].forEach((t, i) => t.data.set(best.parameters[i]!));
  if (log) console.log(t`Restored the weights of epoch ${best.epoch}, the best on validation.`);
}

/** "Epoch 3: 9012 / 10000 (1.9 s)" with a validation set, else "Epoch 3 complete (1.9 s)". */
function progressLine(record: EpochRecord, validation: Dataset | undefined): string {
  const seconds = `(${record.seconds.toFixed(1)} s)`;
  if (!validation) return t`Epoch ${record.epoch} complete ${seconds}`;
  const n = validation.labels.length;
  return t`Epoch ${record.epoch}: ${Math.round(record.validationAccuracy! * n)} / ${n} ${seconds}`;
}

/** How many epochs have passed since the best validation accuracy so far (0 if the last is the best). */
function stalledEpochs(history: readonly EpochRecord[], patience: number): number {
  // The rule of notebook 08 (generalization.ts); training breaks as soon as it says stop.
  return history.length - earlyStoppingEpoch(history.map((r) => r.validationAccuracy!), patience).bestEpoch;
}
