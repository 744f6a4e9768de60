/**
 * Checks that image bytes are whole PNG or JPEG files before the PDFs or the site's image
 * pipeline see them: pdfkit throws in the middle of a layout on a broken file, and sharp stops the
 * site's build without a place; content mistakes must come back as located messages.
 */
import { inflateSync } from 'node:zlib';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Walks the chunks and inflates the image data; returns what is wrong, or undefined. */
export function pngProblem(bytes: Buffer): string | undefined {
  if (!pngSignature.every((byte, index) => bytes[index] === byte)) return 'ei ole PNG-kuva';
  const data: Buffer[] = [];
  let offset = 8;
  let sawHeader = false;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > bytes.length) return 'PNG-kuva on katkennut';
    if (type === 'IHDR') sawHeader = true;
    if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!sawHeader || data.length === 0) return 'PNG-kuvasta puuttuu kuvadata';
  try {
    inflateSync(Buffer.concat(data));
  } catch {
    return 'PNG-kuvan data on vioittunut';
  }
  return undefined;
}

/** Finds the frame header pdfkit needs for the size; returns what is wrong, or undefined. */
export function jpegProblem(bytes: Buffer): string | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'ei ole JPEG-kuva';
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return 'JPEG-kuva on vioittunut';
    const marker = bytes[offset + 1] ?? 0;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return offset + 9 <= bytes.length ? undefined : 'JPEG-kuva on katkennut';
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return 'JPEG-kuvasta puuttuu kuvan koko';
}

/** The pixel size a PNG's header or a JPEG's frame header gives; for files the checks above passed. */
export function imageSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (pngProblem(bytes) === undefined)
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (jpegProblem(bytes) !== undefined) return undefined;
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    const marker = bytes[offset + 1] ?? 0;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return undefined;
}
