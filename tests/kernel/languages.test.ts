/**
 * The library speaks the language of the notebook's edition (issue 12): in the Korean edition a check
 * with a wrong answer gives its feedback and hint in Korean and a shape error from the library is
 * Korean, and so is the TypeScript compiler's message on a cell that does not compile; the same in the English
 * edition is English. Run on the course kernel, as a learner runs it.
 */
import { mkdtempSync } from "fs";
import path from "path";
import { describe, expect, it } from "vitest";
import { getExercise } from "../../lib/src/exercises";
import { inLanguage } from "../../lib/src/i18n/language";
import { translate } from "../../lib/src/i18n/translate";
import { matmul } from "../../lib/src/linalg";
import { zeros } from "../../lib/src/tensor";
import { runNotebook, type CellRun } from "../../scripts/kernel/run-notebook";
import { learnerCopy } from "../helpers/learner";
import { testJupyterEnv, testOutputDir } from "../helpers/notebooks";

const printed = (cell: CellRun) => cell.outputs.map((o) => String(o.text ?? "")).join("");
const HANGUL = /[\uac00-\ud7a3]/;
// weightedSum without b: a known mistake with its own hint
const WRONG = { "02-weighted-sum-answer": "function weightedSum(w: number[], x: number[], b: number): number {\n  let z = 0;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return z;\n}" };
const SHAPE_ERROR = "nn.matmul(nn.zeros([2, 3]), nn.zeros([2, 3]));";
const TYPE_ERROR = 'const notANumber: number = "a";';
const missingB = getExercise("02-weighted-sum").mistakes!.find((m) => m.hint.startsWith("it looks like b is missing"))!.hint;
const shapeMessage = () => { try { matmul(zeros([2, 3]), zeros([2, 3])); } catch (error) { return `ShapeError: ${(error as Error).message}`; } return ""; };

describe.sequential("the library's messages in the notebook's language", () => {
  const env = testJupyterEnv();
  const run = async (language: "ko" | "en") => {
    const name = language === "ko" ? "ko/02-perceptron.ipynb" : "02-perceptron.ipynb";
    const file = learnerCopy(name, WRONG, mkdtempSync(path.join(testOutputDir, `language-${language}-`)), [SHAPE_ERROR, TYPE_ERROR]);
    const result = await runNotebook(file, { env, mode: "continue" });
    const check = result.cells.find((c) => c.firstLine.startsWith('nn.check("02-weighted-sum"'))!;
    const last = result.cells.length - 1;
    return { check: printed(check), progress: printed(result.cells.find((c) => c.firstLine.startsWith("nn.progress"))!), shape: result.cells[last - 1]!, type: result.cells[last]! };
  };

  it("Korean edition: a wrong answer's feedback and hint, the progress, a shape error and the compiler's message are Korean", async () => {
    const { check, progress, shape, type } = await run("ko");
    const hint = inLanguage("ko", () => translate(missingB));
    expect(hint).toMatch(HANGUL);
    expect(check).toContain(`→ 힌트: ${hint}`);
    expect(check).toContain("weightedSum: 보이는 검사");
    expect(check).not.toContain(missingB);
    expect(progress).toMatch(/^진행 상황: /);
    expect(shape.status).toBe("error");
    expect(shape.stderr).toBe(inLanguage("ko", shapeMessage) + "\n");
    expect(shape.stderr).toMatch(HANGUL);
    // TypeScript's own Korean (Microsoft's translation, lib/ko/diagnosticMessages.generated.json)
    expect(type.status).toBe("error");
    expect(type.stderr).toBe("1:7 - 'string' 형식은 'number' 형식에 할당할 수 없습니다.\n");
  }, 180_000);

  it("English edition: the same answers give English", async () => {
    const { check, progress, shape, type } = await run("en");
    expect(check).toContain(`→ hint: ${missingB}`);
    expect(check).toContain("weightedSum: ");
    expect(check).not.toMatch(HANGUL);
    expect(progress).toMatch(/^Progress: /);
    expect(shape.stderr).toBe(shapeMessage() + "\n");
    expect(shape.stderr).toMatch(/^ShapeError: matmul: columns of a must equal rows of b/);
    expect(type.stderr).toBe("1:7 - Type 'string' is not assignable to type 'number'.\n");
  }, 180_000);
});
