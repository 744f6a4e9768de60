/**
 * Fonts are parsed once per process and shared by every document, without one document's text
 * leaking into another's: a PDF's bytes are the same whatever the process rendered before it.
 */

import { pageText, readPdf } from '@valmistelu/pdf-verify/read-pdf';
import { expect, test } from 'vitest';
import { documentSettings } from '../src/documents/base.ts';
import { parsedFontCount } from '../src/internals/shared-fonts.ts';
import type { TDocumentDefinitions } from '../src/pdfmake-types.ts';
import { renderPdf } from '../src/render-pdf.ts';

// Chart text in SVG opens its fonts by path, the body text through pdfmake: both must share.
const chart = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60">
<text x="4" y="20" font-family="Roboto" font-weight="bold">Väliaikainen valmistelutoimielin</text>
<text x="4" y="44" font-family="Roboto" font-style="italic">Tilanne 15.5.2018</text>
</svg>`;

const documentWith = (text: string): TDocumentDefinitions => ({
  // Dated and titled like every real document, so that equal content gives equal bytes.
  ...documentSettings({ title: 'Fonttikoe', author: 'Valmistelu', subject: 'Fontit', date: '2018-05-15' }),
  content: [
    { text: 'Kokouskutsu', bold: true },
    text,
    { text: 'const muutos = true;', font: 'RobotoMono' },
    { svg: chart, width: 240 },
  ],
});

test('two documents rendered in one process share the parsed fonts', async () => {
  await renderPdf(documentWith('Ensimmäinen asiakirja.'));
  const parsed = parsedFontCount();
  expect(parsed).toBeGreaterThanOrEqual(4);
  await renderPdf(documentWith('Toinen asiakirja, jossa on eri tekstiä: Åbo, Björneborg.'));
  expect(parsedFontCount()).toBe(parsed);
});

test('a glyph two characters share keeps the character its own document used', async () => {
  // Roboto draws Δ (U+0394) and the increment sign ∆ (U+2206) with one glyph; the text layer says
  // which character it was, so it must come from this document, not from one rendered earlier.
  const greek = documentWith('Muutos Δ 5 %.');
  const before = await renderPdf(greek);
  const increment = await renderPdf(documentWith('Muutos \u2206 5 %.'));
  expect(pageText(await readPdf(increment), 1)).toContain('Muutos \u2206 5 %.');
  expect((await renderPdf(greek)).equals(before)).toBe(true);
});
