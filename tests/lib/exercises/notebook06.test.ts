/** Every checker of notebook 06 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { miniBatches } from "../../../lib/src/data/split";
import { scale, subtract } from "../../../lib/src/elementwise";
import { type Tensor, tensor } from "../../../lib/src/tensor";

const first = (text: string) => text.split("\n")[0];

describe("notebook 06 exercises", () => {
  it("defines three exercises of rising points", () => {
    expect(listExercises("06").map((e) => [e.id, e.name, e.points])).toEqual([
      ["06-iterations-per-epoch", "iterationsPerEpoch", 1],
      ["06-mini-batches", "splitMiniBatches", 2],
      ["06-sgd-step", "sgdStep", 3],
    ]);
  });

  it("06-iterations-per-epoch: the deck's 50,000 / 1,000 = 50, a short last batch counts, and the reference passes", () => {
    const reference = getExercise("06-iterations-per-epoch").reference;
    expect(reference(50_000, 1_000)).toBe(50);
    expect(reference(50_000, 10)).toBe(5_000);
    expect(reference(10, 4)).toBe(3); // batches of 4, 4 and 2
    expect(runCheck("06-iterations-per-epoch", reference).text).toBe(
      "✔ iterationsPerEpoch: 6/6 visible checks passed (1 point; hidden tests decide the grade)",
    );
  });
  it("06-iterations-per-epoch rejects rounding down (the short last batch forgotten)", () => {
    const report = runCheck("06-iterations-per-epoch", (n: number, m: number) => Math.floor(n / m));
    expect(report.passed).toBe(3); // 50,000/1,000, 50,000/10 and 7/7 divide exactly
    expect(first(report.text)).toBe(
      "✖ iterationsPerEpoch(10, 4) returned 2, expected 3 → hint: one iteration per mini-batch: " +
        "n / miniBatchSize, rounded UP (Math.ceil) because a last, shorter mini-batch is still one iteration",
    );
  });

  it("06-mini-batches: [3, 0, 4, 1, 2, 5] in twos by hand, the same as the lib's miniBatches, and the reference passes", () => {
    const reference = getExercise("06-mini-batches").reference;
    expect(reference([3, 0, 4, 1, 2, 5], 2)).toEqual([[3, 0], [4, 1], [2, 5]]);
    expect(reference([9, 2, 7, 0, 5, 1, 8, 3, 6, 4], 4)).toEqual([[9, 2, 7, 0], [5, 1, 8, 3], [6, 4]]);
    for (const [order, m] of getExercise("06-mini-batches").cases as [number[], number][]) {
      expect(reference(order, m)).toEqual(miniBatches(order, m));
    }
    expect(runCheck("06-mini-batches", reference).text).toBe("✔ splitMiniBatches: 5/5 visible checks passed (2 points; hidden tests decide the grade)");
  });
  it("06-mini-batches rejects dropping the last, shorter batch", () => {
    const dropsLast = (order: number[], m: number) =>
      Array.from({ length: Math.floor(order.length / m) }, (_, k) => order.slice(k * m, (k + 1) * m));
    const report = runCheck("06-mini-batches", dropsLast);
    expect(report.passed).toBe(3); // 6 in twos, 3 in threes and the empty order have no short batch
    expect(first(report.text)).toBe(
      "✖ splitMiniBatches([9, 2, 7, 0, … 6 more] (shape [10]), 4) returned [[9, 2, 7, 0], [5, 1, 8, 3]] (shape [2, 4]), " +
        "expected [[9, 2, 7, 0], [5, 1, 8, 3], [6, 4]] (shape [3, 4]) (wrong shape: expected [3, 4], got [2, 4]) → " +
        "hint: walk through order in steps of miniBatchSize: batch k is order.slice(k·m, (k + 1)·m); keep the order as given and keep the last, shorter batch",
    );
  });

  it("06-sgd-step: w − (η/m)·nablaW by hand, the step of sgd.ts, and the reference passes", () => {
    const reference = getExercise("06-sgd-step").reference;
    // η/m = 0.5/2 = 0.25: w = [1, 2] − 0.25·[4, −2] = [0, 2.5]; b = 0.5 − 0.25·2 = 0
    const [w, b] = reference(tensor([[1, 2]]), tensor([[0.5]]), tensor([[4, -2]]), tensor([[2]]), 0.5, 2) as Tensor[];
    expect(w!.toArray()).toEqual([[0, 2.5]]);
    expect(b!.toArray()).toEqual([[0]]);
    // the same arithmetic as the textbook step of train (sgd.ts), without weight decay
    const [w0, b0, nablaW, nablaB, eta, m] = getExercise("06-sgd-step").cases[1] as [Tensor, Tensor, Tensor, Tensor, number, number];
    const [w1, b1] = reference(w0, b0, nablaW, nablaB, eta, m) as Tensor[];
    expect(Array.from(w1!.data)).toEqual(Array.from(subtract(scale(w0, 1), scale(nablaW, eta / m)).data));
    expect(Array.from(b1!.data)).toEqual(Array.from(subtract(b0, scale(nablaB, eta / m)).data));
    expect(Array.from(w0.data)).toEqual([0.1, -0.2, 0.3, 0, 0.5, -0.5]); // the inputs are left unchanged
    expect(runCheck("06-sgd-step", reference).text).toBe("✔ sgdStep: 3/3 visible checks passed (3 points; hidden tests decide the grade)");
  });
  it("06-sgd-step rejects forgetting to divide by the mini-batch size", () => {
    const noAverage = (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number) =>
      [subtract(w, scale(nablaW, eta)), subtract(b, scale(nablaB, eta))];
    const report = runCheck("06-sgd-step", noAverage);
    expect(report.passed).toBe(1); // m = 1 in the last case: the sum is the average
    expect(first(report.text)).toBe(
      "✖ sgdStep(a tensor [1, 2] [1, 2], a tensor [1, 1] [0.5], a tensor [1, 2] [4, -2], a tensor [1, 1] [2], 0.5, 2) " +
        "returned [a tensor [1, 2] [-1, 3], a tensor [1, 1] [-0.5]] (shape [2]), expected [a tensor [1, 2] [0, 2.5], a tensor [1, 1] [0]] (shape [2]) " +
        "(at index 0: at index 0: expected 0, got -1) → hint: the gradients are SUMS over the mini-batch, so divide by m: " +
        "w − (η/m)·nablaW and b − (η/m)·nablaB (nn.subtract(w, nn.scale(nablaW, learningRate / miniBatchSize))); return [new w, new b] and leave w and b unchanged",
    );
  });
});
