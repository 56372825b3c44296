/** 한국어: errors, exercise feedback and progress, training lines, the course kernel. */
import type { Catalog } from "../translate";

export const core: Catalog = {
  // errors.ts: the frames of the course's errors
  " and ": ", ",
  "{0}: {1}, got {2}.": "{0}: {1}. 받은 형상: {2}.",
  "{0}: expected {1}, got {2}.": "{0}: 기대한 값은 {1}인데 받은 값은 {2}입니다.",
  "{0}: expected {1}, found {2}.": "{0}: 기대한 것은 {1}인데 실제로는 {2}입니다.",
  "{0}: {1} in epoch {2}: the learning rate {3} is probably too large; try one ten times smaller ({4}), notebook 07.":
    "{0}: 에포크 {2}에서 {1}. 학습률 {3}이(가) 너무 큰 것 같습니다. 10배 작은 값({4})으로 해 보세요(노트북 07).",
  "The records of epochs 1 … {0} are in this error's history.": "에포크 1 … {0}의 기록은 이 오류의 history에 있습니다.",
  "claim: the text of this notebook says that {0}, but this run disagrees ({1}).": "claim: 이 노트북의 본문은 「{0}」라고 하지만 이번 실행 결과는 다릅니다({1}).",
  "claim: the text of this notebook says that {0}, but this run disagrees.": "claim: 이 노트북의 본문은 「{0}」라고 하지만 이번 실행 결과는 다릅니다.",
  "Report it to the course authors: the text and the numbers must agree.": "과정 저자에게 알려 주세요. 본문과 숫자는 일치해야 합니다.",
  "\"{0}\" (a string)": "\"{0}\"(문자열)",
  "an array of length {0}": "길이 {0}인 배열",
  "a tensor of shape {0}": "형상 {0}인 텐서",
  "an object ({0})": "객체({0})",

  // exercises/format.ts: answers as feedback shows them
  "a tensor {0} {1}": "텐서 {0} {1}",
  "{0} (shape {1})": "{0} (형상 {1})",
  "a function {0}": "함수 {0}",
  "a function (anonymous)": "함수(이름 없음)",
  "an object {0}": "객체 {0}",
  "… {0} more": "… 외 {0}개",
  "at {0}: ": "{0} 위치: ",
  "expected a tensor {0}, got {1}": "텐서 {0}이(가) 나와야 하는데 {1}이(가) 나왔습니다",
  "wrong shape: expected {0}, got {1}": "형상이 다릅니다: 기대한 형상은 {0}인데 {1}입니다",
  "expected an array, got {0}": "배열이 나와야 하는데 {0}이(가) 나왔습니다",
  "expected {0}, got {1}": "기대한 값은 {0}인데 받은 값은 {1}입니다",
  "expected a number, got {0}": "숫자가 나와야 하는데 {0}이(가) 나왔습니다",
  "got NaN (not a number): look for 0/0, ∞ − ∞ or an undefined variable in arithmetic":
    "NaN(숫자가 아님)이 나왔습니다: 0/0, ∞ − ∞, 또는 계산에 쓰인 정의되지 않은 변수를 찾아보세요",
  "off by {0}, more than the tolerance {1}": "차이 {0}, 허용 오차 {1}보다 큽니다",

  // exercises/check.ts, guard.ts, inputs.ts, compile-state.ts: a check's answer
  "{0}: not implemented yet": "{0}: 아직 구현되지 않았습니다",
  "{0}: {1} does not compile yet: {2}": "{0}: {1}은(는) 아직 컴파일되지 않습니다: {2}",
  "{0} did not return within {1} s: look for a loop that never ends": "{0}이(가) {1}초 안에 끝나지 않았습니다: 끝나지 않는 반복문이 있는지 찾아보세요",
  "{0} threw {1}": "{0}에서 오류가 발생했습니다: {1}",
  "{0} returned {1}, expected {2}": "{0}의 반환값은 {1}인데 기대한 값은 {2}입니다",
  "; expected {0}": ". 기대한 값: {0}",
  "✔ {0}: {1}/{2} visible checks passed ({3}; hidden tests decide the grade)": "✔ {0}: 보이는 검사 {1}/{2}개 통과({3}, 점수는 숨겨진 테스트가 정합니다)",
  "… {0}: not attempted yet ({1}). Replace `throw new Error(\"not implemented yet\")` with your code, then run this cell again.":
    "… {0}: 아직 풀지 않았습니다({1}). `throw new Error(\"not implemented yet\")`를 여러분의 코드로 바꾼 뒤 이 셀을 다시 실행하세요.",
  "✖ {0} does not compile yet: {1}": "✖ {0}은(는) 아직 컴파일되지 않습니다: {1}",
  "Fix that line in your solution cell, run the cell, then run this check again ({0} at stake).": "답안 셀에서 그 줄을 고치고 셀을 실행한 뒤 이 검사를 다시 실행하세요({0}).",
  "… {0} calls {1}, which does not compile yet: finish {2} ({3}) first, then run this check again.":
    "… {0}은(는) {1}을(를) 호출하는데 {1}이(가) 아직 컴파일되지 않습니다: 먼저 {2}({3})를 끝낸 뒤 이 검사를 다시 실행하세요.",
  "… {0} calls {1}, which is not implemented yet: finish {2} ({3}) first, then run this check again.":
    "… {0}은(는) {1}을(를) 호출하는데 {1}이(가) 아직 구현되지 않았습니다: 먼저 {2}({3})를 끝낸 뒤 이 검사를 다시 실행하세요.",
  "✖ {0} → hint: {1}": "✖ {0} → 힌트: {1}",
  "… and {0} more failing case(s)": "… 그 밖에 실패한 경우 {0}개",
  "{0}: {1}/{2} visible checks passed ({3} at stake)": "{0}: 보이는 검사 {1}/{2}개 통과({3})",
  "✖ check(\"{0}\") could not run: {1}": "✖ check(\"{0}\")를 실행할 수 없습니다: {1}",
  "exercise {0}": "연습 문제 {0}",
  "the exercise above": "위의 연습 문제",
  "{0} point": "{0}점",
  "{0} points": "{0}점",
  "{0} does not compile yet: {1}": "{0}은(는) 아직 컴파일되지 않습니다: {1}",
  "line {0}: {1}": "{0}번째 줄: {1}",
  "expected a function, got {0}": "함수가 필요한데 {0}을(를) 받았습니다",
  "threw {0}": "{0}을(를) throw했습니다",
  "argument {0}": "{0}번째 인수",
  "changed its argument `{0}` (now {1}): work on a copy (`{2}`) and leave the input as it was":
    "인수 `{0}`을(를) 바꿨습니다(지금 값: {1}). 복사본(`{2}`)으로 작업하고 입력은 그대로 두세요",

  // exercises/hidden.ts: the hidden tests, as the instructor's notebook shows them
  "no error, but the function {0}": "오류는 없지만 함수가 {0}",
  "{0}: {1} of {2} tests failed; first: {3}": "{0}: 테스트 {2}개 중 {1}개 실패. 첫 번째: {3}",
  "✔ {0}: all {1} tests passed": "✔ {0}: 테스트 {1}개 모두 통과",

  // exercises/progress.ts, index.ts: the progress cell
  "Progress: no exercise checked yet.": "진행 상황: 아직 검사한 연습 문제가 없습니다.",
  "check cell not run yet": "확인 셀을 아직 실행하지 않았습니다",
  "Progress: {0} of {1} exercises pass their visible checks ({2} attempted).": "진행 상황: 연습 문제 {1}개 중 {0}개가 보이는 검사를 통과했습니다({2}개 시도).",
  "Points if the hidden tests agree: {0} of {1}. The hidden tests decide the grade.": "숨겨진 테스트도 통과하면 받을 점수: {1}점 중 {0}점. 점수는 숨겨진 테스트가 정합니다.",
  "not attempted yet": "아직 풀지 않았습니다",
  "does not compile yet": "아직 컴파일되지 않습니다",
  "waits for {0}": "{0}을(를) 기다립니다",
  "{0}/{1} visible checks passed": "보이는 검사 {0}/{1}개 통과",

  // kernel/: the course kernel's own lines
  "Stopped by the ■ (interrupt) button: the rest of this cell did not run.": "■(중단) 버튼으로 멈췄습니다. 이 셀의 나머지는 실행되지 않았습니다.",
  "the cell threw {0}": "셀에서 {0}이(가) throw되었습니다",
  "This notebook is not inside the course folder, so it cannot load the course library (dlbasics). Move or copy it into {0}/workspace/ and open the course with `npm start` in {1}.":
    "이 노트북은 과정 폴더 밖에 있어서 과정 라이브러리(dlbasics)를 불러올 수 없습니다. {0}/workspace/ 안으로 옮기거나 복사한 뒤 {1}에서 `npm start`로 과정을 여세요.",
  "✖ This cell does not compile yet, so {0} cannot run:": "✖ 이 셀은 아직 컴파일되지 않아서 {0}을(를) 실행할 수 없습니다:",
  "Fix it and run this cell again. The check cell below says the same, and the rest of the notebook still runs.":
    "고친 뒤 이 셀을 다시 실행하세요. 아래 확인 셀도 같은 내용을 알려 주며, 노트북의 나머지 셀은 그대로 실행됩니다.",
  "A line outside your functions threw; your functions are kept and checked below.": "함수 밖의 줄에서 오류가 났습니다. 여러분의 함수는 그대로 유지되고 아래에서 검사합니다.",
  "A line outside your function threw; your function is kept and checked below.": "함수 밖의 줄에서 오류가 났습니다. 여러분의 함수는 그대로 유지되고 아래에서 검사합니다.",
  "An error outside any cell: {0}": "셀 밖에서 난 오류: {0}",
  "A promise failed outside any cell: {0}": "셀 밖에서 실패한 promise: {0}",
  "the cell did not compile": "셀이 컴파일되지 않았습니다",
  "line {0}, column {1}: {2}": "{0}번째 줄, {1}번째 열: {2}",
  "… and {0} more": "… 그 밖에 {0}개",

  // sgd.ts: training lines
  "Early stopping: no better validation accuracy for {0} epochs.": "조기 종료: {0} 에포크 동안 검증 정확도가 나아지지 않았습니다.",
  "Training stopped during epoch 1 of {0}; the network keeps the weights it started with.": "에포크 1/{0} 도중에 훈련을 멈췄습니다. 신경망은 처음 가중치를 그대로 유지합니다.",
  "Training stopped after epoch {0} of {1}; the network keeps the weights of epoch {2}.": "에포크 {0}/{1}까지 마치고 훈련을 멈췄습니다. 신경망은 에포크 {2}의 가중치를 유지합니다.",
  "Restored the weights of epoch {0}, the best on validation.": "검증에서 가장 좋았던 에포크 {0}의 가중치로 되돌렸습니다.",
  "Epoch {0} complete {1}": "에포크 {0} 완료 {1}",
  "Epoch {0}: {1} / {2} {3}": "에포크 {0}: {1} / {2} {3}",
};
