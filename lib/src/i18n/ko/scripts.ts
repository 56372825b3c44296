/** 한국어: the scripts a learner or instructor runs: npm start, the grader's feedback, releases. */
import type { Catalog } from "../translate";

export const scripts: Catalog = {
  // start.ts: what `npm start` prints
  "Jupyter is not installed, or the `jupyter` command is not on your PATH.": "Jupyter가 설치되어 있지 않거나 `jupyter` 명령이 PATH에 없습니다.",
  "Install it, then run `npm start` again:": "Jupyter를 설치한 뒤 `npm start`를 다시 실행하세요:",
  "any system with Python; plotly draws the course's plots": "Python이 있는 모든 시스템. plotly는 과정의 그래프를 그립니다",
  "Debian/Ubuntu: the classic Notebook": "Debian/Ubuntu: 클래식 Notebook",
  "The course's packages are not installed. Run `npm install` in {0} first.": "과정의 패키지가 설치되어 있지 않습니다. 먼저 {0}에서 `npm install`을 실행하세요.",
  "The course library is not built. Run `npm run build` (or `npm install`) first.": "과정 라이브러리가 빌드되어 있지 않습니다. 먼저 `npm run build`(또는 `npm install`)를 실행하세요.",
  "✔ The course's TypeScript kernel already points at this checkout.": "✔ 과정의 TypeScript 커널이 이미 이 과정 폴더를 가리키고 있습니다.",
  "Could not register the course's TypeScript kernel:": "과정의 TypeScript 커널을 등록하지 못했습니다:",
  "✔ Repaired the course's TypeScript kernel: it now points at this checkout.": "✔ 과정의 TypeScript 커널을 고쳤습니다. 이제 이 과정 폴더를 가리킵니다.",
  "✔ Registered the course's TypeScript kernel for this checkout.": "✔ 이 과정 폴더의 TypeScript 커널을 등록했습니다.",
  "{0}: no Korean edition yet, the English one is used": "{0}: 아직 한국어판이 없어 영어판을 씁니다",
  "Instructor mode: the sources in {0}/, with solutions and hidden tests. Clear outputs before you commit (npm run clear-outputs).":
    "강사 모드: {0}/의 원본(풀이와 숨겨진 테스트 포함)을 엽니다. 커밋하기 전에 출력을 지우세요(npm run clear-outputs).",
  "Present from notebooks/ko/, but edit notebooks/ and translations/ko/: npm run editions rebuilds notebooks/ko/ from them and replaces any edit made there.":
    "수업은 notebooks/ko/로 진행하되, 수정은 notebooks/와 translations/ko/에서 하세요. npm run editions가 그 둘로 notebooks/ko/를 다시 만들면서 거기서 고친 내용을 덮어씁니다.",
  "Your workspace: {0}/ — your own copies of the notebooks; `npm start` never overwrites them. Start with 00-start-here.ipynb.":
    "작업 공간: {0}/ — 여러분만의 노트북 사본이 있는 곳이며, `npm start`는 이 사본을 덮어쓰지 않습니다. 00-start-here.ipynb부터 시작하세요.",
  "Opening the course in JupyterLab: {0}": "JupyterLab에서 과정을 엽니다: {0}",
  "Opening the course in the classic Notebook: {0}": "클래식 Notebook에서 과정을 엽니다: {0}",

  // workspace/start-options.ts: the options of `npm start`, and its refusals
  "npm start: --lang takes ko (한국어, the default) or en (English), got nothing.": "npm start: --lang에는 ko(한국어, 기본값)나 en(English)을 지정해야 하는데 값이 없습니다.",
  "npm start: --lang takes ko (한국어, the default) or en (English), got {0}.": "npm start: --lang에는 ko(한국어, 기본값)나 en(English)을 지정해야 합니다. 받은 값: {0}.",
  "npm start: --workspace needs a folder, for example `npm start -- --workspace=workspace-2`.": "npm start: --workspace에는 폴더를 지정해야 합니다. 예: `npm start -- --workspace=workspace-2`.",
  "npm start: the course chooses the folder Jupyter opens, so {0} cannot be used here.": "npm start: Jupyter가 열 폴더는 과정이 정하므로 여기서는 {0}을(를) 쓸 수 없습니다.",
  "opens your workspace (workspace/ko/; --lang en: workspace/en/)": "여러분의 작업 공간을 엽니다(workspace/ko/, --lang en이면 workspace/en/)",
  "opens the instructor's sources (notebooks/)": "강사용 원본(notebooks/)을 엽니다",
  "opens another workspace inside the course folder": "과정 폴더 안의 다른 작업 공간을 엽니다",
  "npm start: the workspace must be a folder inside the course folder {0} (its notebooks load the course library from there), got {1}.":
    "npm start: 작업 공간은 과정 폴더 {0} 안에 있어야 합니다(노트북이 거기서 과정 라이브러리를 불러옵니다). 받은 값: {1}.",

  // workspace/workspace.ts: the course's updates in the learner's workspace (file names stay as they are)
  "+ {0}: a fresh copy (yours was not in the workspace)": "+ {0}: 새 사본입니다(작업 공간에 여러분의 사본이 없었습니다)",
  "↻ {0}: updated to the course's new version (you had not changed it)": "↻ {0}: 과정의 새 버전으로 바꿨습니다(여러분이 고친 적이 없는 노트북입니다)",
  "! {0}: the course has a new version; your copy is kept as it is and the new version is beside it as \"{1}\"":
    "! {0}: 과정에 새 버전이 있습니다. 여러분의 사본은 그대로 두었고, 새 버전은 그 옆에 \"{1}\" 파일로 두었습니다",

  // grading/grader.ts: the feedback file of a submission
  "# Feedback for {0}: {1}": "# {0} 님의 피드백: {1}",
  "{0} of {1} points.": "{1}점 만점에 {0}점입니다.",
  "Your submission could not be graded: {0}.": "제출물을 채점할 수 없었습니다: {0}.",
  "exercise": "연습 문제",
  "points": "점수",
  "status": "결과",
  "passed": "통과",
  "failed": "실패",
  "unattempted": "풀지 않음",
  "timeout": "시간 초과",
  "crashed": "커널 중단",
  "killed": "강제 중지",
  "error": "오류",
  "missing": "없음",
  "unreadable": "읽을 수 없음",
  "the file is larger than {0} MB": "파일이 {0} MB보다 큽니다",
  "nothing to grade": "채점할 것이 없습니다",
  "the grader failed on this submission: {0}": "채점기가 이 제출물을 처리하지 못했습니다: {0}",

  // grading/build.ts, names.ts: which notebook and which cells were graded
  "not a readable notebook ({0})": "읽을 수 있는 노트북이 아닙니다({0})",
  "Your notebook has {0} solution cells for {1}; the grader took the last one you changed (README: duplicated cells).":
    "노트북에 {1}의 답안 셀이 {0}개 있습니다. 채점기는 그중 여러분이 마지막으로 고친 셀을 채점했습니다(README: duplicated cells).",
  "the submission is a symbolic link, which the grader never follows": "제출물이 심볼릭 링크입니다. 채점기는 심볼릭 링크를 따라가지 않습니다",
  "{0} is a symbolic link; the grader never follows one.": "{0}은(는) 심볼릭 링크입니다. 채점기는 심볼릭 링크를 따라가지 않습니다.",
  "no notebook in the folder (only symbolic links)": "폴더에 노트북이 없습니다(심볼릭 링크뿐입니다)",
  "no notebook in the folder": "폴더에 노트북이 없습니다",
  "Graded {0} as {1}.": "{0}을(를) {1}(으)로 보고 채점했습니다.",
  "Your folder holds {0} notebooks ({1}); the grader took {2}: named like {3}, with the most exercises attempted, then the newest (README: several notebooks).":
    "폴더에 노트북이 {0}개 있습니다({1}). 채점기는 {2}을(를) 채점했습니다. 이름이 {3}과(와) 같은 것 가운데 시도한 연습 문제가 가장 많고, 그다음으로 가장 최근에 고친 노트북입니다(README: several notebooks).",
  "Your folder holds {0} notebooks ({1}); the grader took {2}: with the most exercises attempted, then the newest (README: several notebooks).":
    "폴더에 노트북이 {0}개 있습니다({1}). 채점기는 {2}을(를) 채점했습니다. 시도한 연습 문제가 가장 많고, 그다음으로 가장 최근에 고친 노트북입니다(README: several notebooks).",

  // grading/run.ts, sandbox.ts: why an exercise was taken out of a run
  "an unreadable result": "읽을 수 없는 결과",
  "two different results": "서로 다른 결과 두 개",
  "the kernel stopped (process.exit, a crash or too much memory) while running your solution cell; the exercise was graded without it":
    "여러분의 답안 셀을 실행하는 동안 커널이 멈췄습니다(process.exit, 충돌 또는 메모리 과다). 이 연습 문제는 답안 셀을 빼고 채점했습니다",
  "the kernel stopped (process.exit, a crash or too much memory) while running your function or code it left running; the exercise was graded without it":
    "여러분의 함수나 그 함수가 남겨 둔 코드를 실행하는 동안 커널이 멈췄습니다(process.exit, 충돌 또는 메모리 과다). 이 연습 문제는 답안 셀을 빼고 채점했습니다",
  "the grader stopped your code: {0}; the exercise was graded without it": "채점기가 여러분의 코드를 멈췄습니다: {0}. 이 연습 문제는 답안 셀을 빼고 채점했습니다",
  "the run took longer than {0} s": "실행이 {0}초보다 오래 걸렸습니다",
  "the cell did not stop within {0} s": "셀이 {0}초 안에 멈추지 않았습니다",
  "the hidden cases could not be given to the sandbox": "숨겨진 테스트의 입력을 샌드박스에 넘기지 못했습니다",
  "the cell did not stop when interrupted": "중단해도 셀이 멈추지 않았습니다",
  "more than {0} MB of output": "출력이 {0} MB를 넘었습니다",
  "the sandbox could not start": "샌드박스를 시작하지 못했습니다",
  "the kernel and its runner stopped during this cell": "이 셀을 실행하는 동안 커널과 실행기가 멈췄습니다",

  // grading/score.ts: each exercise's lines (the visible checks' lines share check.ts's messages, in core)
  "{0} gave no result (the run stopped before it)": "{0}: 결과가 없습니다(그 전에 실행이 멈췄습니다)",
  "{0} is not implemented yet": "{0}: 아직 구현되지 않았습니다",
  "an error": "오류",
  "{0} of {1} hidden tests failed: {2}.": "숨겨진 테스트 {1}개 중 {0}개가 실패했습니다: {2}.",
  "{0} returned a wrong value": "틀린 값 반환 {0}개",
  "{0} threw an error": "오류 발생 {0}개",
  "{0} did not return within {1} s": "{1}초 안에 끝나지 않음 {0}개",
  "{0} gave no result": "결과 없음 {0}개",
  "… and {0} more visible checks failed": "… 그 밖에 보이는 검사 {0}개가 실패했습니다",
  "Your function passes the visible checks; hint: {0}": "보이는 검사는 통과했습니다. 힌트: {0}",
  "no notebook could be read": "읽을 수 있는 노트북이 없습니다",
  "not implemented yet": "아직 구현되지 않았습니다",
  "the solution cell did not finish within its time limit (20 s): look for a loop that never ends outside your function":
    "답안 셀이 제한 시간(20초) 안에 끝나지 않았습니다: 함수 밖에 끝나지 않는 반복문이 있는지 찾아보세요",
  "the solution cell did not finish within its time limit": "답안 셀이 제한 시간 안에 끝나지 않았습니다",
  "the tests could not call your function: {0}": "테스트가 여러분의 함수를 호출하지 못했습니다: {0}",
  "the tests could not call your function (your solution cell stopped with an error when it ran: run it in your notebook to see it)":
    "테스트가 여러분의 함수를 호출하지 못했습니다(답안 셀이 실행 중에 오류로 멈췄습니다. 노트북에서 그 셀을 실행해 보면 오류를 볼 수 있습니다)",
  "the tests could not call your function": "테스트가 여러분의 함수를 호출하지 못했습니다",
};
