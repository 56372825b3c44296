/** 한국어: the scripts a learner or instructor runs: npm start, the grader's feedback, releases, and the instructor's commands (grade, collect, hub). */
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

  // the instructor's commands (npm run grade, collect, hub): what they print, in the language of --lang
  "--lang takes ko (한국어, the default) or en (English), got nothing.": "--lang에는 ko(한국어, 기본값)나 en(English)을 지정해야 하는데 값이 없습니다.",
  "--lang takes ko (한국어, the default) or en (English), got {0}.": "--lang에는 ko(한국어, 기본값)나 en(English)을 지정해야 합니다. 받은 값: {0}.",

  // grade.ts: the command line of `npm run grade`
  "expected a value after {0}, found nothing": "{0} 뒤에 값을 지정해야 하는데 값이 없습니다",
  "expected a value after {0}, found {1}": "{0} 뒤에 값을 지정해야 하는데 {1}이(가) 왔습니다",
  "expected npm run grade -- --merge <shard output folder>… [--out folder], found also {0}":
    "npm run grade -- --merge <shard output folder>… [--out folder] 형식이어야 하는데 {0}도 있습니다",
  "expected a folder of submitted notebooks, got nothing. Usage: npm run grade -- submissions/ [--source notebooks/NN-name.ipynb] [--lang en]":
    "제출한 노트북이 있는 폴더를 지정해야 하는데 값이 없습니다. 사용법: npm run grade -- submissions/ [--source notebooks/NN-name.ipynb] [--lang en]",
  "expected a folder of submitted notebooks, got {0}. Usage: npm run grade -- submissions/ [--source notebooks/NN-name.ipynb] [--lang en]":
    "제출한 노트북이 있는 폴더를 지정해야 하는데 {0}이(가) 없습니다. 사용법: npm run grade -- submissions/ [--source notebooks/NN-name.ipynb] [--lang en]",
  "no notebook in notebooks/ is named like the submissions ({0}); pass --source": "notebooks/에 제출물과 이름이 같은 노트북이 없습니다({0}). --source로 원본 노트북을 지정하세요",

  // grading/grader.ts, run.ts: the grader's progress lines and summary (summary.txt itself stays in English)
  "{0}. Install it (Debian/Ubuntu: apt-get install bubblewrap), or pass --no-sandbox to grade without one (README: what then does not hold).":
    "{0}. bubblewrap을 설치하거나(Debian/Ubuntu: apt-get install bubblewrap), 샌드박스 없이 채점하려면 --no-sandbox를 주세요(README: what then does not hold).",
  "grade: shard {0}/{1}: {2} of {3} submissions of {4} ({5} exercises), {6} at a time, {7}.":
    "grade: 샤드 {0}/{1}: {4}의 제출물 {3}개 중 {2}개(연습 문제 {5}개)를 한 번에 {6}개씩 채점합니다. {7}.",
  "grade: {0} submissions of {1} ({2} exercises), {3} at a time, {4}.": "grade: {1}의 제출물 {0}개(연습 문제 {2}개)를 한 번에 {3}개씩 채점합니다. {4}.",
  "grade: {0} results kept from an earlier run of the same submissions; grading the other {1}.":
    "grade: 같은 제출물을 채점한 이전 실행의 결과 {0}개를 그대로 씁니다. 나머지 {1}개를 채점합니다.",
  "grade: running the reference solution of {0} (its own sandbox)…": "grade: {0}의 참조 풀이를 실행합니다(별도의 샌드박스에서)…",
  "grade: reference done in {0} s: {1} cases recorded; grading students…": "grade: 참조 풀이를 {0}초 만에 실행했습니다. 테스트 입력 {1}개를 기록했습니다. 학생들의 제출물을 채점합니다…",
  "[{0}/{1}] {2}: {3}/{4} points ({5}) in {6} s": "[{0}/{1}] {2}: {3}/{4}점({5}), {6}초",
  "{0} passed": "통과 {0}명",
  "{0} failed": "실패 {0}명",
  "{0} unattempted": "풀지 않음 {0}명",
  "{0} timeout": "시간 초과 {0}명",
  "{0} crashed": "커널 중단 {0}명",
  "{0} killed": "강제 중지 {0}명",
  "{0} error": "오류 {0}명",
  "{0} missing": "없음 {0}명",
  "{0} unreadable": "읽을 수 없음 {0}명",
  "Graded {0} students in {1} s; mean {2} of {3} points.": "학생 {0}명을 {1}초 동안 채점했습니다. 평균은 {3}점 만점에 {2}점입니다.",
  "Per exercise:": "연습 문제별 결과:",
  "{0}: no cases recorded": "{0}: 기록된 테스트 입력이 없습니다",
  "{0}: case {1} {2}": "{0}: 테스트 입력 {1}의 결과가 {2}입니다",
  "{0}: the reference solution does not pass its own tests: {1}": "{0}: 참조 풀이가 자기 테스트를 통과하지 못합니다: {1}",

  // grading/shards.ts, merge.ts: --shard and --merge
  "expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found nothing":
    "--shard에는 1 ≤ i ≤ N인 정수 i/N을 지정해야 하는데(예: --shard 2/3) 값이 없습니다",
  "expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found {0}":
    "--shard에는 1 ≤ i ≤ N인 정수 i/N을 지정해야 합니다(예: --shard 2/3). 받은 값: {0}",
  "expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found {0}/{1} (there is no shard {2} of {3})":
    "--shard에는 1 ≤ i ≤ N인 정수 i/N을 지정해야 합니다(예: --shard 2/3). 받은 값: {0}/{1}(샤드 {3}개 중 {2}번째 샤드는 없습니다)",
  "expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found {0}/{1}":
    "--shard에는 1 ≤ i ≤ N인 정수 i/N을 지정해야 합니다(예: --shard 2/3). 받은 값: {0}/{1}",
  "{0} is not the output of a shard (no {1}): grade with --shard i/N --out <folder> first":
    "{0}은(는) 샤드의 출력 폴더가 아닙니다({1}이(가) 없습니다). 먼저 --shard i/N --out <folder>로 채점하세요",
  "{0} cannot be read: {1}": "{0}을(를) 읽을 수 없습니다: {1}",
  "{0} is not a shard record this grader knows": "{0}은(는) 이 채점기가 아는 형식의 샤드 기록이 아닙니다",
  "expected --merge <shard output folder>… (one folder per shard), found none": "--merge 뒤에 <shard output folder>…를 지정해야 하는데(샤드마다 폴더 하나) 하나도 없습니다",
  "the merged output (--out {0}) must not be one of the shards' folders": "합친 결과를 쓸 폴더(--out {0})는 샤드의 폴더와 달라야 합니다",
  "{0} (shard {1}/{2})": "{0}(샤드 {1}/{2})",
  "{0} graded {1} (source {2}), {3} {4} (source {5}): shards of different source notebooks":
    "{0}은(는) {1}(원본 {2})을(를), {3}은(는) {4}(원본 {5})을(를) 채점했습니다. 원본 노트북이 서로 다른 샤드입니다",
  "{0} and {1} were graded by different versions of the grader": "{0}과(와) {1}은(는) 서로 다른 버전의 채점기로 채점했습니다",
  "{0} and {1} graded different class folders (or the folder changed between them): grade every shard from the same folder":
    "{0}과(와) {1}은(는) 서로 다른 수업 폴더를 채점했습니다(또는 그 사이에 폴더가 바뀌었습니다). 모든 샤드를 같은 폴더로 채점하세요",
  "{0} is one of {1} shards, {2} one of {3}": "{0}은(는) 샤드 {1}개 중 하나인데 {2}은(는) 샤드 {3}개 중 하나입니다",
  "shard {0}/{1} is given twice: {2} and {3}": "샤드 {0}/{1}이(가) 두 번 주어졌습니다: {2}, {3}",
  "shard {0} missing: merge all {1} shards": "샤드 {0}이(가) 없습니다. 샤드 {1}개를 모두 합치세요",
  "shards {0} missing: merge all {1} shards": "샤드 {0}이(가) 없습니다. 샤드 {1}개를 모두 합치세요",
  "{0} did not finish grading: run its command again (it resumes), then merge": "{0}은(는) 채점을 끝내지 못했습니다. 그 명령을 다시 실행해(이어서 채점합니다) 채점을 마친 뒤 합치세요",
  "{0} was graded by two shards: {1} and {2}": "{0}을(를) 두 샤드가 채점했습니다: {1}, {2}",
  "no shard graded {0}": "어느 샤드도 {0}을(를) 채점하지 않았습니다",
  "{0} has no result for {1} (expected {2})": "{0}에 {1}의 결과가 없습니다({2}에 있어야 합니다)",
  "grade: merged {0} shards of {1}: {2} students.": "grade: {1}의 샤드 {0}개를 합쳤습니다. 학생은 {2}명입니다.",

  // collect.ts: `npm run collect`
  "a symbolic link": "심볼릭 링크",
  "not a plain file": "일반 파일이 아님",
  "over {0} MB": "{0} MB 초과",
  "{0} is not empty and was not made by npm run collect: choose another --out": "{0}은(는) 비어 있지 않고 npm run collect가 만든 폴더도 아닙니다. 다른 --out을 지정하세요",
  "{0}: not a folder": "{0}: 폴더가 아님",
  "skipped {0}": "건너뛰었습니다: {0}",
  "{0}: no notebook {1} in their workspace (graded as missing)": "{0}: 작업 공간에 노트북 {1}이(가) 없습니다(missing으로 채점됩니다)",
  "✔ {0} notebook(s) {1} of {2} learner(s) in {3}/": "✔ 학습자 {2}명의 노트북 {1}을(를) {3}/에 모았습니다(파일 {0}개)",
  "--notebook takes a notebook number, for example --notebook 02": "--notebook에는 노트북 번호를 지정해야 합니다. 예: --notebook 02",
  "the course has no notebook {0} (notebooks/{1}-*.ipynb)": "과정에 노트북 {0}이(가) 없습니다(notebooks/{1}-*.ipynb)",
  "no learners' workspaces in {0} (--from)": "{0}에 학습자의 작업 공간이 없습니다(--from)",
  "Next: {0}": "다음 단계: {0}",

  // hub/hub.ts: `npm run hub`
  "not a user name this course can use as a folder: {0}": "이 과정에서 폴더 이름으로 쓸 수 있는 사용자 이름이 아닙니다: {0}",
  "the workspaces must be in a folder inside the course folder {0} (its notebooks load the course library from there), got {1}":
    "작업 공간은 과정 폴더 {0} 안의 폴더에 있어야 합니다(노트북이 거기서 과정 라이브러리를 불러옵니다). 받은 값: {1}",
  "✔ kernel \"tslab\" (the course kernel of {0}, {1}): {2}": "✔ 커널 \"tslab\"({0}의 과정 커널, {1}): {2}",
  "✔ plotly.js for the classic Notebook: {0}": "✔ 클래식 Notebook용 plotly.js: {0}",
  "✔ learners' workspaces: {0}/<user>/<ko|en>/ (each <user> folder is the learner's, mode 0700)":
    "✔ 학습자의 작업 공간: {0}/<user>/<ko|en>/(<user> 폴더는 각 학습자의 것이며 권한은 0700입니다)",
  "usage: npm run hub -- workspace <user> <ko|en> [--root <folder>]": "사용법: npm run hub -- workspace <user> <ko|en> [--root <folder>]",
  "the language is ko or en, got {0}": "언어는 ko나 en이어야 합니다. 받은 값: {0}",
  "usage: npm run hub -- setup [--prefix /usr/local] [--lang en] | npm run hub -- workspace <user> <ko|en> [--root <folder>]":
    "사용법: npm run hub -- setup [--prefix /usr/local] [--lang en] | npm run hub -- workspace <user> <ko|en> [--root <folder>]",
};
