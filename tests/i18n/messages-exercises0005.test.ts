/**
 * The Korean texts of the exercises of notebooks 00–05 (lib/src/i18n/ko/exercises0005.ts): a check in
 * the Korean edition shows the hint of the learner's mistake in Korean, the English edition keeps the
 * English, and notebook 01's `matmul` still expects the English error message the Korean notebook asks for.
 */
import { describe, expect, it } from "vitest";
import { listExercises, runCheck, thrownAsText } from "../../lib/src/exercises";
import { inLanguage } from "../../lib/src/i18n/language";
import { translate } from "../../lib/src/i18n/translate";
import type { Tensor } from "../../lib/src/tensor";
import { sigmoid } from "../../lib/src/activations";
import { subtract } from "../../lib/src/elementwise";

/** The check's text for `fn` in both editions. */
function bothEditions(id: string, fn: unknown): { ko: string; en: string } {
  return { ko: inLanguage("ko", () => runCheck(id, fn).text), en: inLanguage("en", () => runCheck(id, fn).text) };
}

describe("exercise hints of notebooks 00–05 in Korean", () => {
  it("00-sigmoid-prime: the worked value 0.25 for every z names the mistake in Korean", () => {
    const { ko, en } = bothEditions("00-sigmoid-prime", (_z: number) => 0.25);
    expect(ko).toContain("→ 힌트: 모든 z에 대해 예제의 값 σ′(0) = 0.25를 반환한 것 같습니다: 주어진 z로 σ(z)를 계산하세요");
    expect(ko).not.toContain("it looks like");
    expect(en).toContain("→ hint: it looks like the worked value σ′(0) = 0.25 for every z: compute σ(z) for the z given");
  });

  it("00-sigmoid-prime: the case hint of z = −800 (∞/∞ = NaN) is Korean", () => {
    const naive = (z: number) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2;
    const { ko, en } = bothEditions("00-sigmoid-prime", naive);
    expect(ko).toContain("z = −800: Math.exp(800)은 ∞이고 ∞/∞ = NaN입니다. σ = 1 / (1 + Math.exp(−z))를 먼저 계산한 다음 σ(1 − σ)를 구하면 0이 나옵니다");
    expect(en).toContain("z = −800: Math.exp(800) is ∞ and ∞/∞ = NaN; compute σ = 1 / (1 + Math.exp(−z)) first, then σ(1 − σ), which gives 0");
  });

  it("02-perceptron: z > 0 instead of z ≥ 0", () => {
    const strict = (w: number[], x: number[], b: number) => (w.reduce((s, wj, j) => s + wj * x[j]!, b) > 0 ? 1 : 0);
    const { ko, en } = bothEditions("02-perceptron", strict);
    expect(ko).toContain("z > 0으로 판단한 것 같습니다: 임계값과 정확히 같을 때(30 + 50 − 80처럼 z = 0) 퍼셉트론은 '예'라고 답하므로 z ≥ 0을 쓰세요");
    expect(en).toContain("it looks like z > 0: exactly on the threshold (z = 0, as 30 + 50 − 80) the perceptron says yes, so use z ≥ 0");
  });

  it("03-argmax: the largest value instead of its index", () => {
    const { ko, en } = bothEditions("03-argmax", (output: number[]) => Math.max(...output));
    expect(ko).toContain("가장 큰 값 자체를 반환한 것 같습니다: 값이 아니라 그 인덱스를 반환하세요(0.7은 인덱스 1에 있습니다)");
    expect(en).toContain("it looks like the largest value: return its INDEX (0.7 is at index 1)");
  });

  it("05-output-error: a − y without σ′(z), on tensors", () => {
    const withoutPrime = (z: Tensor, y: Tensor) => subtract(sigmoid(z), y);
    const { ko, en } = bothEditions("05-output-error", withoutPrime);
    expect(ko).toContain("σ′(z) 없이 a − y만 계산한 것 같습니다: 이차 비용의 BP1은 σ′(zᴸ)를 곱합니다(nn.sigmoidPrime(z)와 nn.hadamard)");
    expect(en).toContain("it looks like a − y without σ′(z): for the quadratic cost BP1 multiplies by σ′(zᴸ) (nn.hadamard with nn.sigmoidPrime(z))");
  });

  it("01-matmul: the English message the Korean notebook asks for passes in the Korean edition too", () => {
    const matmul = (a: number[][], b: number[][]) => {
      const [rowsA, colsA, rowsB, colsB] = [a.length, a[0]!.length, b.length, b[0]!.length];
      if (colsA !== rowsB) throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`);
      return a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * b[k]![j]!, 0)));
    };
    expect(inLanguage("ko", () => runCheck("01-matmul", thrownAsText(matmul)).status)).toBe("passed");
    expect(inLanguage("en", () => runCheck("01-matmul", thrownAsText(matmul)).status)).toBe("passed");
    // the hint keeps the English message to throw, in the learner's Korean sentence
    const unchecked = (a: number[][], b: number[][]) => a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * (b[k]?.[j] ?? 0), 0)));
    expect(inLanguage("ko", () => runCheck("01-matmul", thrownAsText(unchecked)).text)).toContain(
      "형상을 검사하지 않은 것 같습니다: a의 열이 k개인데 b의 행이 k개가 아니면 " +
        "throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`)로 오류를 던지세요");
  });

  it("has Korean for every hint, case hint and known-mistake hint of notebooks 00–05", () => {
    const exercises = listExercises().filter((e) => /^0[0-5]$/.test(e.notebook));
    expect(exercises.length).toBeGreaterThanOrEqual(20);
    const texts = exercises.flatMap((e) => [e.hint, ...(e.caseHints ?? []).filter((h): h is string => h !== undefined), ...(e.mistakes ?? []).map((m) => m.hint)]);
    const untranslated = texts.filter((text) => inLanguage("ko", () => translate(text)) === text);
    expect(untranslated).toEqual([]);
    expect(texts.every((text) => inLanguage("en", () => translate(text)) === text)).toBe(true);
  });
});
