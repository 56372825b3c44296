/**
 * The course is a test: every notebook under notebooks/ is committed clean and runs top to bottom on
 * the real tslab kernel. A cell fails if its reply is not ok, if it writes anything to stderr (tslab
 * reports type errors there), or if it exceeds its time limit; a Korean edition's outputs must hold no
 * English phrase (tests/helpers/outputs.ts). Executed copies are kept in
 * .test-output/executed/ for a person to read. This file runs the English sources; notebooks-ko.test.ts
 * runs the Korean edition (tests/helpers/notebook-runs.ts).
 */
import path from "path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { listNotebooks, uncleanParts, validateNotebooks } from "../helpers/notebooks";
import { notebookRuns } from "../helpers/notebook-runs";

const notebooks = listNotebooks(path.join(repoRoot, "notebooks"));
const name = (file: string) => path.relative(path.join(repoRoot, "notebooks"), file);

describe("notebooks are committed clean", () => {
  it("there are notebooks", () => {
    expect(notebooks.length).toBeGreaterThan(0);
  });
  const schemaErrors = validateNotebooks(notebooks);
  for (const file of notebooks) {
    it(`${name(file)} is valid nbformat 4`, () => {
      expect(schemaErrors[file], `${name(file)}: ${schemaErrors[file]?.join("; ")}`).toEqual([]);
    });
    it(`${name(file)} names the tslab kernel and has no outputs or execution counts`, () => {
      expect(uncleanParts(file), "clear them with `npm run clear-outputs`").toEqual([]);
    });
  }
});

// the English sources run here, the Korean edition in notebooks-ko.test.ts
notebookRuns(notebooks.filter((file) => path.dirname(file) === path.join(repoRoot, "notebooks")));
