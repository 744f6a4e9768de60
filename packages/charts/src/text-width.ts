/**
 * Text width estimated from Helvetica's advance widths (thousandths of an em). Neither the site
 * nor pdfmake can measure text for us while the geometry is computed, and Arial and Roboto are
 * close enough to Helvetica for wrapping; a small safety margin covers the difference.
 */

const widthGroups: [number, string][] = [
  [191, "'"],
  [222, 'ijl'],
  [278, ' ftI.,:;!/|[]\\'],
  [333, 'r-()`'],
  [355, '"'],
  [500, 'cksvxyzJ'],
  [584, '+<>=~'],
  [611, 'FTZ'],
  [667, 'ABEKPSVXY&'],
  [722, 'wCDHNRU'],
  [778, 'GOQ'],
  [833, 'mM'],
  [889, '%'],
  [944, 'W'],
  [1000, '—'],
  [1015, '@'],
];

const advance = new Map(
  widthGroups.flatMap(([width, chars]) => [...chars].map((char) => [char, width] as const)),
);
/** Lower-case letters, digits, `?`, `–` and anything unknown. */
const defaultAdvance = 556;
const safetyMargin = 1.08;
const boldFactor = 1.12;

/** The base letter, so `ä`, `ö` and `å` measure like `a`, `o` and `a`. */
const baseLetter = (char: string) => char.normalize('NFD').charAt(0);

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) units += advance.get(baseLetter(char)) ?? defaultAdvance;
  return (units / 1000) * fontSize * safetyMargin * (bold ? boldFactor : 1);
}
