/**
 * Gradient checking (notebooks 04 and 05): is an analytic gradient right? Compare it with a
 * numerical one from central differences, and judge the relative error as CS231n does.
 *
 *   ∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / 2h          error = |a − b| / max(|a|, |b|)
 *
 * With h = 1e-5 a correct gradient of a smooth function gives a relative error below 1e-7.
 */
import { ShapeError, ValueError, describeValue } from "./errors";
import { requireFinite, requireFiniteArray, requireFunction } from "./checks";
import { t } from "./i18n/translate";

/**
 * The gradient of f at x by central differences, one pair of evaluations per variable.
 * @param f a function of n variables
 * @param x the point [n]
 * @param h the step, > 0 (1e-5 balances truncation and rounding error in double precision)
 * @returns the n partial derivatives
 */
export function numericalGradient(f: (x: number[]) => number, x: readonly number[], h = 1e-5): number[] {
  requireFunction("numericalGradient", "f", f);
  requireFiniteArray("numericalGradient", "x", x);
  requireFinite("numericalGradient", "h", h);
  if (h <= 0) throw new ValueError("numericalGradient", t`h > 0`, describeValue(h), t`1e-5 is a good step.`);
  return x.map((_, i) => {
    const plus = [...x];
    const minus = [...x];
    plus[i] += h;
    minus[i] -= h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

/**
 * The relative error |a − b| / max(|a|, |b|, 1e-12); for arrays the largest over the entries.
 * @param a a number or an array [n]
 * @param b the same kind: a number, or an array [n]
 */
export function relativeError(a: number | readonly number[], b: number | readonly number[]): number {
  return worstEntry("relativeError", a, b).error;
}

/** The result of a gradient check. */
export interface GradientCheck {
  /** The largest relative error over the entries. */
  relativeError: number;
  /** True when it is below the threshold (1e-7 unless given). */
  passed: boolean;
  /** A sentence for the learner: "relative error 3.1e-10: the gradients agree (expect < 1e-7 …)". */
  verdict: string;
}

/**
 * Compares an analytic gradient with a numerical one and says what the relative error means.
 * @param analytic the gradient from calculus or backpropagation, a number or an array [n]
 * @param numeric the gradient from numericalGradient, the same kind
 * @param threshold the largest relative error that passes, 1e-7 by default (raise it near kinks such as ReLU at 0)
 */
export function gradientCheck(analytic: number | readonly number[], numeric: number | readonly number[], threshold = 1e-7): GradientCheck {
  requireFinite("gradientCheck", "threshold", threshold);
  const worst = worstEntry("gradientCheck", analytic, numeric);
  const [error, limit] = [worst.error.toExponential(1), threshold.toExponential(0)];
  const numbers = Array.isArray(analytic)
    ? t`analytic ${digits(worst.a)} vs numerical ${digits(worst.b)} at entry ${worst.index}`
    : t`analytic ${digits(worst.a)} vs numerical ${digits(worst.b)}`;
  const passed = worst.error < threshold;
  let verdict: string;
  if (passed) verdict = t`relative error ${error}: the gradients agree (expect < ${limit} for a correct gradient)`;
  else if (worst.error < 1e-4) {
    verdict = t`relative error ${error}: suspicious, fine only near a kink such as ReLU at 0 (expect < ${limit} for a correct gradient); worst ${numbers}`;
  } else if (worst.error < 1e-2) verdict = t`relative error ${error}: probably wrong (expect < ${limit} for a correct gradient); worst ${numbers}`;
  else verdict = t`relative error ${error}: the gradients disagree, the analytic gradient is wrong (expect < ${limit} for a correct gradient); worst ${numbers}`;
  return { relativeError: worst.error, passed, verdict };
}

interface Worst {
  error: number;
  index: number;
  a: number;
  b: number;
}

function worstEntry(op: string, a: number | readonly number[], b: number | readonly number[]): Worst {
  const as = toArray(op, "a", a);
  const bs = toArray(op, "b", b);
  if (Array.isArray(a) !== Array.isArray(b) || as.length !== bs.length) {
    throw new ShapeError(op, t`a and b must be two numbers or two arrays of the same length`, [["a", shapeOf(a)], ["b", shapeOf(b)]]);
  }
  let worst: Worst = { error: 0, index: 0, a: as[0] ?? 0, b: bs[0] ?? 0 };
  as.forEach((x, i) => {
    const y = bs[i]!;
    const error = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-12);
    if (error > worst.error || Number.isNaN(error)) worst = { error, index: i, a: x, b: y };
  });
  return worst;
}

function toArray(op: string, name: string, value: unknown): readonly number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) return value;
  throw new ValueError(op, t`a number or an array of numbers for ${name}`, describeValue(value));
}

/** 8 significant digits, without trailing zeros: 0.25, 0.33333333, 1.2345679e-9. */
function digits(x: number): string {
  return String(Number(x.toPrecision(8)));
}

function shapeOf(value: number | readonly number[]): number[] {
  return typeof value === "number" ? [] : [value.length];
}
