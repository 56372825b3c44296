import { describe, expect, it } from "vitest";
import { softmax, softmaxJacobian } from "../../lib/src/softmax";
import { Tensor, tensor, zeros } from "../../lib/src/tensor";

describe("softmax", () => {
  it("turns scores into probabilities, worked by hand", () => {
    // z = [0, ln 2, ln 3]: e^z = [1, 2, 3], total 6, softmax = [1/6, 2/6, 3/6]
    const s = softmax(tensor([[0], [Math.log(2)], [Math.log(3)]]));
    expect(s.shape).toEqual([3, 1]);
    [1 / 6, 2 / 6, 3 / 6].forEach((p, i) => expect(s.at(i, 0)).toBeCloseTo(p, 15));
  });

  it("is stable for large scores: [1000, 1000] gives [0.5, 0.5], not NaN", () => {
    expect(softmax(tensor([1000, 1000])).toArray()).toEqual([0.5, 0.5]);
    expect(softmax(tensor([-1000, 0])).toArray()).toEqual([0, 1]);
  });

  it("works down each column of a batch", () => {
    // column 0: [0, 0] → [½, ½]; column 1: [0, ln 3] → e^z = [1, 3] → [¼, ¾]
    const s = softmax(tensor([[0, 0], [0, Math.log(3)]]));
    expect(s.at(0, 0)).toBeCloseTo(0.5, 15);
    expect(s.at(1, 0)).toBeCloseTo(0.5, 15);
    expect(s.at(0, 1)).toBeCloseTo(0.25, 15);
    expect(s.at(1, 1)).toBeCloseTo(0.75, 15);
  });

  it("refuses a row, a scalar, an empty vector and rank 3", () => {
    expect(() => softmax(zeros([1, 10]))).toThrow(
      "softmax: z must hold its scores down a column, got z [1, 10]. transpose(z) makes the row a column [10, 1].",
    );
    const message = (shape: string) => `softmax: z must be a non-empty vector [n] or matrix [n, m], got z ${shape}.`;
    expect(() => softmax(zeros([]))).toThrow(message("[]"));
    expect(() => softmax(zeros([0]))).toThrow(message("[0]"));
    expect(() => softmax(zeros([2, 2, 2]))).toThrow(message("[2, 2, 2]"));
    expect(() => softmax("z" as unknown as Tensor)).toThrow('softmax: expected a Tensor for z, got "z" (a string).');
  });
});

describe("softmaxJacobian", () => {
  it("is s(δ − s), worked by hand for z = [0, 0]", () => {
    // s = [½, ½]: diagonal ½(1 − ½) = ¼, off-diagonal −½·½ = −¼
    expect(softmaxJacobian(tensor([0, 0])).toArray()).toEqual([[0.25, -0.25], [-0.25, 0.25]]);
  });

  it("matches finite differences of softmax, column j = ∂s/∂zⱼ", () => {
    const z = [0.3, -1.2, 2.0, 0.7];
    const jacobian = softmaxJacobian(tensor(z.map((v) => [v])));
    const h = 1e-5;
    for (let j = 0; j < z.length; j++) {
      const plus = softmax(tensor(z.map((v, k) => (k === j ? v + h : v))));
      const minus = softmax(tensor(z.map((v, k) => (k === j ? v - h : v))));
      for (let i = 0; i < z.length; i++) {
        expect(jacobian.at(i, j)).toBeCloseTo((plus.at(i) - minus.at(i)) / (2 * h), 9);
      }
    }
  });

  it("refuses a matrix", () => {
    expect(() => softmaxJacobian(zeros([3, 2]))).toThrow(
      "softmaxJacobian: z must be a non-empty vector ([n], [n, 1] or [1, n]), got z [3, 2].",
    );
    expect(() => softmaxJacobian(zeros([0, 1]))).toThrow("softmaxJacobian: z must be a non-empty vector");
  });
});
