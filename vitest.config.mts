import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Notebook and browser tests start real Jupyter kernels; give them room, and keep the number of
    // test files running at once to the two cores of a CI machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    reporters: ["default"],
    coverage: {
      provider: "v8",
      include: ["lib/src/**/*.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 90 },
    },
  },
});
