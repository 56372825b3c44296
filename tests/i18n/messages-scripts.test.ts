/**
 * The scripts in the learner's language: `npm start` speaks the edition chosen with --lang (Korean by
 * default), and the grader writes each student's feedback in the language of the notebook they
 * submitted (`metadata.course.language`), the library's messages from inside the sandbox included.
 */
import { spawnSync } from "child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { beforeAll, describe, expect, it } from "vitest";
import { inLanguage } from "../../lib/src/i18n/language";
import { inLanguageCell } from "../../scripts/grading/build";
import { feedbackMarkdown, gradeFolder, type StudentGrade } from "../../scripts/grading/grader";
import { notebookLanguage, readNotebook, sourceOf } from "../../scripts/grading/notebook";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { parseStartOptions, requestedLanguage } from "../../scripts/workspace/start-options";
import { syncWorkspace } from "../../scripts/workspace/workspace";
import { learnerCopy, type Answers } from "../helpers/learner";

const tsNode = path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js");
const startScript = path.join(repoRoot, "scripts", "start.ts");

describe("npm start in the learner's language", () => {
  it("reads --lang before anything else: Korean by default, English when asked, wherever it stands", () => {
    expect(requestedLanguage([])).toBe("ko");
    expect(requestedLanguage(["--notebook-dir=x", "--lang", "en"])).toBe("en");
    expect(requestedLanguage(["--lang=en", "--no-browser"])).toBe("en");
    expect(requestedLanguage(["--lang=fr"])).toBe("ko");
  });

  it("refuses Jupyter's folder options in Korean or in English", () => {
    const refusal = () => (parseStartOptions(["--notebook-dir=release"], "/course") as { error: string }).error;
    expect(inLanguage("ko", refusal)).toBe("npm start: Jupyter가 열 폴더는 과정이 정하므로 여기서는 --notebook-dir을(를) 쓸 수 없습니다.\n" +
      "  npm start                       여러분의 작업 공간을 엽니다(workspace/ko/, --lang en이면 workspace/en/)\n" +
      "  npm start -- --instructor       강사용 원본(notebooks/)을 엽니다\n" +
      "  npm start -- --workspace=<dir>  과정 폴더 안의 다른 작업 공간을 엽니다");
    expect(inLanguage("en", refusal)).toMatch(/^npm start: the course chooses the folder Jupyter opens, so --notebook-dir cannot be used here\.\n {2}npm start {23}opens your workspace/);
    expect(inLanguage("ko", () => parseStartOptions(["--workspace=/elsewhere"], "/course"))).toEqual({
      error: "npm start: 작업 공간은 과정 폴더 /course 안에 있어야 합니다(노트북이 거기서 과정 라이브러리를 불러옵니다). 받은 값: /elsewhere.",
    });
    expect(inLanguage("ko", () => parseStartOptions(["--lang=fr"], "/course"))).toEqual({ error: "npm start: --lang에는 ko(한국어, 기본값)나 en(English)을 지정해야 합니다. 받은 값: fr." });
  });

  it("prints its refusal in Korean by default and in English with --lang en", () => {
    const start = (...args: string[]) => spawnSync(process.execPath, [tsNode, startScript, ...args], { encoding: "utf8", cwd: repoRoot });
    const korean = start("--notebook-dir=release");
    expect(korean.status).toBe(2);
    expect(korean.stderr).toContain("npm start: Jupyter가 열 폴더는 과정이 정하므로 여기서는 --notebook-dir을(를) 쓸 수 없습니다.");
    const english = start("--notebook-dir=release", "--lang", "en");
    expect(english.status).toBe(2);
    expect(english.stderr).toContain("npm start: the course chooses the folder Jupyter opens, so --notebook-dir cannot be used here.");
  }, 120_000);

  it("tells of a course update in Korean, the new file's name unchanged", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dlbasics-course-"));
    const source = path.join(dir, "02-demo.ipynb");
    copyFileSync(path.join(repoRoot, "tests", "fixtures", "exercise-demo.ipynb"), source);
    const workspace = path.join(dir, "workspace");
    expect(inLanguage("ko", () => syncWorkspace([source], workspace)).map((a) => a.message)).toEqual(["+ 02-demo.ipynb"]);
    const mine = path.join(workspace, "02-demo.ipynb");
    writeFileSync(mine, readFileSync(mine, "utf8").replace("YOUR CODE HERE", "my own try"));
    const nb = JSON.parse(readFileSync(source, "utf8"));
    nb.cells[0].source = `${sourceOf(nb.cells[0])}\n\nA sentence the course added later.`;
    writeFileSync(source, JSON.stringify(nb));
    const [action] = inLanguage("ko", () => syncWorkspace([source], workspace));
    expect(action!.beside).toMatch(/^02-demo \(course update \w{6}\)\.ipynb$/);
    expect(action!.message).toBe(`! 02-demo.ipynb: 과정에 새 버전이 있습니다. 여러분의 사본은 그대로 두었고, 새 버전은 그 옆에 "${action!.beside}" 파일로 두었습니다`);
  });
});

