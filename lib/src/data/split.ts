/**
 * Shuffling, mini-batches, stratified samples, train/test splits and k folds
 * (notebooks 06, 08 and 10).
 *
 * Everything here works on example indices 0 … n − 1 and draws its randomness from a `Random`
 * (the default generator of `setSeed` unless one is passed), so one seed gives the same split on
 * every run. "Stratified" keeps the class ratios: if 7 % of the examples are defective, about 7 %
 * of every part is too.
 */
import { ValueError, describeValue } from "../errors";
import { Random, getRandom } from "../random";
import { t } from "../i18n/translate";
import { checkDataset, subset, type Dataset } from "./dataset";

/** How big a stratified sample is: a number is a total; or `{ perClass }`, or `{ total }`. */
export type SampleSize = number | { readonly perClass: number } | { readonly total: number };

/** One fold of k-fold cross-validation: indices to train on and indices to validate on. */
export interface Fold {
  readonly training: number[];
  readonly validation: number[];
}

export interface KFoldOptions {
  /** Generator for the shuffle; default: the generator of `setSeed`. */
  readonly random?: Random;
  /** Keep the class ratios in every fold (needs labels, not a count). Default false. */
  readonly stratified?: boolean;
}

/** 0, 1, …, n − 1 in random order: the shuffle at the start of every epoch. */
export function shuffledIndices(n: number, random: Random = getRandom()): number[] {
  checkWhole("shuffledIndices", "n", n, 0);
  return checkRandom("shuffledIndices", random).permutation(n);
}

/**
 * Consecutive mini-batches of `miniBatchSize` indices. The last batch is kept even when it is
 * shorter: 10 indices in batches of 4 give sizes 4, 4, 2, so every example is used once per epoch.
 */
export function miniBatches(indices: readonly number[], miniBatchSize: number): number[][] {
  if (!Array.isArray(indices)) throw new ValueError("miniBatches", t`an array of indices`, describeValue(indices));
  checkWhole("miniBatches", "miniBatchSize", miniBatchSize, 1);
  const batches: number[][] = [];
  for (let start = 0; start < indices.length; start += miniBatchSize) batches.push(indices.slice(start, start + miniBatchSize));
  return batches;
}

/**
 * Indices of a random sample that keeps the class ratios of `labels`, in ascending order.
 * `{ perClass: 100 }` takes 100 of every class; a total is shared out in proportion to the class
 * counts (largest remainders get the leftover places), so the sizes add up exactly.
 */
export function stratifiedIndices(labels: ArrayLike<number>, size: SampleSize, random: Random = getRandom(), classes?: number): number[] {
  const groups = byClass("stratifiedIndices", labels, classes);
  const quotas = sampleQuotas(groups.map((g) => g.length), size);
  checkRandom("stratifiedIndices", random);
  return groups.flatMap((group, c) => random.sample(group, quotas[c]!)).sort((a, b) => a - b);
}

/** A stratified random sample of a dataset (rows copied, in their original order): see `stratifiedIndices`. */
export function stratifiedSample(data: Dataset, size: SampleSize, random: Random = getRandom()): Dataset {
  checkDataset("stratifiedSample", data);
  return subset(data, stratifiedIndices(data.labels, size, random, data.classes));
}

/**
 * Splits a dataset into training and test parts; the test part holds round(n · testFraction)
 * examples, both parts keep their original order. `stratified` keeps the class ratios in both.
 */
export function trainTestSplit(data: Dataset, testFraction: number, random: Random = getRandom(), stratified = false): { training: Dataset; test: Dataset } {
  const [n] = checkDataset("trainTestSplit", data);
  const testCount = Math.round(n * testFraction);
  if (typeof testFraction !== "number" || !(testFraction > 0 && testFraction < 1) || testCount === 0 || testCount === n) {
    throw new ValueError("trainTestSplit", t`a testFraction between 0 and 1 that leaves examples on both sides of ${n}`, describeValue(testFraction));
  }
  checkRandom("trainTestSplit", random);
  const test = stratified
    ? stratifiedIndices(data.labels, testCount, random, data.classes)
    : random.permutation(n).slice(0, testCount).sort((a, b) => a - b);
  return { training: subset(data, complement(test, n)), test: subset(data, test) };
}

