/**
 * Tensors and shape (notebook 01, "잠깐! 선형대수 기본상식").
 *
 * A tensor is numbers arranged along any number of dimensions: a scalar has none, a vector one,
 * a matrix two, a mini-batch of MNIST images three ([10, 28, 28]). Its shape is the number of
 * elements along each dimension. Here a tensor is a flat `Float64Array` in row-major order plus
 * its shape; matrices are rank-2 tensors and vectors in the network are columns [n, 1]. MNIST's
 * pixels are a `ByteTensor` (data/byte-tensor.ts): the same numbers, kept as one byte each.
 */
import { CourseError, ShapeError, ValueError, describeValue, formatShape, type Shape } from "./errors";
import { t } from "./i18n/translate";

/** Nested arrays of numbers of any depth: `3`, `[1, 2]`, `[[1, 2], [3, 4]]`, … */
export type NestedArray = number | NestedArray[];

export class Tensor {
  readonly shape: readonly number[];
  readonly data: Float64Array;

  /** A tensor of the given shape over `data` (not copied), or of zeros when `data` is omitted. */
  constructor(shape: Shape, data?: Float64Array) {
    checkShape("Tensor", shape);
    const size = sizeOf(shape);
    if (data !== undefined && data.length !== size) {
      throw new ShapeError("Tensor", t`data must hold one number per element (${size})`, [["shape", shape], ["data", [data.length]]]);
    }
    this.shape = Object.freeze([...shape]);
    this.data = data ?? this.zerosData(size);
  }

  /** The storage of a new tensor of zeros (a ByteTensor keeps bytes instead). */
  protected zerosData(size: number): Float64Array {
    return new Float64Array(size);
  }

  /** Number of dimensions: 0 for a scalar, 1 for a vector, 2 for a matrix. */
  get rank(): number {
    return this.shape.length;
  }

  /** Number of elements: the product of the shape. */
  get size(): number {
    return this.data.length;
  }

  /** Rows of a matrix (rank 2). */
  get rows(): number {
    return this.dim("rows", 0);
  }

  /** Columns of a matrix (rank 2). */
  get cols(): number {
    return this.dim("cols", 1);
  }

  private dim(name: string, axis: number): number {
    if (this.rank !== 2) throw new ShapeError(name, t`needs a matrix (rank 2)`, [[t`tensor`, this.shape]]);
    return this.shape[axis]!;
  }

  /** The element at an index with one entry per dimension: `t.at(2, 3)`. */
  at(...index: number[]): number {
    return this.element(offsetOf("at", this.shape, index));
  }

  /** The element at position k of the row-major order. */
  protected element(k: number): number {
    return this.data[k]!;
  }

  /**
   * Copies the elements at positions [start, end) of the row-major order into `target` from `offset` on:
   * `x.readInto(i * 784, (i + 1) * 784, row)` reads row i of a matrix [n, 784].
   */
  readInto(start: number, end: number, target: Float64Array, offset = 0): void {
    this.checkRange(start, end, target.length, offset);
    target.set(this.data.subarray(start, end), offset);
  }

  /**
   * The nonzero elements among positions [start, end), in order: their positions − start into `index`,
   * their values into `value`; returns how many (the fast path's first layer skips the zeros).
   */
  readNonzeros(start: number, end: number, index: Int32Array, value: Float64Array): number {
    this.checkRange(start, end, Math.min(index.length, value.length), 0);
    const data = this.data;
    let count = 0;
    for (let k = start; k < end; k++) {
      if (data[k] === 0) continue;
      index[count] = k - start;
      value[count++] = data[k]!;
    }
    return count;
  }

  /** Throws unless 0 ≤ start ≤ end ≤ size and end − start numbers fit in a target of that length from offset. */
  protected checkRange(start: number, end: number, targetLength: number, offset: number): void {
    const whole = [start, end, offset].every(Number.isInteger);
    if (!whole || start < 0 || end < start || end > this.size || offset < 0 || offset + end - start > targetLength) {
      throw new ValueError("readInto", t`positions 0 ≤ start ≤ end ≤ ${this.size} that fit in the target (${targetLength} numbers from ${offset})`,
        `[${start}, ${end})`);
    }
  }

