/**
 * Showing and comparing answers in exercise feedback (notebook 00 introduces exercises).
 *
 * A learner's answer is compared with the expected one number by number: |received − expected| ≤
 * tolerance · max(1, |expected|). Feedback shows numbers rounded to 4 significant digits and the shape
 * of arrays and tensors in brackets, the way the rest of the course prints shapes.
 */
import { formatShape } from "../errors";
import { t } from "../i18n/translate";

/** A number as feedback shows it: `0.25`, `-1.5`, `1.234e-7`, `NaN`; `digits` significant digits (4 unless asked). */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e6) return String(Number(x.toPrecision(digits)));
  return x.toExponential(digits - 1).replace(/\.?0+e/, "e");
}

/** The fewest significant digits (at least 4) that print `a` and `b` differently: 0.25 and 0.2500021 → 7. */
export function distinguishingDigits(a: number, b: number): number {
  for (let digits = 4; digits < 17; digits++) if (formatNumber(a, digits) !== formatNumber(b, digits)) return digits;
  return 17;
}

/**
 * Any value as feedback shows it: numbers rounded to `digits` significant digits, arrays and tensors
 * with their shape. A long array shows its first `maxItems` entries, or, when `focus` (a position such
 * as [2, 7], where a comparison failed) lies further on, its first two entries and those around the focus.
 */
export function formatValue(value: unknown, maxItems = 6, focus?: readonly number[], digits = 4): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "number") return formatNumber(value, digits);
  if (typeof value === "string") return JSON.stringify(value);
  const tensorLike = asTensorLike(value);
  if (tensorLike) {
    const flat = focus && focus.length === tensorLike.shape.length ? [flatIndex(focus, tensorLike.shape)] : undefined;
    return t`a tensor ${formatShape(tensorLike.shape)} ${formatItems(Array.from(tensorLike.data), maxItems, flat, digits)}`;
  }
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const shape = arrayShape(items);
    return t`${formatItems(items, maxItems, focus, digits)} (shape ${formatShape(shape)})`;
  }
  if (typeof value === "function") return value.name ? t`a function ${value.name}` : t`a function (anonymous)`;
  return typeof value === "object" ? t`an object ${Object.prototype.toString.call(value).slice(8, -1)}` : String(value);
}

function formatItems(items: unknown[], maxItems: number, focus: readonly number[] | undefined, digits: number): string {
  const [at, ...inner] = focus ?? [];
  const show = (v: unknown, i: number): string => {
    const sub = i === at ? inner : undefined;
    return Array.isArray(v) ? formatItems(v, maxItems, sub, digits) : formatValue(v, maxItems, sub, digits);
  };
  if (items.length <= maxItems || at === undefined || at < maxItems - 1) {
    const shown = items.slice(0, maxItems).map(show);
    return `[${shown.join(", ")}${items.length > maxItems ? ", " + t`… ${items.length - maxItems} more` : ""}]`;
  }
  // the first two entries, then the failing entry with its neighbours
  const [from, to] = [Math.max(2, at - 1), Math.min(items.length, at + 2)];
  const parts = [...items.slice(0, 2).map(show)];
  if (from > 2) parts.push(t`… ${from - 2} more`);
  parts.push(...items.slice(from, to).map((v, k) => show(v, from + k)));
  if (to < items.length) parts.push(t`… ${items.length - to} more`);
  return `[${parts.join(", ")}]`;
}

function flatIndex(position: readonly number[], shape: readonly number[]): number {
  return position.reduce((flat, i, axis) => flat * shape[axis]! + i, 0);
}

function positionOf(flat: number, shape: readonly number[]): number[] {
  const position: number[] = [];
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    position.unshift(flat % shape[axis]!);
    flat = Math.floor(flat / shape[axis]!);
  }
  return position;
}

/** The shape of nested arrays read along their first entries: [[1, 2], [3, 4]] → [2, 2]. */
export function arrayShape(value: unknown): number[] {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = value as ArrayLike<unknown>;
    return [items.length, ...(items.length > 0 ? arrayShape(items[0]) : [])];
  }
  return [];
}

interface TensorLike {
  shape: readonly number[];
  data: ArrayLike<number>;
}

/** A Tensor, or anything shaped like one (`shape` array and `data` of numbers). */
export function asTensorLike(value: unknown): TensorLike | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { shape, data } = value as { shape?: unknown; data?: unknown };
  if (!Array.isArray(shape) || !(ArrayBuffer.isView(data) || Array.isArray(data))) return undefined;
  return { shape, data: data as ArrayLike<number> };
}

