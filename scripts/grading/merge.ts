/**
 * `npm run grade -- --merge <shard outputs…> --out <folder>`: the gradebook, feedback files and summary
 * that one run over the whole class would have written, from the outputs of `--shard 1/N` … `N/N`.
 * Byte for byte the same, except the summary's time, which is that of the slowest shard (the shards' wall
 * time when they run at once). Refuses shards of different classes or source notebooks, a missing,
 * duplicated or unfinished shard, and students graded by two shards. The merged folder also holds every
 * result (.results/), so grading the class again into it resumes them all.
 *
 * Its refusals and lines are in the command line's language (`--lang`, grade.ts); the files it writes are
 * those of one run (the feedback in each student's language, the gradebook and summary in English).
 */
import { existsSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import { inLanguage } from "../../lib/src/i18n/language";
import { t } from "../../lib/src/i18n/translate";
import { feedbackMarkdown, gradebookCsv, readSaved, summaryText, writeAtomic, type StudentGrade } from "./grader";
import { SHARD_FILE, UsageError, type ShardRecord } from "./shards";

function readRecord(dir: string): ShardRecord {
  const file = path.join(dir, SHARD_FILE);
  if (!existsSync(file)) throw new UsageError(t`${dir} is not the output of a shard (no ${SHARD_FILE}): grade with --shard i/N --out <folder> first`);
  let record: ShardRecord;
  try {
    record = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(t`${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (record?.format !== 1 || !Array.isArray(record.students) || !Array.isArray(record.share)) throw new Error(t`${file} is not a shard record this grader knows`);
  return record;
}

export async function mergeShards(dirs: string[], outDir: string, log: (line: string) => void = (l) => console.log(l)): Promise<{ grades: StudentGrade[]; seconds: number; summary: string }> {
  if (!dirs.length) throw new UsageError(t`expected --merge <shard output folder>… (one folder per shard), found none`);
  const resolved = dirs.map((d) => path.resolve(d));
  if (resolved.includes(path.resolve(outDir))) throw new UsageError(t`the merged output (--out ${outDir}) must not be one of the shards' folders`);
  const records = resolved.map(readRecord);
  const first = records[0]!;
  const name = (k: number) => t`${dirs[k]} (shard ${records[k]!.shard}/${records[k]!.of})`;
  records.forEach((r, k) => {
    if (r.notebook !== first.notebook || r.source !== first.source) throw new Error(t`${name(k)} graded ${r.notebook} (source ${r.source.slice(0, 12)}), ${name(0)} ${first.notebook} (source ${first.source.slice(0, 12)}): shards of different source notebooks`);
    if (r.resultsVersion !== first.resultsVersion) throw new Error(t`${name(k)} and ${name(0)} were graded by different versions of the grader`);
    if (r.class !== first.class) throw new Error(t`${name(k)} and ${name(0)} graded different class folders (or the folder changed between them): grade every shard from the same folder`);
    if (r.of !== first.of) throw new Error(t`${name(k)} is one of ${r.of} shards, ${name(0)} one of ${first.of}`);
  });
  const byIndex = new Map<number, number>();
  records.forEach((r, k) => {
    if (byIndex.has(r.shard)) throw new Error(t`shard ${r.shard}/${r.of} is given twice: ${dirs[byIndex.get(r.shard)!]} and ${dirs[k]}`);
    byIndex.set(r.shard, k);
  });
  const missing = Array.from({ length: first.of }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  const absent = missing.map((i) => `${i}/${first.of}`).join(", ");
  if (missing.length === 1) throw new Error(t`shard ${absent} missing: merge all ${first.of} shards`);
  if (missing.length > 1) throw new Error(t`shards ${absent} missing: merge all ${first.of} shards`);
  records.forEach((r, k) => {
    if (!r.complete) throw new Error(t`${name(k)} did not finish grading: run its command again (it resumes), then merge`);
  });
  const gradedBy = new Map<string, number>();
  records.forEach((r, k) => {
    for (const student of r.share) {
      if (gradedBy.has(student)) throw new Error(t`${JSON.stringify(student)} was graded by two shards: ${name(gradedBy.get(student)!)} and ${name(k)}`);
      gradedBy.set(student, k);
    }
  });
  const ungraded = first.students.filter((s) => !gradedBy.has(s.student)).map((s) => JSON.stringify(s.student));
  if (ungraded.length) throw new Error(t`no shard graded ${ungraded.join(", ")}`);

  mkdirSync(path.join(outDir, ".results"), { recursive: true });
  mkdirSync(path.join(outDir, "feedback"), { recursive: true });
  // One grade per entry of the class in one run's order (a name twice in the folder is one student, as in one run).
  const count = new Map<string, number>();
  for (const s of first.students) count.set(s.student, (count.get(s.student) ?? 0) + 1);
  const all = first.students.map((s) => {
    const k = gradedBy.get(s.student)!;
    const saved = readSaved(path.join(resolved[k]!, ".results", `${s.key}.json`));
    if (!saved || (saved.stamp !== s.stamp && count.get(s.student) === 1)) throw new Error(t`${name(k)} has no result for ${JSON.stringify(s.student)} (expected ${path.join(dirs[k]!, ".results", `${s.key}.json`)})`);
    writeAtomic(path.join(outDir, ".results", `${s.key}.json`), JSON.stringify(saved));
    return saved.grade;
  });
  for (const g of all) writeAtomic(path.join(outDir, "feedback", `${g.key}.md`), feedbackMarkdown(g));
  const seconds = Math.max(...records.map((r) => r.seconds ?? 0));
  const summary = inLanguage("en", () => summaryText(all, first.exercises, seconds));
  writeAtomic(path.join(outDir, "gradebook.csv"), gradebookCsv(all));
  writeAtomic(path.join(outDir, "summary.txt"), summary + "\n");
  log(t`grade: merged ${records.length} shards of ${first.notebook}: ${all.length} students.`);
  log(summaryText(all, first.exercises, seconds));
  return { grades: all, seconds, summary };
}

