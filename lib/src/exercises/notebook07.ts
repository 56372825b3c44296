/**
 * The exercises of notebook 07, "Hyperparameters" (하이퍼파라미터).
 *
 *   classifyQuantities:  learned from the data (parameter) or set by the designer (hyperparameter)?
 *   chooseLearningRate:  from a sweep, the rate with the lowest final cost among those whose cost fell every epoch
 *   stepDecaySchedule:   ηₑ = η₀ / factor^⌊(e − 1) / dropEvery⌋ for the epochs e = 1 … epochs
 *
 * The last two are learning-rate.ts's chooseLearningRate and stepDecaySchedule, which the notebook
 * then uses on its own sweep.
 */
import { chooseLearningRate, stepDecaySchedule } from "../learning-rate";
import { defineExercise } from "./check";

/** The quantities of the deck's lists (용어 정리: Hyperparameter / Parameters) and what each one is. */
export const QUANTITY_KINDS: Readonly<Record<string, "parameter" | "hyperparameter">> = {
  "learning rate η": "hyperparameter",
  "weight decay λ": "hyperparameter",
  "hidden size": "hyperparameter",
  "number of layers": "hyperparameter",
  "mini-batch size": "hyperparameter",
  "number of features": "hyperparameter",
  "number of epochs": "hyperparameter",
  "weights w": "parameter",
  "biases b": "parameter",
};

/** The lib's chooseLearningRate, with the task's answer for an empty sweep: NaN (no rate is steady). */
function chooseLearningRateReference(learningRates: readonly number[], costs: ReadonlyArray<readonly number[]>): number {
  return learningRates.length === 0 ? NaN : chooseLearningRate(learningRates, costs);
}

/** Whether costs fell at every epoch (the task's "steady"), or, for known mistakes, by another rule. */
function chooseBy(learningRates: readonly number[], costs: ReadonlyArray<readonly number[]>,
  steady: (c: readonly number[]) => boolean, better: (cost: number, best: number) => boolean = (c, b) => c < b): number {
  let best = NaN;
  let bestCost = Infinity;
  learningRates.forEach((rate, i) => {
    const c = costs[i]!;
    if (c.length > 0 && steady(c) && better(c[c.length - 1]!, bestCost)) [best, bestCost] = [rate, c[c.length - 1]!];
  });
  return best;
}

function classifyQuantitiesReference(quantities: readonly string[]): string[] {
  return quantities.map((q) => QUANTITY_KINDS[q] ?? "unknown");
}

defineExercise({
  id: "07-classify",
  name: "classifyQuantities",
  notebook: "07",
  points: 1,
  hint: "a parameter is learned during training from the data (only the weights w and biases b); " +
    "everything the designer sets before training is a hyperparameter, weight decay λ included",
  reference: classifyQuantitiesReference,
  cases: [
    [["weights w", "learning rate η"]],
    [["mini-batch size", "biases b", "hidden size"]],
    [["weight decay λ", "number of layers", "number of features", "number of epochs"]],
    [[]],
  ],
  mistakes: [
    { hint: "it looks like weight decay λ counts as a parameter: it has \"weight\" in its name, but the designer sets it; only the weights w and biases b are learned",
      answer: (quantities: string[]) => quantities.map((q) => (/weight|bias/.test(q) ? "parameter" : "hyperparameter")) },
    { hint: "it looks like everything is a hyperparameter: the weights w and biases b are learned from the data, they are parameters",
      answer: (quantities: string[]) => quantities.map(() => "hyperparameter") },
    { hint: "it looks like the two words are swapped: \"parameter\" for what training learns (w, b), \"hyperparameter\" for what the designer sets",
      answer: (quantities: string[]) => quantities.map((q) => (QUANTITY_KINDS[q] === "parameter" ? "hyperparameter" : "parameter")) },
    { hint: "it looks like the number of features counts as learned: it comes with the data, but nothing is learned — the designer picks the inputs, a hyperparameter",
      answer: (quantities: string[]) => quantities.map((q) => (q === "number of features" ? "parameter" : QUANTITY_KINDS[q])) },
    { hint: "it looks like true/false: return the words \"parameter\" or \"hyperparameter\" for each quantity",
      answer: (quantities: string[]) => quantities.map((q) => QUANTITY_KINDS[q] === "parameter") },
  ],
});