/**
 * k folds for cross-validation over n examples (or over `labels`, to stratify). Every example is in
 * exactly one validation fold and in the training part of the other k − 1; fold sizes differ by at
 * most one; indices in each part are ascending. Stratified, every class is dealt round the folds in turn.
 */
export function kFold(examples: number | ArrayLike<number>, k: number, options: KFoldOptions = {}): Fold[] {
  const { random = getRandom(), stratified = false } = options;
  const n = typeof examples === "number" ? examples : examples?.length;
  checkWhole("kFold", t`number of examples`, n, 2);
  checkWhole("kFold", "k", k, 2);
  if (k > n) throw new ValueError("kFold", t`k folds of at least one example each, k ≤ ${n}`, describeValue(k));
  checkRandom("kFold", random);
  if (stratified && typeof examples === "number") {
    throw new ValueError("kFold", t`labels to stratify by`, t`the count ${n}`, t`Pass the labels (data.labels) instead of their number.`);
  }
  const order = stratified
    ? byClass("kFold", examples as ArrayLike<number>).flatMap((group) => random.shuffle(group))
    : random.permutation(n);
  return Array.from({ length: k }, (_, fold) => {
    const validation = order.filter((_, j) => j % k === fold).sort((a, b) => a - b);
    return { training: complement(validation, n), validation };
  });
}

/** The indices of each class: groups[c] lists, in order, the examples whose label is c. */
function byClass(op: string, labels: ArrayLike<number>, classes?: number): number[][] {
  if (labels === null || typeof labels !== "object" || typeof labels.length !== "number") {
    throw new ValueError(op, t`an array of labels`, describeValue(labels));
  }
  const groups: number[][] = Array.from({ length: classes ?? 0 }, () => []);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= (classes ?? 256)) {
      throw new ValueError(op, t`labels that are whole numbers from 0 to ${(classes ?? 256) - 1}`, t`${describeValue(label)} at position ${i}`);
    }
    while (groups.length <= label) groups.push([]);
    groups[label]!.push(i);
  }
  return groups;
}

/** How many examples of each class a stratified sample takes. */
function sampleQuotas(counts: number[], size: SampleSize): number[] {
  const n = counts.reduce((a, b) => a + b, 0);
  if (typeof size === "object" && size !== null && "perClass" in size) {
    checkWhole("stratifiedSample", "perClass", size.perClass, 0);
    const short = counts.findIndex((count) => count < size.perClass);
    if (short >= 0) {
      throw new ValueError("stratifiedSample", t`at least ${size.perClass} examples of every class`, t`${counts[short]} of class ${short}`);
    }
    return counts.map(() => size.perClass);
  }
  const total = typeof size === "number" ? size : (size as { total?: number } | null)?.total;
  checkWhole("stratifiedSample", "total", total, 0);
  if (total > n) throw new ValueError("stratifiedSample", t`a total of at most ${n} (the number of examples)`, describeValue(total));
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (total * count) / n);
  const quotas = exact.map(Math.floor);
  const byRemainder = exact.map((x, c) => [x - Math.floor(x), c] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - quotas.reduce((a, b) => a + b, 0);
  for (const [, c] of byRemainder) if (left-- > 0) quotas[c]!++;
  return quotas;
}

/** 0 … n − 1 without the (ascending) `taken`. */
function complement(taken: readonly number[], n: number): number[] {
  const used = new Uint8Array(n);
  for (const i of taken) used[i] = 1;
  const rest: number[] = [];
  for (let i = 0; i < n; i++) if (!used[i]) rest.push(i);
  return rest;
}

function checkWhole(op: string, name: string, value: unknown, min: number): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new ValueError(op, t`${name} as a whole number ≥ ${min}`, describeValue(value));
  }
}

function checkRandom(op: string, random: Random): Random {
  if (!(random instanceof Random)) throw new ValueError(op, t`a Random generator (new Random(seed))`, describeValue(random));
  return random;
}
