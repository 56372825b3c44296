/** Test helper: an independent reader of the grey PNGs that lib/src/plot/png.ts writes. */
import { inflateSync } from "zlib";
import { crc32 } from "../../../lib/src/plot/png";

/** Reads a grey PNG back: its size and its pixels, row by row (an independent decoder for the tests). */
export function readGreyPng(png: Buffer): { width: number; height: number; grey: number[] } {
  const chunks: Record<string, Buffer> = {};
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at), type = png.toString("ascii", at + 4, at + 8);
    chunks[type] = png.subarray(at + 8, at + 8 + length);
    if (png.readUInt32BE(at + 8 + length) !== crc32(png.subarray(at + 4, at + 8 + length))) throw new Error(`bad CRC in chunk ${type}`);
    at += 12 + length;
  }
  const width = chunks["IHDR"]!.readUInt32BE(0), height = chunks["IHDR"]!.readUInt32BE(4);
  const rows = inflateSync(chunks["IDAT"]!);
  const grey: number[] = [];
  for (let y = 0; y < height; y++) {
    if (rows[y * (width + 1)] !== 0) throw new Error(`row ${y}: filter ${rows[y * (width + 1)]}, expected 0 (none)`);
    grey.push(...rows.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)));
  }
  return { width, height, grey };
}