defineExercise({
  id: "07-choose-rate",
  name: "chooseLearningRate",
  notebook: "07",
  points: 2,
  hint: "keep only the rates whose costs[i] are all finite and each lower than the one before (no rise at all); " +
    "among those return the learning rate whose LAST cost is lowest; NaN when none is left",
  reference: chooseLearningRateReference,
  cases: [
    [[0.1, 1, 10], [[0.40, 0.30, 0.25], [0.20, 0.10, 0.08], [0.30, 0.35, 0.50]]],
    [[0.01, 0.1, 1], [[0.45, 0.44, 0.43], [0.30, 0.20, 0.15], [0.10, 0.05, 0.06]]],
    [[3, 30], [[0.10, Number.NaN, Number.NaN], [0.40, 0.45, 0.45]]],
    [[0.5], [[0.2]]],
    [[1, 2, 4], [[0.30, 0.20], [0.25, 0.19], [0.22, 0.21]]],
    [[0.2, 1], [[0.5, 0.5, 0.3], [0.4, 0.35, 0.33]]],
    [[3, 0.3], [[0.5, 0.2], [0.6, 0.2]]],
    [[], []],
  ],
  caseHints: [undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    "an empty sweep has no steady rate: return NaN (the number)"],
  mistakes: [
    { hint: "it looks like the lowest last cost among ALL rates: keep only the steady ones, whose cost fell at every epoch (η = 1 ends at 0.06 but rose from 0.05)",
      answer: (rates: number[], costs: number[][]) => {
        let best = 0;
        costs.forEach((c, i) => { if (c[c.length - 1]! < costs[best]![costs[best]!.length - 1]!) best = i; });
        return rates.length === 0 ? NaN : rates[best]!;
      } },
    { hint: "it looks like a cost that stays the same counts as falling: steady means each cost is strictly LOWER than the one before (<, not ≤)",
      answer: (rates: number[], costs: number[][]) => chooseBy(rates, costs, (c) => c.every((v, k) => Number.isFinite(v) && (k === 0 || v <= c[k - 1]!))) },
    { hint: "it looks like only the first and last costs are compared: the cost must fall at EVERY epoch",
      answer: (rates: number[], costs: number[][]) => chooseBy(rates, costs, (c) => c.every(Number.isFinite) && (c.length === 1 || c[c.length - 1]! < c[0]!)) },
    { hint: "it looks like a tie goes to the later rate: keep the first one on a tie (replace the best only when strictly lower)",
      answer: (rates: number[], costs: number[][]) => chooseBy(rates, costs, (c) => c.every((v, k) => Number.isFinite(v) && (k === 0 || v < c[k - 1]!)), (c, b) => c <= b) },
    { hint: "it looks like the cost: return the learning rate itself, learningRates[i]",
      answer: (rates: number[], costs: number[][]) => {
        const i = rates.indexOf(chooseLearningRateReference(rates, costs));
        return i < 0 ? NaN : costs[i]![costs[i]!.length - 1]!;
      } },
    { hint: "it looks like the position i: return the learning rate learningRates[i]",
      answer: (rates: number[], costs: number[][]) => {
        const i = rates.indexOf(chooseLearningRateReference(rates, costs));
        return i < 0 ? NaN : i;
      } },
  ],
});

defineExercise({
  id: "07-step-decay",
  name: "stepDecaySchedule",
  notebook: "07",
  points: 2,
  hint: "epoch e (counting from 1) uses η₀ / factor^⌊(e − 1) / dropEvery⌋: Math.floor((e - 1) / dropEvery) drops so far; return one rate per epoch",
  reference: stepDecaySchedule,
  cases: [
    [3, 6, 2, 2],
    [0.5, 4, 1, 10],
    [1, 5, 10, 2],
    [2, 7, 3, 4],
    [3, 0, 2, 2],
    [0.3, 5, 2, 3],
  ],
  mistakes: [
    { hint: "it looks like the rate drops one epoch too early: epoch e counts from 1, so the drops so far are Math.floor((e − 1) / dropEvery)",
      answer: (eta: number, epochs: number, dropEvery: number, factor: number) => Array.from({ length: epochs }, (_, i) => eta / factor ** Math.floor((i + 1) / dropEvery)) },
    { hint: "it looks like the rate is multiplied by the factor: it is DIVIDED by factor at each drop",
      answer: (eta: number, epochs: number, dropEvery: number, factor: number) => Array.from({ length: epochs }, (_, i) => eta * factor ** Math.floor(i / dropEvery)) },
    { hint: "it looks like Math.ceil: the number of drops is Math.floor((e − 1) / dropEvery)",
      answer: (eta: number, epochs: number, dropEvery: number, factor: number) => Array.from({ length: epochs }, (_, i) => eta / factor ** Math.ceil(i / dropEvery)) },
    { hint: "it looks like the rate drops every epoch: it drops once every dropEvery epochs",
      answer: (eta: number, epochs: number, _dropEvery: number, factor: number) => Array.from({ length: epochs }, (_, i) => eta / factor ** i) },
    { hint: "it looks like one rate too many: return exactly `epochs` rates, for e = 1 … epochs",
      answer: (eta: number, epochs: number, dropEvery: number, factor: number) => stepDecaySchedule(eta, epochs + 1, dropEvery, factor) },
    { hint: "it looks rounded: keep every digit (0.3 / 9 = 0.0333…), the check compares to 1e-6",
      answer: (eta: number, epochs: number, dropEvery: number, factor: number) => stepDecaySchedule(eta, epochs, dropEvery, factor).map((r) => Math.round(r * 100) / 100) },
  ],
});
