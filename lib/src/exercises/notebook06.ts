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
  mistakes: [
    { hint: "it looks rounded DOWN (Math.floor): the last, shorter mini-batch is an iteration too, so round up with Math.ceil (10 in batches of 4: 4 + 4 + 2 = 3 iterations)", answer: (n: number, m: number) => Math.floor(n / m) },
    { hint: "it looks rounded to the nearest (Math.round): 60,000 in batches of 50,000 are 2 iterations; round up with Math.ceil", answer: (n: number, m: number) => Math.round(n / m) },
    { hint: "it looks like n / miniBatchSize unrounded: a count of iterations is a whole number, Math.ceil(n / miniBatchSize)", answer: (n: number, m: number) => n / m },
    { hint: "it looks like Math.floor(n / m) + 1: when miniBatchSize divides n there is no extra batch (7 in batches of 7: 1 iteration); use Math.ceil", answer: (n: number, m: number) => Math.floor(n / m) + 1 },
    { hint: "it looks like miniBatchSize / n: divide the number of examples by the mini-batch size", answer: (n: number, m: number) => Math.ceil(m / n) },
  ],
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
  caseHints: [undefined, undefined, undefined, undefined, "an empty order has no mini-batches: return [] (a loop that runs while start < order.length)"],
  mistakes: [
    { hint: "it looks like the last, shorter mini-batch is dropped: keep it, every example is used once per epoch", answer: (order: number[], m: number) => splitMiniBatchesReference(order, m).filter((batch) => batch.length === m) },
    { hint: "it looks like the indices are sorted: keep them in the shuffled order given", answer: (order: number[], m: number) => splitMiniBatchesReference([...order].sort((a, b) => a - b), m) },
    { hint: "it looks like miniBatchSize batches: miniBatchSize is the SIZE of each batch, not how many there are", answer: (order: number[], m: number) =>
      splitMiniBatchesReference(order, Math.max(1, Math.ceil(order.length / m))) },
    { hint: "it looks like one index too few per batch: order.slice(start, start + miniBatchSize) already stops before its end", answer: (order: number[], m: number) =>
      splitMiniBatchesReference(order, m).map((batch) => batch.slice(0, Math.max(1, m - 1))) },
    { hint: "it looks like the indices are dealt out in turns: a mini-batch is a run of CONSECUTIVE indices, order.slice(k·m, (k + 1)·m)", answer: (order: number[], m: number) => {
      const count = Math.ceil(order.length / m);
      return Array.from({ length: count }, (_, k) => order.filter((_, i) => i % count === k));
    } },
    { hint: "it looks like an empty mini-batch for an empty order: return [] when there is nothing to cut", answer: (order: number[], m: number) => (order.length === 0 ? [[]] : splitMiniBatchesReference(order, m)) },
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
    [tensor([[0.123, -0.456]]), tensor([[0.789]]), tensor([[0.5, 0.25]]), tensor([[-0.7]]), 0.37, 3],
  ],
  mistakes: [
    { hint: "it looks like the gradients are not divided by m: they are SUMS over the mini-batch, so the step is (η/m)·nablaW",
      answer: (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number) => sgdStepReference(w, b, nablaW, nablaB, eta, 1) },
    { hint: "it looks like a step uphill: w − (η/m)·nablaW, with a minus",
      answer: (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number, m: number) => sgdStepReference(w, b, nablaW, nablaB, -eta, m) },
    { hint: "it looks like η·m: the rate is η DIVIDED by m, learningRate / miniBatchSize",
      answer: (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number, m: number) => sgdStepReference(w, b, nablaW, nablaB, eta * m * m, m) },
    { hint: "it looks like b is not updated: b → b − (η/m)·nablaB as well",
      answer: (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number, m: number) => [sgdStepReference(w, b, nablaW, nablaB, eta, m)[0], b] },
    { hint: "it looks like [new b, new w]: return [new w, new b], weights first",
      answer: (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number, m: number) => [...sgdStepReference(w, b, nablaW, nablaB, eta, m)].reverse() },
    { hint: "it looks like the step alone: return the new parameters w − (η/m)·nablaW, not (η/m)·nablaW",
      answer: (_w: Tensor, _b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number, m: number) => [scale(nablaW, eta / m), scale(nablaB, eta / m)] },
  ],
});
