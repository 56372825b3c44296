/** Every checker of notebook 06 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { miniBatches } from "../../../lib/src/data/split";
import { scale, subtract } from "../../../lib/src/elementwise";
import { type Tensor, tensor } from "../../../lib/src/tensor";
import { mistakeCatalogue } from "./mistakes";

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
      "✖ iterationsPerEpoch(10, 4) returned 2, expected 3 → hint: it looks rounded DOWN (Math.floor): " +
        "the last, shorter mini-batch is an iteration too, so round up with Math.ceil (10 in batches of 4: 4 + 4 + 2 = 3 iterations)",
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
        "hint: it looks like the last, shorter mini-batch is dropped: keep it, every example is used once per epoch",
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
    expect(runCheck("06-sgd-step", reference).text).toBe("✔ sgdStep: 4/4 visible checks passed (3 points; hidden tests decide the grade)");
  });
  it("06-sgd-step rejects forgetting to divide by the mini-batch size", () => {
    const noAverage = (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number) =>
      [subtract(w, scale(nablaW, eta)), subtract(b, scale(nablaB, eta))];
    const report = runCheck("06-sgd-step", noAverage);
    expect(report.passed).toBe(1); // m = 1 in the last case: the sum is the average
    expect(first(report.text)).toBe(
      "✖ sgdStep(a tensor [1, 2] [1, 2], a tensor [1, 1] [0.5], a tensor [1, 2] [4, -2], a tensor [1, 1] [2], 0.5, 2) " +
        "returned [a tensor [1, 2] [-1, 3], a tensor [1, 1] [-0.5]] (shape [2]), expected [a tensor [1, 2] [0, 2.5], a tensor [1, 1] [0]] (shape [2]) " +
        "(at [0, 0, 0]: expected 0, got -1) → hint: it looks like the gradients are not divided by m: they are SUMS over the mini-batch, so the step is (η/m)·nablaW",
    );
  });
});

// Beyond the mistakes listed in notebook06.ts (catalogue.test.ts): changed inputs, valid alternatives.
mistakeCatalogue("06-iterations-per-epoch", [
  { what: "counting with a loop that also counts an empty last batch", answer: (n: number, m: number) => { let k = 0; for (let start = 0; start <= n; start += m) k++; return k; }, says: "it looks like Math.floor(n / m) + 1" },
], [
  ["integer arithmetic", (n: number, m: number) => Math.floor((n + m - 1) / m)],
  ["a loop over the batch starts", (n: number, m: number) => { let k = 0; for (let start = 0; start < n; start += m) k++; return k; }],
]);
mistakeCatalogue("06-mini-batches", [
  { what: "cutting with splice, which empties order", answer: (order: number[], m: number) => { const batches: number[][] = []; while (order.length > 0) batches.push(order.splice(0, m)); return batches; }, says: "changed its argument `order`" },
], [
  ["Array.from over the batch count", (order: number[], m: number) => Array.from({ length: Math.ceil(order.length / m) }, (_, k) => order.slice(k * m, (k + 1) * m))],
  ["reduce that starts a new batch every m indices", (order: number[], m: number) => order.reduce<number[][]>((batches, index, i) => { if (i % m === 0) batches.push([]); batches[batches.length - 1]!.push(index); return batches; }, [])],
]);
mistakeCatalogue("06-sgd-step", [
  { what: "updating w and b in place", answer: (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number, m: number) => {
    w.data.forEach((v, i) => (w.data[i] = v - (eta / m) * nablaW.data[i]!));
    b.data.forEach((v, i) => (b.data[i] = v - (eta / m) * nablaB.data[i]!));
    return [w, b];
  }, says: "changed its argument `w`" },
], [
  ["clone, then subtract entry by entry", (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number, m: number) => {
    const [newW, newB] = [w.clone(), b.clone()];
    newW.data.forEach((v, i) => (newW.data[i] = v - (eta * nablaW.data[i]!) / m));
    newB.data.forEach((v, i) => (newB.data[i] = v - (eta * nablaB.data[i]!) / m));
    return [newW, newB];
  }],
  ["scale by −η/m, then add", (w: Tensor, b: Tensor, nablaW: Tensor, nablaB: Tensor, eta: number, m: number) => [subtract(w, scale(nablaW, eta / m)), subtract(b, scale(nablaB, eta / m))]],
]);
