/**
 * The exercises of notebook 06, "Training a network on MNIST" (미니배치 학습).
 *
 *   iterationsPerEpoch:  ⌈n / m⌉ iterations (mini-batches) per epoch: 50,000 examples in batches of 1,000 → 50
 *   splitMiniBatches:    a shuffled order of the examples cut into consecutive runs of m (the last may be shorter)
 *   sgdStep:             w → w − (η/m) Σₓ ∂Cₓ/∂w and b → b − (η/m) Σₓ ∂Cₓ/∂b for one layer
 *
 * The references are what sgd.ts does (data/split.ts's miniBatches, the step of `train`), so the
 * learner writes the pieces of the loop the notebook then runs.
 */
import { scale, subtract } from "../elementwise";
import { type Tensor, tensor } from "../tensor";
import { defineExercise } from "./check";

function iterationsPerEpochReference(n: number, miniBatchSize: number): number {
  return Math.ceil(n / miniBatchSize);
}

function splitMiniBatchesReference(order: readonly number[], miniBatchSize: number): number[][] {
  const batches: number[][] = [];
  for (let start = 0; start < order.length; start += miniBatchSize) batches.push(order.slice(start, start + miniBatchSize));
  return batches;
}

function sgdStepReference(w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, learningRate: number, miniBatchSize: number): [Tensor, Tensor] {
  const rate = learningRate / miniBatchSize;
  return [subtract(w, scale(nablaW, rate)), subtract(b, scale(nablaB, rate))];
}

defineExercise({
  id: "06-iterations-per-epoch",
  name: "iterationsPerEpoch",
  notebook: "06",
  points: 1,
  hint: "one iteration per mini-batch: n / miniBatchSize, rounded UP (Math.ceil) because a last, shorter mini-batch is still one iteration",
  reference: iterationsPerEpochReference,
  cases: [[50_000, 1_000], [50_000, 10], [10, 4], [60_000, 50_000], [7, 7], [1, 100]],
});

defineExercise({
  id: "06-mini-batches",
  name: "splitMiniBatches",
  notebook: "06",
  points: 2,
  hint: "walk through order in steps of miniBatchSize: batch k is order.slice(k·m, (k + 1)·m); keep the order as given and keep the last, shorter batch",
  reference: splitMiniBatchesReference,
  cases: [
    [[3, 0, 4, 1, 2, 5], 2],
    [[9, 2, 7, 0, 5, 1, 8, 3, 6, 4], 4],
    [[2, 0, 1], 3],
    [[1, 0], 5],
    [[], 10],
  ],
});

defineExercise({
  id: "06-sgd-step",
  name: "sgdStep",
  notebook: "06",
  points: 3,
  hint: "the gradients are SUMS over the mini-batch, so divide by m: w − (η/m)·nablaW and b − (η/m)·nablaB " +
    "(nn.subtract(w, nn.scale(nablaW, learningRate / miniBatchSize))); return [new w, new b] and leave w and b unchanged",
  reference: sgdStepReference,
  cases: [
    [tensor([[1, 2]]), tensor([[0.5]]), tensor([[4, -2]]), tensor([[2]]), 0.5, 2],
    [tensor([[0.1, -0.2, 0.3], [0, 0.5, -0.5]]), tensor([[0], [1]]), tensor([[1, 0, -1], [2, 2, 2]]), tensor([[-3], [0.5]]), 3, 10],
    [tensor([[1], [-1], [2]]), tensor([[0.2], [0.3], [-0.1]]), tensor([[0.6], [-0.9], [0.3]]), tensor([[0.1], [0.2], [0.3]]), 0.1, 1],
  ],
});
