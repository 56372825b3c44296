/**
 * Grey-scale PNG pictures (notebook 03's digit grids): a grid of many digits goes into a notebook
 * as one small PNG rather than thousands of numbers. A PNG file is an 8-byte signature and chunks
 * — IHDR (size, 8-bit grey), IDAT (the rows, deflated), IEND — each closed by the CRC-32 of its
 * type and data.
 */
import { deflateSync } from "zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of PNG (and zip): polynomial 0xEDB88320, starting from and finishing with 0xFFFFFFFF. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4), crc = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of `width` × `height` grey levels (0 black … 255 white), given row by row. */
export function greyPng(width: number, height: number, grey: Uint8Array): Buffer {
  const rows = Buffer.alloc(height * (width + 1)); // each row: filter byte 0 (none), then its pixels
  for (let y = 0; y < height; y++) rows.set(grey.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = Buffer.alloc(13); // width, height, bit depth 8, colour type 0 (grey), compression, filter, interlace 0
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  return Buffer.concat([SIGNATURE, chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", new Uint8Array(0))]);
}

/** The same PNG as a data URI, which a plotly image trace takes as its `source`. */
export function greyPngDataUri(width: number, height: number, grey: Uint8Array): string {
  return "data:image/png;base64," + greyPng(width, height, grey).toString("base64");
}
