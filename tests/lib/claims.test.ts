import { afterEach, describe, expect, it, vi } from "vitest";
import { claim, percent } from "../../lib/src/claims";
import { ClaimError } from "../../lib/src/errors";

describe("claim", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints the statement and what was measured when the run agrees", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    claim(0.9555 >= 0.95, "at least 95 % of the test digits are read correctly", percent(0.9555, 2));
    claim(true, "h = 1 underfits");
    expect(log.mock.calls).toEqual([["✔ at least 95 % of the test digits are read correctly (95.55 %)"], ["✔ h = 1 underfits"]]);
  });

  it("throws a ClaimError that names the statement and the measured numbers when the run disagrees", () => {
    expect(() => claim(0.9388 >= 0.95, "at least 95 % of the test digits are read correctly", "93.88 %")).toThrow(ClaimError);
    expect(() => claim(false, "the gap ends wider than 10 points", "gap 4.2 points")).toThrow(
      "claim: the text of this notebook says that the gap ends wider than 10 points, but this run disagrees (gap 4.2 points). " +
      "Report it to the course authors: the text and the numbers must agree.");
    expect(() => claim(false, "h = 1 underfits")).toThrow("claim: the text of this notebook says that h = 1 underfits, but this run disagrees. Report");
  });

  it("rejects a claim that is not a comparison or has no words", () => {
    expect(() => claim(1 as unknown as boolean, "x")).toThrow(
      "claim: expected true or false as the first argument (a comparison such as accuracy >= 0.95), got 1.");
    expect(() => claim(true, " ")).toThrow("claim: expected the claim in words as the second argument, got \" \" (a string).");
  });
});

describe("percent", () => {
  it("writes a fraction as a percentage with one decimal, or as many as asked", () => {
    expect(percent(0.9316)).toBe("93.2 %");
    expect(percent(0.95554, 2)).toBe("95.55 %");
    expect(percent(1)).toBe("100.0 %");
  });
});
