/**
 * qpdf, pdffonts and pdftoppm (packages qpdf and poppler-utils). `pnpm system-tools` installs them
 * before the suites start; the suite's global setup fails in one line when one is missing.
 * `qpdf --check` and the font list are the verifier's own (`@valmistelu/pdf-verify`).
 */
import { execFileSync } from 'node:child_process';

export { pdfFonts, qpdfCheck } from '@valmistelu/pdf-verify/qpdf-objects';

/** The first page as pdftoppm draws it: 8-bit grey pixels at 72 dpi (one pixel per point). */
export function firstPagePixels(file: string): { width: number; height: number; pixels: Uint8Array } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', file]);
  // Binary PGM: "P5", width, height and the maximum value, each after whitespace, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file}: pdftoppm did not write a greyscale image`);
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: pgm.subarray(whole.length) };
}

/** The share of a page's pixels that carry ink (darker than light grey). */
export function inkShare(pixels: Uint8Array): number {
  let inked = 0;
  for (const value of pixels) if (value < 200) inked++;
  return inked / pixels.length;
}
