/**
 * The exercise texts of notebooks 06–10 in Korean (lib/src/i18n/ko/exercises0610.ts): a check shows the
 * hint of the learner's mistake in the notebook's language, and English stays the default.
 */
import path from "path";
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../lib/src/exercises";
import { inLanguage } from "../../lib/src/i18n/language";
import { exercises0610 } from "../../lib/src/i18n/ko/exercises0610";
import { exercises0005 } from "../../lib/src/i18n/ko/exercises0005";
import { readGlossary } from "../../scripts/editions/translation";
import { englishLeft, glossaryVariants } from "../../scripts/editions/parity";
import { repoRoot } from "../../scripts/kernel/jupyter";

/** Both languages' answer of the visible check of `id` on `fn`. */
function checkIn(id: string, fn: unknown): { ko: string; en: string } {
  return { ko: inLanguage("ko", () => runCheck(id, fn).text), en: inLanguage("en", () => runCheck(id, fn).text) };
}

describe("exercise hints of notebooks 06–10 in Korean", () => {
  it("06-iterations-per-epoch: rounding down names the mistake", () => {
    const { ko, en } = checkIn("06-iterations-per-epoch", (n: number, m: number) => Math.floor(n / m));
    expect(ko).toContain("→ 힌트: 내림(Math.floor)한 것 같습니다: 마지막의 더 짧은 미니배치도 이터레이션이므로 Math.ceil로 올림하세요" +
      "(예제 10개를 4개씩 나누면 4 + 4 + 2, 이터레이션 3번)");
    expect(ko).not.toContain("it looks");
    expect(en).toContain("→ hint: it looks rounded DOWN (Math.floor): the last, shorter mini-batch is an iteration too, " +
      "so round up with Math.ceil (10 in batches of 4: 4 + 4 + 2 = 3 iterations)");
  });

  it("07-step-decay: multiplying by the factor names the mistake", () => {
    const times = (eta: number, epochs: number, dropEvery: number, factor: number) =>
      Array.from({ length: epochs }, (_, i) => eta * factor ** Math.floor(i / dropEvery));
    const { ko, en } = checkIn("07-step-decay", times);
    expect(ko).toContain("→ 힌트: 학습률에 factor를 곱한 것 같습니다: 감소할 때마다 factor로 나눕니다");
    expect(en).toContain("→ hint: it looks like the rate is multiplied by the factor: it is DIVIDED by factor at each drop");
  });

  it("09-precision-recall: swapped formulas name the mistake", () => {
    const swapped = (tp: number, fp: number, fn: number) => [tp + fn === 0 ? NaN : tp / (tp + fn), tp + fp === 0 ? NaN : tp / (tp + fp)];
    const { ko, en } = checkIn("09-precision-recall", swapped);
    expect(ko).toContain("→ 힌트: 두 식이 뒤바뀐 것 같습니다: 정밀도 = tp / (tp + fp)(불량으로 판정한 것 가운데), 재현율 = tp / (tp + fn)(실제 불량 가운데)입니다");
    expect(en).toContain("→ hint: it looks like the formulas are swapped: precision = tp / (tp + fp) (among those flagged), recall = tp / (tp + fn) (among the defective)");
  });

  it("10-mean-std: the variance names the mistake", () => {
    const variance = (scores: number[]) => {
      const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
      return [mean, scores.reduce((s, x) => s + (x - mean) ** 2, 0) / scores.length];
    };
    const { ko, en } = checkIn("10-mean-std", variance);
    expect(ko).toContain("→ 힌트: 분산을 반환한 것 같습니다: 표준편차는 분산의 제곱근(Math.sqrt)입니다");
    expect(en).toContain("→ hint: it looks like the variance: the standard deviation is its square root, Math.sqrt");
  });

  it("10-cross-validate: a wrong answer no mistake explains shows the exercise's hint", () => {
    const { ko, en } = checkIn("10-cross-validate", (folds: number[][]) => folds.map(() => 0));
    expect(ko).toContain("→ 힌트: 각 폴드 i에 대해 validation = folds[i], training = 나머지 모든 폴드의 인덱스(폴드 i 자신은 절대 넣지 않습니다)로 두고 " +
      "score(training, validation)을 기록하세요. k개의 점수를 폴드 순서대로 반환하세요");
    expect(en).toContain(`→ hint: ${getExercise("10-cross-validate").hint}`);
  });

  it("has a Korean text for every hint, case hint and known-mistake hint of notebooks 06–10, in the glossary's terms", () => {
    const texts = ["06", "07", "08", "09", "10"].flatMap((notebook) => listExercises(notebook)).flatMap((e) =>
      [e.hint, ...(e.caseHints ?? []).filter((h): h is string => h !== undefined), ...(e.mistakes ?? []).map((m) => m.hint)]);
    expect(texts.length).toBe(111);
    expect(texts.filter((text) => exercises0610[text] === undefined)).toEqual([]);
    expect(Object.keys(exercises0610).filter((msgid) => !texts.includes(msgid))).toEqual([]);
    const glossary = readGlossary(path.join(repoRoot, "translations", "ko", "glossary.json"));
    const ko = Object.values(exercises0610);
    expect(ko.flatMap((text) => englishLeft(text).map((run) => `"${run}" in ${text}`))).toEqual([]);
    expect(ko.flatMap((text) => glossaryVariants(text, glossary).map((v) => `${v} in ${text}`))).toEqual([]);
    // a text shared with notebooks 00–05 has the same Korean in both files
    expect(Object.keys(exercises0610).filter((msgid) => msgid in exercises0005 && exercises0005[msgid] !== exercises0610[msgid])).toEqual([]);
  });
});