describe("the grader's feedback in the submission's language", () => {
  it("knows a notebook's edition from its metadata", () => {
    expect(notebookLanguage(readNotebook(path.join(repoRoot, "notebooks", "ko", "02-perceptron.ipynb")))).toBe("ko");
    expect(notebookLanguage(readNotebook(path.join(repoRoot, "notebooks", "02-perceptron.ipynb")))).toBe("en");
    expect(notebookLanguage({ metadata: { course: { language: "en" } } })).toBe("en");
  });

  it("sets the submission's language in the first cell of the notebook it runs, after the import", () => {
    const first = 'require("grader-realm.js");\nimport * as nn from "dlbasics";\nnn.setLanguage("en");\nnn.setSeed(2);';
    expect(inLanguageCell(first, "ko")).toBe('require("grader-realm.js");\nimport * as nn from "dlbasics";\nnn.setLanguage("ko");\nnn.setSeed(2);');
    expect(inLanguageCell('require("grader-realm.js");\nconst x = 1;', "en")).toBe('require("grader-realm.js");\nrequire("dlbasics").setLanguage("en");\nconst x = 1;');
  });

  it("writes the headings, points and statuses in the student's language", () => {
    const grade = (language: "ko" | "en"): StudentGrade => ({
      student: "김철수", key: "김철수", notebook: "02-perceptron.ipynb", points: 2, maxPoints: 5, notes: [], language,
      exercises: [
        { id: "02-weighted-sum", points: 2, maxPoints: 2, status: "passed", details: [] },
        { id: "02-tipping-weight", points: 0, maxPoints: 3, status: "unattempted", details: ["…"] },
      ],
    });
    const korean = feedbackMarkdown(grade("ko"));
    expect(korean).toContain("# 김철수 님의 피드백: 02-perceptron.ipynb\n\n**5점 만점에 2점입니다.**");
    expect(korean).toContain("| 연습 문제 | 점수 | 결과 |\n|---|---|---|\n| 02-weighted-sum | 2/2 | 통과 |\n| 02-tipping-weight | 0/3 | 풀지 않음 |");
    expect(korean).toContain("## 02-tipping-weight (풀지 않음)");
    const english = feedbackMarkdown(grade("en"));
    expect(english).toContain("# Feedback for 김철수: 02-perceptron.ipynb\n\n**2 of 5 points.**");
    expect(english).toContain("| exercise | points | status |\n|---|---|---|\n| 02-weighted-sum | 2/2 | passed |");
    expect(english).toContain("## 02-tipping-weight (unattempted)");
  });

  describe("npm run grade on a Korean and an English submission of notebook 02", () => {
    const answers: Answers = {
      "02-weighted-sum-answer": "function weightedSum(w: number[], x: number[], b: number): number {\n  let z = b;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return z;\n}",
      "02-perceptron-answer": "function perceptron(w: number[], x: number[], b: number): number {\n  return weightedSum(w, x, b) >= 0 ? 1 : 0;\n}",
      // a wrong sign: a wrong value on most cases
      "02-sigmoid-neuron-answer": "function sigmoidNeuron(w: number[], x: number[], b: number): number {\n  return 1 / (1 + Math.exp(weightedSum(w, x, b)));\n}",
      // vectors of different lengths: the library throws, in the kernel's language
      "02-tipping-weight-answer": "function tippingWeight(w: number[], x: number[], b: number, j: number): number {\n  return nn.dot(nn.tensor(w), nn.tensor([...x, 1]));\n}",
    };
    let feedback: Record<string, string>;
    let grades: Map<string, StudentGrade>;

    beforeAll(async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "dlbasics-grade-i18n-"));
      const folder = path.join(dir, "submitted");
      mkdirSync(folder);
      mkdirSync(path.join(dir, "copies", "ko"), { recursive: true });
      copyFileSync(learnerCopy("ko/02-perceptron.ipynb", answers, path.join(dir, "copies")), path.join(folder, "김철수.ipynb"));
      copyFileSync(learnerCopy("02-perceptron.ipynb", answers, path.join(dir, "copies")), path.join(folder, "kim.ipynb"));
      const workRoot = mkdtempSync(path.join(os.tmpdir(), "dlbasics-grade-work-"));
      chmodSync(workRoot, 0o711); // the sandbox's user must pass through it to its run folder
      const outDir = path.join(dir, "grades");
      const result = await gradeFolder(folder, { source: path.join(repoRoot, "notebooks", "02-perceptron.ipynb"), outDir, parallel: 2, workRoot, log: () => undefined });
      grades = new Map(result.grades.map((g) => [g.student, g]));
      feedback = Object.fromEntries(["김철수", "kim"].map((s) => [s, readFileSync(path.join(outDir, "feedback", `${s}.md`), "utf8")]));
    }, 600_000);

    it("grades both alike", () => {
      for (const student of ["김철수", "kim"]) {
        expect(grades.get(student)!.exercises.map((e) => `${e.id} ${e.status} ${e.points}`), student)
          .toEqual(["02-weighted-sum passed 1", "02-perceptron passed 1", "02-sigmoid-neuron failed 0", "02-tipping-weight failed 0"]);
      }
      expect(grades.get("김철수")!.language).toBe("ko");
      expect(grades.get("kim")!.language).toBe("en");
    });

    it("writes the Korean submission's feedback in Korean, the library's errors from the sandbox included", () => {
      const text = feedback["김철수"]!;
      expect(text).toContain("# 김철수 님의 피드백: 02-perceptron.ipynb\n\n**5점 만점에 2점입니다.**");
      expect(text).toContain("| 연습 문제 | 점수 | 결과 |");
      expect(text).toContain("## 02-sigmoid-neuron (실패)");
      expect(text).toMatch(/- ✖ sigmoidNeuron\(.*\)의 반환값은 .*인데 기대한 값은 .*입니다 → 힌트: /);
      expect(text).toMatch(/- 숨겨진 테스트 4개 중 \d개가 실패했습니다: 틀린 값 반환 \d개\./);
      expect(text).toMatch(/- ✖ tippingWeight\(.*\)에서 오류가 발생했습니다: ShapeError: dot: .*받은 형상: x \[\d\], y \[\d\]/);
      expect(text).toContain("- 숨겨진 테스트 5개 중 5개가 실패했습니다: 오류 발생 5개.");
      expect(text).not.toMatch(/hidden tests|returned|expected|threw|got x/);
    });

    it("writes the English submission's feedback in English", () => {
      const text = feedback.kim!;
      expect(text).toContain("# Feedback for kim: 02-perceptron.ipynb\n\n**2 of 5 points.**");
      expect(text).toContain("| exercise | points | status |");
      expect(text).toContain("## 02-sigmoid-neuron (failed)");
      expect(text).toMatch(/- ✖ sigmoidNeuron\(.*\) returned .*, expected .* → hint: /);
      expect(text).toMatch(/- \d of 4 hidden tests failed: \d returned a wrong value\./);
      expect(text).toMatch(/- ✖ tippingWeight\(.*\) threw ShapeError: dot: .*, got x \[\d\] and y \[\d\]/);
      expect(text).toContain("- 5 of 5 hidden tests failed: 5 threw an error.");
      expect(text).not.toMatch(/[\uac00-\ud7a3]/);
    });
  });
});
