import { inflateSync } from 'node:zlib';

/** An 8-bit colour as [red, green, blue]. */
export type Rgb = readonly [number, number, number];

const SIGNATURE = '89504e470d0a1a0a';
const BYTES_PER_PIXEL: Readonly<Record<number, number>> = { 2: 3, 6: 4 };

/**
 * Reads the colour of the first pixel of a PNG, as Chromium writes them
 * (8-bit RGB or RGBA). For a one-pixel-wide first row every PNG filter
 * leaves the bytes unchanged, so no unfiltering is needed.
 */
export function readFirstPixel(png: Buffer): Rgb {
  if (png.subarray(0, 8).toString('hex') !== SIGNATURE) {
    throw new Error('not a PNG image');
  }
  let offset = 8;
  let colourType = -1;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      colourType = body.readUInt8(9);
      if (body.readUInt8(8) !== 8) {
        throw new Error('only 8-bit PNG images are supported');
      }
    } else if (type === 'IDAT') {
      data.push(body);
    }
    offset += length + 12;
  }
  if (BYTES_PER_PIXEL[colourType] === undefined) {
    throw new Error(`unsupported PNG colour type ${colourType}`);
  }

  const row = inflateSync(Buffer.concat(data));

  return [row.readUInt8(1), row.readUInt8(2), row.readUInt8(3)];
}

/** Parses `#rrggbb`. */
export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);

  return [value >> 16, (value >> 8) & 255, value & 255];
}

/** Largest difference of one channel between two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(
    Math.abs(a[0] - b[0]),
    Math.abs(a[1] - b[1]),
    Math.abs(a[2] - b[2]),
  );
}
