/** thrownAsText turns a thrown error into a value a check can compare, and nothing else. */
import { describe, expect, it } from "vitest";
import { THREW, thrownAsText } from "../../../lib/src/exercises/thrown";
import { callWithTimeout } from "../../../lib/src/exercises/guard";

describe("thrownAsText", () => {
  it("returns the function's value unchanged, and keeps its name", () => {
    function add(a: number, b: number): number {
      return a + b;
    }
    const wrapped = thrownAsText(add);
    expect(wrapped(2, 3)).toBe(5);
    expect(wrapped.name).toBe("add");
  });
  it("returns `threw: <message>` for a thrown Error or any thrown value", () => {
    expect(THREW).toBe("threw: ");
    expect(thrownAsText(() => { throw new RangeError("matmul: bad shapes"); })()).toBe("threw: matmul: bad shapes");
    expect(thrownAsText(() => { throw "plain text"; })()).toBe("threw: plain text");
  });
  it("lets the stub's `not implemented yet` through, so the check reports the exercise as not attempted", () => {
    const stub = thrownAsText((): number => { throw new Error("not implemented yet"); });
    expect(() => stub()).toThrow("not implemented yet");
    expect(callWithTimeout(stub, [])).toEqual({ kind: "unattempted" });
  });
  it("cannot swallow the time limit of a check: a loop that never ends is still stopped", () => {
    const spin = thrownAsText((): number => {
      for (;;) {
        // never returns
      }
    });
    expect(callWithTimeout(spin, [], 150)).toEqual({ kind: "timeout", ms: 150 });
  });
  it("returns what is not a function as it is, so the check cell says what it got instead of throwing", () => {
    expect(thrownAsText(undefined as unknown as () => number)).toBeUndefined();
    expect(callWithTimeout(thrownAsText(undefined as unknown as () => number), [])).toEqual({ kind: "threw", message: "expected a function, got undefined" });
  });
});
