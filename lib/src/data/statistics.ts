/**
 * Looking at a dataset before learning from it (notebook 03: MNIST; notebook 09: the defect set).
 *
 *   count of class c     n_c = #{ i : label_i = c }
 *   mean image of c      x̄_c = (1 / n_c) Σ_{i : label_i = c} x_i        one mean per pixel
 *   standardised input   x′_f = (x_f − μ_f) / s_f                         μ, s: mean and spread of feature f
 *
 * Standardising puts every feature on the same scale (mean 0, standard deviation 1), so that a sigmoid
 * neuron reading a temperature of 350 °C beside a roughness of 0.8 µm is not saturated by the larger number.
 */
import { ValueError, describeValue } from "../errors";
import { Tensor } from "../tensor";
import { t } from "../i18n/translate";
import { type Dataset, checkDataset } from "./dataset";

/** Mean and standard deviation of every feature (column) of a dataset's inputs. */
export interface FeatureScale {
  /** μ_f, one per feature. */
  readonly mean: number[];
  /** s_f, one per feature (population standard deviation, 1/n). */
  readonly standardDeviation: number[];
}

/**
 * How many examples belong to each class: counts[c] = number of labels equal to c.
 * @param data a dataset (labels 0 … classes − 1)
 * @returns an array of `data.classes` counts that add up to n
 */
export function labelCounts(data: Dataset): number[] {
  checkDataset("labelCounts", data);
  const counts = new Array<number>(data.classes).fill(0);
  data.labels.forEach((label, i) => {
    if (label >= data.classes) {
      throw new ValueError("labelCounts", t`labels from 0 to ${data.classes - 1}`, t`${label} at index ${i}`);
    }
    counts[label]!++;
  });
  return counts;
}

/**
 * The mean input of each class: row c is the average of the examples labelled c, feature by feature.
 * For MNIST, row c is "the average handwritten c", 784 pixels. A class without examples gives NaN.
 * @param data inputs [n, features]
 * @returns a matrix [classes, features]
 */
export function classMeans(data: Dataset): Tensor {
  const [n, features] = checkDataset("classMeans", data);
  const counts = labelCounts(data);
  const means = new Tensor([data.classes, features]);
  const x = new Float64Array(features);
  for (let i = 0; i < n; i++) {
    const row = data.labels[i]! * features;
    data.inputs.readInto(i * features, (i + 1) * features, x);
    for (let f = 0; f < features; f++) means.data[row + f]! += x[f]!;
  }
  for (let k = 0; k < means.data.length; k++) means.data[k]! /= counts[Math.floor(k / features)]!;
  return means;
}

/**
 * The mean μ_f and standard deviation s_f of every feature over the examples of `data`.
 * @param data inputs [n, features], n ≥ 1
 */
export function featureScale(data: Dataset): FeatureScale {
  const [n, features] = checkDataset("featureScale", data);
  if (n === 0) throw new ValueError("featureScale", t`at least one example`, t`none`);
  const mean = new Array<number>(features).fill(0);
  const square = new Array<number>(features).fill(0);
  const x = new Float64Array(features);
  const eachRow = (add: (f: number) => void): void => {
    for (let i = 0; i < n; i++) {
      data.inputs.readInto(i * features, (i + 1) * features, x);
      for (let f = 0; f < features; f++) add(f);
    }
  };
  eachRow((f) => (mean[f]! += x[f]! / n));
  eachRow((f) => (square[f]! += (x[f]! - mean[f]!) ** 2 / n));
  return { mean, standardDeviation: square.map(Math.sqrt) };
}

/**
 * A copy of `data` with every feature standardised: x′_f = (x_f − μ_f) / s_f. Pass the scale of the
 * TRAINING set to standardise a test set the same way (the test set must not choose its own scale).
 * A feature that never varies (s_f = 0) is only centred.
 * @param data inputs [n, features]
 * @param scale μ and s to use; default: those of `data` itself
 * @returns a dataset with inputs [n, features], the same labels and classes
 */
export function standardize(data: Dataset, scale: FeatureScale = featureScale(data)): Dataset {
  const [n, features] = checkDataset("standardize", data);
  if (!Array.isArray(scale?.mean) || !Array.isArray(scale.standardDeviation) ||
    scale.mean.length !== features || scale.standardDeviation.length !== features) {
    throw new ValueError("standardize", t`a scale { mean, standardDeviation } with ${features} numbers each (from featureScale)`, describeValue(scale?.mean));
  }
  const inputs = new Tensor([n, features]);
  data.inputs.readInto(0, n * features, inputs.data);
  for (let k = 0; k < inputs.data.length; k++) {
    const f = k % features;
    const s = scale.standardDeviation[f]!;
    inputs.data[k] = (inputs.data[k]! - scale.mean[f]!) / (s > 0 ? s : 1);
  }
  return { ...data, inputs };
}
