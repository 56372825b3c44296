/**
 * Seeded randomness: the same seed gives the same numbers on every run and every machine.
 *
 * The generator is xoshiro128** (integer arithmetic only, so it is exact everywhere), seeded through
 * splitmix32. Gaussian numbers use the Box–Muller transform. Notebooks call `setSeed(n)` once in their
 * setup cell; lib functions that need randomness take an optional `Random` and fall back to the
 * default generator that `setSeed` resets.
 */
import { ValueError, describeValue } from "./errors";
import { t } from "./i18n/translate";

export class Random {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private spareGaussian: number | undefined;

  constructor(readonly seed: number) {
    if (!Number.isSafeInteger(seed)) throw new ValueError("Random", t`an integer seed`, describeValue(seed));
    let x = seed >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next() || 1;
  }

  /** A 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1), or in [low, high). */
  uniform(low = 0, high = 1): number {
    const u = (this.nextUint32() * 2 ** 21 + (this.nextUint32() >>> 11)) / 2 ** 53;
    return low + (high - low) * u;
  }

  /** A whole number in [0, n). */
  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0) throw new ValueError("Random.int", t`a whole number n > 0`, describeValue(n));
    return Math.floor(this.uniform() * n);
  }

  /** Normally distributed with the given mean and standard deviation (Box–Muller). */
  gaussian(mean = 0, standardDeviation = 1): number {
    if (this.spareGaussian !== undefined) {
      const z = this.spareGaussian;
      this.spareGaussian = undefined;
      return mean + standardDeviation * z;
    }
    let u = 0;
    while (u === 0) u = this.uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * this.uniform();
    this.spareGaussian = radius * Math.sin(angle);
    return mean + standardDeviation * radius * Math.cos(angle);
  }

  /** Shuffles an array in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }

  /** 0, 1, …, n − 1 in random order. */
  permutation(n: number): number[] {
    return this.shuffle(Array.from({ length: n }, (_, i) => i));
  }

  /** k distinct items drawn without replacement, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    if (!Number.isInteger(k) || k < 0 || k > items.length) {
      throw new ValueError("Random.sample", t`a whole number k between 0 and ${items.length}`, describeValue(k));
    }
    return this.permutation(items.length).slice(0, k).map((i) => items[i]!);
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

let defaultRandom = new Random(0);

/** Resets the default generator: call once in a notebook's setup cell. */
export function setSeed(seed: number): void {
  defaultRandom = new Random(seed);
}

/** The default generator, used when a lib function is not given one. */
export function getRandom(): Random {
  return defaultRandom;
}
