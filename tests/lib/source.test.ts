import { describe, expect, it, vi } from "vitest";
import { findSource, showSource } from "../../lib/src/source";

describe("reading the library's source from a notebook", () => {
  it("finds a function with its documentation comment, from the comment to the closing brace", () => {
    const found = findSource("sigmoidPrime");
    expect(found.file).toBe("lib/src/activations.ts");
    expect(found.text.startsWith("/**")).toBe(true);
    expect(found.text).toContain("export function sigmoidPrime(");
    expect(found.text.trimEnd().endsWith("}")).toBe(true);
    expect(found.lastLine - found.firstLine + 1).toBe(found.text.split("\n").length);
  });

  it("finds backprop, whose body holds the four equations", () => {
    const found = findSource("backprop");
    expect(found.file).toBe("lib/src/backprop.ts");
    for (const equation of ["BP1", "BP2", "BP3", "BP4"]) expect(found.text).toContain(equation);
  });

  it("finds classes, constants and declarations in sub-folders", () => {
    expect(findSource("Tensor").text).toContain("export class Tensor {");
    expect(findSource("quadraticCost").text).toContain("export const quadraticCost");
    expect(findSource("loadMnist").file).toBe("lib/src/data/mnist.ts");
  });

  it("prints the source under a header naming the file and lines", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    showSource("sigmoid");
    const printed = String(log.mock.calls[0]![0]);
    log.mockRestore();
    expect(printed).toMatch(/^\/\/ lib\/src\/activations\.ts, lines \d+–\d+\n\/\*\*/);
  });

  it("explains a name that is not exported and a name that is not a name", () => {
    expect(() => findSource("sigmoidd")).toThrow(
      "findSource: expected an exported function, class or constant of lib/src named sigmoidd, got no such export. Type `nn.` and press Tab to see the names the library exports.",
    );
    expect(() => findSource("not a name")).toThrow('findSource: expected the name of a library export such as "backprop", got "not a name" (a string).');
  });
});
