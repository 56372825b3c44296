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
});

defineExercise({
  id: "07-choose-rate",
  name: "chooseLearningRate",
  notebook: "07",
  points: 2,
  hint: "keep only the rates whose costs[i] are all finite and each lower than the one before (no rise at all); " +
    "among those return the learning rate whose LAST cost is lowest; NaN when none is left",
  reference: chooseLearningRate,
  cases: [
    [[0.1, 1, 10], [[0.40, 0.30, 0.25], [0.20, 0.10, 0.08], [0.30, 0.35, 0.50]]],
    [[0.01, 0.1, 1], [[0.45, 0.44, 0.43], [0.30, 0.20, 0.15], [0.10, 0.05, 0.06]]],
    [[3, 30], [[0.10, Number.NaN, Number.NaN], [0.40, 0.45, 0.45]]],
    [[0.5], [[0.2]]],
    [[1, 2, 4], [[0.30, 0.20], [0.25, 0.19], [0.22, 0.21]]],
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
  ],
});
