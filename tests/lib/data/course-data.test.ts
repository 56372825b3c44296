import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { afterAll, describe, expect, it } from "vitest";
import { COURSE_DATA_SHA256, courseDataDirectory, loadDefects, loadHiring } from "../../../lib/src/data/course-data";
import { binaryConfusion } from "../../../lib/src/metrics/confusion";
import { accuracyOf } from "../../../lib/src/metrics/measures";
import { precisionRecallCurve, thresholdForRecall } from "../../../lib/src/metrics/tradeoff";

const folder = mkdtempSync(join(tmpdir(), "course-data-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const original = (name: string): string => readFileSync(join(courseDataDirectory(), name), "utf8");
/** Writes `content` as `name` into the temp folder and returns the folder. */
function withFile(name: string, content: string): string {
  writeFileSync(join(folder, name), content);
  return folder;
}

describe("the files in data/", () => {
  it("match the checksums recorded in the lib (and in data/README.md)", () => {
    for (const [name, sha256] of Object.entries(COURSE_DATA_SHA256)) {
      expect(createHash("sha256").update(readFileSync(join(courseDataDirectory(), name))).digest("hex")).toBe(sha256);
      expect(readFileSync(join(courseDataDirectory(), "README.md"), "utf8")).toContain(sha256);
    }
  });
});

describe("loadHiring", () => {
  it("reads the deck's table: Σ w·x = 165 ≥ 80, so join", () => {
    const { questions, weights, answers, threshold } = loadHiring();
    expect(questions).toHaveLength(7);
    expect(questions[0]).toEqual({ questionKo: "성장 가능성이 있는가?", questionEn: "Is there room to grow?", weight: 30, answer: 1 });
    expect(weights.shape).toEqual([1, 7]);
    expect(answers.shape).toEqual([7, 1]);
    expect(Array.from(weights.data)).toEqual([30, -20, 15, 15, 10, 10, 100]);
    expect(Array.from(answers.data)).toEqual([1, 0, 1, 0, 1, 1, 1]);
    // 30·1 − 20·0 + 15·1 + 15·0 + 10·1 + 10·1 + 100·1 = 165
    const sum = weights.data.reduce((s, w, i) => s + w * answers.data[i]!, 0);
    expect(sum).toBe(165);
    expect(sum >= threshold).toBe(true);
  });

  it("accepts Windows line endings", () => {
    const directory = withFile("hiring.csv", original("hiring.csv").replace(/\n/g, "\r\n"));
    expect(loadHiring({ directory }).questions).toHaveLength(7);
  });

  it("refuses a changed file, naming both checksums", () => {
    const changed = original("hiring.csv").replace("밥은 맛있나?,Is the food good?,100", "밥은 맛있나?,Is the food good?,10");
    const sha256 = createHash("sha256").update(changed).digest("hex");
    const directory = withFile("hiring.csv", changed);
    expect(() => loadHiring({ directory })).toThrow(
      `${join(folder, "hiring.csv")}: expected SHA-256 ${COURSE_DATA_SHA256["hiring.csv"]}, found ${sha256}. The file was changed. Restore it with \`git checkout -- data/hiring.csv\`.`,
    );
    expect(loadHiring({ directory, verify: false }).weights.data[6]).toBe(10);
  });

  it("explains a malformed file", () => {
    const file = join(folder, "hiring.csv");
    const header = "question_ko,question_en,weight,answer\n";
    const load = (content: string) => () => loadHiring({ directory: withFile("hiring.csv", content), verify: false });
    expect(load("q,e,w,a\n")).toThrow(`${file}: expected the columns question_ko,question_en,weight,answer, found "q,e,w,a".`);
    expect(load(header)).toThrow(`${file}: expected at least one row of data, found only the header.`);
    expect(load(header + "a,b,30\n")).toThrow(`${file}: expected 4 values in every row, found 3 on line 2.`);
    expect(load(header + "a,b,thirty,1\n")).toThrow(`${file}: expected a number for weight, found "thirty" on line 2. Fix the cell or restore the file.`);
    expect(load(header + "a,b,30,1\nc,d,5,O\n")).toThrow(`${file}: expected 0 or 1 for answer, found "O" on line 3.`);
    expect(load(header + " ,b,30,1\n")).toThrow(`${file}: expected a value for question_ko, found an empty cell on line 2. Fill it in or restore the file.`);
  });

  it("says where the data folder must be when the file is missing", () => {
    const empty = mkdtempSync(join(folder, "empty-"));
    expect(() => loadHiring({ directory: empty })).toThrow(
      `${join(empty, "hiring.csv")}: expected the course's hiring.csv, found no such file. The data/ folder must sit beside lib/ in the course repository.`,
    );
  });
});

describe("loadDefects", () => {
  it("reads 400 products with 3 measurements, 30 defective", () => {
    const defects = loadDefects();
    expect(defects.inputs.shape).toEqual([400, 3]);
    expect(defects.classes).toBe(2);
    expect(defects.featureNames).toEqual(["roughness_um", "temperature_c", "vibration_mm_s"]);
    expect(defects.productIds[0]).toBe("P0001");
    expect(Array.from(defects.inputs.data.subarray(0, 3))).toEqual([0.47, 347.4, 1.85]); // line 2 of the file
    expect(defects.labels.reduce((a, b) => a + b, 0)).toBe(30);
  });

  it("makes accuracy mislead: calling every product good is already 92.5 % accurate", () => {
    const { labels } = loadDefects();
    const counts = binaryConfusion(new Array(400).fill(0), labels);
    expect(counts).toEqual({ tp: 0, fp: 0, fn: 30, tn: 370 });
    expect(accuracyOf(counts)).toBe(0.925); // 370 / 400
  });

  it("makes a simple classifier trade precision for recall", () => {
    const { inputs, labels } = loadDefects();
    const scores = logisticScores(inputs.data, labels, 3);
    const atHalf = precisionRecallCurve(scores, labels, [0.5])[0]!;
    const thorough = thresholdForRecall(scores, labels, 0.85);
    // a useful classifier that misses defects at t = 0.5 …
    expect(atHalf.precision).toBeGreaterThan(0.7);
    expect(atHalf.recall).toBeLessThan(0.8);
    // … and catching 85 % of them costs precision: the classes overlap
    expect(thorough.threshold).toBeLessThan(0.5);
    expect(thorough.precision).toBeLessThan(atHalf.precision - 0.2);
    expect(precisionRecallCurve(scores, labels).some((p) => p.precision === 1 && p.recall === 1)).toBe(false);
  });

  it("checks its own file too", () => {
    const directory = withFile("defects.csv", original("defects.csv").replace("P0001,0.47,347.4,1.85,0", "P0001,0.47,347.4,1.85,2"));
    expect(() => loadDefects({ directory })).toThrow("The file was changed. Restore it with `git checkout -- data/defects.csv` or `npx ts-node scripts/make-defects.ts`.");
    expect(() => loadDefects({ directory, verify: false })).toThrow(`${join(folder, "defects.csv")}: expected 0 or 1 for defective, found "2" on line 2.`);
  });
});

/** Scores of logistic regression (one sigmoid neuron) fitted by gradient descent on standardised features. */
function logisticScores(x: Float64Array, y: Uint8Array, features: number): number[] {
  const n = y.length;
  const z = Float64Array.from(x);
  for (let f = 0; f < features; f++) {
    let mean = 0, square = 0;
    for (let i = 0; i < n; i++) mean += x[i * features + f]! / n;
    for (let i = 0; i < n; i++) square += (x[i * features + f]! - mean) ** 2 / n;
    for (let i = 0; i < n; i++) z[i * features + f] = (x[i * features + f]! - mean) / Math.sqrt(square);
  }
  const w = new Float64Array(features);
  let b = 0;
  const score = (i: number): number => 1 / (1 + Math.exp(-(b + w.reduce((s, wf, f) => s + wf * z[i * features + f]!, 0))));
  for (let step = 0; step < 2000; step++) {
    const nablaW = new Float64Array(features);
    let nablaB = 0;
    for (let i = 0; i < n; i++) {
      const error = score(i) - y[i]!;
      nablaB += error / n;
      for (let f = 0; f < features; f++) nablaW[f] += (error * z[i * features + f]!) / n;
    }
    b -= 0.5 * nablaB;
    w.forEach((_, f) => (w[f] -= 0.5 * nablaW[f]!));
  }
  return Array.from({ length: n }, (_, i) => score(i));
}
