/**
 * The messages of the math, network and training code in Korean (lib/src/i18n/ko/math.ts), and the same
 * calls in English: a matrix product of the wrong shapes, an input that does not fit the first layer, a
 * bad learning rate, a training run that diverged, a NaN output, the verdict of a gradient check.
 */
import { describe, expect, it } from "vitest";
import { gradientCheck } from "../../lib/src/gradient-check";
import { type Language, inLanguage } from "../../lib/src/i18n/language";
import { matmul } from "../../lib/src/linalg";
import { Network, feedforward } from "../../lib/src/network";
import { Random } from "../../lib/src/random";
import { argmaxColumns } from "../../lib/src/reduce";
import { train } from "../../lib/src/sgd";
import { tensor, zeros } from "../../lib/src/tensor";
import { randomDataset } from "../lib/network-helpers";
import { messageIn } from "../helpers/i18n";


/** Both editions of one message: [Korean, English]. */
function both(body: () => unknown): [string, string] {
  return [messageIn("ko", body), messageIn("en", body)];
}

describe("messages of the math, network and training code in Korean", () => {
  it("a matrix product whose shapes do not fit", () => {
    expect(both(() => matmul(zeros([30, 784]), zeros([28, 28]), ["w", "a"]))).toEqual([
      "matmul: w의 열 수와 a의 행 수가 같아야 합니다. 받은 형상: w [30, 784], a [28, 28]. 먼저 이미지를 [784, 1] 형상으로 펼치세요(노트북 01).",
      "matmul: columns of w must equal rows of a, got w [30, 784] and a [28, 28]. Flatten the image to [784, 1] first (notebook 01).",
    ]);
  });

  it("an input that does not fit the first layer", () => {
    const network = new Network([4, 3, 2], { random: new Random(1) });
    expect(both(() => feedforward(network, zeros([3, 2])))).toEqual([
      "feedforward: w의 열 수와 a의 행 수가 같아야 합니다. 받은 형상: 층 1 w [3, 4], a [3, 2]. " +
        "a의 열 하나가 숫자 4개로 된 예제 하나입니다. 미니배치는 [4, m]입니다(노트북 03).",
      "feedforward: columns of w must equal rows of a, got layer 1 w [3, 4] and a [3, 2]. " +
        "Each column of a is one example of 4 numbers: a mini-batch is [4, m] (notebook 03).",
    ]);
  });

  it("a learning rate that is not > 0", () => {
    const network = new Network([3, 2], { random: new Random(1) });
    const data = randomDataset(10, 3, 2, new Random(1));
    expect(both(() => train(network, data, { epochs: 1, miniBatchSize: 5, learningRate: -1 }))).toEqual([
      "train: 기대한 값은 0보다 큰 learningRate(η)인데 받은 값은 -1입니다. Nielsen은 MNIST에 η = 3.0을 씁니다.",
      "train: expected a learningRate (η) > 0, got -1. Nielsen uses η = 3.0 for MNIST.",
    ]);
  });

  it("a training run whose weights became NaN", () => {
    const data = randomDataset(10, 3, 2, new Random(1));
    const diverging = () => {
      const network = new Network([3, 2], { random: new Random(1) });
      network.weights[0]!.data[4] = NaN; // as if a step had overflowed
      train(network, data, { epochs: 4, miniBatchSize: 5, learningRate: 30 });
    };
    expect(both(diverging)).toEqual([
      "train: 에포크 1에서 층 2의 가중치 하나가 NaN 값이 되었습니다. 학습률 30이(가) 너무 큰 것 같습니다. 10배 작은 값(3)으로 해 보세요(노트북 07).",
      "train: a weight of layer 2 became NaN in epoch 1: the learning rate 30 is probably too large; try one ten times smaller (3), notebook 07.",
    ]);
  });

  it("a NaN output where argmax looks for the largest", () => {
    expect(both(() => argmaxColumns(tensor([[1, NaN], [0, 2]])))).toEqual([
      "argmaxColumns: 기대한 값은 숫자인데 받은 값은 NaN(열 1의 행 0)입니다. 출력이 NaN이면 대개 훈련이 발산한 것입니다. 더 작은 학습률로 해 보세요.",
      "argmaxColumns: expected numbers, got NaN at row 0 of column 1. NaN outputs usually mean training diverged: try a smaller learning rate.",
    ]);
  });

  it("the verdict of a gradient check", () => {
    const verdict = (language: Language) => inLanguage(language, () => gradientCheck([3, 1], [6, 1]).verdict);
    expect(verdict("ko")).toBe(
      "상대 오차 5.0e-1: 두 기울기가 다릅니다. 해석적 기울기가 틀렸습니다(올바른 기울기라면 1e-7 미만). 가장 큰 차이: 항목 0에서 해석적 기울기 3, 수치 기울기 6");
    expect(verdict("en")).toBe(
      "relative error 5.0e-1: the gradients disagree, the analytic gradient is wrong (expect < 1e-7 for a correct gradient); worst analytic 3 vs numerical 6 at entry 0");
  });
});
