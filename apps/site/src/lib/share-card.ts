/**
 * A page's share card, 1200×630: the title in large type on the organisation's primary colour,
 * the site's name under it and the logo above, for Open Graph and Twitter when a page has no
 * picture of its own. The text is drawn as glyph outlines from a font file in the site's
 * dependencies (Noto Sans Bold, through fontkit), so that no system font decides how it looks:
 * the same inputs give the same SVG, and sharp (libvips) the same PNG bytes.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import sharp from 'sharp';

export const shareImageSize = { width: 1200, height: 630 } as const;

/** Bumped when the card's design changes, so that its file name (and every cache of it) does too. */
export const shareCardDesign = 1;

export interface ShareCardInput {
  title: string;
  /** The site's name, in smaller type under the title. */
  siteName: string;
  /** `#rrggbb`: the card's background. */
  background: string;
  /** The logo file's bytes and type, when the site has one. */
  logo?: { bytes: Buffer; mime: string } | undefined;
}

const fontFile = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
);
let font: fontkit.Font | undefined;

function loadFont(): fontkit.Font {
  font ??= fontkit.openSync(fontFile) as fontkit.Font;
  return font;
}

const margin = 80;
const textWidth = shareImageSize.width - 2 * margin;
/** The title's sizes, largest first: the first at which it fits in three lines. */
const titleSizes = [76, 66, 58, 50];
const maxLines = 3;

function advance(text: string, size: number): number {
  const run = loadFont().layout(text);
  return (run.advanceWidth * size) / loadFont().unitsPerEm;
}

/** Greedy lines of at most `width`; a word longer than the line stays whole on its own line. */
function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && advance(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The title's lines and size; a title too long even at the smallest size ends in "…". */
export function titleLines(title: string): { lines: string[]; size: number } {
  for (const size of titleSizes) {
    const lines = wrap(title, size, textWidth);
    if (lines.length <= maxLines && lines.every((line) => advance(line, size) <= textWidth))
      return { lines, size };
  }
  const size = titleSizes.at(-1) ?? 50;
  const lines = wrap(title, size, textWidth).slice(0, maxLines);
  // The title goes on past the last line shown.
  return { lines: [...lines.slice(0, -1), withEllipsis(lines.at(-1) ?? '', size)], size };
}

/** The text cut short enough that it and "…" fit on a line. */
function withEllipsis(text: string, size: number): string {
  let cut = text;
  while (cut && advance(`${cut}…`, size) > textWidth) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}

/** The text on one line, cut with "…" where it is too long. */
function fitLine(text: string, size: number): string {
  return advance(text, size) <= textWidth ? text : withEllipsis(text, size);
}

/** One line of text as an SVG path, its baseline starting at (x, y). */
function textPath(text: string, size: number, x: number, y: number): string {
  const face = loadFont();
  const scale = size / face.unitsPerEm;
  const run = face.layout(text);
  let pen = x;
  const parts = run.glyphs.map((glyph, index) => {
    const position = run.positions[index];
    const at = pen + (position?.xOffset ?? 0) * scale;
    pen += (position?.xAdvance ?? 0) * scale;
    return glyph.path
      .scale(scale, -scale)
      .translate(at, y - (position?.yOffset ?? 0) * scale)
      .toSVG();
  });
  return parts.join('');
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black, whichever contrasts more with the background. */
export function textColourOn(background: string): string {
  const light = luminance(background);
  const onWhite = 1.05 / (light + 0.05);
  const onDark = (light + 0.05) / (luminance('#1b1b1b') + 0.05);
  return onWhite >= onDark ? '#ffffff' : '#1b1b1b';
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The card as SVG, its text as outlines. Pure: the same input gives the same string. */
export function shareCardSvg(input: ShareCardInput): string {
  const { width, height } = shareImageSize;
  const colour = textColourOn(input.background);
  const { lines, size } = titleLines(input.title);
  const lineHeight = Math.round(size * 1.18);
  const siteSize = 30;
  const siteBaseline = height - margin + 10;
  // The title sits above the site's name, its last line two line-heights over it.
  const firstBaseline =
    siteBaseline - 2 * lineHeight - (lines.length - 1) * lineHeight + Math.round(size * 0.35);
  const title = lines
    .map((line, index) => textPath(line, size, margin, firstBaseline + index * lineHeight))
    .join('');
  const siteName = textPath(fitLine(input.siteName, siteSize), siteSize, margin, siteBaseline);
  const logo = input.logo
    ? `<image x="${margin}" y="56" width="${textWidth}" height="110" preserveAspectRatio="xMinYMid meet" href="data:${escapeXml(input.logo.mime)};base64,${input.logo.bytes.toString('base64')}"/>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(input.background)}"/>`,
    logo,
    `<path fill="${colour}" d="${title}"/>`,
    `<rect x="${margin}" y="${siteBaseline - siteSize - 28}" width="96" height="6" fill="${colour}" fill-opacity="0.7"/>`,
    `<path fill="${colour}" fill-opacity="0.9" d="${siteName}"/>`,
    '</svg>',
  ].join('');
}

/** The card as PNG bytes (zlib level 6: level 9 took 60 % longer for a 20 % smaller file). */
export function renderShareCard(input: ShareCardInput): Promise<Buffer> {
  return sharp(Buffer.from(shareCardSvg(input)))
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
