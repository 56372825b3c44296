/**
 * Grading a class on several machines: `--shard i/N` grades one share of the class folder, `--merge`
 * joins the shards' outputs into what one run would have written (merge.ts).
 *
 * The share: the class's distinct student names (NFC, as names.ts derives them from the folder) sorted
 * by UTF-16 code units (JavaScript's default sort, the same on every machine and in every locale, not
 * the file system's order), then every N-th from the i-th: students 1, N+1, 2N+1, … of that list go to
 * shard 1. The shares differ by at most one student, and every machine that reads the same class folder
 * computes the same ones; shard.json records the whole class (each student's stamp) so that `--merge`
 * can refuse shards graded from different folders or source notebooks.
 *
 * Its refusals are in the language of the command line (`--lang`, grade.ts), English by default in code.
 */
import { t } from "../../lib/src/i18n/translate";

/** Shard `index` of `count` (1 ≤ index ≤ count). */
export interface Shard {
  index: number;
  count: number;
}

/** A bad command line: reported in one line, exit status 2. */
export class UsageError extends Error {}

/** `--shard i/N` → { index: i, count: N }; anything else is a UsageError saying what was expected and found. */
export function parseShard(text: string | undefined): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text ?? "");
  if (text === undefined) throw new UsageError(t`expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found nothing`);
  if (!m) throw new UsageError(t`expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found ${JSON.stringify(text)}`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count >= 1 && index > count) throw new UsageError(t`expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found ${index}/${count} (there is no shard ${index} of ${count})`);
  if (count < 1 || index < 1 || !Number.isSafeInteger(count)) throw new UsageError(t`expected --shard i/N with whole numbers 1 ≤ i ≤ N (e.g. --shard 2/3), found ${index}/${count}`);
  return { index, count };
}

/** The students of `students` that shard `shard` grades (see the top of this file). */
export function inShard(students: string[], shard: Shard): Set<string> {
  const sorted = [...new Set(students)].sort();
  return new Set(sorted.filter((_, k) => k % shard.count === shard.index - 1));
}

/** Written into a shard's output folder: what `--merge` checks and needs. */
export const SHARD_FILE = "shard.json";

export interface ShardRecord {
  format: 1;
  shard: number;
  of: number;
  /** The source notebook's file name and sha256. */
  notebook: string;
  source: string;
  resultsVersion: number;
  /** The source's exercise ids, in its order (the summary lists them). */
  exercises: string[];
  /** sha256 of `students`: the same for every shard of one class folder graded against one source. */
  class: string;
  /** The whole class in the gradebook's order, each with its feedback key and result stamp. */
  students: Array<{ student: string; key: string; stamp: string }>;
  /** This shard's students. */
  share: string[];
  /** False while the shard is being graded (or was interrupted). */
  complete: boolean;
  /** Its grading time in seconds. */
  seconds?: number;
}
