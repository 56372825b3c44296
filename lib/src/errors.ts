/**
 * Errors that teach.
 *
 * Every public function of the course library checks its inputs at the boundary and throws one of
 * these errors. Their messages follow one template, so a learner always reads the same kind of
 * sentence:
 *
 *   <op>: <rule>, got <arg> [r, c] and <arg> [r, c]. <hint>
 *
 * for example
 *
 *   matmul: columns of w must equal rows of a, got w [30, 784] and a [28, 28].
 *   Flatten the image to [784, 1] first (notebook 01).
 *
 * Shapes are always printed in brackets. The tests pin every message. Messages are in the language of
 * the notebook's edition (i18n/): the rule, the hint and the template are translated, op names and shapes are not.
 */

import type { EpochRecord } from "./sgd";
import { t } from "./i18n/translate";

export type Shape = readonly number[];

/** `[30, 784]`: how the course prints a shape, everywhere. */
export function formatShape(shape: Shape): string {
  return `[${shape.join(", ")}]`;
}

/** The base class of every error the course library throws on purpose. */
export class CourseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Two shapes that do not fit together, or one shape that is not what an operation needs. */
export class ShapeError extends CourseError {
  constructor(
    readonly op: string,
    readonly rule: string,
    readonly found: ReadonlyArray<readonly [name: string, shape: Shape]>,
    readonly hint = "",
  ) {
    super(shapeMessage(op, rule, found, hint));
  }
}

function shapeMessage(
  op: string,
  rule: string,
  found: ReadonlyArray<readonly [string, Shape]>,
  hint: string,
): string {
  const got = found.map(([name, shape]) => `${name} ${formatShape(shape)}`).join(t` and `);
  return t`${op}: ${rule}, got ${got}.` + (hint ? ` ${hint}` : "");
}

/** A value of the right shape but the wrong kind: a negative learning rate, NaN, a bad option. */
export class ValueError extends CourseError {
  constructor(
    readonly op: string,
    readonly expected: string,
    readonly found: string,
    readonly hint = "",
  ) {
    super(t`${op}: expected ${expected}, got ${found}.` + (hint ? ` ${hint}` : ""));
  }
}

/** A data file that is missing, truncated or not what it claims to be. */
export class DataFileError extends CourseError {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly found: string,
    readonly fix: string,
  ) {
    super(t`${file}: expected ${expected}, found ${found}.` + ` ${fix}`);
  }
}

/**
 * A training run whose numbers left the finite ones: "train: the training cost became NaN in epoch 3: the
 * learning rate 30 is probably too large; …" (notebook 07). `history` holds the records of the epochs run.
 */
export class DivergedError extends CourseError {
  constructor(readonly op: string, readonly epoch: number, readonly learningRate: number, readonly what: string, readonly history: readonly EpochRecord[]) {
    super(t`${op}: ${what} in epoch ${epoch}: the learning rate ${learningRate} is probably too large; try one ten times smaller (${learningRate / 10}), notebook 07.` +
      (history.length > 0 ? " " + t`The records of epochs 1 … ${history.length} are in this error's history.` : ""));
  }
}

/**
 * A sentence of a notebook that its own run contradicts (`claim`, claims.ts): the text says one
 * thing, the numbers the cells computed say another, so the text or the code must change.
 */
export class ClaimError extends CourseError {
  constructor(
    readonly statement: string,
    readonly measured: string,
  ) {
    super((measured ? t`claim: the text of this notebook says that ${statement}, but this run disagrees (${measured}).` : t`claim: the text of this notebook says that ${statement}, but this run disagrees.`) +
      " " + t`Report it to the course authors: the text and the numbers must agree.`);
  }
}

/** A short description of any value for error messages: `NaN`, `"abc" (a string)`, `[3, 4] array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return t`"${value.length > 20 ? value.slice(0, 20) + "…" : value}" (a string)`;
  if (Array.isArray(value)) return t`an array of length ${value.length}`;
  if (typeof value === "object") {
    const shape = (value as { shape?: unknown }).shape;
    if (Array.isArray(shape)) return t`a tensor of shape ${formatShape(shape as number[])}`;
    return t`an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  }
  return `${typeof value} ${String(value)}`;
}
