import { describe, expect, it } from "vitest";
import { callWithTimeout } from "../../../lib/src/exercises/guard";

describe("callWithTimeout", () => {
  it("returns the value of a function that returns", () => {
    expect(callWithTimeout((a: number, b: number) => a + b, [2, 3])).toEqual({ kind: "value", value: 5 });
  });
  it("reports a thrown error by its name and first line, and the stub as unattempted", () => {
    expect(callWithTimeout(() => { throw new RangeError("bad\nsecond line"); }, [])).toEqual({ kind: "threw", message: "RangeError: bad" });
    expect(callWithTimeout(() => { throw "text"; }, [])).toEqual({ kind: "threw", message: "threw text" });
    expect(callWithTimeout(() => { throw new Error("not implemented yet"); }, [])).toEqual({ kind: "unattempted" });
  });
  it("reports something that is not a function", () => {
    expect(callWithTimeout(undefined, [])).toEqual({ kind: "threw", message: "expected a function, got undefined" });
    expect(callWithTimeout(3, [])).toEqual({ kind: "threw", message: "expected a function, got number" });
  });
  it("interrupts a synchronous loop that never ends, inside a function defined outside the script", () => {
    function spin(): number {
      for (;;);
    }
    const started = Date.now();
    expect(callWithTimeout(spin, [], 200)).toEqual({ kind: "timeout", ms: 200 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(190); // it waited for the limit; no upper bound: a busy machine is slower
    expect((globalThis as Record<string, unknown>).__dlbasicsExerciseCall).toBeUndefined();
  });
});
