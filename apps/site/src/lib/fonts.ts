/**
 * The site's typeface, Source Sans 3 (SIL OFL, the family of the Suomi.fi design), served from
 * the site itself: no font service sees the readers, and the CSP's `font-src 'self'` holds. Only
 * the weights the stylesheet uses, and only the Latin subsets (Finnish, Swedish and the names of
 * Europe); the browser fetches the extended subset only for a page that has such a character.
 */

import latin400 from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?inline';
import latin600 from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?inline';
import latin700 from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?inline';
import latinExt400 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2?inline';
import latinExt600 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff2?inline';
import latinExt700 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-700-normal.woff2?inline';
import unicodeJson from '@fontsource/source-sans-3/unicode.json?raw';
import type { BinaryAsset } from './binary-asset.ts';
import { binaryAsset } from './binary-asset.ts';
import { sitePath } from './site-base.ts';

/** Body text, semibold headings and labels, bold for `<strong>` and table headers. */
const faces = [
  { weight: 400, subset: 'latin', dataUrl: latin400 },
  { weight: 600, subset: 'latin', dataUrl: latin600 },
  { weight: 700, subset: 'latin', dataUrl: latin700 },
  { weight: 400, subset: 'latin-ext', dataUrl: latinExt400 },
  { weight: 600, subset: 'latin-ext', dataUrl: latinExt600 },
  { weight: 700, subset: 'latin-ext', dataUrl: latinExt700 },
] as const;

/** Fontsource's unicode-range of each subset. */
const unicodeRanges = JSON.parse(unicodeJson) as Record<(typeof faces)[number]['subset'], string>;

export interface SiteFonts {
  files: BinaryAsset[];
  /** `@font-face` rules naming the files' addresses. */
  css: string;
}

let fonts: SiteFonts | undefined;

export function siteFonts(): SiteFonts {
  if (fonts) return fonts;
  const files: BinaryAsset[] = [];
  const rules = faces.map(({ weight, subset, dataUrl }) => {
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    const file = binaryAsset(`source-sans-3-${subset}-${weight}`, 'woff2', 'font/woff2', bytes);
    files.push(file);
    return `@font-face {
  font-family: "Source Sans 3";
  font-style: normal;
  font-display: swap;
  font-weight: ${weight};
  src: url("${sitePath(file.path)}") format("woff2");
  unicode-range: ${unicodeRanges[subset]};
}`;
  });
  fonts = { files, css: rules.join('\n') };
  return fonts;
}
