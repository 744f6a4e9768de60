/**
 * The page-break rules of `page-breaks.ts`, on small documents whose filler puts a heading or a
 * block at a page's foot: found by laying the document out without the rules first, so the tests
 * do not depend on line heights.
 */

import { type ReadPdf, readPdf } from '@valmistelu/pdf-verify/read-pdf';
import { describe, expect, test } from 'vitest';
import { documentSettings, keepTogether } from '../src/documents/base.ts';
import type { PdfContent, TDocumentDefinitions } from '../src/pdfmake-types.ts';
import { renderPdf } from '../src/render-pdf.ts';

const settings = documentSettings({
  title: 'Sivunvaihdot',
  subject: 'Testi',
  author: 'Testi',
  date: '2018-05-31',
});
const filler = (lines: number): PdfContent[] =>
  Array.from({ length: lines }, (_, index) => ({ text: `Täyterivi ${index + 1}` }));

/** The page (1-based) whose lines include one starting with `text`; 0 when none does. */
const pageOf = (pdf: ReadPdf, text: string) =>
  pdf.pages.findIndex((lines) => lines.some((line) => line.startsWith(text))) + 1;

async function render(content: PdfContent[], rules: boolean): Promise<ReadPdf> {
  const doc: TDocumentDefinitions = {
    ...settings,
    content,
    ...(rules ? {} : { pageBreakBefore: undefined }),
  };
  return readPdf(await renderPdf(doc));
}

/** The least filler that makes pdfmake alone split `first` and `last` over two pages. */
async function fillerSplitting(after: PdfContent[], first: string, last: string): Promise<number> {
  for (let lines = 30; lines < 80; lines += 1) {
    const pdf = await render([...filler(lines), ...after], false);
    if (pageOf(pdf, first) === 1 && pageOf(pdf, last) === 2) return lines;
  }
  throw new Error(`no filler splits "${first}" from "${last}"`);
}

describe('page breaks', () => {
  test('a heading at the foot of a page goes to the next page with its text', async () => {
    const after: PdfContent[] = [
      { text: 'Väliotsikko', style: 'h2' },
      { text: 'Otsikon alla oleva kappale, joka ei mahdu samalle sivulle.' },
    ];
    const lines = await fillerSplitting(after, 'Väliotsikko', 'Otsikon alla');
    const pdf = await render([...filler(lines), ...after], true);
    expect(pageOf(pdf, 'Väliotsikko')).toBe(2);
    expect(pageOf(pdf, 'Otsikon alla')).toBe(2);
  });

  test('a block kept together moves whole to the next page, a table row moved by pdfmake included', async () => {
    const rows = Array.from({ length: 6 }, (_, index) => [`Rivi ${index + 1}`, `Sisältö ${index + 1}`]);
    const block = (): PdfContent[] => [
      keepTogether(
        [
          { text: 'Toimenpiteet', style: 'subsectionTitle' },
          {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: ['*', '*'],
              body: [['Otsake', 'Sarake'], ...rows],
            },
            layout: 'compact',
          },
        ],
        10,
      ),
      { text: 'Lohkon jälkeen' },
    ];
    const lines = await fillerSplitting(block(), 'Rivi 1', 'Rivi 6');
    const pdf = await render([...filler(lines), ...block()], true);
    expect(pageOf(pdf, 'Toimenpiteet')).toBe(2);
    for (const [label] of rows) expect(pageOf(pdf, `${label} `), label).toBe(2);
    // Nothing of the block is lost, as pdfmake's own `unbreakable` loses what does not fit a page.
    expect(pdf.pages.flat().filter((line) => line.startsWith('Rivi '))).toHaveLength(rows.length);
    expect(pageOf(pdf, 'Lohkon jälkeen')).toBe(2);
  });
});
