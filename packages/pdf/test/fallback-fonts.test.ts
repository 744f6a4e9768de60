/**
 * What Roboto lacks is set in a fallback font: the pass over a document definition (pure), and
 * the rendered PDF read back with pdf.js and poppler, text, charts and code alike.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfFonts } from '@valmistelu/pdf-verify/qpdf-objects';
import { readPdf } from '@valmistelu/pdf-verify/read-pdf';
import { describe, expect, test } from 'vitest';
import { svgWithFallbackFonts, withFallbackFonts } from '../src/fallback-fonts.ts';
import type { TDocumentDefinitions } from '../src/pdfmake-types.ts';
import { renderPdf } from '../src/render-pdf.ts';

const base = { defaultStyle: { font: 'Roboto' }, styles: { code: { font: 'RobotoMono' } } };

describe('withFallbackFonts', () => {
  test('splits a text into runs, each in the first font of the chain that draws it', () => {
    const { content } = withFallbackFonts({ ...base, content: ['Ǩǩ-kylä → ok'] });
    expect(content).toEqual([
      {
        text: [
          { text: 'Ǩǩ', font: 'NotoSans' },
          { text: '-kylä ' },
          { text: '→', font: 'DejaVuSans' },
          { text: ' ok' },
        ],
      },
    ]);
  });

  test('a run keeps its own properties; code falls back from Roboto Mono; an id stays on the first piece', () => {
    const { content } = withFallbackFonts({
      ...base,
      content: [
        { text: [{ text: 'Ǯ ja ẞ', style: 'code', id: 'a', link: 'https://example.fi/' }] },
      ] as TDocumentDefinitions['content'],
    });
    expect(content).toEqual([
      {
        text: [
          { text: 'Ǯ', style: 'code', id: 'a', link: 'https://example.fi/', font: 'DejaVuSansMono' },
          { text: ' ja ', style: 'code', link: 'https://example.fi/' },
          // DejaVu Sans Mono lacks ẞ too: the chain's next font draws it.
          { text: 'ẞ', style: 'code', link: 'https://example.fi/', font: 'DejaVuSans' },
        ],
      },
    ]);
  });

  test('a definition Roboto draws entirely is returned as it was', () => {
    const doc = { ...base, content: [{ stack: ['Åsa Östergård – “lainaus” … 5 €', { ul: ['Päivi'] }] }] };
    expect(withFallbackFonts(doc).content).toBe(doc.content);
  });

  test('headers, footers and table cells are covered too', () => {
    const doc = withFallbackFonts({
      ...base,
      footer: () => ({ text: 'sivu ✓' }),
      content: [{ table: { body: [['Ʒ']] } }],
    });
    expect(typeof doc.footer === 'function' && doc.footer(1, 1, { width: 1, height: 1 } as never)).toEqual({
      text: [{ text: 'sivu ' }, { text: '✓', font: 'DejaVuSans' }],
    });
    expect(doc.content).toEqual([{ table: { body: [[{ text: [{ text: 'Ʒ', font: 'NotoSans' }] }]] } }]);
  });

  test('a chart text Roboto cannot draw is set whole in the first font that draws all of it', () => {
    const svg =
      '<svg><title>Ǯ</title><text x="1" font-family="Roboto, Arial">Ǯǯ-ryhmä</text><text>Roboto</text></svg>';
    expect(svgWithFallbackFonts(svg)).toBe(
      '<svg><title>Ǯ</title><text x="1" font-family="NotoSans">Ǯǯ-ryhmä</text><text>Roboto</text></svg>',
    );
  });
});

test('the PDF shows Greek, Cyrillic, Skolt Sámi letters and symbols, in text, code and charts, with every font embedded', async () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" viewBox="0 0 200 40"><text x="100" y="20" font-family="Roboto, Arial" font-size="10" text-anchor="middle">Ǯǯ-ryhmä → ✓</text></svg>';
  const bytes = await renderPdf({
    ...base,
    info: { title: 'Koe' },
    content: [
      'Ʒʒ Ǯǯ Ǥǥ Ǩǩ ΑΒΓ АБВ → ✓ ☐ ≤ ∞',
      { text: [{ text: 'Ǯ ✔', bold: true }, ' ', { text: 'ẞ →', style: 'code' }] },
      { svg, width: 200 },
    ],
  });
  const text = (await readPdf(bytes)).pages.flat().join(' ');
  for (const part of ['Ʒʒ Ǯǯ Ǥǥ Ǩǩ ΑΒΓ АБВ → ✓ ☐ ≤ ∞', 'Ǯ ✔', 'ẞ →', 'Ǯǯ-ryhmä → ✓'])
    expect(text).toContain(part);
  const file = join(mkdtempSync(join(tmpdir(), 'valmistelu-fallback-')), 'koe.pdf');
  writeFileSync(file, bytes);
  const fonts = pdfFonts(file);
  expect(fonts.every((font) => font.embedded)).toBe(true);
  expect(fonts.map((font) => font.name.replace(/^[A-Z]+\+/, ''))).toEqual(
    expect.arrayContaining([
      'Roboto-Regular',
      'NotoSans-Regular',
      'DejaVuSans',
      'NotoSans-Medium',
      'DejaVuSansMono',
    ]),
  );
});
