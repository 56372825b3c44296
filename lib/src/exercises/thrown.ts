/**
 * Checking that a learner's function throws the right error (notebook 01: a matrix product that
 * checks shapes, `matmul: columns of a must equal rows of b, got a [2, 3] and b [2, 2].`).
 *
 * A check compares what a function returns with what the reference returns. To check an error as
 * well, the check cell wraps the function: `nn.check("01-matmul", nn.thrownAsText(matmul))`. The
 * wrapper returns the function's value unchanged, or the text `threw: <message>` when it throws, so a
 * reference that returns `threw: matmul: …` for a bad input says which message is expected. The
 * stub's "not implemented yet" passes through (the check reports the exercise as not attempted), and
 * a loop that never ends is still stopped by the check's time limit.
 */
import { NOT_IMPLEMENTED } from "./guard";

/** What `thrownAsText` returns in place of a thrown error: `threw: <message>`. */
export const THREW = "threw: ";

/**
 * `fn` with its errors turned into values: the wrapper returns fn(...args), or `threw: <message>`
 * when fn throws (an Error's message, or the thrown value as text).
 * Anything that is not a function is returned as it is, so that the check cell never throws and
 * the check itself answers "expected a function, got …".
 * @param fn any function, typically a learner's answer
 * @returns a function of the same arguments
 */
export function thrownAsText<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | string {
  if (typeof fn !== "function") return fn;
  const wrapped = (...args: A): R | string => {
    try {
      return fn(...args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message.trim().toLowerCase() === NOT_IMPLEMENTED) throw error;
      return THREW + message;
    }
  };
  Object.defineProperty(wrapped, "name", { value: fn.name });
  return wrapped;
}
