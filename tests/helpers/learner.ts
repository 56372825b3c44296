/** A learner's copy of a course notebook with some answers typed in, for the kernel and browser tests. */
import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import { readNotebook, toSourceLines } from "../../scripts/grading/notebook";
import { repoRoot } from "../../scripts/kernel/jupyter";
import { learnerNotebook } from "../../scripts/workspace/learner-edition";

/** Answers by the grade_id of their solution cell ("02-perceptron-answer"): the cell's whole new source. */
export type Answers = Record<string, string>;

/** Writes the learner's edition of notebooks/<name> ("ko/02-perceptron.ipynb" for the Korean) with `answers` into `dir`; returns its path. */
export function learnerCopy(name: string, answers: Answers, dir: string, extraCells: readonly string[] = []): string {
  const nb = learnerNotebook(readNotebook(path.join(repoRoot, "notebooks", name)), name);
  for (const [id, source] of Object.entries(answers)) {
    const cell = nb.cells.find((c) => c.metadata.nbgrader?.grade_id === id);
    if (!cell) throw new Error(`learnerCopy: no solution cell ${id} in ${name}`);
    cell.source = toSourceLines(source);
  }
  for (const source of extraCells) nb.cells.push({ cell_type: "code", metadata: {}, source: toSourceLines(source), outputs: [], execution_count: null });
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(nb, null, 1) + "\n");
  return file;
}

/** The answers of notebook 02 that a learner's first try might hold: one throws, one does not compile, one needs another. */
export const TROUBLED_02: Answers = {
  // throws when called, and a line outside the function throws too
  "02-perceptron-answer": 'function perceptron(w: number[], x: number[], b: number): number {\n  throw new RangeError("oops");\n}\nperceptron([1], [1], 0);',
  // a missing parenthesis
  "02-sigmoid-neuron-answer": "function sigmoidNeuron(w: number[], x: number[], b: number): number {\n  let z = b;\n  for (let j = 0; j < w.length; j++) z += w[j] * x[j];\n  return 1 / (1 + Math.exp(-z);\n}",
  // calls weightedSum, which is still the stub
  "02-tipping-weight-answer": "function tippingWeight(w: number[], x: number[], b: number, j: number): number {\n  return w[j] - weightedSum(w, x, b) / x[j];\n}",
};
