/**
 * Protecting the cases of a check (notebook 00 introduces exercises).
 *
 * Every call of a learner's function, and of the reference that gives the expected value, gets its own
 * deep copy of the case's arguments: a function that sorts or updates its input in place can neither
 * corrupt the visible cases for the rest of the kernel session nor change the expected value. After
 * the call, the copy is compared with the pristine case; an argument that changed fails the case with
 * a message that names it ("changed its argument `scores` … work on a copy (`[...scores]`)").
 */
import { formatValue } from "./format";
import { callWithTimeout, type CallOutcome } from "./guard";
import { t } from "../i18n/translate";

/**
 * An independent copy of a value: arrays, typed arrays, tensors and other objects all the way down
 * (an object keeps its prototype, so a copied Tensor is still a Tensor); functions are shared.
 */
export function deepCopy<T>(value: T): T {
  return copyOf(value, new Map()) as T;
}

function copyOf(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  if (ArrayBuffer.isView(value)) return value instanceof DataView ? value : (value as unknown as Float64Array).slice();
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, copyOf(v, seen)]));
  if (value instanceof Set) return new Set([...value].map((v) => copyOf(v, seen)));
  if (value instanceof Date) return new Date(value.getTime());
  const copy: Record<PropertyKey, unknown> = Array.isArray(value) ? [] : Object.create(Object.getPrototypeOf(value));
  seen.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key)!;
    if ("value" in property) property.value = copyOf(property.value, seen);
    Object.defineProperty(copy, key, property);
  }
  if (Object.isFrozen(value)) Object.freeze(copy);
  return copy;
}

/** True when two values hold the same numbers in the same structure (NaN equals NaN). */
export function sameContents(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (ArrayBuffer.isView(a) || Array.isArray(a)) {
    const [x, y] = [a as unknown as ArrayLike<unknown>, b as unknown as ArrayLike<unknown>];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameContents(x[i], y[i])) return false;
    return true;
  }
  const keys = Reflect.ownKeys(a);
  if (keys.length !== Reflect.ownKeys(b).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameContents((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k]));
}

/**
 * The names of a function's parameters, read from its source (`function f(scores, truths)` →
 * ["scores", "truths"]); a parameter that is not a plain name (`...args`, `{ x }`) becomes "argument 2",
 * and arguments past a rest parameter have no name (callOnCopy says "argument 3").
 */
export function parameterNames(fn: (...args: any[]) => unknown): string[] {
  const source = Function.prototype.toString.call(fn);
  const list = /^[^(=]*\(([^)]*)\)/.exec(source)?.[1] ?? /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(source)?.[1] ?? "";
  return list.split(",").map((p) => p.trim()).filter((p) => p !== "")
    .map((p, i) => /^[A-Za-z_$][\w$]*/.exec(p)?.[0] ?? t`argument ${i + 1}`);
}

/** How to copy an argument before changing it, by its kind: `[...scores]`, `w.clone()`, … */
export function copyAdvice(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.some((v) => Array.isArray(v)) ? `${name}.map((row) => [...row])` : `[...${name}]`;
  if (ArrayBuffer.isView(value)) return `${name}.slice()`;
  if (typeof (value as { clone?: unknown } | null)?.clone === "function") return `${name}.clone()`;
  return `{ ...${name} }`;
}

/** What a call on a copy did: its outcome and, when it returned, the first argument it changed. */
export interface CopyCall {
  outcome: CallOutcome;
  /** "changed its argument `scores` (now [0.2, 0.4]): work on a copy (`[...scores]`)", or undefined. */
  changed?: string;
}

/**
 * Calls `fn` on its own deep copy of `args` (time limit `ms`, see guard.ts). When it returns, says
 * which argument it changed, by its name in `names` (the reference's parameters).
 */
export function callOnCopy(fn: unknown, args: readonly unknown[], names: readonly string[], ms?: number): CopyCall {
  const given = deepCopy([...args]);
  const outcome = callWithTimeout(fn, given, ms);
  if (outcome.kind !== "value") return { outcome };
  const i = args.findIndex((arg, k) => !sameContents(arg, given[k]));
  if (i < 0) return { outcome };
  const name = names[i] ?? t`argument ${i + 1}`;
  const shown = /^[A-Za-z_$][\w$]*$/.test(name) ? name : "it";
  return {
    outcome,
    changed: t`changed its argument \`${name}\` (now ${formatValue(given[i])}): work on a copy (\`${copyAdvice(shown, args[i])}\`) and leave the input as it was`,
  };
}
