/**
 * 한국어: exercise texts of notebooks 00–05 (hints, case hints, known-mistake hints), shown by check.ts
 * through `translate`. The msgid is the exercise's English text (lib/src/exercises/notebook00.ts … notebook05.ts).
 * Style: a known mistake reads "… 것 같습니다: …" (the English "it looks like …: …"); formulas, code and numbers
 * stay exactly as in the English; the terms are those of the Korean notebooks (notebooks/ko/NN-*.ipynb).
 */
import type { Catalog } from "../translate";

export const exercises0005: Catalog = {
  // exercise 00-weighted-sum hint
  "z = w₁x₁ + w₂x₂ + … + b: multiply matching entries, add them up, then add b once":
    "z = w₁x₁ + w₂x₂ + … + b: 짝이 맞는 원소끼리 곱해서 모두 더한 다음, b를 한 번 더하세요",
  // exercise 00-weighted-sum case 4, exercise 02-weighted-sum case 4
  "empty arrays: there are no products, so z is just b (give reduce a start value)":
    "빈 배열: 곱이 하나도 없으므로 z는 그냥 b입니다(reduce에 시작값을 주세요)",
  // exercise 00-weighted-sum mistake 1, exercise 02-weighted-sum mistake 1
  "it looks like b is missing: z = Σ wⱼxⱼ + b, add b once after the products":
    "b가 빠진 것 같습니다: z = Σ wⱼxⱼ + b이므로 곱을 모두 더한 뒤 b를 한 번 더하세요",
  // exercise 00-weighted-sum mistake 2, exercise 02-weighted-sum mistake 2
  "it looks like b is added once per entry: add it once, after the sum":
    "b를 원소마다 한 번씩 더한 것 같습니다: b는 합을 구한 뒤 한 번만 더하세요",
  // exercise 00-weighted-sum mistake 3, exercise 02-weighted-sum mistake 3
  "it looks like wⱼ and xⱼ are added: multiply matching entries, then add the products":
    "wⱼ와 xⱼ를 더한 것 같습니다: 짝이 맞는 원소끼리 곱한 다음, 그 곱들을 더하세요",
  // exercise 00-weighted-sum mistake 4, exercise 02-weighted-sum mistake 4
  "it looks like the first entry is skipped: array indices start at 0":
    "첫 번째 원소를 건너뛴 것 같습니다: 배열의 인덱스는 0부터 시작합니다",
  // exercise 00-weighted-sum mistake 5, exercise 02-weighted-sum mistake 5
  "it looks rounded: keep every digit (−0.048829 here), the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요(여기서는 −0.048829)",

  // exercise 00-sigmoid-prime hint
  "σ′(z) = σ(z)(1 − σ(z)) with σ(z) = 1 / (1 + Math.exp(−z))":
    "σ′(z) = σ(z)(1 − σ(z)), 여기서 σ(z) = 1 / (1 + Math.exp(−z))",
  // exercise 00-sigmoid-prime case 6
  "z = −800: Math.exp(800) is ∞ and ∞/∞ = NaN; compute σ = 1 / (1 + Math.exp(−z)) first, then σ(1 − σ), which gives 0":
    "z = −800: Math.exp(800)은 ∞이고 ∞/∞ = NaN입니다. σ = 1 / (1 + Math.exp(−z))를 먼저 계산한 다음 σ(1 − σ)를 구하면 0이 나옵니다",
  // exercise 00-sigmoid-prime case 7
  "z = 800: e^z/(1 + e^z)² is ∞/∞ = NaN there; compute σ = 1 / (1 + Math.exp(−z)) first, then σ(1 − σ)":
    "z = 800: 여기서는 e^z/(1 + e^z)²이 ∞/∞ = NaN이 됩니다. σ = 1 / (1 + Math.exp(−z))를 먼저 계산한 다음 σ(1 − σ)를 구하세요",
  // exercise 00-sigmoid-prime mistake 1
  "it looks like σ(z) itself: the task asks for its derivative σ′(z) = σ(z)(1 − σ(z))":
    "σ(z) 자체를 계산한 것 같습니다: 문제가 요구하는 것은 그 미분 σ′(z) = σ(z)(1 − σ(z))입니다",
  // exercise 00-sigmoid-prime mistake 2
  "it looks like σ(1 + σ): the derivative is σ(z)(1 − σ(z)), with a minus":
    "σ(1 + σ)를 계산한 것 같습니다: 미분은 마이너스가 들어간 σ(z)(1 − σ(z))입니다",
  // exercise 00-sigmoid-prime mistake 3
  "it looks like the formula is applied to z: compute σ(z) first, then σ(z)(1 − σ(z))":
    "공식을 z에 그대로 적용한 것 같습니다: σ(z)를 먼저 계산한 다음 σ(z)(1 − σ(z))를 구하세요",
  // exercise 00-sigmoid-prime mistake 4
  "it looks like 1 − σ(z) alone: multiply it by σ(z)":
    "1 − σ(z)만 계산한 것 같습니다: 여기에 σ(z)를 곱하세요",
  // exercise 00-sigmoid-prime mistake 5, exercise 02-sigmoid-neuron mistake 5
  "it looks rounded: keep every digit, the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요",
  // exercise 00-sigmoid-prime mistake 6
  "it looks like the worked value σ′(0) = 0.25 for every z: compute σ(z) for the z given":
    "모든 z에 대해 예제의 값 σ′(0) = 0.25를 반환한 것 같습니다: 주어진 z로 σ(z)를 계산하세요",

  // exercise 01-shape hint
  "a number has shape [] (no dimensions); an array puts its length in front of the shape of its first entry: [[1, 2, 3]] → [1, 3]":
    "숫자의 형상은 [](차원 없음)입니다. 배열의 형상은 배열의 길이를 첫 번째 원소의 형상 앞에 붙인 것입니다: [[1, 2, 3]] → [1, 3]",
  // exercise 01-shape mistake 1
  "it looks like the shape is read backwards: the OUTERMOST length comes first, [[1, 2, 3], [4, 5, 6]] → [2, 3]":
    "형상을 거꾸로 읽은 것 같습니다: 가장 바깥 차원의 길이가 맨 앞에 옵니다. [[1, 2, 3], [4, 5, 6]] → [2, 3]",
  // exercise 01-shape mistake 2
  "it looks like only the outer length: keep going into the first entry while it is an array":
    "바깥 길이만 구한 것 같습니다: 첫 번째 원소가 배열인 동안 계속 그 안으로 들어가며 길이를 읽으세요",
  // exercise 01-shape mistake 3
  "it looks like the number of elements: the shape lists the length of each dimension, [[1, 2, 3], [4, 5, 6]] → [2, 3], not [6]":
    "원소의 개수를 구한 것 같습니다: 형상은 각 차원의 길이를 나열한 것입니다. [[1, 2, 3], [4, 5, 6]] → [6]이 아니라 [2, 3]",
  // exercise 01-shape mistake 4
  "it looks like a number gets a dimension: a plain number has shape [] (no dimensions)":
    "숫자에도 차원을 준 것 같습니다: 숫자 하나의 형상은 [](차원 없음)입니다",
  // exercise 01-shape mistake 5
  "it looks like an empty array is skipped: [] has one dimension of length 0, shape [0]; [[]] is [1, 0]":
    "빈 배열을 건너뛴 것 같습니다: []는 길이가 0인 차원 하나가 있으므로 형상이 [0]이고, [[]]는 [1, 0]입니다",

  // exercise 01-dot hint
  "x·y = x₁y₁ + x₂y₂ + … + xₙyₙ: multiply matching entries and add the products (0 for empty vectors)":
    "x·y = x₁y₁ + x₂y₂ + … + xₙyₙ: 짝이 맞는 원소끼리 곱하고 그 곱들을 더하세요(빈 벡터라면 0)",
  // exercise 01-dot case 4
  "empty vectors: no products, so the sum is 0 (give reduce a start value of 0)":
    "빈 벡터: 곱이 하나도 없으므로 합은 0입니다(reduce에 시작값 0을 주세요)",
  // exercise 01-dot mistake 1
  "it looks like the entries are added: multiply matching entries xᵢ·yᵢ, then add the products":
    "원소끼리 더한 것 같습니다: 짝이 맞는 원소끼리 곱해 xᵢ·yᵢ를 구한 다음, 그 곱들을 더하세요",
  // exercise 01-dot mistake 2
  "it looks like the sum starts at 1: a sum starts at 0":
    "합을 1에서 시작한 것 같습니다: 합은 0에서 시작합니다",
  // exercise 01-dot mistake 3
  "it looks like the first pair is skipped: indices start at 0":
    "첫 번째 쌍을 건너뛴 것 같습니다: 인덱스는 0부터 시작합니다",
  // exercise 01-dot mistake 4
  "it looks like x·x: multiply x by y":
    "x·x를 계산한 것 같습니다: x에 y를 곱하세요",
  // exercise 01-dot mistake 5
  "it looks like the products are returned: add them up into one number":
    "곱들을 그대로 반환한 것 같습니다: 곱들을 모두 더해 숫자 하나로 만드세요",
  // exercise 01-dot mistake 6
  "it looks rounded: keep every digit (−0.049329 here), the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요(여기서는 −0.049329)",

  // exercise 01-matmul hint
  "entry (i, j) is row i of a · column j of b; when a has k columns but b does not have k rows, throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`)":
    "원소 (i, j)는 a의 행 i · b의 열 j입니다. a의 열이 k개인데 b의 행이 k개가 아니면 throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`)로 오류를 던지세요",
  // exercise 01-matmul mistake 1
  "it looks like the shapes are not checked: when a has k columns but b does not have k rows, throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`)":
    "형상을 검사하지 않은 것 같습니다: a의 열이 k개인데 b의 행이 k개가 아니면 throw new Error(`matmul: columns of a must equal rows of b, got a [${rowsA}, ${colsA}] and b [${rowsB}, ${colsB}].`)로 오류를 던지세요",
  // exercise 01-matmul mistake 2
  "it looks like row i of a times ROW j of b: entry (i, j) uses column j of b, b[k][j]":
    "a의 행 i에 b의 (열이 아니라) 행 j를 곱한 것 같습니다: 원소 (i, j)에는 b의 열 j, 곧 b[k][j]를 씁니다",
  // exercise 01-matmul mistake 3
  "it looks like the entries are multiplied one by one: entry (i, j) is the sum over k of a[i][k]·b[k][j]":
    "원소끼리 하나씩 곱한 것 같습니다: 원소 (i, j)는 a[i][k]·b[k][j]를 k에 대해 모두 더한 값입니다",
  // exercise 01-matmul mistake 4
  "it looks like rows of a are compared with rows of b: compare the COLUMNS of a (a[0].length) with the rows of b (b.length)":
    "a의 행 수를 b의 행 수와 비교한 것 같습니다: a의 (행이 아니라) 열 수(a[0].length)를 b의 행 수(b.length)와 비교하세요",
  // exercise 01-matmul mistake 5
  "it looks like the message shows the shapes as [columns, rows]: shapes are [rows, columns], a [2, 3] has 2 rows of 3":
    "메시지에 형상을 [열, 행]으로 쓴 것 같습니다: 형상은 [행, 열]이므로 a [2, 3]은 원소 3개짜리 행 2개입니다",
  // exercise 01-matmul mistake 6
  "it looks like the product comes out transposed: [r, k]·[k, m] gives r rows of m entries":
    "곱이 전치되어 나온 것 같습니다: [r, k]·[k, m]은 원소 m개짜리 행 r개가 됩니다",

  // exercise 02-weighted-sum hint
  "z = w₁x₁ + w₂x₂ + … + wₙxₙ + b: multiply matching entries, add them up, then add b once":
    "z = w₁x₁ + w₂x₂ + … + wₙxₙ + b: 짝이 맞는 원소끼리 곱해서 모두 더한 다음, b를 한 번 더하세요",

  // exercise 02-perceptron hint
  "compute z = w·x + b and return 1 when z ≥ 0 (exactly on the threshold counts as yes), else 0":
    "z = w·x + b를 계산해서 z ≥ 0이면 1을, 그렇지 않으면 0을 반환하세요(임계값과 정확히 같으면 '예'로 셉니다)",
  // exercise 02-perceptron mistake 1
  "it looks like z > 0: exactly on the threshold (z = 0, as 30 + 50 − 80) the perceptron says yes, so use z ≥ 0":
    "z > 0으로 판단한 것 같습니다: 임계값과 정확히 같을 때(30 + 50 − 80처럼 z = 0) 퍼셉트론은 '예'라고 답하므로 z ≥ 0을 쓰세요",
  // exercise 02-perceptron mistake 2
  "it looks like the answers are swapped: 1 (yes) when z ≥ 0, 0 (no) otherwise":
    "답이 뒤바뀐 것 같습니다: z ≥ 0이면 1(예), 그렇지 않으면 0(아니요)입니다",
  // exercise 02-perceptron mistake 3
  "it looks like b is missing: decide on z = w·x + b":
    "b가 빠진 것 같습니다: z = w·x + b로 결정하세요",
  // exercise 02-perceptron mistake 4
  "it looks like w·x is compared with b: the rule is w·x + b ≥ 0, that is w·x ≥ −b":
    "w·x를 b와 비교한 것 같습니다: 규칙은 w·x + b ≥ 0, 즉 w·x ≥ −b입니다",
  // exercise 02-perceptron mistake 5
  "it looks like z itself: return the decision, 1 or 0":
    "z 자체를 반환한 것 같습니다: 결정, 즉 1 또는 0을 반환하세요",
  // exercise 02-perceptron mistake 6
  "it looks like true/false: return the numbers 1 and 0":
    "true/false를 반환한 것 같습니다: 숫자 1과 0을 반환하세요",

  // exercise 02-sigmoid-neuron hint
  "a = σ(z) with z = w·x + b and σ(z) = 1 / (1 + Math.exp(−z)); σ(0) = 0.5":
    "a = σ(z)이고, 여기서 z = w·x + b, σ(z) = 1 / (1 + Math.exp(−z))입니다. σ(0) = 0.5",
  // exercise 02-sigmoid-neuron case 6
  "z = 800: e^z / (1 + e^z) is ∞/∞ = NaN there; σ(z) = 1 / (1 + Math.exp(−z)) gives 1":
    "z = 800: 여기서는 e^z / (1 + e^z)가 ∞/∞ = NaN이 되지만, σ(z) = 1 / (1 + Math.exp(−z))는 1이 됩니다",
  // exercise 02-sigmoid-neuron mistake 1
  "it looks like e^(+z): σ(z) = 1 / (1 + Math.exp(−z)), with a minus":
    "e^(+z)를 쓴 것 같습니다: σ(z) = 1 / (1 + Math.exp(−z))처럼 마이너스를 붙이세요",
  // exercise 02-sigmoid-neuron mistake 2
  "it looks like b is missing: z = w·x + b":
    "b가 빠진 것 같습니다: z = w·x + b",
  // exercise 02-sigmoid-neuron mistake 3
  "it looks like z itself: the output is a = σ(z)":
    "z 자체를 반환한 것 같습니다: 출력은 a = σ(z)입니다",
  // exercise 02-sigmoid-neuron mistake 4
  "it looks like the perceptron's step: a sigmoid neuron outputs σ(z), σ(0) = 0.5":
    "퍼셉트론의 계단 함수를 쓴 것 같습니다: 시그모이드 뉴런은 σ(z)를 출력하며, σ(0) = 0.5입니다",
  // exercise 02-sigmoid-neuron mistake 6
  "it looks like 1 / (1 − e^(−z)): σ(z) = 1 / (1 + Math.exp(−z)), with a plus":
    "1 / (1 − e^(−z))를 계산한 것 같습니다: σ(z) = 1 / (1 + Math.exp(−z))처럼 플러스를 쓰세요",

  // exercise 02-tipping-weight hint
  "adding 1 to wⱼ moves z = w·x + b by xⱼ, so wⱼ must move by −z / xⱼ; when xⱼ = 0 no weight moves z: return NaN":
    "wⱼ에 1을 더하면 z = w·x + b는 xⱼ만큼 바뀌므로 wⱼ는 −z / xⱼ만큼 바뀌어야 합니다. xⱼ = 0이면 어떤 가중치로도 z가 바뀌지 않으므로 NaN을 반환하세요",
  // exercise 02-tipping-weight case 5
  "xⱼ = 0: wⱼ has no effect on z and no value tips the decision; check `x[j] === 0` first and return NaN (the number, not a string)":
    "xⱼ = 0: wⱼ는 z에 아무 영향도 주지 않으므로 어떤 값으로도 결정을 뒤집을 수 없습니다. 먼저 `x[j] === 0`인지 검사하고 NaN을 반환하세요(문자열이 아니라 숫자 NaN)",
  // exercise 02-tipping-weight mistake 1
  "it looks like z is not divided by xⱼ: wⱼ must move by −z / xⱼ":
    "z를 xⱼ로 나누지 않은 것 같습니다: wⱼ는 −z / xⱼ만큼 바뀌어야 합니다",
  // exercise 02-tipping-weight mistake 2
  "it looks like the sign is flipped: wⱼ − z / xⱼ, so that the new z is z − (z / xⱼ)·xⱼ = 0":
    "부호가 뒤집힌 것 같습니다: 새 z가 z − (z / xⱼ)·xⱼ = 0이 되도록 wⱼ − z / xⱼ를 반환하세요",
  // exercise 02-tipping-weight mistake 3
  "it looks like the change −z / xⱼ alone: return the new weight wⱼ − z / xⱼ":
    "변화량 −z / xⱼ만 반환한 것 같습니다: 새 가중치 wⱼ − z / xⱼ를 반환하세요",
  // exercise 02-tipping-weight mistake 4
  "it looks like b is left out of z: z = w·x + b":
    "z에서 b를 빠뜨린 것 같습니다: z = w·x + b",
  // exercise 02-tipping-weight mistake 5
  "it looks like j counts from 1: j = 6 is the 7th input (food), w[6] and x[6]":
    "j를 1부터 센 것 같습니다: j = 6은 7번째 입력(밥 질문)이므로 w[6]과 x[6]을 씁니다",
  // exercise 02-tipping-weight mistake 6
  "it looks like |xⱼ|: divide by xⱼ with its sign; a negative answer moves z the other way":
    "|xⱼ|로 나눈 것 같습니다: 부호를 그대로 둔 xⱼ로 나누세요. 답 xⱼ가 음수이면 z는 반대 방향으로 움직입니다",
  // exercise 02-tipping-weight mistake 7
  "it looks rounded: keep every digit (−0.286364 here), the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요(여기서는 −0.286364)",

  // exercise 03-one-hot hint
  "an array of `classes` zeros with a single 1 at index `label` (digits count from 0): oneHot(3, 10) = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]":
    "0이 `classes`개인 배열에서 인덱스 `label`만 1로 둡니다(숫자는 0부터 셉니다): oneHot(3, 10) = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]",
  // exercise 03-one-hot mistake 1
  "it looks like the digits count from 1: label 3 goes at index 3 (the 4th entry), since label 0 is index 0":
    "숫자를 1부터 센 것 같습니다: 라벨 0이 인덱스 0이므로 라벨 3은 인덱스 3(4번째 원소)에 들어갑니다",
  // exercise 03-one-hot mistake 2
  "it looks like the 1 is counted from the end: put it at index `label`":
    "1의 위치를 끝에서부터 센 것 같습니다: 1은 인덱스 `label`에 두세요",
  // exercise 03-one-hot mistake 3
  "it looks like the length is fixed at 10: the array has `classes` entries (2 classes → [0, 1])":
    "길이를 10으로 고정한 것 같습니다: 배열의 원소는 `classes`개입니다(클래스 2개 → [0, 1])",
  // exercise 03-one-hot mistake 4
  "it looks like every index up to the label gets a 1: only index `label` is 1, the others stay 0":
    "라벨까지의 모든 인덱스에 1을 넣은 것 같습니다: 인덱스 `label`만 1이고 나머지는 0으로 둡니다",
  // exercise 03-one-hot mistake 5
  "it looks like the label itself: return the array of `classes` numbers, all 0 but a 1 at index `label`":
    "라벨 자체를 반환한 것 같습니다: 인덱스 `label`만 1이고 나머지는 모두 0인, 길이 `classes`의 배열을 반환하세요",

  // exercise 03-argmax hint
  "keep the index of the largest value so far, starting from index 0 (outputs may be negative); move it only when a value is strictly larger, so a tie keeps the first index":
    "지금까지 가장 큰 값의 인덱스를 기억하되 인덱스 0에서 시작하세요(출력은 음수일 수도 있습니다). 값이 더 클 때만 인덱스를 옮겨야 가장 큰 값이 여러 개일 때 첫 번째 인덱스가 남습니다",
  // exercise 03-argmax mistake 1
  "it looks like the search starts from the value 0: outputs may all be negative ([-1, -3, -0.5] → 2), so start from index 0's value":
    "값 0에서 최댓값 찾기를 시작한 것 같습니다: 출력이 모두 음수일 수도 있으므로([-1, -3, -0.5] → 2) 인덱스 0의 값에서 시작하세요",
  // exercise 03-argmax mistake 2
  "it looks like the largest value: return its INDEX (0.7 is at index 1)":
    "가장 큰 값 자체를 반환한 것 같습니다: 값이 아니라 그 인덱스를 반환하세요(0.7은 인덱스 1에 있습니다)",
  // exercise 03-argmax mistake 3
  "it looks like a tie keeps the LAST index: move only when a value is strictly larger (>), so [0.5, 0.5, 0.2] → 0":
    "가장 큰 값이 여러 개일 때 마지막 인덱스를 남긴 것 같습니다: 값이 더 클 때만(>) 옮겨서 [0.5, 0.5, 0.2] → 0이 되게 하세요",
  // exercise 03-argmax mistake 4
  "it looks like the index of the SMALLEST value: keep the largest (>)":
    "가장 작은 값의 인덱스를 구한 것 같습니다: 가장 큰 값을 남기세요(>)",
  // exercise 03-argmax mistake 5
  "it looks like the index counts from 1: the first output is index 0":
    "인덱스를 1부터 센 것 같습니다: 첫 번째 출력의 인덱스는 0입니다",
  // exercise 03-argmax mistake 6
  "it looks like values closer than some tolerance count as ties: compare exactly, 4e-9 > 3e-9":
    "어떤 허용 오차보다 가까운 값들을 같은 값으로 본 것 같습니다: 정확히 비교하세요. 4e-9 > 3e-9입니다",

  // exercise 03-mean-image hint
  "add up, pixel by pixel, only the images whose label is `digit`, then divide every sum by how many such images there were (not by all the images)":
    "라벨이 `digit`인 이미지만 픽셀별로 더한 다음, 각 합을 그런 이미지의 개수로 나누세요(전체 이미지의 개수가 아닙니다)",
  // exercise 03-mean-image mistake 1
  "it looks like the sums are divided by ALL the images: divide by how many images have the label `digit`":
    "합을 전체 이미지의 개수로 나눈 것 같습니다: 라벨이 `digit`인 이미지의 개수로 나누세요",
  // exercise 03-mean-image mistake 2
  "it looks like the sums are not divided: the mean is the sum divided by the number of images of the digit":
    "합을 나누지 않은 것 같습니다: 평균은 합을 그 숫자의 이미지 개수로 나눈 값입니다",
  // exercise 03-mean-image mistake 3
  "it looks like every image is used: add only the images whose label is `digit`":
    "모든 이미지를 사용한 것 같습니다: 라벨이 `digit`인 이미지만 더하세요",
  // exercise 03-mean-image mistake 4
  "it looks like the images of the OTHER digits: keep the images whose label equals `digit`":
    "다른 숫자의 이미지를 사용한 것 같습니다: 라벨이 `digit`과 같은 이미지를 골라 쓰세요",
  // exercise 03-mean-image mistake 5
  "it looks rounded: keep every digit (0.7 / 3 = 0.233333…), the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요(0.7 / 3 = 0.233333…)",

  // exercise 04-quadratic-cost hint
  "C = 1/(2n) Σᵢ (aᵢ − yᵢ)²: square each difference, add them up, divide by 2n (n = number of examples)":
    "C = 1/(2n) Σᵢ (aᵢ − yᵢ)²: 차이를 하나씩 제곱해서 모두 더한 다음 2n으로 나누세요(n은 예제 수)",
  // exercise 04-quadratic-cost mistake 1
  "it looks like the sum is divided by n: the quadratic cost divides by 2n, C = 1/(2n) Σ (aᵢ − yᵢ)²":
    "합을 n으로 나눈 것 같습니다: 이차 비용은 2n으로 나눕니다. C = 1/(2n) Σ (aᵢ − yᵢ)²",
  // exercise 04-quadratic-cost mistake 2
  "it looks like `/ 2 * n`, which divides by 2 and then MULTIPLIES by n: write / (2 * n)":
    "`/ 2 * n`으로 쓴 것 같습니다: 이렇게 쓰면 2로 나눈 다음 n을 곱하게 됩니다. / (2 * n)으로 쓰세요",
  // exercise 04-quadratic-cost mistake 3
  "it looks like the sum is not divided: C = 1/(2n) Σ (aᵢ − yᵢ)², divide by 2n":
    "합을 나누지 않은 것 같습니다: C = 1/(2n) Σ (aᵢ − yᵢ)²이므로 2n으로 나누세요",
  // exercise 04-quadratic-cost mistake 4
  "it looks like |aᵢ − yᵢ|: square each difference, (aᵢ − yᵢ)²":
    "|aᵢ − yᵢ|를 쓴 것 같습니다: 차이를 하나씩 제곱한 (aᵢ − yᵢ)²을 쓰세요",
  // exercise 04-quadratic-cost mistake 5
  "it looks like the differences are added before squaring: square EACH difference, then add the squares":
    "차이를 먼저 더한 뒤 제곱한 것 같습니다: 차이를 각각 제곱한 다음, 그 제곱들을 더하세요",
  // exercise 04-quadratic-cost mistake 6
  "it looks rounded: keep every digit (1/3 = 0.333333…), the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요(1/3 = 0.333333…)",

  // exercise 04-cost-gradient hint
  "with aᵢ = w xᵢ + b: ∂C/∂w = (1/n) Σᵢ (aᵢ − yᵢ) xᵢ and ∂C/∂b = (1/n) Σᵢ (aᵢ − yᵢ); return [∂C/∂w, ∂C/∂b]":
    "aᵢ = w xᵢ + b일 때 ∂C/∂w = (1/n) Σᵢ (aᵢ − yᵢ) xᵢ, ∂C/∂b = (1/n) Σᵢ (aᵢ − yᵢ)입니다. [∂C/∂w, ∂C/∂b]를 반환하세요",
  // exercise 04-cost-gradient mistake 1
  "it looks like ∂C/∂w without the factor xᵢ: ∂C/∂w = (1/n) Σ (aᵢ − yᵢ) xᵢ":
    "∂C/∂w에서 인수 xᵢ를 빠뜨린 것 같습니다: ∂C/∂w = (1/n) Σ (aᵢ − yᵢ) xᵢ",
  // exercise 04-cost-gradient mistake 2
  "it looks like the errors are yᵢ − aᵢ: the gradient uses aᵢ − yᵢ (prediction minus target), or both signs flip":
    "오차를 yᵢ − aᵢ로 계산한 것 같습니다: 기울기에는 aᵢ − yᵢ(예측값 − 목표값)를 씁니다. 그렇지 않으면 두 부호가 모두 뒤집힙니다",
  // exercise 04-cost-gradient mistake 3
  "it looks like the sums are not divided by n: both derivatives are averages, (1/n) Σ":
    "합을 n으로 나누지 않은 것 같습니다: 두 도함수 모두 평균, 즉 (1/n) Σ입니다",
  // exercise 04-cost-gradient mistake 4
  "it looks like 1/(2n): the ½ of the cost cancels the 2 of the square, so the derivatives divide by n":
    "1/(2n)으로 나눈 것 같습니다: 비용의 ½이 제곱의 2와 약분되므로 도함수는 n으로 나눕니다",
  // exercise 04-cost-gradient mistake 5
  "it looks like [∂C/∂b, ∂C/∂w]: return [∂C/∂w, ∂C/∂b], w first":
    "[∂C/∂b, ∂C/∂w] 순서로 반환한 것 같습니다: w를 먼저 써서 [∂C/∂w, ∂C/∂b]를 반환하세요",
  // exercise 04-cost-gradient mistake 6
  "it looks like b is left out of the prediction: aᵢ = w xᵢ + b":
    "예측값에서 b를 빠뜨린 것 같습니다: aᵢ = w xᵢ + b",

  // exercise 04-update-step hint
  "each parameter moves AGAINST its slope: pᵢ − η · gradientᵢ (a minus sign: downhill)":
    "각 파라미터는 자기 기울기의 반대 방향으로 움직입니다: pᵢ − η · gradientᵢ(마이너스 부호: 내리막)",
  // exercise 04-update-step mistake 1
  "it looks like a step uphill: pᵢ − η·gradientᵢ, with a minus":
    "오르막으로 스텝을 밟은 것 같습니다: 마이너스를 붙여 pᵢ − η·gradientᵢ로 계산하세요",
  // exercise 04-update-step mistake 2
  "it looks like the learning rate is missing: pᵢ − η·gradientᵢ":
    "학습률이 빠진 것 같습니다: pᵢ − η·gradientᵢ",
  // exercise 04-update-step mistake 3
  "it looks like the gradient is missing: each pᵢ moves by η times ITS gradient entry":
    "기울기가 빠진 것 같습니다: 각 pᵢ는 η에 자기 기울기 원소를 곱한 만큼 움직입니다",
  // exercise 04-update-step mistake 4
  "it looks like the step alone: return the new parameters pᵢ − η·gradientᵢ, not η·gradientᵢ":
    "스텝만 반환한 것 같습니다: η·gradientᵢ가 아니라 새 파라미터 pᵢ − η·gradientᵢ를 반환하세요",
  // exercise 04-update-step mistake 5
  "it looks like the gradient is divided by η: multiply, pᵢ − η·gradientᵢ":
    "기울기를 η로 나눈 것 같습니다: η를 곱해 pᵢ − η·gradientᵢ로 계산하세요",
  // exercise 04-update-step mistake 6
  "it looks rounded: keep every digit (−4.5165 here), the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요(여기서는 −4.5165)",

  // exercise 04-descent-path hint
  "path = [copy of start]; repeat at most maxSteps times: next = p − η·gradient(p), push next, stop right after a step whose length ‖next − p‖ is below tolerance; return the whole path":
    "path = [start의 복사본]으로 시작해서 최대 maxSteps번 반복하세요: next = p − η·gradient(p)를 계산해 next를 경로에 추가하고, 이동 거리 ‖next − p‖가 tolerance보다 작은 스텝이 나오면 그 스텝 직후에 멈춥니다. 경로 전체를 반환하세요",
  // exercise 04-descent-path mistake 1
  "it looks like the loop stops when the step length EQUALS the tolerance: stop only when it is smaller (<); a step of exactly 0.125 with tolerance 0.125 goes on":
    "이동 거리가 허용 오차와 같을 때도 루프를 멈춘 것 같습니다: 더 작을 때(<)만 멈추세요. 허용 오차가 0.125일 때 정확히 0.125만큼 움직인 스텝 뒤에는 계속 진행합니다",
  // exercise 04-descent-path mistake 2
  "it looks like the step length is measured on the gradient: measure the step itself, ‖next − p‖ = η‖∇C(p)‖":
    "이동 거리를 기울기로 잰 것 같습니다: 스텝 자체의 길이 ‖next − p‖ = η‖∇C(p)‖를 재세요",
  // exercise 04-descent-path mistake 3
  "it looks like the step length is not the Euclidean one: ‖next − p‖ = √(Σᵢ (nextᵢ − pᵢ)²) (Math.hypot), not Σ|Δ|, max|Δ| or Σ Δ²":
    "이동 거리를 유클리드 거리로 재지 않은 것 같습니다: Σ|Δ|, max|Δ|, Σ Δ²가 아니라 ‖next − p‖ = √(Σᵢ (nextᵢ − pᵢ)²)(Math.hypot)입니다",
  // exercise 04-descent-path mistake 4
  "it looks like the last point is not pushed: push next, THEN stop if its step was below the tolerance":
    "마지막 점을 경로에 추가하지 않은 것 같습니다: next를 먼저 추가한 다음, 그 스텝이 허용 오차보다 작았으면 멈추세요",
  // exercise 04-descent-path mistake 5
  "it looks like one step too many: repeat at most maxSteps times (step = 0 … maxSteps − 1)":
    "스텝을 한 번 더 밟은 것 같습니다: 최대 maxSteps번만 반복하세요(step = 0 … maxSteps − 1)",
  // exercise 04-descent-path mistake 6
  "it looks like the start is missing: the path begins with a copy of start":
    "출발점이 빠진 것 같습니다: 경로는 start의 복사본으로 시작합니다",

  // exercise 05-output-error hint
  "BP1 for the quadratic cost: a = nn.sigmoid(z), then δ = (a − y) ⊙ σ′(z): nn.hadamard(nn.subtract(a, y), nn.sigmoidPrime(z))":
    "이차 비용의 BP1: a = nn.sigmoid(z)를 구한 다음 δ = (a − y) ⊙ σ′(z)를 계산하세요. nn.hadamard(nn.subtract(a, y), nn.sigmoidPrime(z))",
  // exercise 05-output-error mistake 1
  "it looks like a − y without σ′(z): for the quadratic cost BP1 multiplies by σ′(zᴸ) (nn.hadamard with nn.sigmoidPrime(z))":
    "σ′(z) 없이 a − y만 계산한 것 같습니다: 이차 비용의 BP1은 σ′(zᴸ)를 곱합니다(nn.sigmoidPrime(z)와 nn.hadamard)",
  // exercise 05-output-error mistake 2
  "it looks like y − a: the output error is (a − y) ⊙ σ′(z), prediction minus target":
    "y − a를 계산한 것 같습니다: 출력층의 오차는 예측값에서 목표값을 뺀 (a − y) ⊙ σ′(z)입니다",
  // exercise 05-output-error mistake 3
  "it looks like σ′ of the activation: take σ′ of the weighted input, nn.sigmoidPrime(weightedInput)":
    "활성값의 σ′를 구한 것 같습니다: 가중 입력의 σ′, 즉 nn.sigmoidPrime(weightedInput)을 쓰세요",
  // exercise 05-output-error mistake 4
  "it looks like z − y: compute the activation a = nn.sigmoid(z) first, then a − y":
    "z − y를 계산한 것 같습니다: 활성값 a = nn.sigmoid(z)를 먼저 구한 다음 a − y를 계산하세요",
  // exercise 05-output-error mistake 5
  "it looks like σ(z) where σ′(z) belongs: δ = (a − y) ⊙ σ′(z), nn.sigmoidPrime":
    "σ′(z) 자리에 σ(z)를 쓴 것 같습니다: δ = (a − y) ⊙ σ′(z)이므로 nn.sigmoidPrime을 쓰세요",

  // exercise 05-error-back hint
  "BP2: δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ): nn.hadamard(nn.matmul(nn.transpose(wNext), deltaNext), nn.sigmoidPrime(weightedInput)); the transpose turns [n(l+1), n(l)] into [n(l), n(l+1)]":
    "BP2: δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ), 즉 nn.hadamard(nn.matmul(nn.transpose(wNext), deltaNext), nn.sigmoidPrime(weightedInput))입니다. 전치하면 [n(l+1), n(l)]이 [n(l), n(l+1)]이 됩니다",
  // exercise 05-error-back mistake 1
  "it looks like w instead of its transpose: (wˡ⁺¹)ᵀ δˡ⁺¹, nn.matmul(nn.transpose(wNext), deltaNext)":
    "전치 대신 w를 그대로 쓴 것 같습니다: (wˡ⁺¹)ᵀ δˡ⁺¹, 즉 nn.matmul(nn.transpose(wNext), deltaNext)입니다",
  // exercise 05-error-back mistake 2
  "it looks like σ′(zˡ) is missing: multiply element by element with nn.sigmoidPrime(weightedInput)":
    "σ′(zˡ)가 빠진 것 같습니다: nn.sigmoidPrime(weightedInput)과 원소별로 곱하세요",
  // exercise 05-error-back mistake 3
  "it looks like σ(zˡ) where σ′(zˡ) belongs: nn.sigmoidPrime, not nn.sigmoid":
    "σ′(zˡ) 자리에 σ(zˡ)를 쓴 것 같습니다: nn.sigmoid가 아니라 nn.sigmoidPrime입니다",
  // exercise 05-error-back mistake 4
  "it looks like z itself where σ′(z) belongs: nn.sigmoidPrime(weightedInput)":
    "σ′(z) 자리에 z 자체를 쓴 것 같습니다: nn.sigmoidPrime(weightedInput)을 쓰세요",
  // exercise 05-error-back mistake 5
  "it looks like the sign is flipped: δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ), no minus":
    "부호가 뒤집힌 것 같습니다: δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ′(zˡ)에는 마이너스가 없습니다",

  // exercise 05-layer-gradients hint
  "BP3: nablaB = δ with its columns (examples) added up, shape [n, 1] (nn.sumColumns); BP4: nablaW = δ (aˡ⁻¹)ᵀ, shape [n(l), n(l−1)] (nn.matmul with nn.transpose); return [nablaB, nablaW]":
    "BP3: nablaB = δ의 열(예제)을 모두 더한 값, 형상 [n, 1](nn.sumColumns). BP4: nablaW = δ (aˡ⁻¹)ᵀ, 형상 [n(l), n(l−1)](nn.matmul과 nn.transpose). [nablaB, nablaW]를 반환하세요",
  // exercise 05-layer-gradients mistake 1
  "it looks like nablaB = δ: add up its columns (one per example) into [n, 1], nn.sumColumns(delta)":
    "nablaB = δ로 둔 것 같습니다: δ의 열(예제마다 하나)을 모두 더해 [n, 1]로 만드세요. nn.sumColumns(delta)",
  // exercise 05-layer-gradients mistake 2
  "it looks like averages: nablaB and nablaW are SUMS over the mini-batch, like nn.backprop (training divides by m later)":
    "평균을 구한 것 같습니다: nablaB와 nablaW는 nn.backprop처럼 미니배치에 대해 합산한 값입니다(m으로 나누는 것은 나중에 훈련할 때입니다)",
  // exercise 05-layer-gradients mistake 3
  "it looks like nablaB is summed but nablaW averaged: both are sums over the examples":
    "nablaB는 합산하고 nablaW는 평균을 낸 것 같습니다: 둘 다 예제들에 대해 합산한 값입니다",
  // exercise 05-layer-gradients mistake 4
  "it looks like [nablaW, nablaB]: return [nablaB, nablaW], biases first":
    "[nablaW, nablaB] 순서로 반환한 것 같습니다: 편향을 먼저 써서 [nablaB, nablaW]를 반환하세요",
  // exercise 05-layer-gradients mistake 5
  "it looks like a δᵀ, the transpose of nablaW: BP4 is δ (aˡ⁻¹)ᵀ, shape [n(l), n(l−1)]":
    "nablaW의 전치인 a δᵀ를 계산한 것 같습니다: BP4는 δ (aˡ⁻¹)ᵀ이고, 형상은 [n(l), n(l−1)]입니다",

  // exercise 05-gradient-check hint
  "for each i: nᵢ = (f(p + h eᵢ) − f(p − h eᵢ)) / (2h) with h = 1e-5 (copy p, change entry i only); return the largest |analyticᵢ − nᵢ| / max(|analyticᵢ|, |nᵢ|, 1e-12)":
    "각 i에 대해 h = 1e-5로 nᵢ = (f(p + h eᵢ) − f(p − h eᵢ)) / (2h)를 구하고(p를 복사해서 항목 i만 바꿉니다), |analyticᵢ − nᵢ| / max(|analyticᵢ|, |nᵢ|, 1e-12) 중 가장 큰 값을 반환하세요",
  // exercise 05-gradient-check case 7
  "both gradients are exactly 0 here: the 1e-12 in max(|analyticᵢ|, |nᵢ|, 1e-12) keeps 0/0 from becoming NaN":
    "여기서는 두 기울기가 모두 정확히 0입니다: max(|analyticᵢ|, |nᵢ|, 1e-12)의 1e-12가 0/0이 NaN이 되는 것을 막아 줍니다",
  // exercise 05-gradient-check mistake 1
  "it looks like a one-sided difference (f(p + h) − f(p)) / h: use the central difference (f(p + h eᵢ) − f(p − h eᵢ)) / (2h)":
    "전진 차분 (f(p + h) − f(p)) / h를 쓴 것 같습니다: 중앙 차분 (f(p + h eᵢ) − f(p − h eᵢ)) / (2h)를 쓰세요",
  // exercise 05-gradient-check mistake 2
  "it looks like the absolute error |analyticᵢ − nᵢ|: divide it by max(|analyticᵢ|, |nᵢ|, 1e-12)":
    "절대 오차 |analyticᵢ − nᵢ|를 반환한 것 같습니다: 이 값을 max(|analyticᵢ|, |nᵢ|, 1e-12)로 나누세요",
  // exercise 05-gradient-check mistake 3
  "it looks like the denominator is |analyticᵢ| alone: use max(|analyticᵢ|, |nᵢ|, 1e-12), which stays finite when the claim is 0":
    "분모로 |analyticᵢ|만 쓴 것 같습니다: 주장한 값이 0이어도 유한하게 남는 max(|analyticᵢ|, |nᵢ|, 1e-12)를 쓰세요",
  // exercise 05-gradient-check mistake 4
  "it looks like the 1e-12 is missing from the denominator: when both gradients are 0, 0 / 0 is NaN; divide by max(|analyticᵢ|, |nᵢ|, 1e-12)":
    "분모에서 1e-12가 빠진 것 같습니다: 두 기울기가 모두 0이면 0 / 0은 NaN이므로 max(|analyticᵢ|, |nᵢ|, 1e-12)로 나누세요",
  // exercise 05-gradient-check mistake 5
  "it looks like the mean error over the entries: return the LARGEST relative error":
    "항목들의 평균 오차를 반환한 것 같습니다: 가장 큰 상대 오차를 반환하세요",
  // exercise 05-gradient-check mistake 6
  "it looks like the difference is divided by 2 instead of 2h: nᵢ = (f(p + h eᵢ) − f(p − h eᵢ)) / (2 · 1e-5)":
    "차이를 2h가 아니라 2로 나눈 것 같습니다: nᵢ = (f(p + h eᵢ) − f(p − h eᵢ)) / (2 · 1e-5)",
};
