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
  ],
});
