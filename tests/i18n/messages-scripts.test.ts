/**
 * The scripts in the learner's language: `npm start` speaks the edition chosen with --lang (Korean by
 * default), and the grader writes each student's feedback in the language of the notebook they
 * submitted (`metadata.course.language`), the library's messages from inside the sandbox included.
 * The instructor's commands (`npm run grade`, `collect`, `hub`) print in the language of their --lang,
 * Korean by default too, whatever the language of the feedback they write.
 */
import { spawnSync } from "child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { beforeAll, describe, expect, it } from "vitest";
import { getLanguage, inLanguage, setLanguage } from "../../lib/src/i18n/language";
import { inLanguageCell } from "../../scripts/grading/build";
import { feedbackMarkdown, gradeFolder, type StudentGrade } from "../../scripts/grading/grader";
import { notebookLanguage, readNotebook, sourceOf } from "../../scripts/grading/notebook";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { parseStartOptions, requestedLanguage } from "../../scripts/workspace/start-options";
import { syncWorkspace } from "../../scripts/workspace/workspace";
import { learnerCopy, type Answers } from "../helpers/learner";

const tsNode = path.join(repoRoot, "node_modules", "ts-node", "dist", "bin.js");
const startScript = path.join(repoRoot, "scripts", "start.ts");

/** An instructor's command (scripts/<script>) as npm runs it, transpiled only (type checking is tsc's job). */
function command(script: string, ...args: string[]) {
  const env = { ...process.env, INIT_CWD: repoRoot, TS_NODE_TRANSPILE_ONLY: "true" };
  const run = spawnSync(process.execPath, [tsNode, path.join(repoRoot, "scripts", script), ...args], { encoding: "utf8", cwd: repoRoot, env, timeout: 60_000 });
  return { status: run.status, stderr: run.stderr.trim() };
}

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

describe("the instructor's commands in the language of --lang (Korean by default)", () => {
  const usage = "npm run grade -- submissions/ [--source notebooks/NN-name.ipynb] [--lang en]";

  it("npm run grade: its usage, and --lang is not taken for the folder", () => {
    expect(command("grade.ts")).toEqual({ status: 1, stderr: `grade: 제출한 노트북이 있는 폴더를 지정해야 하는데 값이 없습니다. 사용법: ${usage}` });
    expect(command("grade.ts", "--lang", "en")).toEqual({ status: 1, stderr: `grade: expected a folder of submitted notebooks, got nothing. Usage: ${usage}` });
    expect(command("grade.ts", "--lang=fr")).toEqual({ status: 2, stderr: "grade: --lang에는 ko(한국어, 기본값)나 en(English)을 지정해야 합니다. 받은 값: fr." });
  }, 120_000);

  it("npm run grade: a bad --shard, and a stray argument of --merge", () => {
    expect(command("grade.ts", "--shard", "4/3")).toEqual({ status: 2, stderr: "grade: --shard에는 1 ≤ i ≤ N인 정수 i/N을 지정해야 합니다(예: --shard 2/3). 받은 값: 4/3(샤드 3개 중 4번째 샤드는 없습니다)" });
    expect(command("grade.ts", "--shard", "4/3", "--lang", "en")).toEqual({ status: 2, stderr: "grade: expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found 4/3 (there is no shard 4 of 3)" });
    expect(command("grade.ts", "--merge", "grades-1", "--out", "grades", "extra")).toEqual({ status: 2, stderr: "grade: npm run grade -- --merge <shard output folder>… [--out folder] 형식이어야 하는데 extra도 있습니다" });
    expect(command("grade.ts", "--lang=en", "--merge", "grades-1", "--out", "grades", "extra")).toEqual({ status: 2, stderr: "grade: expected npm run grade -- --merge <shard output folder>… [--out folder], found also extra" });
  }, 120_000);

  it("npm run collect: a missing --notebook", () => {
    expect(command("collect.ts")).toEqual({ status: 2, stderr: "npm run collect: --notebook에는 노트북 번호를 지정해야 합니다. 예: --notebook 02" });
    expect(command("collect.ts", "--lang", "en")).toEqual({ status: 2, stderr: "npm run collect: --notebook takes a notebook number, for example --notebook 02" });
    expect(command("collect.ts", "--notebook", "99", "--lang", "en")).toEqual({ status: 2, stderr: "npm run collect: the course has no notebook 99 (notebooks/99-*.ipynb)" });
  }, 120_000);

  it("npm run hub: its usage in --lang, a workspace's refusals in the learner's language", () => {
    const usage = "npm run hub -- setup [--prefix /usr/local] [--lang en] | npm run hub -- workspace <user> <ko|en> [--root <folder>]";
    expect(command("hub/hub.ts")).toEqual({ status: 2, stderr: `npm run hub: 사용법: ${usage}` });
    expect(command("hub/hub.ts", "--lang", "en")).toEqual({ status: 2, stderr: `npm run hub: usage: ${usage}` });
    expect(command("hub/hub.ts", "workspace", "../kim", "ko")).toEqual({ status: 2, stderr: 'npm run hub: 이 과정에서 폴더 이름으로 쓸 수 있는 사용자 이름이 아닙니다: "../kim"' });
    expect(command("hub/hub.ts", "workspace", "../kim", "en")).toEqual({ status: 2, stderr: 'npm run hub: not a user name this course can use as a folder: "../kim"' });
  }, 120_000);
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
    let log: string[];
    let summaryFile: string;

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
      // The command line's language (npm run grade's default) is not the English submission's.
      const before = getLanguage();
      setLanguage("ko");
      log = [];
      try {
        const result = await gradeFolder(folder, { source: path.join(repoRoot, "notebooks", "02-perceptron.ipynb"), outDir, parallel: 2, workRoot, log: (l) => log.push(l) });
        grades = new Map(result.grades.map((g) => [g.student, g]));
      } finally {
        setLanguage(before);
      }
      summaryFile = readFileSync(path.join(outDir, "summary.txt"), "utf8");
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

    it("prints its progress and summary in the command line's language, and writes summary.txt in English", () => {
      expect(log[0]).toMatch(/^grade: 02-perceptron\.ipynb의 제출물 2개\(연습 문제 4개\)를 한 번에 2개씩 채점합니다\. /);
      expect(log[1]).toBe("grade: 02-perceptron.ipynb의 참조 풀이를 실행합니다(별도의 샌드박스에서)…");
      expect(log[2]).toMatch(/^grade: 참조 풀이를 [\d.]+초 만에 실행했습니다\. 테스트 입력 \d+개를 기록했습니다\. 학생들의 제출물을 채점합니다…$/);
      expect(log).toContainEqual(expect.stringMatching(/^\[[12]\/2\] kim: 2\/5점\(02-weighted-sum 통과, 02-perceptron 통과, 02-sigmoid-neuron 실패, 02-tipping-weight 실패\), [\d.]+초$/));
      expect(log.at(-1)).toMatch(/^학생 2명을 [\d.]+초 동안 채점했습니다\. 평균은 5점 만점에 2\.00점입니다\.\n연습 문제별 결과:\n {2}02-weighted-sum: 통과 2명\n/);
      expect(summaryFile).toMatch(/^Graded 2 students in [\d.]+ s; mean 2\.00 of 5 points\.\nPer exercise:\n {2}02-weighted-sum: 2 passed\n/);
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
