/**
 * The options of `train` (sgd.ts, notebook 06), checked before the first epoch so that a typo
 * fails at once with a sentence instead of after minutes of training or as a NaN cost.
 */
import type { Cost } from "./costs";
import { quadraticCost } from "./costs";
import { ValueError, describeValue } from "./errors";
import { checkData } from "./evaluate";
import type { Network } from "./network";
import { Random } from "./random";
import type { TrainOptions } from "./sgd";
import { requireFiniteInputs } from "./train-checks";
import { t } from "./i18n/translate";

/** TrainOptions with every default filled in. */
export type CheckedTrainOptions = TrainOptions & { cost: Cost; lambda: number; engine: "fast" | "textbook" };

const KNOWN = ["epochs", "miniBatchSize", "learningRate", "cost", "lambda", "validation", "evaluateTraining",
  "onEpoch", "earlyStopping", "random", "log", "engine"];

/** Throws a ValueError naming the first bad option; returns the options with defaults filled in. */
export function checkTrainOptions(network: Network, options: TrainOptions): CheckedTrainOptions {
  if (options === null || typeof options !== "object") {
    throw new ValueError("train", t`options { epochs, miniBatchSize, learningRate }`, describeValue(options));
  }
  const unknown = Object.keys(options).find((key) => !KNOWN.includes(key));
  if (unknown !== undefined) throw new ValueError("train", t`options among ${KNOWN.join(", ")}`, `"${unknown}"`, t`Check the spelling.`);
  wholeNumber("epochs", options.epochs);
  wholeNumber("miniBatchSize", options.miniBatchSize);
  if (typeof options.learningRate !== "number" || !(options.learningRate > 0) || !Number.isFinite(options.learningRate)) {
    throw new ValueError("train", t`a learningRate (η) > 0`, describeValue(options.learningRate), t`Nielsen uses η = 3.0 for MNIST.`);
  }
  const lambda = options.lambda ?? 0;
  if (typeof lambda !== "number" || !(lambda >= 0) || !Number.isFinite(lambda)) {
    throw new ValueError("train", t`lambda (λ) ≥ 0`, describeValue(lambda), t`λ = 0 turns weight decay off.`);
  }
  const cost = options.cost ?? quadraticCost;
  if (typeof cost?.value !== "function" || typeof cost.delta !== "function") {
    throw new ValueError("train", t`a cost with value and delta, such as quadraticCost`, describeValue(cost));
  }
  if (options.validation !== undefined) {
    checkData("train", network, options.validation, "validation");
    requireFiniteInputs("train", options.validation, "validation");
  }
  checkRest(options);
  return { ...options, cost, lambda, engine: options.engine ?? "fast" };
}

function checkRest(options: TrainOptions): void {
  if (options.onEpoch !== undefined && typeof options.onEpoch !== "function") {
    throw new ValueError("train", t`a function for onEpoch`, describeValue(options.onEpoch));
  }
  if (options.random !== undefined && !(options.random instanceof Random)) {
    throw new ValueError("train", t`a Random for random`, describeValue(options.random), t`Make one with new Random(seed).`);
  }
  if (options.engine !== undefined && options.engine !== "fast" && options.engine !== "textbook") {
    throw new ValueError("train", t`engine "fast" or "textbook"`, describeValue(options.engine));
  }
  if (options.earlyStopping !== undefined) {
    if (options.validation === undefined) {
      throw new ValueError("train", t`a validation set with earlyStopping`, t`none`, t`Early stopping watches validation accuracy.`);
    }
    wholeNumber("earlyStopping.patience", options.earlyStopping?.patience);
    const restoreBest = options.earlyStopping.restoreBest;
    if (restoreBest !== undefined && typeof restoreBest !== "boolean") {
      throw new ValueError("train", t`true or false for earlyStopping.restoreBest`, describeValue(restoreBest));
    }
  }
}

function wholeNumber(name: string, value: unknown): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new ValueError("train", t`${name} as a whole number ≥ 1`, describeValue(value));
  }
}
