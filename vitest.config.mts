import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The order vitest starts test files in: the longest first, so that the two workers of a 2-core CI
 * machine finish together (the two notebook editions side by side, then the grading classes, the hub).
 * The rest follow in vitest's own order. Longest as measured in CI runs of this suite (README, Tests).
 */
const LONGEST_FIRST = [
  "tests/notebooks/notebooks.test.ts",
  "tests/notebooks/notebooks-ko.test.ts",
  "tests/grading/grade-course.test.ts",
  "tests/grading/release-course.test.ts",
  "tests/grading/grade.test.ts",
  "tests/hub/hub.test.ts",
  "tests/grading/shards.test.ts",
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((name) => file.moduleId.replace(/\\/g, "/").endsWith(name));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    return sorted.map((file, i) => ({ file, i })).sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i).map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Notebook and browser tests start real Jupyter kernels; give them room, and keep the number of
    // test files running at once to the two cores of a CI machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    // the longest files first, so that both workers finish together (tests/sequencer.ts)
    sequence: { sequencer: LongestFirst },
    reporters: ["default"],
    coverage: {
      provider: "v8",
      include: ["lib/src/**/*.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 90 },
    },
  },
});
