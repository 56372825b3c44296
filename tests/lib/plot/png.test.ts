import { describe, expect, it } from "vitest";
import { crc32, greyPng, greyPngDataUri } from "../../../lib/src/plot/png";
import { readGreyPng } from "./read-png";

describe("crc32", () => {
  it("gives the published check values", () => {
    expect(crc32(Buffer.from("123456789", "ascii"))).toBe(0xcbf43926); // the standard CRC-32 check value
    expect(crc32(Buffer.from("IEND", "ascii"))).toBe(0xae426082); // the last 4 bytes of every PNG
  });
});

describe("greyPng", () => {
  it("writes the signature, an 8-bit grey IHDR and the pixels row by row", () => {
    const png = greyPng(3, 2, Uint8Array.from([0, 128, 255, 10, 20, 30]));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString("ascii", 12, 16)).toBe("IHDR");
    expect([png[24], png[25]]).toEqual([8, 0]); // bit depth 8, colour type 0 (grey)
    expect(readGreyPng(png)).toEqual({ width: 3, height: 2, grey: [0, 128, 255, 10, 20, 30] });
    expect(png.subarray(-8).toString("hex")).toBe("49454e44ae426082"); // "IEND" and its CRC
  });

  it("as a data URI for a plotly image trace", () => {
    const uri = greyPngDataUri(1, 1, Uint8Array.from([7]));
    expect(uri.startsWith("data:image/png;base64,")).toBe(true);
    expect(readGreyPng(Buffer.from(uri.split(",")[1]!, "base64")).grey).toEqual([7]);
  });
});
