/**
 * Hyperparameter sweeps and the learning rate (notebook 07, 적절한 Learning rate 찾기).
 *
 *   sweep:     one fresh network per value of a hyperparameter, trained for a few epochs; C after each epoch
 *   choose:    among the rates whose training cost fell at every epoch, the one with the lowest final cost
 *   schedule:  ηₑ = η₀ / factor^⌊(e − 1) / dropEvery⌋ (step decay), trained one epoch at a time
 *
 * A sweep is only fair when the runs differ in the one value swept: `setup` should build every network
 * from the same seed (new Random(seed)) and shuffle with the same seed, as notebook 07 does.
 */
import type { Dataset } from "./data/dataset";
import { ValueError, describeValue } from "./errors";
import { score } from "./evaluate";
import { Network } from "./network";
import { type EpochRecord, type TrainOptions, train } from "./sgd";
import { t } from "./i18n/translate";

/** One run of a sweep: the value tried and the records of epochs 0 (before training) … epochs. */
export interface SweepRun {
  value: number;
  history: EpochRecord[];
  /** Seconds for the whole run. */
  seconds: number;
}

/**
 * For each value, `setup(value)` makes a new network and its training options; the network is trained
 * on `training` and one line per run is printed: `η = 3: training cost 0.4512 → 0.0193, validation
 * accuracy 91.20 % (2.1 s)`. Epoch 0 records the untrained network, so every curve starts at its cost.
 */
export function sweep(name: string, values: readonly number[], training: Dataset,
  setup: (value: number) => { network: Network; options: TrainOptions }): SweepRun[] {
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === "number" && Number.isFinite(v))) {
    throw new ValueError("sweep", t`a non-empty array of numbers to try`, describeValue(values));
  }
  if (typeof setup !== "function") throw new ValueError("sweep", t`a function value => ({ network, options })`, describeValue(setup));
  return values.map((value) => {
    const start = performance.now();
    const { network, options } = setup(value);
    if (!(network instanceof Network)) throw new ValueError("sweep", t`setup to return { network: a Network, options }`, describeValue(network));
    const history = [initialRecord(network, training, options), ...train(network, training, options)];
    const run = { value, history, seconds: (performance.now() - start) / 1000 };
    console.log(describeRun(name, run));
    return run;
  });
}

/** `η = 3: training cost 0.4512 → 0.0193, validation accuracy 91.20 % (2.1 s)`: what a run reached. */
export function describeRun(name: string, run: SweepRun): string {
  const first = run.history[0]!;
  const last = run.history[run.history.length - 1]!;
  const parts: string[] = [];
  if (last.trainingCost !== undefined) parts.push(t`training cost ${first.trainingCost!.toFixed(4)} → ${last.trainingCost.toFixed(4)}`);
  if (last.validationAccuracy !== undefined) parts.push(t`validation accuracy ${(last.validationAccuracy * 100).toFixed(2)} %`);
  return `${name} = ${run.value}: ${parts.join(", ")} (${run.seconds.toFixed(1)} s)`;
}

/** True when every cost is finite and lower than the one before it (a single cost counts as steady). */
export function fallsSteadily(costs: readonly number[]): boolean {
  return costs.every((c, i) => Number.isFinite(c) && (i === 0 || c < costs[i - 1]!));
}

/**
 * From a sweep: learningRates[i] was trained and gave the costs costs[i] (one per epoch). Returns the
 * rate whose last cost is lowest among those whose cost fell at every epoch (the first on a tie), or
 * NaN when none did: then sweep again with smaller rates.
 */
export function chooseLearningRate(learningRates: readonly number[], costs: ReadonlyArray<readonly number[]>): number {
  if (!Array.isArray(learningRates) || !Array.isArray(costs) || learningRates.length !== costs.length) {
    throw new ValueError("chooseLearningRate", t`one array of costs per learning rate`,
      t`${describeValue(learningRates)} and ${describeValue(costs)}`);
  }
  if (learningRates.length === 0) {
    throw new ValueError("chooseLearningRate", t`at least one learning rate with its costs`, t`none (empty arrays)`,
      t`Sweep a few rates first, such as [0.3, 3, 30] (notebook 07).`);
  }
  let best = Number.NaN;
  let bestCost = Infinity;
  learningRates.forEach((rate, i) => {
    const c = costs[i]!;
    if (c.length > 0 && fallsSteadily(c) && c[c.length - 1]! < bestCost) {
      best = rate;
      bestCost = c[c.length - 1]!;
    }
  });
  return best;
}

/** Step decay: the rate of epochs 1 … epochs, η₀ divided by `factor` after every `dropEvery` epochs. */
export function stepDecaySchedule(initialRate: number, epochs: number, dropEvery: number, factor: number): number[] {
  if (!(initialRate > 0) || !Number.isInteger(epochs) || epochs < 0 || !Number.isInteger(dropEvery) || dropEvery < 1 || !(factor >= 1)) {
    throw new ValueError("stepDecaySchedule", t`η₀ > 0, whole epochs ≥ 0, whole dropEvery ≥ 1 and factor ≥ 1`,
      `${describeValue(initialRate)}, ${describeValue(epochs)}, ${describeValue(dropEvery)}, ${describeValue(factor)}`);
  }
  return Array.from({ length: epochs }, (_, e) => initialRate / factor ** Math.floor(e / dropEvery));
}

/**
 * `train` with a learning rate per epoch: epoch e uses schedule[e − 1] (the number of epochs is the
 * schedule's length). Records are numbered 1 … epochs and carry the rate used; onEpoch sees each.
 */
export function trainWithSchedule(network: Network, training: Dataset, schedule: readonly number[],
  options: Omit<TrainOptions, "epochs" | "learningRate" | "earlyStopping">): Array<EpochRecord & { learningRate: number }> {
  if (!Array.isArray(schedule) || schedule.length === 0) {
    throw new ValueError("trainWithSchedule", t`a non-empty array of learning rates, one per epoch`, describeValue(schedule));
  }
  const { onEpoch, log, ...rest } = options;
  return schedule.map((learningRate, e) => {
    const [record] = train(network, training, { ...rest, epochs: 1, learningRate });
    const numbered = { ...record!, epoch: e + 1, learningRate };
    if (log) console.log(t`Epoch ${e + 1} (η = ${learningRate}): ${describeScores(numbered)}`);
    onEpoch?.(numbered);
    return numbered;
  });
}

function describeScores(record: EpochRecord): string {
  const parts: string[] = [];
  if (record.trainingCost !== undefined) parts.push(t`training cost ${record.trainingCost.toFixed(4)}`);
  if (record.validationAccuracy !== undefined) parts.push(t`validation accuracy ${(record.validationAccuracy * 100).toFixed(2)} %`);
  return `${parts.join(", ") || t`done`} (${record.seconds.toFixed(1)} s)`;
}

/** Epoch 0: the untrained network scored on what `train` will score after each epoch. */
function initialRecord(network: Network, training: Dataset, options: TrainOptions): EpochRecord {
  const record: EpochRecord = { epoch: 0, seconds: 0 };
  const cost = options.cost;
  if (options.evaluateTraining) ({ cost: record.trainingCost, accuracy: record.trainingAccuracy } = score(network, training, cost, options.lambda ?? 0));
  if (options.validation) ({ cost: record.validationCost, accuracy: record.validationAccuracy } = score(network, options.validation, cost, options.lambda ?? 0));
  return record;
}
