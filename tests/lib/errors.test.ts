import { describe, expect, it } from "vitest";
import { CourseError, DataFileError, ShapeError, ValueError, describeValue, formatShape } from "../../lib/src/errors";

describe("errors that teach", () => {
  it("prints shapes in brackets", () => {
    expect(formatShape([30, 784])).toBe("[30, 784]");
    expect(formatShape([])).toBe("[]");
  });

  it("words a shape error with the op, the rule, both shapes and a hint", () => {
    const e = new ShapeError("matmul", "columns of w must equal rows of a", [["w", [30, 784]], ["a", [28, 28]]], "Flatten the image to [784, 1] first (notebook 01).");
    expect(e.message).toBe("matmul: columns of w must equal rows of a, got w [30, 784] and a [28, 28]. Flatten the image to [784, 1] first (notebook 01).");
    expect(e).toBeInstanceOf(CourseError);
    expect(e.name).toBe("ShapeError");
    expect(new ShapeError("op", "rule", [["x", [1]]]).message).toBe("op: rule, got x [1].");
  });

  it("words value and data-file errors", () => {
    expect(new ValueError("train", "a learning rate > 0", "-1", "Try 3.0.").message).toBe("train: expected a learning rate > 0, got -1. Try 3.0.");
    expect(new ValueError("train", "x", "y").message).toBe("train: expected x, got y.");
    expect(new DataFileError("a.idx", "magic number 2051", "1234", "Run `npm install`.").message).toBe(
      "a.idx: expected magic number 2051, found 1234. Run `npm install`.",
    );
  });

  it("describes any value briefly", () => {
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(NaN)).toBe("NaN");
    expect(describeValue(2)).toBe("2");
    expect(describeValue("a much longer string than twenty")).toBe('"a much longer string…" (a string)');
    expect(describeValue([1, 2])).toBe("an array of length 2");
    expect(describeValue({ shape: [2, 3] })).toBe("a tensor of shape [2, 3]");
    expect(describeValue(new Map())).toBe("an object (Map)");
    expect(describeValue(true)).toBe("boolean true");
  });
});
