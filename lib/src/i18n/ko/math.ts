/** 한국어: errors of tensors, linear algebra, neurons, activations, costs, networks, backpropagation, gradient checks and training options. */
import type { Catalog } from "../translate";

// Used here and translated in data.ts (the same msgid, one translation): "finite numbers in {0}", "{0} at position {1}",
// "none", "a Network", "init \"standard\" or \"scaled\"", "Labels count classes from 0, so {0} classes are 0 … {1}.".
export const math: Catalog = {
  // tensor.ts: tensors and shapes
  "positions 0 ≤ start ≤ end ≤ {0} that fit in the target ({1} numbers from {2})": "0 ≤ start ≤ end ≤ {0}이고 target(수 {1}개, {2}번부터)에 들어가는 위치",
  "data must hold one number per element ({0})": "data에는 원소마다 숫자가 하나씩, 모두 {0}개 있어야 합니다",
  "needs a matrix (rank 2)": "행렬(랭크 2)이어야 합니다",
  "tensor": "텐서",
  "the new shape must have as many elements as the old": "새 형상의 원소 수가 원래 형상의 원소 수와 같아야 합니다",
  "new shape": "새 형상",
  "{0} holds {1} numbers.": "{0}에는 숫자가 {1}개 들어 있습니다.",
  "numbers or nested arrays of numbers": "숫자 또는 숫자로 된 중첩 배열",
  "every entry along a dimension must have the same shape": "한 차원을 따라 놓인 항목은 모두 형상이 같아야 합니다",
  "entry {0}": "항목 {0}",
  "Ragged arrays are not tensors.": "길이가 들쭉날쭉한 배열은 텐서가 아닙니다.",
  "a shape of whole numbers ≥ 0 such as [28, 28]": "[28, 28]처럼 0 이상의 정수로 된 형상",
  "{0}: index {1} is outside shape {2}. Indices start at 0.": "{0}: 인덱스 {1}은(는) 형상 {2}의 범위를 벗어납니다. 인덱스는 0부터 시작합니다.",

  // linalg.ts: matrix product and dot product
  "columns of {0} must equal rows of {1}": "{0}의 열 수와 {1}의 행 수가 같아야 합니다",
  "Flatten the image to {0} first (notebook 01).": "먼저 이미지를 {0} 형상으로 펼치세요(노트북 01).",
  "{0} looks transposed: transpose({1}) is {2}.": "{0}이(가) 전치된 것 같습니다. transpose({1})의 형상은 {2}입니다.",
  "{0} [r, k] times {1} [k, m] gives [r, m], so {2} needs {3} rows.": "{0} [r, k]에 {1} [k, m]을 곱하면 [r, m]이 되므로 {2}의 행은 {3}개여야 합니다.",
  "x and y must have the same number of elements": "x와 y의 원소 수가 같아야 합니다",
  "A dot product pairs each element of x with one of y.": "내적은 x의 각 원소를 y의 원소 하나와 짝지어 곱합니다.",
  "{0} must be a vector ([n], [n, 1] or [1, n])": "{0}은(는) 벡터([n], [n, 1] 또는 [1, n])여야 합니다",
  "For matrices use matmul.": "행렬에는 matmul을 쓰세요.",

  // elementwise.ts: element-wise operations and the bias column
  "To add the column {0} to every column of {1}, use addColumn({2}, {3}).": "열 {0}을(를) {1}의 모든 열에 더하려면 addColumn({2}, {3})을 쓰세요.",
  "Element-wise operations pair each element of one tensor with the element at the same place in the other.":
    "원소별 연산은 한 텐서의 각 원소를 다른 텐서에서 같은 자리에 있는 원소와 짝짓습니다.",
  "{0} must be a column with one entry per row of {1}": "{0}은(는) {1}의 행마다 항목이 하나씩 있는 열이어야 합니다",
  "A bias column {0} is added to each of the {1} columns (examples) of {2}.": "편향 열 {0}을(를) {2}의 열(예제) {1}개 각각에 더합니다.",

  // reduce.ts: mean and argmax
  "at least one element": "원소가 하나 이상인 텐서",
  "The mean of nothing is undefined.": "원소가 없으면 평균이 정의되지 않습니다.",
  "t must be a non-empty vector ([n], [n, 1] or [1, n])": "t는 비어 있지 않은 벡터([n], [n, 1] 또는 [1, n])여야 합니다",
  "For the answers of a whole mini-batch use argmaxColumns.": "미니배치 전체의 답을 구하려면 argmaxColumns를 쓰세요.",
  "index {0}": "인덱스 {0}",
  "m must have at least one row": "m에는 행이 하나 이상 있어야 합니다",
  "row {0} of column {1}": "열 {1}의 행 {0}",
  "numbers": "숫자",
  "NaN at {0}": "NaN({0})",
  "NaN outputs usually mean training diverged: try a smaller learning rate.": "출력이 NaN이면 대개 훈련이 발산한 것입니다. 더 작은 학습률로 해 보세요.",

  // random.ts: the seeded generator
  "an integer seed": "정수 시드",
  "a whole number n > 0": "0보다 큰 정수 n",
  "a whole number k between 0 and {0}": "0 이상 {0} 이하의 정수 k",

  // source.ts: nn.showSource
  "the name of a library export such as \"backprop\"": "\"backprop\"처럼 라이브러리가 내보내는 이름",
  "the library sources in {0}": "{0}에 있는 라이브러리 소스",
  "no such folder": "존재하지 않는 폴더",
  "Reinstall the course with `npm install`.": "`npm install`로 과정을 다시 설치하세요.",
  "an exported function, class or constant of lib/src named {0}": "lib/src에서 내보낸, 이름이 {0}인 함수, 클래스 또는 상수",
  "no such export": "내보내지 않은 이름",
  "Type `nn.` and press Tab to see the names the library exports.": "`nn.`을 입력하고 Tab 키를 누르면 라이브러리가 내보내는 이름을 볼 수 있습니다.",
  "// {0}, lines {1}–{2}": "// {0}, {1}–{2}번째 줄",

  // claims.ts: nn.claim
  "true or false as the first argument (a comparison such as accuracy >= 0.95)": "첫 번째 인수로 true 또는 false(accuracy >= 0.95 같은 비교식)",
  "the claim in words as the second argument": "두 번째 인수로 주장을 적은 문장",

  // neuron.ts, linear-neuron.ts: one neuron
  "w and x must have the same length": "w와 x의 길이가 같아야 합니다",
  "Each input needs one weight.": "입력마다 가중치가 하나씩 있어야 합니다.",
  "x and y must have the same length": "x와 y의 길이가 같아야 합니다",
  "Each input xᵢ needs its desired output yᵢ.": "입력 xᵢ마다 원하는 출력 yᵢ가 있어야 합니다.",
  "at least one point (x, y)": "점 (x, y) 하나 이상",
  "empty arrays": "빈 배열",

  // activations.ts, softmax.ts
  "a number or a Tensor for z": "z에 넣을 숫자 또는 Tensor",
  "an Activation with fn and prime, such as sigmoidActivation": "sigmoidActivation처럼 fn과 prime이 있는 Activation",
  "z must be a non-empty vector [n] or matrix [n, m]": "z는 비어 있지 않은 벡터 [n] 또는 행렬 [n, m]이어야 합니다",
  "z must hold its scores down a column": "z는 점수를 열 방향(세로)으로 담아야 합니다",
  "transpose(z) makes the row a column [{0}, 1].": "transpose(z)로 행을 열 [{0}, 1]로 바꾸세요.",
  "z must be a non-empty vector ([n], [n, 1] or [1, n])": "z는 비어 있지 않은 벡터([n], [n, 1] 또는 [1, n])여야 합니다",

  // network.ts: the network, its sizes and parameters
  "a Network (new Network([784, 30, 10]))": "Network 객체(new Network([784, 30, 10]))",
  "a Tensor for a": "a에 넣을 Tensor",
  "Flatten the image to [{0}, 1] first (notebook 03).": "먼저 이미지를 [{0}, 1] 형상으로 펼치세요(노트북 03).",
  "Each column of a is one example of {0} numbers: a mini-batch is [{1}, m] (notebook 03).":
    "a의 열 하나가 숫자 {0}개로 된 예제 하나입니다. 미니배치는 [{1}, m]입니다(노트북 03).",
  "columns of w must equal rows of a": "w의 열 수와 a의 행 수가 같아야 합니다",
  "layer 1 w": "층 1 w",
  "layer sizes: at least two whole numbers ≥ 1 such as [784, 30, 10]": "[784, 30, 10]처럼 1 이상의 정수가 두 개 이상인 층 크기",
  "layer sizes with at most {0} weights and biases": "가중치와 편향이 모두 {0}개 이하인 층 크기",
  "{0} with {1} ({2} GB)": "가중치와 편향이 {1}개({2} GB)인 {0}",
  "Use fewer neurons per layer: [784, 30, 10] has 23,860.": "층마다 뉴런 수를 줄이세요. [784, 30, 10]은 23,860개입니다.",
  "sizes {0} have only {1} weight layers": "sizes {0}에는 가중치 층이 {1}개뿐입니다",
  "layer {0} {1} must have shape {2} for sizes {3}": "sizes {3}에서 층 {0} {1}의 형상은 {2}이어야 합니다",
  "layer {0} {1}": "층 {0} {1}",
  "{0} weight matrices and bias columns for sizes {1}": "sizes {1}에 맞는 가중치 행렬과 편향 열 각각 {0}개",
  "{0} weight matrices and {1} bias columns": "가중치 행렬 {0}개와 편향 열 {1}개",

  // costs.ts: quadratic and cross-entropy costs, L2
  "aᴸ = σ(zᴸ) has the shape of zᴸ.": "aᴸ = σ(zᴸ)의 형상은 zᴸ의 형상과 같습니다.",
  "Outputs are columns [classes, m]: use asColumn() for one example.": "출력은 열 [classes, m]입니다. 예제가 하나라면 asColumn()을 쓰세요.",
  "Targets are columns [classes, m]: use asColumn() for one example.": "목표값은 열 [classes, m]입니다. 예제가 하나라면 asColumn()을 쓰세요.",
  "Each output column needs a target column of the same length (one-hot for digits).": "출력 열마다 길이가 같은 목표값 열이 있어야 합니다(숫자라면 원-핫).",
  "there must be at least one example (column)": "예제(열)가 하나 이상 있어야 합니다",
  "an array of weight matrices": "가중치 행렬의 배열",
  "each weight": "각 가중치",
  "lambda ≥ 0": "0 이상의 lambda",
  "λ = 0 turns weight decay off.": "λ = 0이면 가중치 감쇠를 쓰지 않습니다.",
  "n > 0 (the number of training examples)": "0보다 큰 n(훈련 예제 수)",

  // gradient-descent.ts
  "an options object": "옵션 객체",
  "at least one variable in start": "변수가 하나 이상 든 start",
  "an empty array": "빈 배열",
  "learningRate > 0": "0보다 큰 learningRate",
  "η sets the step size; try 0.1.": "η는 한 걸음의 크기를 정합니다. 0.1로 해 보세요.",
  "maxSteps to be a whole number ≥ 0": "0 이상의 정수인 maxSteps",
  "gradient to return an array of numbers": "숫자 배열을 반환하는 gradient",
  "gradient must return one number per variable": "gradient는 변수마다 숫자를 하나씩 반환해야 합니다",

  // backprop.ts, network-gradient.ts
  "a Tensor for y": "y에 넣을 Tensor",
  "y must be [{0}, m] with one column per column of x": "y는 x의 열마다 열이 하나씩 있는 [{0}, m] 형상이어야 합니다",
  "Make the targets with oneHotBatch(labels, classes) (notebook 05).": "목표값은 oneHotBatch(labels, classes)로 만드세요(노트북 05).",
  "a gradient { nablaB, nablaW } such as backprop returns": "backprop이 반환하는 것과 같은 기울기 { nablaB, nablaW }",

  // gradient-check.ts: numerical gradients and the verdict of a gradient check
  "h > 0": "0보다 큰 h",
  "1e-5 is a good step.": "간격은 1e-5가 알맞습니다.",
  "analytic {0} vs numerical {1} at entry {2}": "항목 {2}에서 해석적 기울기 {0}, 수치 기울기 {1}",
  "analytic {0} vs numerical {1}": "해석적 기울기 {0}, 수치 기울기 {1}",
  "relative error {0}: the gradients agree (expect < {1} for a correct gradient)": "상대 오차 {0}: 두 기울기가 일치합니다(올바른 기울기라면 {1} 미만)",
  "relative error {0}: suspicious, fine only near a kink such as ReLU at 0 (expect < {1} for a correct gradient); worst {2}":
    "상대 오차 {0}: 의심스럽습니다. 0에서의 ReLU처럼 꺾이는 점 근처에서만 받아들일 수 있습니다(올바른 기울기라면 {1} 미만). 가장 큰 차이: {2}",
  "relative error {0}: probably wrong (expect < {1} for a correct gradient); worst {2}":
    "상대 오차 {0}: 아마 틀렸습니다(올바른 기울기라면 {1} 미만). 가장 큰 차이: {2}",
  "relative error {0}: the gradients disagree, the analytic gradient is wrong (expect < {1} for a correct gradient); worst {2}":
    "상대 오차 {0}: 두 기울기가 다릅니다. 해석적 기울기가 틀렸습니다(올바른 기울기라면 {1} 미만). 가장 큰 차이: {2}",
  "a and b must be two numbers or two arrays of the same length": "a와 b는 숫자 두 개이거나 길이가 같은 배열 두 개여야 합니다",
  "a number or an array of numbers for {0}": "{0}에 넣을 숫자 또는 숫자 배열",

  // train-checks.ts: inputs before training, weights and costs after every epoch (the DivergedError's what)
  "finite numbers in {0}.inputs": "유한한 수로만 된 {0}.inputs",
  "{0} at [{1}, {2}] (example {3}, feature {4})": "{0}(위치 [{1}, {2}], 예제 {3}, 특성 {4})",
  "Replace or drop the examples with missing values before training (notebook 03 scales pixels to 0 … 1).":
    "훈련하기 전에 값이 빠진 예제를 다른 값으로 채우거나 빼세요(노트북 03은 픽셀 값을 0 … 1 범위로 맞춥니다).",
  "a weight of layer {0} became {1}": "층 {0}의 가중치 하나가 {1} 값이 되었습니다",
  "a bias of layer {0} became {1}": "층 {0}의 편향 하나가 {1} 값이 되었습니다",
  "the training cost became {0}": "훈련 비용이 {0} 값이 되었습니다",
  "the validation cost became {0}": "검증 비용이 {0} 값이 되었습니다",

  // train-options.ts: the options of nn.train
  "options { epochs, miniBatchSize, learningRate }": "옵션 { epochs, miniBatchSize, learningRate }",
  "options among {0}": "{0} 중의 옵션",
  "Check the spelling.": "철자를 확인하세요.",
  "a learningRate (η) > 0": "0보다 큰 learningRate(η)",
  "Nielsen uses η = 3.0 for MNIST.": "Nielsen은 MNIST에 η = 3.0을 씁니다.",
  "lambda (λ) ≥ 0": "0 이상의 lambda(λ)",
  "a cost with value and delta, such as quadraticCost": "quadraticCost처럼 value와 delta가 있는 비용",
  "a function for onEpoch": "onEpoch에 넣을 함수",
  "a Random for random": "random에 넣을 Random",
  "Make one with new Random(seed).": "new Random(seed)로 만드세요.",
  "engine \"fast\" or \"textbook\"": "engine \"fast\" 또는 \"textbook\"",
  "a validation set with earlyStopping": "earlyStopping과 함께 쓸 검증 세트",
  "Early stopping watches validation accuracy.": "조기 종료는 검증 정확도를 지켜봅니다.",
  "true or false for earlyStopping.restoreBest": "earlyStopping.restoreBest에 넣을 true 또는 false",
  "{0} as a whole number ≥ 1": "1 이상의 정수인 {0}",

  // evaluate.ts: predictions, accuracy, score
  "a Tensor for inputs": "inputs에 넣을 Tensor",
  "inputs must be [n, {0}] with one example per row": "inputs는 한 행에 예제 하나씩인 [n, {0}] 형상이어야 합니다",
  "Flatten each image to {0} numbers (notebook 03).": "이미지마다 숫자 {0}개로 펼치세요(노트북 03).",
  "{0} must have one column per input neuron": "{0}에는 입력 뉴런마다 열이 하나씩 있어야 합니다",
  "Each row of inputs is one example; the first layer needs that many inputs.":
    "inputs의 한 행이 예제 하나이므로, 한 행의 숫자 수가 첫 번째 층의 입력 수와 같아야 합니다.",
  "{0} with one class per output neuron ({1} for sizes {2})": "출력 뉴런마다 클래스가 하나씩인 {0}(sizes {2}이면 {1}개)",
  "{0} classes": "클래스 {0}개",
  "at least one example in {0}": "예제가 하나 이상 든 {0}",
  "{0} labels from 0 to {1} (one class per output neuron)": "0에서 {1} 사이의 {0} 정답 라벨(출력 뉴런마다 클래스 하나)",
  "label {0} at row {1}": "정답 라벨 {0}(행 {1})",

  // learning-rate.ts: sweeps, choosing η, schedules
  "a non-empty array of numbers to try": "시도할 숫자를 담은, 비어 있지 않은 배열",
  "a function value => ({ network, options })": "value => ({ network, options }) 형태의 함수",
  "setup to return { network: a Network, options }": "{ network: Network 객체, options } 형태의 setup 반환값",
  "training cost {0} → {1}": "훈련 비용 {0} → {1}",
  "validation accuracy {0} %": "검증 정확도 {0} %",
  "one array of costs per learning rate": "학습률마다 비용 배열 하나",
  "{0} and {1}": "{0}, {1}",
  "at least one learning rate with its costs": "비용 기록이 딸린 학습률 하나 이상",
  "none (empty arrays)": "없음(빈 배열)",
  "Sweep a few rates first, such as [0.3, 3, 30] (notebook 07).": "먼저 [0.3, 3, 30] 같은 학습률 몇 개로 sweep을 실행하세요(노트북 07).",
  "η₀ > 0, whole epochs ≥ 0, whole dropEvery ≥ 1 and factor ≥ 1": "0보다 큰 η₀, 0 이상의 정수 epochs, 1 이상의 정수 dropEvery, 1 이상의 factor",
  "a non-empty array of learning rates, one per epoch": "에포크마다 학습률이 하나씩 든, 비어 있지 않은 배열",
  "Epoch {0} (η = {1}): {2}": "에포크 {0} (η = {1}): {2}",
  "training cost {0}": "훈련 비용 {0}",
  "done": "완료",

  // generalization.ts: learning curves and early stopping
  "a patience as a whole number ≥ 1": "1 이상의 정수인 patience",
  "{0} as a non-empty array of numbers, one per epoch": "에포크마다 숫자가 하나씩 든, 비어 있지 않은 배열인 {0}",
  "{0} at epoch {1}": "{0}(에포크 {1})",
  "{0} as a number ≥ 0": "0 이상의 수인 {0}",

  // cross-validation.ts
  "a non-empty array of scores": "비어 있지 않은 점수 배열",
  "finite numbers": "유한한 수",
  "a function (training, validation) => score": "(training, validation) => score 형태의 함수",
  "trainAndScore to return a finite number": "유한한 수를 반환하는 trainAndScore",
  "{0} for fold {1}": "{0}(폴드 {1})",
};
