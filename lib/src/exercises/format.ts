/**
 * Showing and comparing answers in exercise feedback (notebook 00 introduces exercises).
 *
 * A learner's answer is compared with the expected one number by number: |received − expected| ≤
 * tolerance · max(1, |expected|). Feedback shows numbers rounded to 4 significant digits and the shape
 * of arrays and tensors in brackets, the way the rest of the course prints shapes.
 */
import { formatShape } from "../errors";

/** A number as feedback shows it: `0.25`, `-1.5`, `1.234e-7`, `NaN`. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e6) return String(Number(x.toPrecision(4)));
  return x.toExponential(3).replace(/\.?0+e/, "e");
}

/** Any value as feedback shows it: numbers rounded, arrays and tensors with their shape. */
export function formatValue(value: unknown, maxItems = 6): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return JSON.stringify(value);
  const tensorLike = asTensorLike(value);
  if (tensorLike) return `a tensor ${formatShape(tensorLike.shape)} ${formatItems(Array.from(tensorLike.data), maxItems)}`;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const shape = arrayShape(items);
    return `${formatItems(items, maxItems)} (shape ${formatShape(shape)})`;
  }
  if (typeof value === "function") return `a function ${value.name || "(anonymous)"}`;
  return typeof value === "object" ? `an object ${Object.prototype.toString.call(value).slice(8, -1)}` : String(value);
}

function formatItems(items: unknown[], maxItems: number): string {
  const shown = items.slice(0, maxItems).map((v) => (Array.isArray(v) ? formatItems(v, maxItems) : formatValue(v, maxItems)));
  return `[${shown.join(", ")}${items.length > maxItems ? `, … ${items.length - maxItems} more` : ""}]`;
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

/**
 * Why `received` is not `expected`, or undefined when it is (within the tolerance). Tensors must be
 * tensors of the same shape; arrays must have the same shape; numbers must be close.
 */
export function compareValues(received: unknown, expected: unknown, tolerance = 1e-6): string | undefined {
  if (typeof expected === "number") return compareNumber(received, expected, tolerance);
  const expectedTensor = asTensorLike(expected);
  if (expectedTensor) {
    const got = asTensorLike(received);
    if (!got) return `expected a tensor ${formatShape(expectedTensor.shape)}, got ${formatValue(received)}`;
    if (formatShape(got.shape) !== formatShape(expectedTensor.shape)) {
      return `wrong shape: expected ${formatShape(expectedTensor.shape)}, got ${formatShape(got.shape)}`;
    }
    return compareItems(Array.from(got.data), Array.from(expectedTensor.data), tolerance);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(received) && !ArrayBuffer.isView(received)) return `expected an array, got ${formatValue(received)}`;
    const [want, got] = [arrayShape(expected), arrayShape(received)];
    if (formatShape(want) !== formatShape(got)) return `wrong shape: expected ${formatShape(want)}, got ${formatShape(got)}`;
    return compareItems(Array.from(received as ArrayLike<unknown>), expected, tolerance);
  }
  return Object.is(received, expected) ? undefined : `expected ${formatValue(expected)}, got ${formatValue(received)}`;
}

function compareNumber(received: unknown, expected: number, tolerance: number): string | undefined {
  if (typeof received !== "number") return `expected a number, got ${formatValue(received)}`;
  if (Number.isNaN(received) && !Number.isNaN(expected)) return "got NaN (not a number): look for 0/0, ∞ − ∞ or an undefined variable in arithmetic";
  if (Object.is(received, expected) || Math.abs(received - expected) <= tolerance * Math.max(1, Math.abs(expected))) return undefined;
  return `expected ${formatNumber(expected)}, got ${formatNumber(received)}`;
}

function compareItems(received: unknown[], expected: unknown[], tolerance: number): string | undefined {
  for (let i = 0; i < expected.length; i++) {
    const why = compareValues(received[i], expected[i], tolerance);
    if (why) return `at index ${i}: ${why}`;
  }
  return undefined;
}
