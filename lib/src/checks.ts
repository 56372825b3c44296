/**
 * Boundary checks shared by the numeric core (linalg, elementwise, reduce, activations, costs).
 *
 * Internal: not exported from the package index. Each check throws an error of ./errors whose
 * message names the operation and shows what was found, so a learner sees the problem at the call
 * that caused it instead of a NaN three cells later.
 */
import { ShapeError, ValueError, describeValue, formatShape, type Shape } from "./errors";
import { Tensor } from "./tensor";
import { t } from "./i18n/translate";

/** Throws unless `value` is a Tensor. */
export function requireTensor(op: string, name: string, value: unknown): asserts value is Tensor {
  if (!(value instanceof Tensor)) {
    throw new ValueError(op, t`a Tensor for ${name}`, describeValue(value), t`Make one with tensor([[...]]).`);
  }
}

/** Throws unless `value` is a matrix (a rank-2 Tensor). */
export function requireMatrix(op: string, name: string, value: unknown, hint = ""): asserts value is Tensor {
  requireTensor(op, name, value);
  if (value.rank !== 2) {
    const column = value.rank === 1 ? t`Make a vector a column with asColumn(): ${formatShape(value.shape)} → [${value.size}, 1].` : "";
    throw new ShapeError(op, t`${name} must be a matrix (rank 2)`, [[name, value.shape]], hint || column);
  }
}

/** Throws unless two tensors have exactly the same shape. */
export function requireSameShape(op: string, names: readonly [string, string], a: Tensor, b: Tensor, hint = ""): void {
  if (!sameShape(a.shape, b.shape)) {
    throw new ShapeError(op, t`${names[0]} and ${names[1]} must have the same shape`, [[names[0], a.shape], [names[1], b.shape]], hint);
  }
}

/** Throws unless `value` is a finite number. */
export function requireFinite(op: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ValueError(op, t`a finite number for ${name}`, describeValue(value));
  }
}

/** Throws unless `value` is a function. */
export function requireFunction(op: string, name: string, value: unknown): void {
  if (typeof value !== "function") {
    throw new ValueError(op, t`a function for ${name}`, describeValue(value));
  }
}

/** True when both shapes have the same dimensions. */
export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** The number of elements of a vector ([n], [n, 1] or [1, n]), or undefined for anything else. */
export function vectorLength(x: Tensor): number | undefined {
  if (x.rank === 1) return x.size;
  if (x.rank === 2 && (x.shape[0] === 1 || x.shape[1] === 1)) return x.size;
  return undefined;
}


/** Throws unless `values` is an array of finite numbers; names the first bad entry. */
export function requireFiniteArray(op: string, name: string, values: unknown): asserts values is number[] {
  if (!Array.isArray(values)) throw new ValueError(op, t`an array of numbers for ${name}`, describeValue(values));
  const bad = values.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
  if (bad >= 0) throw new ValueError(op, t`finite numbers in ${name}`, t`${describeValue(values[bad])} at index ${bad}`);
}

/** Throws unless both values are array-likes of the same length (predictions and truths, scores and truths). */
export function requirePairedArrays(op: string, first: readonly [string, unknown], second: readonly [string, unknown], rule: string): void {
  for (const [name, values] of [first, second]) {
    const length = (values as { length?: unknown } | null)?.length;
    if (values === null || typeof values !== "object" || typeof length !== "number") {
      throw new ValueError(op, t`an array of ${name}`, describeValue(values));
    }
  }
  const [a, b] = [first[1] as ArrayLike<unknown>, second[1] as ArrayLike<unknown>];
  if (a.length !== b.length) throw new ShapeError(op, rule, [[first[0], [a.length]], [second[0], [b.length]]]);
}
