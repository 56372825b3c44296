/** Every checker of notebook 03 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { oneHot } from "../../../lib/src/data/dataset";
import { classMeans } from "../../../lib/src/data/statistics";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { argmax } from "../../../lib/src/reduce";
import { tensor } from "../../../lib/src/tensor";
import { mistakeCatalogue } from "./mistakes";

const first = (text: string) => text.split("\n")[0];

describe("notebook 03 exercises", () => {
  it("defines three exercises, the mean image worth the most", () => {
    expect(listExercises("03").map((e) => [e.id, e.name, e.points])).toEqual([
      ["03-one-hot", "oneHot", 1],
      ["03-argmax", "predictedDigit", 1],
      ["03-mean-image", "meanImageOf", 2],
    ]);
  });

  it("03-one-hot: 3 of 10 classes has its 1 at index 3, like the lib's column, and the reference passes", () => {
    const reference = getExercise("03-one-hot").reference;
    expect(reference(3, 10)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    for (const [label, classes] of [[3, 10], [0, 10], [9, 10], [1, 2]] as const) {
      expect(reference(label, classes)).toEqual(Array.from(oneHot(label, classes).data));
    }
    expect(runCheck("03-one-hot", reference).text).toBe("✔ oneHot: 5/5 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it("03-one-hot rejects counting digits from 1", () => {
    const fromOne = (label: number, classes: number) => Array.from({ length: classes }, (_, i) => (i + 1 === label ? 1 : 0));
    const report = runCheck("03-one-hot", fromOne);
    expect(report.passed).toBe(0);
    expect(first(report.text)).toBe(
      "✖ oneHot(3, 10) returned [0, 0, 1, 0, 0, 0, … 4 more] (shape [10]), expected [0, 0, 0, 1, 0, 0, … 4 more] (shape [10]) (at [2]: expected 0, got 1) → " +
        "hint: it looks like the digits count from 1: label 3 goes at index 3 (the 4th entry), since label 0 is index 0",
    );
  });

  it("03-argmax: the index of the largest output, the first of a tie, as the lib's argmax", () => {
    const reference = getExercise("03-argmax").reference;
    expect(reference([0.1, 0.7, 0.2])).toBe(1);
    expect(reference([-1, -3, -0.5])).toBe(2); // all negative: −0.5 is the largest
    expect(reference([0.5, 0.5, 0.2])).toBe(0); // tie: the first
    for (const [output] of getExercise("03-argmax").cases as number[][][]) expect(reference(output)).toBe(argmax(tensor(output!)));
    expect(runCheck("03-argmax", reference).status).toBe("passed");
  });
  it("03-argmax rejects a search that starts from 0 instead of the first output", () => {
    const fromZero = (output: number[]) => {
      let best = 0, largest = 0;
      output.forEach((a, j) => { if (a > largest) [best, largest] = [j, a]; });
      return best;
    };
    const report = runCheck("03-argmax", fromZero);
    expect(report.passed).toBe(5);
    expect(first(report.text)).toBe(
      "✖ predictedDigit([-1, -3, -0.5] (shape [3])) returned 0, expected 2 → " +
        "hint: it looks like the search starts from the value 0: outputs may all be negative ([-1, -3, -0.5] → 2), so start from index 0's value",
    );
  });
  it("03-argmax rejects returning the largest value instead of its index", () => {
    const value = (output: number[]) => Math.max(...output);
    expect(first(runCheck("03-argmax", value).text)).toBe(
      "✖ predictedDigit([0.1, 0.7, 0.2] (shape [3])) returned 0.7, expected 1 → " +
        "hint: it looks like the largest value: return its INDEX (0.7 is at index 1)",
    );
  });

  it("03-mean-image: (0, 1, 0, 1) and (1, 1, 0, 0) average to (0.5, 1, 0, 0.5), as the lib's classMeans", () => {
    const reference = getExercise("03-mean-image").reference;
    const images = [[0, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1]];
    expect(reference(images, [7, 7, 2], 7)).toEqual([0.5, 1, 0, 0.5]);
    expect(reference([[0.5], [1], [0], [0.25]], [3, 5, 3, 3], 3)).toEqual([0.25]); // (0.5 + 0 + 0.25) / 3
    const means = classMeans({ inputs: tensor(images), labels: Uint8Array.from([7, 7, 2]), classes: 10 });
    expect(Array.from(means.data.subarray(7 * 4, 8 * 4))).toEqual(reference(images, [7, 7, 2], 7));
    expect(Array.from(means.data.subarray(2 * 4, 3 * 4))).toEqual(reference(images, [7, 7, 2], 2));
    expect(runCheck("03-mean-image", reference).text).toBe("✔ meanImageOf: 5/5 visible checks passed (2 points; hidden tests decide the grade)");
  });
  it("03-mean-image rejects dividing by all the images instead of the images of the digit", () => {
    const byAll = (images: number[][], labels: number[], digit: number) =>
      images[0]!.map((_, k) => images.reduce((s, image, i) => s + (labels[i] === digit ? image[k]! : 0), 0) / images.length);
    const report = runCheck("03-mean-image", byAll);
    expect(report.passed).toBe(2); // only the cases where every image has the digit
    expect(first(report.text)).toBe(
      "✖ meanImageOf([[0, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1]] (shape [3, 4]), [7, 7, 2] (shape [3]), 7) returned [0.3333, 0.6667, 0, 0.3333] (shape [4]), " +
        "expected [0.5, 1, 0, 0.5] (shape [4]) (at [0]: expected 0.5, got 0.3333) → " +
        "hint: it looks like the sums are divided by ALL the images: divide by how many images have the label `digit`",
    );
  });
});

// Beyond the mistakes listed in notebook03.ts (catalogue.test.ts): holes, changed inputs, valid alternatives.
mistakeCatalogue("03-one-hot", [
  { what: "new Array(classes) without fill (holes, not zeros)", answer: (label: number, classes: number) => { const y = new Array<number>(classes); y[label] = 1; return y; }, says: "expected a number, got undefined" },
], [
  ["Array.from with a condition", (label: number, classes: number) => Array.from({ length: classes }, (_, i) => (i === label ? 1 : 0))],
  ["a loop pushing numbers", (label: number, classes: number) => { const y: number[] = []; for (let i = 0; i < classes; i++) y.push(Number(i === label)); return y; }],
]);
mistakeCatalogue("03-argmax", [
  { what: "sorting the outputs in place to find the largest", answer: (output: number[]) => { const largest = output.sort((a, b) => b - a)[0]!; return output.indexOf(largest); }, says: "changed its argument `output`" },
], [
  ["indexOf(Math.max(...output)), which keeps the first of a tie", (output: number[]) => output.indexOf(Math.max(...output))],
  ["reduce over the indices", (output: number[]) => output.reduce((best, a, j) => (a > output[best]! ? j : best), 0)],
]);
mistakeCatalogue("03-mean-image", [
  { what: "summing into the first image of the digit (changes the input)", answer: (images: number[][], labels: number[], digit: number) => {
    const chosen = images.filter((_, i) => labels[i] === digit);
    const sum = chosen[0]!;
    for (const image of chosen.slice(1)) image.forEach((p, k) => (sum[k]! += p));
    return sum.map((total) => total / chosen.length);
  }, says: "changed its argument `images`" },
], [
  ["filter, then average each pixel", (images: number[][], labels: number[], digit: number) => {
    const chosen = images.filter((_, i) => labels[i] === digit);
    return chosen[0]!.map((_, k) => chosen.reduce((s, image) => s + image[k]!, 0) / chosen.length);
  }],
  ["a running mean", (images: number[][], labels: number[], digit: number) => {
    let mean = new Array<number>(images[0]!.length).fill(0);
    let count = 0;
    images.forEach((image, i) => { if (labels[i] === digit) { count++; mean = mean.map((m, k) => m + (image[k]! - m) / count); } });
    return mean;
  }],
]);
