/**
 * How good is a network? (notebook 06; accuracy again in notebooks 08 and 09.)
 *
 *   prediction = argmaxⱼ aᴸⱼ        the digit whose output neuron is most active
 *   accuracy   = correct / n
 *
 * `evaluate` counts the correct predictions like Nielsen's `evaluate` ("9012 / 10000"). The outputs
 * come from the fast forward pass of fast/ (the same numbers as `feedforward`, faster on MNIST).
 */
import { type Cost, l2Term, quadraticCost } from "./costs";
import { type Dataset, checkDataset, oneHotBatch } from "./data/dataset";
import { ShapeError, ValueError, describeValue, formatShape } from "./errors";
import { FastNetwork } from "./fast/fast-network";
import { Network } from "./network";
import { argmaxColumns } from "./reduce";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/** Cost, number correct and accuracy of a network on one dataset. */
export interface Score {
  cost: number;
  correct: number;
  accuracy: number;
}

/**
 * The predicted class of every example: inputs [n, sizes[0]] with one example per row (like a
 * Dataset's inputs), or one example as a column [sizes[0], 1]. Returns n predictions.
 */
export function predict(network: Network, inputs: Tensor): Int32Array {
  requireNetwork("predict", network);
  if (!(inputs instanceof Tensor)) throw new ValueError("predict", t`a Tensor for inputs`, describeValue(inputs));
  const features = network.sizes[0]!;
  if (inputs.rank === 2 && inputs.shape[0] === features && inputs.shape[1] === 1 && features !== 1) {
    return predict(network, inputs.reshape([1, features]));
  }
  if (inputs.rank !== 2 || inputs.shape[1] !== features) {
    throw new ShapeError("predict", t`inputs must be [n, ${features}] with one example per row`, [["inputs", inputs.shape], ["sizes", network.sizes]],
      t`Flatten each image to ${features} numbers (notebook 03).`);
  }
  return argmaxColumns(new FastNetwork(network).feedforwardRows(inputs));
}

/** The number of examples of `data` whose prediction equals the label (Nielsen's evaluate). */
export function evaluate(network: Network, data: Dataset): number {
  checkData("evaluate", network, data);
  return countCorrect(predict(network, data.inputs), data.labels);
}

/** The fraction of examples predicted correctly, from 0 to 1. */
export function accuracy(network: Network, data: Dataset): number {
  return evaluate(network, data) / data.labels.length;
}

/**
 * The cost of the network on all of `data` (averaged over its n examples, plus λ/(2n) Σ w² when
 * lambda > 0, like Nielsen's total_cost), the number correct and the accuracy.
 */
export function score(network: Network, data: Dataset, cost: Cost = quadraticCost, lambda = 0): Score {
  const n = checkData("score", network, data);
  const weightedInput = new Tensor([network.sizes[network.sizes.length - 1]!, n]);
  const outputs = new FastNetwork(network).feedforwardRows(data.inputs, weightedInput);
  const correct = countCorrect(argmaxColumns(outputs), data.labels);
  const value = cost.value(outputs, oneHotBatch(data.labels, data.classes), weightedInput) + (lambda > 0 ? l2Term(network.weights, lambda, n) : 0);
  return { cost: value, correct, accuracy: correct / n };
}

/**
 * Throws unless `data` fits `network`: inputs [n, sizes[0]] with n ≥ 1 and one class per output
 * neuron. Returns n.
 */
export function checkData(op: string, network: Network, data: Dataset, name = "data"): number {
  requireNetwork(op, network);
  const [n, features] = checkDataset(op, data);
  const outputs = network.sizes[network.sizes.length - 1]!;
  if (features !== network.sizes[0]) {
    throw new ShapeError(op, t`${name} must have one column per input neuron`, [[`${name}.inputs`, data.inputs.shape], ["sizes", network.sizes]],
      t`Each row of inputs is one example; the first layer needs that many inputs.`);
  }
  if (data.classes !== outputs) {
    throw new ValueError(op, t`${name} with one class per output neuron (${outputs} for sizes ${formatShape(network.sizes)})`,
      t`${data.classes} classes`);
  }
  if (n === 0) throw new ValueError(op, t`at least one example in ${name}`, t`none`);
  const bad = data.labels.findIndex((label) => label >= outputs);
  if (bad >= 0) {
    throw new ValueError(op, t`${name} labels from 0 to ${outputs - 1} (one class per output neuron)`, t`label ${data.labels[bad]} at row ${bad}`,
      t`Labels count classes from 0, so ${outputs} classes are 0 … ${outputs - 1}.`);
  }
  return n;
}

function requireNetwork(op: string, network: unknown): void {
  if (!(network instanceof Network)) throw new ValueError(op, t`a Network (new Network([784, 30, 10]))`, describeValue(network));
}

function countCorrect(predictions: Int32Array, labels: Uint8Array): number {
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if (predictions[i] === labels[i]) correct++;
  return correct;
}
