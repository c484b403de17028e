/**
 * Just enough PNG decoding (8-bit RGB/RGBA, not interlaced, as Chromium's screenshots
 * are) to look at the pixels of a screenshot: the test can then tell a drawn network
 * from a blank canvas without trusting the app's own account of what it drew.
 */
import { inflateSync } from "node:zlib";

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel. */
  pixels: Uint8Array;
}

export function decodePng(png: Buffer): Image {
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const bitDepth = data[8];
      colorType = data[9] ?? 0;
      if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6) || data[12] !== 0) {
        throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colorType})`);
      }
    } else if (type === "IDAT") {
      idat.push(data);
    }
    offset += length + 12;
  }
  const channels = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (out[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (out[(y - 1) * stride + x - channels] ?? 0) : 0;
      out[y * stride + x] = (value + predict(filter ?? 0, left, up, upLeft)) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    pixels[i * 4] = out[i * channels] ?? 0;
    pixels[i * 4 + 1] = out[i * channels + 1] ?? 0;
    pixels[i * 4 + 2] = out[i * channels + 2] ?? 0;
    pixels[i * 4 + 3] = channels === 4 ? (out[i * channels + 3] ?? 0) : 255;
  }
  return { width, height, pixels };
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const pa = Math.abs(p - left);
      const pb = Math.abs(p - up);
      const pc = Math.abs(p - upLeft);
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new Error(`unknown PNG filter ${filter}`);
  }
}

/** Share of pixels that are clearly coloured (not white, grey or black): drawn, sector-coloured nodes. */
export function colouredShare(image: Image): number {
  let coloured = 0;
  const total = image.width * image.height;
  for (let i = 0; i < total; i++) {
    const r = image.pixels[i * 4] ?? 0;
    const g = image.pixels[i * 4 + 1] ?? 0;
    const b = image.pixels[i * 4 + 2] ?? 0;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
  }
  return coloured / total;
}

/** How many of the given colours appear on at least `minPixels` pixels (within a small tolerance). */
export function coloursPresent(image: Image, colours: string[], minPixels = 20): string[] {
  const targets = colours.map((hex) => ({
    hex,
    rgb: [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)),
  }));
  const counts = new Map<string, number>();
  for (let i = 0; i < image.width * image.height; i++) {
    const p = [image.pixels[i * 4] ?? 0, image.pixels[i * 4 + 1] ?? 0, image.pixels[i * 4 + 2] ?? 0];
    for (const t of targets) {
      if (t.rgb.every((c, k) => Math.abs(c - (p[k] ?? 0)) <= 6))
        counts.set(t.hex, (counts.get(t.hex) ?? 0) + 1);
    }
  }
  return targets.filter((t) => (counts.get(t.hex) ?? 0) >= minPixels).map((t) => t.hex);
}

/** Share of pixels whose colour differs between two images of the same size. */
export function differingShare(a: Image, b: Image): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i += 4) {
    if (
      a.pixels[i] !== b.pixels[i] ||
      a.pixels[i + 1] !== b.pixels[i + 1] ||
      a.pixels[i + 2] !== b.pixels[i + 2] ||
      a.pixels[i + 3] !== b.pixels[i + 3]
    )
      differing++;
  }
  return differing / (a.width * a.height);
}
