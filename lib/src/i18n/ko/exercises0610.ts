/** 한국어: exercise texts of notebooks 06–10 (hints, case hints, known-mistake hints). */
import type { Catalog } from "../translate";

export const exercises0610: Catalog = {
  // 06-iterations-per-epoch
  "one iteration per mini-batch: n / miniBatchSize, rounded UP (Math.ceil) because a last, shorter mini-batch is still one iteration":
    "미니배치 하나가 이터레이션 한 번입니다: n / miniBatchSize를 올림(Math.ceil)하세요. 마지막의 더 짧은 미니배치도 이터레이션 한 번이기 때문입니다",
  "it looks rounded DOWN (Math.floor): the last, shorter mini-batch is an iteration too, so round up with Math.ceil (10 in batches of 4: 4 + 4 + 2 = 3 iterations)":
    "내림(Math.floor)한 것 같습니다: 마지막의 더 짧은 미니배치도 이터레이션이므로 Math.ceil로 올림하세요(예제 10개를 4개씩 나누면 4 + 4 + 2, 이터레이션 3번)",
  "it looks rounded to the nearest (Math.round): 60,000 in batches of 50,000 are 2 iterations; round up with Math.ceil":
    "반올림(Math.round)한 것 같습니다: 예제 60,000개를 50,000개씩 나누면 이터레이션 2번입니다. Math.ceil로 올림하세요",
  "it looks like n / miniBatchSize unrounded: a count of iterations is a whole number, Math.ceil(n / miniBatchSize)":
    "n / miniBatchSize를 정수로 만들지 않고 그대로 돌려준 것 같습니다: 이터레이션 수는 정수이므로 Math.ceil(n / miniBatchSize)입니다",
  "it looks like Math.floor(n / m) + 1: when miniBatchSize divides n there is no extra batch (7 in batches of 7: 1 iteration); use Math.ceil":
    "Math.floor(n / m) + 1을 쓴 것 같습니다: n이 miniBatchSize로 나누어떨어지면 남는 미니배치가 없습니다(예제 7개를 7개씩 나누면 이터레이션 1번). Math.ceil을 쓰세요",
  "it looks like miniBatchSize / n: divide the number of examples by the mini-batch size":
    "miniBatchSize / n을 계산한 것 같습니다: 예제 수를 미니배치 크기로 나누세요",

  // 06-mini-batches
  "walk through order in steps of miniBatchSize: batch k is order.slice(k·m, (k + 1)·m); keep the order as given and keep the last, shorter batch":
    "order를 miniBatchSize씩 건너뛰며 훑으세요: 미니배치 k는 order.slice(k·m, (k + 1)·m)입니다. 주어진 순서를 그대로 지키고, 마지막의 더 짧은 미니배치도 남겨 두세요",
  "an empty order has no mini-batches: return [] (a loop that runs while start < order.length)":
    "빈 순서에는 미니배치가 없습니다: []를 돌려주세요(start < order.length인 동안 도는 반복문이면 됩니다)",
  "it looks like the last, shorter mini-batch is dropped: keep it, every example is used once per epoch":
    "마지막의 더 짧은 미니배치를 버린 것 같습니다: 남겨 두세요. 모든 예제가 에포크마다 한 번씩 쓰여야 합니다",
  "it looks like the indices are sorted: keep them in the shuffled order given":
    "인덱스를 정렬한 것 같습니다: 주어진 섞은 순서를 그대로 지키세요",
  "it looks like miniBatchSize batches: miniBatchSize is the SIZE of each batch, not how many there are":
    "미니배치를 miniBatchSize개 만든 것 같습니다: miniBatchSize는 미니배치의 개수가 아니라 각 미니배치의 크기입니다",
  "it looks like one index too few per batch: order.slice(start, start + miniBatchSize) already stops before its end":
    "미니배치마다 인덱스가 하나씩 모자란 것 같습니다: order.slice(start, start + miniBatchSize)는 이미 끝 인덱스 바로 앞에서 멈춥니다",
  "it looks like the indices are dealt out in turns: a mini-batch is a run of CONSECUTIVE indices, order.slice(k·m, (k + 1)·m)":
    "인덱스를 미니배치마다 돌아가며 하나씩 나눠 준 것 같습니다: 미니배치는 연속된 인덱스의 묶음, 곧 order.slice(k·m, (k + 1)·m)입니다",
  "it looks like an empty mini-batch for an empty order: return [] when there is nothing to cut":
    "빈 순서에 빈 미니배치 하나를 돌려준 것 같습니다: 자를 것이 없으면 []를 돌려주세요",

  // 06-sgd-step
  "the gradients are SUMS over the mini-batch, so divide by m: w − (η/m)·nablaW and b − (η/m)·nablaB (nn.subtract(w, nn.scale(nablaW, learningRate / miniBatchSize))); return [new w, new b] and leave w and b unchanged":
    "기울기는 미니배치에 대해 합산한 값이므로 m으로 나누세요: w − (η/m)·nablaW, b − (η/m)·nablaB입니다(nn.subtract(w, nn.scale(nablaW, learningRate / miniBatchSize))). [새 w, 새 b]를 돌려주고 w와 b는 바꾸지 마세요",
  "it looks like the gradients are not divided by m: they are SUMS over the mini-batch, so the step is (η/m)·nablaW":
    "기울기를 m으로 나누지 않은 것 같습니다: 기울기는 미니배치에 대해 합산한 값이므로 한 걸음은 (η/m)·nablaW입니다",
  "it looks like a step uphill: w − (η/m)·nablaW, with a minus":
    "오르막으로 한 걸음 간 것 같습니다: 마이너스를 붙여 w − (η/m)·nablaW로 계산하세요",
  "it looks like η·m: the rate is η DIVIDED by m, learningRate / miniBatchSize":
    "η·m을 쓴 것 같습니다: 기울기에 곱할 값은 η를 m으로 나눈 learningRate / miniBatchSize입니다",
  "it looks like b is not updated: b → b − (η/m)·nablaB as well":
    "b를 갱신하지 않은 것 같습니다: b도 b → b − (η/m)·nablaB로 갱신하세요",
  "it looks like [new b, new w]: return [new w, new b], weights first":
    "[새 b, 새 w] 순서로 돌려준 것 같습니다: 가중치를 먼저, [새 w, 새 b]로 돌려주세요",
  "it looks like the step alone: return the new parameters w − (η/m)·nablaW, not (η/m)·nablaW":
    "걸음만 돌려준 것 같습니다: (η/m)·nablaW가 아니라 새 파라미터 w − (η/m)·nablaW를 돌려주세요",

  // 07-classify
  "a parameter is learned during training from the data (only the weights w and biases b); everything the designer sets before training is a hyperparameter, weight decay λ included":
    "파라미터는 학습하는 동안 데이터에서 배우는 값입니다(가중치 w와 편향 b뿐입니다). 설계자가 학습 전에 정하는 값은 모두 하이퍼파라미터이며, 가중치 감쇠 λ도 마찬가지입니다",
  "it looks like weight decay λ counts as a parameter: it has \"weight\" in its name, but the designer sets it; only the weights w and biases b are learned":
    "가중치 감쇠 λ를 파라미터로 센 것 같습니다: 이름에 \"weight\"가 들어 있지만 설계자가 정하는 값입니다. 학습되는 것은 가중치 w와 편향 b뿐입니다",
  "it looks like everything is a hyperparameter: the weights w and biases b are learned from the data, they are parameters":
    "모든 값을 하이퍼파라미터로 본 것 같습니다: 가중치 w와 편향 b는 데이터에서 학습되는 파라미터입니다",
  "it looks like the two words are swapped: \"parameter\" for what training learns (w, b), \"hyperparameter\" for what the designer sets":
    "두 단어가 뒤바뀐 것 같습니다: 학습이 배우는 값(w, b)은 \"parameter\", 설계자가 정하는 값은 \"hyperparameter\"입니다",
  "it looks like the number of features counts as learned: it comes with the data, but nothing is learned — the designer picks the inputs, a hyperparameter":
    "특징 수를 학습되는 값으로 센 것 같습니다: 데이터와 함께 주어지지만 학습되는 것은 없습니다. 입력을 고르는 것은 설계자이므로 하이퍼파라미터입니다",
  "it looks like true/false: return the words \"parameter\" or \"hyperparameter\" for each quantity":
    "true/false를 돌려준 것 같습니다: 값마다 \"parameter\" 또는 \"hyperparameter\"라는 단어를 돌려주세요",

  // 07-choose-rate
  "keep only the rates whose costs[i] are all finite and each lower than the one before (no rise at all); among those return the learning rate whose LAST cost is lowest; NaN when none is left":
    "costs[i]가 모두 유한한 수이고 각 비용이 바로 앞의 비용보다 낮은(한 번도 오르지 않은) 학습률만 남기세요. 그 가운데 마지막 비용이 가장 낮은 학습률을 돌려주고, 하나도 남지 않으면 NaN을 돌려주세요",
  "an empty sweep has no steady rate: return NaN (the number)":
    "빈 스윕에는 꾸준한 학습률이 없습니다: NaN(숫자)을 돌려주세요",
  "it looks like the lowest last cost among ALL rates: keep only the steady ones, whose cost fell at every epoch (η = 1 ends at 0.06 but rose from 0.05)":
    "모든 학습률 가운데 마지막 비용이 가장 낮은 것을 고른 것 같습니다: 비용이 매 에포크 줄어든 꾸준한 학습률만 남기세요(η = 1은 0.06으로 끝나지만 0.05에서 올라갔습니다)",
  "it looks like a cost that stays the same counts as falling: steady means each cost is strictly LOWER than the one before (<, not ≤)":
    "그대로인 비용을 줄어든 것으로 센 것 같습니다: 꾸준하다는 것은 각 비용이 바로 앞의 비용보다 엄밀히 낮다는 뜻입니다(≤가 아니라 <)",
  "it looks like only the first and last costs are compared: the cost must fall at EVERY epoch":
    "첫 비용과 마지막 비용만 비교한 것 같습니다: 비용은 매 에포크 줄어야 합니다",
  "it looks like a tie goes to the later rate: keep the first one on a tie (replace the best only when strictly lower)":
    "마지막 비용이 같을 때 뒤의 학습률을 고른 것 같습니다: 같으면 앞의 것을 남기세요(엄밀히 더 낮을 때만 지금까지 고른 학습률을 바꿉니다)",
  "it looks like the cost: return the learning rate itself, learningRates[i]":
    "비용을 돌려준 것 같습니다: 학습률 자체, 곧 learningRates[i]를 돌려주세요",
  "it looks like the position i: return the learning rate learningRates[i]":
    "위치 i를 돌려준 것 같습니다: 학습률 learningRates[i]를 돌려주세요",

  // 07-step-decay
  "epoch e (counting from 1) uses η₀ / factor^⌊(e − 1) / dropEvery⌋: Math.floor((e - 1) / dropEvery) drops so far; return one rate per epoch":
    "에포크 e(1부터 셉니다)는 η₀ / factor^⌊(e − 1) / dropEvery⌋를 씁니다: 지금까지의 감소 횟수가 Math.floor((e - 1) / dropEvery)입니다. 에포크마다 학습률을 하나씩 돌려주세요",
  "it looks like the rate drops one epoch too early: epoch e counts from 1, so the drops so far are Math.floor((e − 1) / dropEvery)":
    "학습률이 한 에포크 일찍 줄어드는 것 같습니다: 에포크 e는 1부터 세므로 지금까지의 감소 횟수는 Math.floor((e − 1) / dropEvery)입니다",
  "it looks like the rate is multiplied by the factor: it is DIVIDED by factor at each drop":
    "학습률에 factor를 곱한 것 같습니다: 감소할 때마다 factor로 나눕니다",
  "it looks like Math.ceil: the number of drops is Math.floor((e − 1) / dropEvery)":
    "Math.ceil을 쓴 것 같습니다: 감소 횟수는 Math.floor((e − 1) / dropEvery)입니다",
  "it looks like the rate drops every epoch: it drops once every dropEvery epochs":
    "학습률이 매 에포크 줄어드는 것 같습니다: dropEvery 에포크마다 한 번씩 줄어듭니다",
  "it looks like one rate too many: return exactly `epochs` rates, for e = 1 … epochs":
    "학습률이 하나 더 많은 것 같습니다: e = 1 … epochs에 대해 정확히 `epochs`개의 학습률을 돌려주세요",
  "it looks rounded: keep every digit (0.3 / 9 = 0.0333…), the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요(0.3 / 9 = 0.0333…)",

  // 09-confusion-counts
  "for each product compare prediction and truth: 1 and 1 → tp, 1 and 0 → fp (type I), 0 and 1 → fn (type II), 0 and 0 → tn; return [tp, fp, fn, tn] in that order":
    "부품마다 예측과 정답을 비교하세요: 1과 1 → tp, 1과 0 → fp(제1종 오류), 0과 1 → fn(제2종 오류), 0과 0 → tn입니다. 이 순서대로 [tp, fp, fn, tn]을 돌려주세요",
  "it looks like fp and fn are swapped: fp = predicted 1 but truly 0 (type I, a false alarm), fn = predicted 0 but truly 1 (type II, a miss)":
    "fp와 fn이 뒤바뀐 것 같습니다: fp = 예측은 1인데 실제는 0(제1종 오류, 잘못된 경보), fn = 예측은 0인데 실제는 1(제2종 오류, 놓친 불량)입니다",
  "it looks like the order [tp, tn, fp, fn]: return [tp, fp, fn, tn]":
    "[tp, tn, fp, fn] 순서로 돌려준 것 같습니다: [tp, fp, fn, tn]을 돌려주세요",
  "it looks like every agreement counts as tp: a true positive is predicted 1 AND truly 1; predicted 0 and truly 0 is a true negative (tn)":
    "예측과 정답이 같으면 모두 tp로 센 것 같습니다: 참양성은 예측이 1이고 실제도 1인 경우입니다. 예측이 0이고 실제도 0이면 참음성(tn)입니다",
  "it looks like only the predictions are counted: tp needs predicted 1 AND truly 1; compare each prediction with its truth":
    "예측만 센 것 같습니다: tp가 되려면 예측이 1이고 실제도 1이어야 합니다. 예측을 하나하나 정답과 비교하세요",
  "it looks like fractions: return the counts, whole numbers":
    "비율을 돌려준 것 같습니다: 개수, 곧 정수를 돌려주세요",

  // 09-precision-recall
  "precision = tp / (tp + fp) (of the products called defective, the share that is), recall = tp / (tp + fn) (of the defective products, the share found); when a denominator is 0 the ratio is undefined: return NaN, not 0":
    "정밀도 = tp / (tp + fp)(불량으로 판정한 부품 가운데 실제 불량의 비율), 재현율 = tp / (tp + fn)(실제 불량 부품 가운데 찾아낸 비율)입니다. 분모가 0이면 비율이 정의되지 않으므로 0이 아니라 NaN을 돌려주세요",
  "it looks like 0 where a ratio is undefined: when tp + fp = 0 (nothing flagged) precision is 0 / 0, return NaN, not 0":
    "비율이 정의되지 않는 곳에서 0을 돌려준 것 같습니다: tp + fp = 0이면(불량으로 판정한 부품이 없으면) 정밀도는 0 / 0이므로 0이 아니라 NaN을 돌려주세요",
  "it looks like 1 where a ratio is undefined: 0 / 0 is undefined, return NaN":
    "비율이 정의되지 않는 곳에서 1을 돌려준 것 같습니다: 0 / 0은 정의되지 않으므로 NaN을 돌려주세요",
  "it looks like the formulas are swapped: precision = tp / (tp + fp) (among those flagged), recall = tp / (tp + fn) (among the defective)":
    "두 식이 뒤바뀐 것 같습니다: 정밀도 = tp / (tp + fp)(불량으로 판정한 것 가운데), 재현율 = tp / (tp + fn)(실제 불량 가운데)입니다",
  "it looks like percentages: return fractions from 0 to 1":
    "백분율을 돌려준 것 같습니다: 0에서 1 사이의 비율을 돌려주세요",
  "it looks rounded: keep every digit (19/21 = 0.904762…), the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요(19/21 = 0.904762…)",
  "it looks like tp is missing from the denominators: precision = tp / (tp + fp), recall = tp / (tp + fn)":
    "분모에서 tp가 빠진 것 같습니다: 정밀도 = tp / (tp + fp), 재현율 = tp / (tp + fn)입니다",

  // 09-threshold-for-recall
  "try the scores themselves as thresholds, from the highest down; at threshold t a product counts as defective when score ≥ t; return the first (highest) t whose recall tp / (tp + fn) reaches requiredRecall":
    "점수들 자체를 가장 높은 것부터 내려가며 임계값으로 시도하세요. 임계값 t에서는 score ≥ t인 부품을 불량으로 판정합니다. 재현율 tp / (tp + fn)이 requiredRecall에 이르는 첫 번째(가장 높은) t를 돌려주세요",
  "it looks like score > t: a part counts as defective when score ≥ t, so the threshold itself is flagged":
    "score > t를 쓴 것 같습니다: score ≥ t이면 부품을 불량으로 판정하므로, 점수가 임계값과 같은 부품도 불량으로 판정됩니다",
  "it looks like the recall must EXCEED the required one: it is enough to reach it (≥), 2/3 ≥ 2/3":
    "재현율이 요구 재현율을 넘어야 한다고 본 것 같습니다: 이르기만 하면 됩니다(≥). 2/3 ≥ 2/3입니다",
  "it looks like the lowest threshold that works: try the scores from the HIGHEST down and return the first that reaches the recall":
    "조건을 만족하는 가장 낮은 임계값을 돌려준 것 같습니다: 점수를 가장 높은 것부터 내려가며 시도하고, 요구 재현율에 처음 이르는 것을 돌려주세요",
  "it looks like the scores are tried in the order given: sort a copy from the highest down first ([...scores].sort((a, b) => b − a))":
    "점수를 주어진 순서대로 시도한 것 같습니다: 먼저 복사본을 가장 높은 것부터 정렬하세요([...scores].sort((a, b) => b − a))",
  "it looks like precision tp / (tp + fp) where recall belongs: recall = tp / (tp + fn), the share of the defective parts flagged":
    "재현율 자리에 정밀도 tp / (tp + fp)를 쓴 것 같습니다: 재현율 = tp / (tp + fn), 곧 실제 불량 부품 가운데 불량으로 판정한 비율입니다",

  // 08-diagnose-fit
  "look at the LAST epoch only; first ask: is the training error above acceptableError? → \"underfitting\"; then: is validation error − training error above acceptableGap? → \"overfitting\"; otherwise \"good fit\"":
    "마지막 에포크만 보세요. 먼저 훈련 오차가 acceptableError보다 크면 → \"underfitting\", 그렇지 않고 검증 오차 − 훈련 오차가 acceptableGap보다 크면 → \"overfitting\", 둘 다 아니면 \"good fit\"입니다",
  "it looks like the gap is asked first: question 1 (training error above acceptableError → \"underfitting\") comes first":
    "갭을 먼저 본 것 같습니다: 질문 1(훈련 오차가 acceptableError보다 크면 → \"underfitting\")을 먼저 봅니다",
  "it looks like the curves are not read at the LAST epoch: judge the network as training ended, trainingErrors[trainingErrors.length − 1]":
    "곡선을 마지막 에포크에서 읽지 않은 것 같습니다: 훈련이 끝난 시점의 신경망, 곧 trainingErrors[trainingErrors.length − 1]로 판정하세요",
  "it looks like ≥ where the rule says above (>): an error exactly at the acceptable level is acceptable":
    "규칙은 \"크면\"(>)인데 ≥를 쓴 것 같습니다: 허용 수준과 정확히 같은 오차는 받아들일 만합니다",
  "it looks like the gap is taken as a distance |v − t|: only a validation error ABOVE the training error by more than acceptableGap is overfitting":
    "갭을 거리 |v − t|로 잰 것 같습니다: 검증 오차가 훈련 오차보다 위에 있고 그 차이가 acceptableGap을 넘을 때만 과적합입니다",
  "it looks like the gap is training − validation: the gap is validation error − training error":
    "갭을 훈련 − 검증으로 계산한 것 같습니다: 갭은 검증 오차 − 훈련 오차입니다",
  "it looks like underfitting is judged on the validation error: question 1 looks at the TRAINING error":
    "과소적합을 검증 오차로 판정한 것 같습니다: 질문 1은 훈련 오차를 봅니다",

  // 08-early-stopping
  "walk through the epochs keeping the index of the best accuracy so far (replace it only on a strictly higher one); stop at the first epoch e with e − best ≥ patience; return [stopEpoch, bestEpoch] counted from 1 ([E, best] if it never stops)":
    "에포크를 순서대로 살피면서 지금까지 가장 높은 정확도가 나온 위치를 기억하세요(엄밀히 더 높을 때만 바꿉니다). e − best ≥ patience가 되는 첫 에포크 e에서 멈추고, 1부터 센 [stopEpoch, bestEpoch]를 반환하세요(끝까지 멈추지 않으면 [E, best])",
  "it looks like a tie counts as an improvement: only a STRICTLY higher accuracy replaces the best epoch, so [0.8, 0.8, 0.8, 0.8] with patience 2 stops at 3":
    "같은 정확도를 개선으로 센 것 같습니다: 엄밀히 더 높은 정확도만 최고 에포크를 바꾸므로, [0.8, 0.8, 0.8, 0.8]에 patience 2이면 에포크 3에서 멈춥니다",
  "it looks like epochs counted from 0: epoch e is validationAccuracies[e − 1], the first epoch is 1":
    "에포크를 0부터 센 것 같습니다: 에포크 e는 validationAccuracies[e − 1]이고, 첫 에포크는 1입니다",
  "it looks like one epoch too late: stop at the first epoch with e − best ≥ patience (≥, not >)":
    "한 에포크 늦게 멈춘 것 같습니다: e − best ≥ patience가 되는 첫 에포크에서 멈추세요(>가 아니라 ≥)",
  "it looks like [bestEpoch, stopEpoch]: return [stopEpoch, bestEpoch]":
    "[bestEpoch, stopEpoch] 순서로 반환한 것 같습니다: [stopEpoch, bestEpoch]를 반환하세요",
  "it looks like the best epoch of the WHOLE curve: training cannot see the future, keep the best epoch SO FAR":
    "곡선 전체에서 최고 에포크를 찾은 것 같습니다: 훈련은 미래를 볼 수 없으니 지금까지의 최고 에포크를 기억하세요",
  "it looks like the count restarts whenever an epoch beats the one before: compare with the BEST accuracy so far, not the previous epoch":
    "에포크가 바로 앞 에포크보다 나아질 때마다 세기를 다시 시작한 것 같습니다: 바로 앞 에포크가 아니라 지금까지의 최고 정확도와 비교하세요",
  "it looks like a run that never stops reports its last epoch as the best: bestEpoch is the epoch of the best accuracy ([0.9, 0.5, 0.6] → 1)":
    "끝까지 멈추지 않은 훈련에서 마지막 에포크를 최고로 보고한 것 같습니다: bestEpoch는 정확도가 가장 높은 에포크입니다([0.9, 0.5, 0.6] → 1)",

  // 08-l2-term
  "square every weight of every layer (biases are not decayed), add the squares up, multiply by λ/(2n)":
    "모든 층의 모든 가중치를 제곱해서(편향은 감쇠하지 않습니다) 제곱을 모두 더하고 λ/(2n)을 곱하세요",
  "no layers: no weights, so the term is 0 (give reduce a start value of 0)":
    "층이 없으면 가중치도 없으므로 이 항은 0입니다(reduce에 시작값 0을 주세요)",
  "it looks like λ/n: the L2 term is λ/(2n) Σ w² (the ½ cancels the 2 of the derivative later)":
    "λ/n을 쓴 것 같습니다: L2 항은 λ/(2n) Σ w²입니다(½은 나중에 미분에서 나오는 2와 약분됩니다)",
  "it looks like `lambda / 2 * n`, which multiplies by n: write lambda / (2 * n)":
    "`lambda / 2 * n`을 쓴 것 같습니다: 이러면 n으로 나누지 않고 곱하게 됩니다. lambda / (2 * n)으로 쓰세요",
  "it looks like λ is missing: multiply the sum of squares by λ/(2n)":
    "λ가 빠진 것 같습니다: 제곱의 합에 λ/(2n)을 곱하세요",
  "it looks like |w|: the L2 term adds the SQUARES w²":
    "|w|를 더한 것 같습니다: L2 항은 제곱 w²을 더합니다",
  "it looks like only the first layer: add the squares of every layer's weights":
    "첫 층만 계산한 것 같습니다: 모든 층의 가중치 제곱을 더하세요",
  "it looks like the weights are added before squaring: square EACH weight, then add":
    "가중치를 먼저 더한 뒤 제곱한 것 같습니다: 가중치 하나하나를 제곱한 다음 더하세요",

  // 08-weight-decay-step
  "the gradient of C = C₀ + λ/(2n) Σ w² is ∂C₀/∂w + (λ/n) w, so each weight becomes w − η (nablaW + (λ/n) w) = (1 − ηλ/n) w − η nablaW":
    "C = C₀ + λ/(2n) Σ w²의 기울기는 ∂C₀/∂w + (λ/n) w이므로, 각 가중치는 w − η (nablaW + (λ/n) w) = (1 − ηλ/n) w − η nablaW가 됩니다",
  "it looks like the decay uses λ instead of λ/n: w − η (nablaW + (λ/n) w), with n the number of training examples":
    "감쇠에 λ/n 대신 λ를 쓴 것 같습니다: w − η (nablaW + (λ/n) w)이며, n은 훈련 예제 수입니다",
  "it looks like λ/(2n): that is the L2 term's factor; its derivative is (λ/n) w":
    "λ/(2n)을 쓴 것 같습니다: 그것은 L2 항의 계수이고, L2 항을 미분하면 (λ/n) w입니다",
  "it looks like the decay is left out: add (λ/n) w to the gradient, w − η (nablaW + (λ/n) w)":
    "감쇠를 빠뜨린 것 같습니다: 기울기에 (λ/n) w를 더하세요. w − η (nablaW + (λ/n) w)입니다",
  "it looks like the decay term misses η: both terms are multiplied by η, w − η (nablaW + (λ/n) w)":
    "감쇠 항에 η가 빠진 것 같습니다: 두 항 모두 η를 곱합니다. w − η (nablaW + (λ/n) w)입니다",
  "it looks like a step uphill: w − η (…), with a minus":
    "오르막으로 갱신한 것 같습니다: 마이너스를 붙여 w − η (…)로 계산하세요",
  "it looks like the gradient is decayed instead of the weights: the extra term is (λ/n) w, from the weights":
    "가중치 대신 기울기를 감쇠한 것 같습니다: 더하는 항은 가중치에서 나오는 (λ/n) w입니다",

  // 10-mean-std
  "s̄ = (1/K) Σ sᵢ; σ = √((1/K) Σ (sᵢ − s̄)²): divide by K (the number of scores), not K − 1; return [s̄, σ]":
    "s̄ = (1/K) Σ sᵢ, σ = √((1/K) Σ (sᵢ − s̄)²)입니다: K − 1이 아니라 K(점수의 개수)로 나누세요. [s̄, σ]를 반환하세요",
  "it looks like K − 1 (the sample formula): this course divides by K, the number of scores ([0.8, 0.9] → σ = 0.05)":
    "K − 1로 나눈 것 같습니다(표본 표준편차 공식): 이 과정에서는 점수의 개수 K로 나눕니다([0.8, 0.9] → σ = 0.05)",
  "it looks like the variance: the standard deviation is its square root, Math.sqrt":
    "분산을 반환한 것 같습니다: 표준편차는 분산의 제곱근(Math.sqrt)입니다",
  "it looks like the mean absolute deviation: σ = √((1/K) Σ (sᵢ − s̄)²), square the deviations and take the root at the end":
    "평균 절대 편차를 계산한 것 같습니다: σ = √((1/K) Σ (sᵢ − s̄)²)입니다. 편차를 제곱하고 마지막에 제곱근을 구하세요",
  "it looks like the deviations are measured from 0: subtract the mean first, (sᵢ − s̄)²":
    "편차를 0에서부터 잰 것 같습니다: 먼저 평균을 빼세요. (sᵢ − s̄)²입니다",
  "it looks like [σ, s̄]: return [mean, standardDeviation]":
    "[σ, s̄] 순서로 반환한 것 같습니다: [mean, standardDeviation]을 반환하세요",
  "it looks rounded: keep every digit (σ = 0.026077 here), the check compares to 1e-6":
    "반올림한 것 같습니다: 확인 셀은 허용 오차 1e-6으로 비교하므로 모든 자릿수를 그대로 두세요(여기서는 σ = 0.026077)",

  // 10-fold-indices
  "fold i holds ⌊n/k⌋ indices, plus one more for the first n % k folds; the folds follow each other: 0 … n − 1, each index in exactly one fold":
    "폴드 i에는 인덱스가 ⌊n/k⌋개 들어가고, 앞쪽 n % k개 폴드에는 하나씩 더 들어갑니다. 폴드는 차례로 이어지며, 0 … n − 1의 각 인덱스는 정확히 한 폴드에 들어갑니다",
  "it looks like the extra indices go to the LAST folds: the FIRST n % k folds get one index more ([0, 1, 2, 3], [4, 5, 6], [7, 8, 9])":
    "남는 인덱스를 뒤쪽 폴드에 준 것 같습니다: 앞쪽 n % k개 폴드가 인덱스를 하나씩 더 받습니다([0, 1, 2, 3], [4, 5, 6], [7, 8, 9])",
  "it looks like the n % k leftover indices are dropped: every index 0 … n − 1 must be in a fold":
    "남는 인덱스 n % k개를 버린 것 같습니다: 0 … n − 1의 모든 인덱스가 어느 한 폴드에 들어가야 합니다",
  "it looks like every fold gets ⌈n/k⌉ and the last one the rest: sizes may differ by at most one, ⌊n/k⌋ plus one for the first n % k folds":
    "모든 폴드에 ⌈n/k⌉개씩 주고 마지막 폴드에 나머지를 준 것 같습니다: 폴드 크기의 차이는 많아야 하나입니다. 각 폴드가 ⌊n/k⌋개씩 받고, 앞쪽 n % k개 폴드는 하나씩 더 받습니다",
  "it looks like the indices are dealt out in turns: a fold holds CONSECUTIVE indices (fold 0 is 0, 1, 2, …)":
    "인덱스를 폴드마다 돌아가며 하나씩 나눠 준 것 같습니다: 폴드에는 연속된 인덱스가 들어갑니다(폴드 0은 0, 1, 2, …)",
  "it looks like folds of k indices: k is the NUMBER of folds, each holds about n / k indices":
    "폴드마다 인덱스를 k개씩 넣은 것 같습니다: k는 폴드의 개수이고, 각 폴드에는 인덱스가 약 n / k개 들어갑니다",

  // 10-cross-validate
  "for each fold i: validation = folds[i], training = the indices of every OTHER fold (never fold i itself); push score(training, validation); return the k scores in fold order":
    "각 폴드 i에 대해 validation = folds[i], training = 나머지 모든 폴드의 인덱스(폴드 i 자신은 절대 넣지 않습니다)로 두고 score(training, validation)을 기록하세요. k개의 점수를 폴드 순서대로 반환하세요",
  "it looks like the model trains on every fold, the validation fold included: training = the indices of every OTHER fold":
    "검증 폴드까지 포함해 모든 폴드로 훈련한 것 같습니다: training = 나머지 모든 폴드의 인덱스입니다",
  "it looks like score(validation, training): the training indices come first, score(training, validation)":
    "score(validation, training)으로 호출한 것 같습니다: 훈련 인덱스가 먼저이므로 score(training, validation)으로 호출하세요",
  "it looks like only the folds after fold i are used for training: every other fold, before and after it":
    "폴드 i 뒤의 폴드만 훈련에 쓴 것 같습니다: 폴드 i의 앞과 뒤에 있는 나머지 모든 폴드를 쓰세요",
  "it looks like one number: return the K scores, one per fold, in fold order":
    "수 하나를 반환한 것 같습니다: 폴드마다 하나씩, K개의 점수를 폴드 순서대로 반환하세요",
  "it looks like the scores come out in reverse: return them in fold order, fold 0 first":
    "점수가 거꾸로 나온 것 같습니다: 폴드 0부터 폴드 순서대로 반환하세요",
  "it looks like training on one other fold only: training = the indices of EVERY other fold, joined":
    "다른 폴드 하나로만 훈련한 것 같습니다: training = 나머지 모든 폴드의 인덱스를 이어 붙인 것입니다",
};