/** Where and why a received value differs from the expected one. */
export interface Mismatch {
  /** The position of the first differing entry, [i, j] in nested arrays and tensors; [] for the whole value. */
  path: number[];
  /** "expected 0.25, got 0.5", "wrong shape: expected [2], got [3]", … (in the notebook's language) */
  message: string;
  /** "values": the message only says what was expected and what came (a check's sentence says that already); "other": a position, a shape, NaN. */
  kind: "values" | "other";
  /** Significant digits that print the two differing numbers differently (4 when they already do). */
  digits: number;
  /** For a near miss: "off by 2.1e-6, more than the tolerance 1e-6". */
  note?: string;
}

/**
 * Why `received` is not `expected`, or undefined when it is (within the tolerance): "at [0, 1]: expected
 * 2, got 5". Tensors must be tensors of the same shape; arrays must have the same shape; numbers must be
 * close: |received − expected| ≤ tolerance · max(1, |expected|).
 */
export function compareValues(received: unknown, expected: unknown, tolerance = 1e-6): string | undefined {
  const mismatch = findMismatch(received, expected, tolerance);
  return mismatch && describeMismatch(mismatch);
}

/** A mismatch in words: "at [0, 1]: expected 0.25, got 0.2500021 (off by 2.1e-6, more than the tolerance 1e-6)". */
export function describeMismatch(mismatch: Mismatch): string {
  const where = mismatch.path.length > 0 ? t`at ${formatShape(mismatch.path)}: ` : "";
  return `${where}${mismatch.message}${mismatch.note ? ` (${mismatch.note})` : ""}`;
}

/** The first difference between `received` and `expected` (see compareValues), or undefined. */
export function findMismatch(received: unknown, expected: unknown, tolerance = 1e-6): Mismatch | undefined {
  return mismatchAt(received, expected, tolerance, []);
}

function mismatchAt(received: unknown, expected: unknown, tolerance: number, path: number[]): Mismatch | undefined {
  if (typeof expected === "number") return compareNumber(received, expected, tolerance, path);
  const here = (message: string): Mismatch => ({ path, message, digits: 4, kind: "other" });
  const expectedTensor = asTensorLike(expected);
  if (expectedTensor) {
    const got = asTensorLike(received);
    if (!got) return { ...here(t`expected a tensor ${formatShape(expectedTensor.shape)}, got ${formatValue(received)}`), kind: "values" };
    if (formatShape(got.shape) !== formatShape(expectedTensor.shape)) {
      return here(t`wrong shape: expected ${formatShape(expectedTensor.shape)}, got ${formatShape(got.shape)}`);
    }
    for (let i = 0; i < expectedTensor.data.length; i++) {
      const mismatch = mismatchAt(got.data[i], expectedTensor.data[i], tolerance, [...path, ...positionOf(i, expectedTensor.shape)]);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(received) && !ArrayBuffer.isView(received)) return { ...here(t`expected an array, got ${formatValue(received)}`), kind: "values" };
    const [want, got] = [arrayShape(expected), arrayShape(received)];
    if (formatShape(want) !== formatShape(got)) return here(t`wrong shape: expected ${formatShape(want)}, got ${formatShape(got)}`);
    const items = Array.from(received as ArrayLike<unknown>);
    for (let i = 0; i < expected.length; i++) {
      const mismatch = mismatchAt(items[i], expected[i], tolerance, [...path, i]);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  return Object.is(received, expected) ? undefined : { ...here(t`expected ${formatValue(expected)}, got ${formatValue(received)}`), kind: "values" };
}

function compareNumber(received: unknown, expected: number, tolerance: number, path: number[]): Mismatch | undefined {
  const here = (message: string, digits = 4, note?: string, kind: Mismatch["kind"] = "other"): Mismatch => ({ path, message, digits, kind, ...(note ? { note } : {}) });
  if (typeof received !== "number") return here(t`expected a number, got ${formatValue(received)}`, 4, undefined, "values");
  if (Number.isNaN(received) && !Number.isNaN(expected)) return here(t`got NaN (not a number): look for 0/0, ∞ − ∞ or an undefined variable in arithmetic`);
  const allowed = tolerance * Math.max(1, Math.abs(expected));
  if (Object.is(received, expected) || Math.abs(received - expected) <= allowed) return undefined;
  const digits = distinguishingDigits(received, expected);
  // a near miss needs more digits than 4 to show; say by how much it misses
  const note = digits > 4 && Number.isFinite(received) ? t`off by ${formatNumber(Math.abs(received - expected), 2)}, more than the tolerance ${formatNumber(allowed, 2)}` : undefined;
  return here(t`expected ${formatNumber(expected, digits)}, got ${formatNumber(received, digits)}`, digits, note, "values");
}
