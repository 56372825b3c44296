/** The course kernel's reading of solution cells and errors (lib/src/kernel): pure parts, without a kernel. */
import { createRequire } from "module";
import { describe, expect, it } from "vitest";
import { describeCellError, isInterruption, outsideCourseMessage } from "../../../lib/src/kernel/cell-errors";
import { declarationsOnly, declaredNames, describeDiagnostics, firstProblem, standInSource } from "../../../lib/src/kernel/solution-cells";
import { ShapeError } from "../../../lib/src/errors";

const ts = createRequire(require.resolve("tslab/package.json"))("@tslab/typescript-for-tslab");

describe("declaredNames", () => {
  it("finds the top-level functions, classes and variables of a cell, even one with a syntax error", () => {
    expect(declaredNames(ts, "function sigmoidNeuron(w: number[]): number {\n  return 1 / (1 + Math.exp(-z);\n}")).toEqual(["sigmoidNeuron"]);
    expect(declaredNames(ts, "const a = 1, b = 2;\nclass C {}\nfunction f() { const inner = 1; }\nf();")).toEqual(["a", "b", "C", "f"]);
    expect(declaredNames(ts, "console.log(1);")).toEqual([]);
  });

  it("keeps only the declarations when a top-level statement throws", () => {
    expect(declarationsOnly(ts, "function f(): number {\n  return 1;\n}\nf();\nthrow new Error('x');\ninterface P { a: number }")).toBe(
      "function f(): number {\n  return 1;\n}\ninterface P { a: number }");
  });
});

describe("stand-ins and compiler messages", () => {
  it("declares each name as a function that throws notCompiledYet", () => {
    expect(standInSource(["sigmoidNeuron", "helper"])).toBe([
      'import { notCompiledYet as dlbasicsNotCompiledYet } from "dlbasics";',
      'function sigmoidNeuron(..._args: any[]): any { throw dlbasicsNotCompiledYet("sigmoidNeuron"); }',
      'function helper(..._args: any[]): any { throw dlbasicsNotCompiledYet("helper"); }',
    ].join("\n"));
  });

  it("quotes the learner's line with the first problem in the cell itself", () => {
    const source = "function f(): number {\n  return 1 +;\n}";
    const diagnostics = [
      { line: 1, column: 1, message: "Something in a library.", fileName: "lib.d.ts" },
      { line: 2, column: 13, message: "Expression expected." },
    ];
    expect(firstProblem(diagnostics, source)).toEqual({ line: 2, message: "Expression expected.", code: "return 1 +;" });
    expect(firstProblem([], source)).toEqual({ line: 0, message: "the cell did not compile", code: "" });
    expect(describeDiagnostics(diagnostics.slice(1), source)).toBe("  line 2, column 13: Expression expected.\n      return 1 +;");
    const many = Array.from({ length: 5 }, (_, i) => ({ line: 2, column: i + 1, message: `problem ${i}` }));
    expect(describeDiagnostics(many, source).split("\n").at(-1)).toBe("  … and 2 more");
  });
});

describe("errors in plain words", () => {
  it("says a course error, any error, a thrown value and the ■ button in one line each", () => {
    expect(describeCellError(new ShapeError("matmul", "columns of a must equal rows of b", [["a", [2, 3]], ["b", [2, 3]]]))).toBe(
      "ShapeError: matmul: columns of a must equal rows of b, got a [2, 3] and b [2, 3].");
    expect(describeCellError(new TypeError("x is not a function"))).toBe("TypeError: x is not a function");
    expect(describeCellError("oops")).toBe('Error: the cell threw "oops"');
    expect(describeCellError({ message: "plain object" })).toBe("Error: plain object");
    const interrupted = Object.assign(new Error("Script execution was interrupted by `SIGINT`"), { code: "ERR_SCRIPT_EXECUTION_INTERRUPTED" });
    expect(isInterruption(interrupted)).toBe(true);
    expect(describeCellError(interrupted)).toBe("Stopped by the ■ (interrupt) button: the rest of this cell did not run.");
    expect(outsideCourseMessage("/home/kim/course")).toBe("This notebook is not inside the course folder, so it cannot load the course library (dlbasics). " +
      "Move or copy it into /home/kim/course/workspace/ and open the course with `npm start` in /home/kim/course.");
  });
});
