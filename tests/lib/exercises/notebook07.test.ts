/** Every checker of notebook 07 accepts the reference and rejects a known-wrong answer with a clear message. */
import { describe, expect, it } from "vitest";
import { getExercise, listExercises, runCheck } from "../../../lib/src/exercises";
import { QUANTITY_KINDS } from "../../../lib/src/exercises/notebook07";

import { mistakeCatalogue } from "./mistakes";

const first = (text: string) => text.split("\n")[0];

describe("notebook 07 exercises", () => {
  it("defines three exercises of rising points", () => {
    expect(listExercises("07").map((e) => [e.id, e.name, e.points])).toEqual([
      ["07-classify", "classifyQuantities", 1],
      ["07-choose-rate", "chooseLearningRate", 2],
      ["07-step-decay", "stepDecaySchedule", 2],
    ]);
  });

  it("07-classify: only the weights and biases are learned (the deck's two lists), and the reference passes", () => {
    const reference = getExercise("07-classify").reference;
    expect(reference(["weights w", "learning rate η", "weight decay λ", "biases b"])).toEqual(["parameter", "hyperparameter", "hyperparameter", "parameter"]);
    expect(Object.values(QUANTITY_KINDS).filter((k) => k === "parameter")).toHaveLength(2);
    // every quantity the task lists appears in a visible case
    const visible = getExercise("07-classify").cases.flatMap((c) => c[0] as string[]);
    expect([...visible].sort()).toEqual(Object.keys(QUANTITY_KINDS).sort());
    expect(runCheck("07-classify", reference).text).toBe("✔ classifyQuantities: 4/4 visible checks passed (1 point; hidden tests decide the grade)");
  });
  it('07-classify rejects "anything with weight in its name is a parameter" (weight decay is set by the designer)', () => {
    const byWord = (qs: string[]) => qs.map((q) => (q.includes("weight") || q.includes("bias") ? "parameter" : "hyperparameter"));
    const report = runCheck("07-classify", byWord);
    expect(report.passed).toBe(3);
    expect(first(report.text)).toBe(
      '✖ classifyQuantities(["weight decay λ", "number of layers", "number of features", "number of epochs"] (shape [4])) returned ' +
        '["parameter", "hyperparameter", "hyperparameter", "hyperparameter"] (shape [4]), expected ["hyperparameter", "hyperparameter", "hyperparameter", "hyperparameter"] (shape [4]) ' +
        '(at [0]: expected "hyperparameter", got "parameter") → hint: it looks like weight decay λ counts as a parameter: it has "weight" in its name, ' +
        "but the designer sets it; only the weights w and biases b are learned",
    );
  });

  it("07-choose-rate: worked cases, and the reference passes", () => {
    const reference = getExercise("07-choose-rate").reference;
    // η = 10 rises (0.30 → 0.35); of 0.1 (ends 0.25) and 1 (ends 0.08), 1 ends lower
    expect(reference([0.1, 1, 10], [[0.4, 0.3, 0.25], [0.2, 0.1, 0.08], [0.3, 0.35, 0.5]])).toBe(1);
    // η = 1 ends lowest (0.06) but rose at the last epoch (0.05 → 0.06): 0.1 is chosen
    expect(reference([0.01, 0.1, 1], [[0.45, 0.44, 0.43], [0.3, 0.2, 0.15], [0.1, 0.05, 0.06]])).toBe(0.1);
    // NaN (diverged) and a rise: nothing is steady
    expect(reference([3, 30], [[0.1, Number.NaN, Number.NaN], [0.4, 0.45, 0.45]])).toBeNaN();
    expect(runCheck("07-choose-rate", reference).text).toBe("✔ chooseLearningRate: 8/8 visible checks passed (2 points; hidden tests decide the grade)");
  });
  it("07-choose-rate rejects picking the lowest final cost without checking that the cost fell steadily", () => {
    const lowestFinal = (rates: number[], costs: number[][]) => {
      let best = 0;
      costs.forEach((c, i) => { if (c[c.length - 1]! < costs[best]![costs[best]!.length - 1]!) best = i; });
      return rates.length === 0 ? NaN : rates[best];
    };
    const report = runCheck("07-choose-rate", lowestFinal);
    expect(report.passed).toBe(5);
    expect(first(report.text)).toBe(
      "✖ chooseLearningRate([0.01, 0.1, 1] (shape [3]), [[0.45, 0.44, 0.43], [0.3, 0.2, 0.15], [0.1, 0.05, 0.06]] (shape [3, 3])) returned 1, " +
        "expected 0.1 → hint: it looks like the lowest last cost among ALL rates: keep only the steady ones, whose cost fell at every epoch (η = 1 ends at 0.06 but rose from 0.05)",
    );
  });

  it("07-step-decay: 3, 3, 1.5, 1.5, 0.75, 0.75 by hand, and the reference passes", () => {
    const reference = getExercise("07-step-decay").reference;
    expect(reference(3, 6, 2, 2)).toEqual([3, 3, 1.5, 1.5, 0.75, 0.75]);
    // dropEvery 3, factor 4: 2, 2, 2, 0.5, 0.5, 0.5, 0.125
    expect(reference(2, 7, 3, 4)).toEqual([2, 2, 2, 0.5, 0.5, 0.5, 0.125]);
    expect(reference(3, 0, 2, 2)).toEqual([]);
    expect(runCheck("07-step-decay", reference).text).toBe("✔ stepDecaySchedule: 6/6 visible checks passed (2 points; hidden tests decide the grade)");
  });
  it("07-step-decay rejects dropping one epoch too early (counting epochs from 0 and 1 at once)", () => {
    const early = (eta: number, epochs: number, every: number, factor: number) =>
      Array.from({ length: epochs }, (_, i) => eta / factor ** Math.floor((i + 1) / every));
    const report = runCheck("07-step-decay", early);
    expect(report.status).toBe("failed");
    expect(first(report.text)).toBe(
      "✖ stepDecaySchedule(3, 6, 2, 2) returned [3, 1.5, 1.5, 0.75, 0.75, 0.375] (shape [6]), expected [3, 3, 1.5, 1.5, 0.75, 0.75] (shape [6]) " +
        "(at [1]: expected 3, got 1.5) → hint: it looks like the rate drops one epoch too early: epoch e counts from 1, so the drops so far are Math.floor((e − 1) / dropEvery)",
    );
  });
});

