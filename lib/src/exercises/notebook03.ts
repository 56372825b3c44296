/**
 * The exercises of notebook 03, "Neural networks and MNIST" (인공신경망, 필기체 숫자 인식).
 *
 *   oneHot:         the label as a column of length 10 (정답 라벨은 길이 10의 열벡터): 3 → [0, 0, 0, 1, 0, …, 0]
 *   predictedDigit: the prediction read from an output vector, argmaxⱼ aⱼ (ties: the first index)
 *   meanImageOf:    the pixel-wise mean of the images of one digit, x̄_c = (1 / n_c) Σ_{label = c} x
 *
 * The learner works on plain number arrays; the library's oneHot, argmax and classMeans do the same on
 * tensors and datasets (tests/lib/exercises/notebook03.test.ts checks they agree).
 */
import { defineExercise } from "./check";

function oneHotReference(label: number, classes: number): number[] {
  const y = new Array<number>(classes).fill(0);
  y[label] = 1;
  return y;
}

function predictedDigitReference(output: readonly number[]): number {
  let best = 0;
  for (let j = 1; j < output.length; j++) if (output[j]! > output[best]!) best = j;
  return best;
}

function meanImageOfReference(images: readonly number[][], labels: readonly number[], digit: number): number[] {
  const sum = new Array<number>(images[0]!.length).fill(0);
  let count = 0;
  images.forEach((image, i) => {
    if (labels[i] !== digit) return;
    image.forEach((pixel, k) => (sum[k]! += pixel));
    count++;
  });
  return sum.map((total) => total / count);
}

defineExercise({
  id: "03-one-hot",
  name: "oneHot",
  notebook: "03",
  points: 1,
  hint: "an array of `classes` zeros with a single 1 at index `label` (digits count from 0): oneHot(3, 10) = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]",
  reference: oneHotReference,
  cases: [
    [3, 10],
    [0, 10],
    [9, 10],
    [1, 2],
    [0, 1],
  ],
  mistakes: [
    { hint: "it looks like the digits count from 1: label 3 goes at index 3 (the 4th entry), since label 0 is index 0", answer: (label: number, classes: number) => oneHotReference(label - 1, classes) },
    { hint: "it looks like the 1 is counted from the end: put it at index `label`", answer: (label: number, classes: number) => oneHotReference(classes - 1 - label, classes) },
    { hint: "it looks like the length is fixed at 10: the array has `classes` entries (2 classes → [0, 1])", answer: (label: number) => oneHotReference(label, 10) },
    { hint: "it looks like every index up to the label gets a 1: only index `label` is 1, the others stay 0", answer: (label: number, classes: number) => Array.from({ length: classes }, (_, i) => (i <= label ? 1 : 0)) },
    { hint: "it looks like the label itself: return the array of `classes` numbers, all 0 but a 1 at index `label`", answer: (label: number) => label },
  ],
});

defineExercise({
  id: "03-argmax",
  name: "predictedDigit",
  notebook: "03",
  points: 1,
  hint: "keep the index of the largest value so far, starting from index 0 (outputs may be negative); move it only when a value is strictly larger, so a tie keeps the first index",
  reference: predictedDigitReference,
  cases: [
    [[0.1, 0.7, 0.2]],
    [[0.02, 0.1, 0.05, 0.01, 0.9, 0.3, 0.2, 0.1, 0.05, 0.4]],
    [[-1, -3, -0.5]],
    [[0.5, 0.5, 0.2]],
    [[0.3]],
    [[3e-9, 1e-9, 4e-9]],
  ],
  mistakes: [
    { hint: "it looks like the search starts from the value 0: outputs may all be negative ([-1, -3, -0.5] → 2), so start from index 0's value", answer: (output: number[]) => {
      let best = 0;
      let largest = 0;
      output.forEach((a, j) => { if (a > largest) [best, largest] = [j, a]; });
      return best;
    } },
    { hint: "it looks like the largest value: return its INDEX (0.7 is at index 1)", answer: (output: number[]) => Math.max(...output) },
    { hint: "it looks like a tie keeps the LAST index: move only when a value is strictly larger (>), so [0.5, 0.5, 0.2] → 0", answer: (output: number[]) => {
      let best = 0;
      output.forEach((a, j) => { if (a >= output[best]!) best = j; });
      return best;
    } },
    { hint: "it looks like the index of the SMALLEST value: keep the largest (>)", answer: (output: number[]) => output.indexOf(Math.min(...output)) },
    { hint: "it looks like the index counts from 1: the first output is index 0", answer: (output: number[]) => predictedDigitReference(output) + 1 },
    { hint: "it looks like values closer than some tolerance count as ties: compare exactly, 4e-9 > 3e-9", answer: (output: number[]) => {
      let best = 0;
      output.forEach((a, j) => { if (a - output[best]! > 1e-6) best = j; });
      return best;
    } },
  ],
});

defineExercise({
  id: "03-mean-image",
  name: "meanImageOf",
  notebook: "03",
  points: 2,
  hint: "add up, pixel by pixel, only the images whose label is `digit`, then divide every sum by how many such images there were (not by all the images)",
  reference: meanImageOfReference,
  cases: [
    [[[0, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1]], [7, 7, 2], 7],
    [[[0, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1]], [7, 7, 2], 2],
    [[[0.2, 0.4], [0.4, 0.8], [0.9, 0]], [1, 1, 1], 1],
    [[[0.5], [1], [0], [0.25]], [3, 5, 3, 3], 3],
    [[[0.1, 0.7], [0.2, 0.3], [0.4, 0.35]], [6, 6, 6], 6],
  ],
  mistakes: [
    { hint: "it looks like the sums are divided by ALL the images: divide by how many images have the label `digit`", answer: (images: number[][], labels: number[], digit: number) =>
      meanImageOfReference(images, labels, digit).map((mean) => (mean * labels.filter((l) => l === digit).length) / images.length) },
    { hint: "it looks like the sums are not divided: the mean is the sum divided by the number of images of the digit", answer: (images: number[][], labels: number[], digit: number) =>
      meanImageOfReference(images, labels, digit).map((mean) => mean * labels.filter((l) => l === digit).length) },
    { hint: "it looks like every image is used: add only the images whose label is `digit`", answer: (images: number[][], labels: number[]) => meanImageOfReference(images, labels.map(() => 0), 0) },
    { hint: "it looks like the images of the OTHER digits: keep the images whose label equals `digit`", answer: (images: number[][], labels: number[], digit: number) =>
      meanImageOfReference(images, labels.map((l) => (l === digit ? -1 : 0)), 0) },
    { hint: "it looks rounded: keep every digit (0.7 / 3 = 0.233333…), the check compares to 1e-6", answer: (images: number[][], labels: number[], digit: number) =>
      meanImageOfReference(images, labels, digit).map((mean) => Math.round(mean * 100) / 100) },
  ],
});
