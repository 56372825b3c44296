/**
 * `npm run grade` on every course notebook: the instructor's source, graded as a submission, gets full
 * marks, and the untouched student release gets zero. This catches a notebook whose hidden tests need
 * something the grader's private folder lacks (09 reads data/defects.csv through the library).
 *
 * All notebooks are graded in one run, two kernels at a time (the slow MNIST notebooks first).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { beforeAll, describe, expect, it } from "vitest";
import { gradeFolder, type StudentGrade } from "../../scripts/grading/grader";
import { readNotebook, releaseNotebook } from "../../scripts/grading/notebook";
import { exercisesOf } from "../../scripts/grading/build";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { listNotebooks } from "../helpers/notebooks";

// notebooks/*.ipynb: the Korean editions (notebooks/ko) hold the same code and exercises.
const sources = listNotebooks(path.join(repoRoot, "notebooks"))
  .filter((file) => path.dirname(file) === path.join(repoRoot, "notebooks") && exercisesOf(readNotebook(file)).length > 0);
const slowFirst = [...sources].sort((a, b) => Number(/\/0[678]-/.test(b)) - Number(/\/0[678]-/.test(a)));

async function lanes<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

describe("npm run grade on every course notebook", () => {
  const results = new Map<string, { grades: Map<string, StudentGrade>; error?: string; log: string[] }>();

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "dlbasics-grade-course-"));
    await lanes(slowFirst, 2, async (source) => {
      const name = path.basename(source);
      const folder = path.join(dir, name, "submitted");
      mkdirSync(folder, { recursive: true });
      const nb = readNotebook(source);
      writeFileSync(path.join(folder, "instructor.ipynb"), JSON.stringify(nb));
      writeFileSync(path.join(folder, "release.ipynb"), JSON.stringify(releaseNotebook(nb)));
      const log: string[] = [];
      try {
        const { grades } = await gradeFolder(folder, { source, outDir: path.join(dir, name, "grades"), parallel: 1, log: (l) => log.push(l) });
        results.set(name, { grades: new Map(grades.map((g) => [g.student, g])), log });
      } catch (error) {
        results.set(name, { grades: new Map(), error: error instanceof Error ? error.message : String(error), log });
      }
    });
  }, 40 * 60_000);

  for (const source of sources) {
    const name = path.basename(source);
    it(`${name}: the instructor's source gets full marks, the untouched release zero`, () => {
      const result = results.get(name)!;
      expect(result.error, result.log.join("\n")).toBeUndefined();
      const instructor = result.grades.get("instructor")!;
      const release = result.grades.get("release")!;
      const statuses = (g: StudentGrade) => g.exercises.map((e) => `${e.id} ${e.status} ${e.points}/${e.maxPoints} ${e.details.join("; ")}`);
      expect(instructor.points, statuses(instructor).join("\n")).toBe(instructor.maxPoints);
      expect(instructor.maxPoints).toBeGreaterThan(0);
      expect(release.points, statuses(release).join("\n")).toBe(0);
      expect(release.exercises.map((e) => e.status)).toEqual(release.exercises.map(() => "unattempted"));
    });
  }
});
