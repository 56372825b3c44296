/**
 * A tensor kept as bytes (notebooks 03 and 06; issue 16): element k is bytes[k] / divisor.
 *
 * MNIST's pixels are bytes 0 … 255 in the file and x = byte / 255 in the network. Holding the bytes
 * takes 1 byte per pixel instead of the 8 of a Float64Array: 55 MB for the 70,000 images, not 440 MB.
 * It reads like any tensor, with the same numbers (byte / 255 exactly, from a table of the 256 values):
 * `at`, `readInto`, `readNonzeros`, `takeRows`, `reshape`, `clone` and `toArray` read the bytes. `data` makes the
 * Float64Array on first use and keeps it; from then on that array is the tensor's storage.
 */
import { ShapeError, ValueError, describeValue, type Shape } from "../errors";
import { Tensor, sizeOf } from "../tensor";
import { t } from "../i18n/translate";

const NO_DATA = new Float64Array(0);
const tables = new Map<number, Float64Array>();

/** The 256 numbers a byte can stand for: table[b] = b / divisor. */
function tableFor(divisor: number): Float64Array {
  let table = tables.get(divisor);
  if (!table) tables.set(divisor, (table = Float64Array.from({ length: 256 }, (_, b) => b / divisor)));
  return table;
}

export class ByteTensor extends Tensor {
  /** The stored bytes, one per element in row-major order. */
  readonly bytes: Uint8Array;
  /** Element k is bytes[k] / divisor (255 for pixels in [0, 1]). */
  readonly divisor: number;
  private readonly table: Float64Array;
  private expanded: Float64Array | undefined;

  /** A tensor of the given shape over `bytes` (not copied): element k is bytes[k] / divisor. */
  constructor(shape: Shape, bytes: Uint8Array, divisor = 255) {
    super(shape);
    if (!(bytes instanceof Uint8Array)) throw new ValueError("ByteTensor", t`bytes in a Uint8Array`, describeValue(bytes));
    if (bytes.length !== sizeOf(shape)) {
      throw new ShapeError("ByteTensor", t`bytes must hold one byte per element (${sizeOf(shape)})`, [["shape", shape], ["bytes", [bytes.length]]]);
    }
    if (typeof divisor !== "number" || !Number.isFinite(divisor) || divisor <= 0) {
      throw new ValueError("ByteTensor", t`a divisor that is a finite number > 0 (255 for pixels)`, describeValue(divisor));
    }
    this.bytes = bytes;
    this.divisor = divisor;
    this.table = tableFor(divisor);
    this.expanded = undefined;
    Object.defineProperty(this, "data", { get: () => this.expand(), enumerable: true, configurable: true });
  }

  /** True while the tensor holds only its bytes (its `data` has not been made). */
  get holdsBytes(): boolean {
    return this.expanded === undefined;
  }

  override get size(): number {
    return this.bytes.length;
  }

  protected override zerosData(): Float64Array {
    return NO_DATA;
  }

  protected override element(k: number): number {
    return this.expanded ? this.expanded[k]! : this.table[this.bytes[k]!]!;
  }

  override readInto(start: number, end: number, target: Float64Array, offset = 0): void {
    if (this.expanded) return super.readInto(start, end, target, offset);
    this.checkRange(start, end, target.length, offset);
    const { bytes, table } = this;
    for (let k = start; k < end; k++) target[offset + k - start] = table[bytes[k]!]!;
  }

  override readNonzeros(start: number, end: number, index: Int32Array, value: Float64Array): number {
    if (this.expanded) return super.readNonzeros(start, end, index, value);
    this.checkRange(start, end, Math.min(index.length, value.length), 0);
    const { bytes, table } = this;
    let count = 0;
    for (let k = start; k < end; k++) {
      if (bytes[k] === 0) continue;
      index[count] = k - start;
      value[count++] = table[bytes[k]!]!;
    }
    return count;
  }

  /** Copies of the rows at `indices`, still as bytes: [indices.length, c], 1 byte per element. */
  override takeRows(indices: ArrayLike<number>): Tensor {
    if (this.expanded) return super.takeRows(indices);
    const c = this.cols;
    const bytes = new Uint8Array(indices.length * c);
    for (let k = 0; k < indices.length; k++) {
      const [start, end] = [indices[k]! * c, (indices[k]! + 1) * c];
      this.checkRange(start, end, bytes.length, k * c);
      bytes.set(this.bytes.subarray(start, end), k * c);
    }
    return new ByteTensor([indices.length, c], bytes, this.divisor);
  }

  override clone(): Tensor {
    return this.expanded ? super.clone() : new ByteTensor(this.shape, this.bytes.slice(), this.divisor);
  }

  protected override withShape(shape: Shape): Tensor {
    return this.expanded ? new Tensor(shape, this.expanded) : new ByteTensor(shape, this.bytes, this.divisor);
  }

  /** The numbers as a Float64Array, made once (8 bytes per element) and kept as the storage. */
  private expand(): Float64Array {
    if (!this.expanded) {
      const values = new Float64Array(this.bytes.length);
      this.readInto(0, values.length, values);
      this.expanded = values;
    }
    return this.expanded;
  }
}
