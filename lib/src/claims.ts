/**
 * Claims: a sentence of a notebook that states a figure the notebook computes ("at least 95 % of
 * the test digits", "h = 64 does better than h = 128", "about 60 %, within 5 points") is checked
 * by the notebook itself, right below the sentence (notebooks 02–10):
 *
 *   nn.claim(accuracy >= 0.95, "at least 95 % of the test digits are read correctly", `${(100 * accuracy).toFixed(2)} %`);
 *
 * prints `✔ at least 95 % of the test digits are read correctly (95.55 %)` when the run agrees and
 * throws a ClaimError when it does not, so that a run whose numbers contradict the text fails the
 * course's tests instead of teaching something false. Where the text says "about", the statement
 * names the tolerance.
 */
import { ClaimError, ValueError, describeValue } from "./errors";
import { t } from "./i18n/translate";

/**
 * Checks one claim of the text against this run: prints "✔ statement (measured)" if `holds`,
 * otherwise throws a ClaimError naming the statement and what was measured.
 * @param holds the claim evaluated on this run's numbers
 * @param statement the claim in the words of the text, e.g. "h = 1 and h = 2 underfit"
 * @param measured the numbers behind it, shown in both cases, e.g. "training error 77.5 % and 55.2 %"
 */
export function claim(holds: boolean, statement: string, measured = ""): void {
  if (typeof holds !== "boolean") {
    throw new ValueError("claim", t`true or false as the first argument (a comparison such as accuracy >= 0.95)`, describeValue(holds));
  }
  if (typeof statement !== "string" || statement.trim() === "") {
    throw new ValueError("claim", t`the claim in words as the second argument`, describeValue(statement));
  }
  if (!holds) throw new ClaimError(statement, measured);
  console.log(`✔ ${statement}${measured ? ` (${measured})` : ""}`);
}

/** A fraction as a percentage for the measured part of a claim: percent(0.9316) is "93.2 %". */
export function percent(fraction: number, decimals = 1): string {
  return `${(100 * fraction).toFixed(decimals)} %`;
}
