/**
 * Known mistakes: feedback that names the mistake (notebook 00 introduces exercises).
 *
 * An exercise can list the wrong answers learners typically write, each with the hint that fixes it.
 * When visible cases fail, the learner's values are compared with what each known mistake returns on
 * the same cases; the first that agrees on all of them gives its hint ("b is added once per entry: add it
 * once, after the sum") instead of the exercise's general one. The tests check that every listed mistake fails the
 * visible checks with its own hint.
 */
import { findMismatch } from "./format";
import type { CallOutcome } from "./guard";
import { deepCopy } from "./inputs";

/** A wrong answer learners write, and the hint that fixes it. */
export interface KnownMistake {
  /** Shown when the learner's answer behaves like `answer`: "it looks like b is added once per entry: …". */
  hint: string;
  /** The wrong answer, written as a learner would. */
  answer: (...args: any[]) => unknown;
}

/**
 * The hint of the first known mistake that returns what the learner's function returned on every case
 * where it returned a value (at least one), if any: a whole-function match, so that a coincidence on
 * one case (1 − σ(0) = σ(0)) does not name the wrong mistake.
 */
export function mistakeHint(mistakes: readonly KnownMistake[] | undefined, results: ReadonlyArray<{ args: readonly unknown[]; outcome: CallOutcome }>,
  tolerance?: number): string | undefined {
  const returned = results.filter((r) => r.outcome.kind === "value");
  if (!mistakes || returned.length === 0) return undefined;
  return mistakes.find((mistake) => returned.every((r) => behavesLike(mistake, r.args, (r.outcome as { value: unknown }).value, tolerance)))?.hint;
}

function behavesLike(mistake: KnownMistake, args: readonly unknown[], value: unknown, tolerance?: number): boolean {
  try {
    return findMismatch(value, mistake.answer(...deepCopy([...args])), tolerance) === undefined;
  } catch {
    return false;
  }
}