// Beyond the mistakes listed in notebook07.ts (catalogue.test.ts): NaN for an empty sweep, changed inputs, valid alternatives.
mistakeCatalogue("07-classify", [
  { what: "a lookup that misses a quantity (undefined)", answer: (qs: string[]) => qs.map((q) => ({ "weights w": "parameter", "biases b": "parameter", "learning rate η": "hyperparameter" } as Record<string, string>)[q]), says: "got undefined" },
], [
  ["a switch", (qs: string[]) => qs.map((q) => { switch (q) { case "weights w": case "biases b": return "parameter"; default: return "hyperparameter"; } })],
  ["a Set of learned quantities", (qs: string[]) => { const learned = new Set(["weights w", "biases b"]); return qs.map((q) => (learned.has(q) ? "parameter" : "hyperparameter")); }],
]);
mistakeCatalogue("07-choose-rate", [
  { what: "undefined for an empty sweep", answer: (rates: number[], costs: number[][]) => (rates.length === 0 ? undefined : getExercise("07-choose-rate").reference(rates, costs)), says: "an empty sweep has no steady rate: return NaN" },
  { what: "sorting the rates in place", answer: (rates: number[], costs: number[][]) => { const chosen = getExercise("07-choose-rate").reference(rates, costs); rates.sort((a, b) => a - b); return chosen; }, says: "changed its argument `learningRates`" },
], [
  ["filter the steady indices, then reduce", (rates: number[], costs: number[][]) => {
    const steady = rates.map((_, i) => i).filter((i) => costs[i]!.length > 0 && costs[i]!.every((c, k) => Number.isFinite(c) && (k === 0 || c < costs[i]![k - 1]!)));
    return steady.length === 0 ? NaN : rates[steady.reduce((best, i) => (costs[i]!.at(-1)! < costs[best]!.at(-1)! ? i : best))]!;
  }],
  ["a for loop with a `some` rise test", (rates: number[], costs: number[][]) => {
    let best = NaN, lowest = Infinity;
    for (let i = 0; i < rates.length; i++) {
      const c = costs[i]!;
      if (c.length === 0 || c.some((v, k) => !Number.isFinite(v) || (k > 0 && v >= c[k - 1]!))) continue;
      if (c[c.length - 1]! < lowest) { lowest = c[c.length - 1]!; best = rates[i]!; }
    }
    return best;
  }],
]);
mistakeCatalogue("07-step-decay", [
  { what: "dividing a running rate at the START of each dropEvery block (one epoch early)", answer: (eta: number, epochs: number, every: number, factor: number) => {
    const rates: number[] = []; let rate = eta;
    for (let e = 1; e <= epochs; e++) { if (e % every === 0) rate /= factor; rates.push(rate); }
    return rates;
  }, says: "it looks like the rate drops one epoch too early" },
], [
  ["a running rate divided after every dropEvery epochs", (eta: number, epochs: number, every: number, factor: number) => {
    const rates: number[] = []; let rate = eta;
    for (let e = 1; e <= epochs; e++) { rates.push(rate); if (e % every === 0) rate /= factor; }
    return rates;
  }],
  ["Array.from with a 0-based index", (eta: number, epochs: number, every: number, factor: number) => Array.from({ length: epochs }, (_, i) => eta * factor ** -Math.floor(i / every))],
]);