  /** Copies of the rows at `indices` of a matrix [n, c], in that order: [indices.length, c], kept the same way. */
  takeRows(indices: ArrayLike<number>): Tensor {
    const c = this.cols;
    const rows = new Tensor([indices.length, c]);
    for (let k = 0; k < indices.length; k++) this.readInto(indices[k]! * c, (indices[k]! + 1) * c, rows.data, k * c);
    return rows;
  }

  /** The same numbers seen with another shape of the same size (shares the data). */
  reshape(shape: Shape): Tensor {
    checkShape("reshape", shape);
    if (sizeOf(shape) !== this.size) {
      throw new ShapeError("reshape", t`the new shape must have as many elements as the old`, [[t`tensor`, this.shape], [t`new shape`, shape]],
        t`${formatShape(this.shape)} holds ${this.size} numbers.`);
    }
    return this.withShape(shape);
  }

  /** The same storage seen with another shape of the same size (checked by reshape). */
  protected withShape(shape: Shape): Tensor {
    return new Tensor(shape, this.data);
  }

  /** All elements in one dimension: [28, 28] → [784]. */
  flatten(): Tensor {
    return this.reshape([this.size]);
  }

  /** All elements as one column vector: [28, 28] → [784, 1], the input a network expects. */
  asColumn(): Tensor {
    return this.reshape([this.size, 1]);
  }

  /** An independent copy. */
  clone(): Tensor {
    return new Tensor(this.shape, this.data.slice());
  }

  /** Back to nested arrays (a plain number for a scalar). */
  toArray(): NestedArray {
    return nest((k) => this.element(k), this.shape, 0, 0);
  }

  toString(): string {
    return `Tensor ${formatShape(this.shape)} ${JSON.stringify(this.toArray())}`;
  }
}

/** A tensor from nested arrays; the shape is read off the nesting: `tensor([[1, 2, 3]])` is [1, 3]. */
export function tensor(values: NestedArray): Tensor {
  const shape = shapeOf(values);
  const data = new Float64Array(sizeOf(shape));
  let i = 0;
  const fill = (v: NestedArray): void => {
    if (typeof v === "number") data[i++] = v;
    else v.forEach(fill);
  };
  fill(values);
  return new Tensor(shape, data);
}

/** The shape of nested arrays, checking that every row along a dimension has the same length. */
export function shapeOf(values: NestedArray): number[] {
  if (typeof values === "number") return [];
  if (!Array.isArray(values)) {
    throw new ValueError("shapeOf", t`numbers or nested arrays of numbers`, describeValue(values));
  }
  if (values.length === 0) return [0];
  const inner = shapeOf(values[0]!);
  values.forEach((v, i) => {
    const s = shapeOf(v);
    if (formatShape(s) !== formatShape(inner)) {
      throw new ShapeError("shapeOf", t`every entry along a dimension must have the same shape`, [[t`entry ${0}`, inner], [t`entry ${i}`, s]],
        t`Ragged arrays are not tensors.`);
    }
  });
  return [values.length, ...inner];
}

/** A tensor of zeros. */
export function zeros(shape: Shape): Tensor {
  return new Tensor(shape);
}

/** A tensor with every element equal to `value`. */
export function full(shape: Shape, value: number): Tensor {
  const t = new Tensor(shape);
  t.data.fill(value);
  return t;
}

/** The number of elements of a shape: the product of its entries (1 for a scalar). */
export function sizeOf(shape: Shape): number {
  return shape.reduce((n, d) => n * d, 1);
}

function checkShape(op: string, shape: Shape): void {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new ValueError(op, t`a shape of whole numbers ≥ 0 such as [28, 28]`, describeValue(shape));
  }
}

function offsetOf(op: string, shape: Shape, index: readonly number[]): number {
  if (index.length !== shape.length || index.some((k, d) => !Number.isInteger(k) || k < 0 || k >= shape[d]!)) {
    throw new CourseError(t`${op}: index ${formatShape(index)} is outside shape ${formatShape(shape)}. Indices start at 0.`);
  }
  return index.reduce((offset, k, d) => offset * shape[d]! + k, 0);
}

function nest(element: (k: number) => number, shape: Shape, axis: number, offset: number): NestedArray {
  if (axis === shape.length) return element(offset);
  const stride = sizeOf(shape.slice(axis + 1));
  return Array.from({ length: shape[axis]! }, (_, k) => nest(element, shape, axis + 1, offset + k * stride));
}
