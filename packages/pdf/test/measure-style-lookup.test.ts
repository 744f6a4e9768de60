/**
 * Measuring text looks up a style once per style, not once per word: the number of walks of the
 * style stack stays the same when a paragraph doubles, where pdfmake's own measuring walks it for
 * every word. The PDFs stay pdfmake's: the same bytes both ways, with named styles, styles that
 * extend others, lists of styles and properties set on a run itself.
 */
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { expect, test } from 'vitest';
import { documentSettings } from '../src/documents/base.ts';
import { meetingPackDocument } from '../src/documents/meeting-pack.ts';
import { reportDocument } from '../src/documents/report-document.ts';
import { withPdfmakeStyleLookup } from '../src/internals/measure-style-lookup.ts';
import { pdfmakeClasses } from '../src/internals/upstream.ts';
import type { PdfContent, TDocumentDefinitions } from '../src/pdfmake-types.ts';
import { renderPdf } from '../src/render-pdf.ts';
import { loadReportInputs } from '../src/report-inputs.ts';

const words = ['valmistelu', 'sote', 'maakunta', 'palvelu', 'asiakas', 'hyvinvointi', 'kunta'];

/** A paragraph of `count` words in runs of seven: plain, bold, a named style, a list of styles. */
function paragraph(count: number): PdfContent {
  const runs: PdfContent[] = [];
  for (let at = 0; at < count; at += words.length) {
    const text = `${words.join(' ')} `;
    const kind = (at / words.length) % 4;
    runs.push(
      kind === 0
        ? text
        : kind === 1
          ? { text, bold: true }
          : kind === 2
            ? { text, style: 'link' }
            : { text, style: ['muted', 'small'] },
    );
  }
  return { text: runs, style: 'paragraph' };
}

function documentOf(content: PdfContent[]): TDocumentDefinitions {
  return {
    ...documentSettings({ title: 'Tyylit', subject: 'testi', author: 'testi', date: '2018-05-15' }),
    content,
  };
}

/** Walks of the style stack (`StyleContextStack#getProperty`) while `render` runs. */
async function stackWalks(render: () => Promise<unknown>): Promise<number> {
  const prototype = pdfmakeClasses().StyleContextStack.prototype as {
    getProperty(this: unknown, property: string): unknown;
  };
  const original = prototype.getProperty;
  let walks = 0;
  prototype.getProperty = function counting(property) {
    walks += 1;
    return original.call(this, property);
  };
  try {
    await render();
  } finally {
    prototype.getProperty = original;
  }
  return walks;
}

test('the style stack is walked per style, not per word', async () => {
  const walks = (count: number, measure = (render: () => Promise<Buffer>) => render()) =>
    stackWalks(() => measure(() => renderPdf(documentOf([paragraph(count)]))));
  await renderPdf(documentOf([paragraph(700)]));
  const [ours, ourDouble] = [await walks(700), await walks(1400)];
  const [theirs, theirDouble] = [
    await walks(700, withPdfmakeStyleLookup),
    await walks(1400, withPdfmakeStyleLookup),
  ];
  // pdfmake asks about twenty properties of each word; the words added in the double length ask
  // nothing new of the stack, only the lines and pages they fill do.
  expect(theirDouble - theirs).toBeGreaterThan(20 * 700);
  expect(ourDouble - ours).toBeLessThan(0.1 * (theirDouble - theirs));
});

test('documents lay out exactly as pdfmake lays them out', { timeout: 60_000 }, async () => {
  const loaded = await loadContent(join(import.meta.dirname, 'fixtures', 'content'));
  const inputs = await loadReportInputs(loaded);
  const documents: TDocumentDefinitions[] = [
    ...[...inputs.values()].map((input) => reportDocument(loaded.content, input).doc),
    ...loaded.content.meetings.map((meeting) => meetingPackDocument(loaded.content, meeting, inputs).doc),
    {
      ...documentOf([
        paragraph(300),
        { text: [{ text: 'otsikko ', fontSize: 14 }, 'ja teksti'], style: 'h2' },
        { ul: [paragraph(40), { text: 'kursiivi', italics: true, style: ['quote'] }] },
        { table: { body: [[paragraph(20), { text: 'solu', style: 'tableHeader' }]] } },
      ]),
      // A style that extends another, and one that extends a list of styles.
      styles: {
        ...documentSettings({ title: '', subject: '', author: '', date: '2018-05-15' }).styles,
        muted: { extends: 'link', italics: true },
        small: { extends: ['h3', 'quote'], fontSize: 8 },
      },
    },
  ];
  for (const doc of documents) {
    const ours = await renderPdf(doc);
    const theirs = await withPdfmakeStyleLookup(() => renderPdf(doc));
    expect(ours.equals(theirs), String(doc.info?.title)).toBe(true);
  }
});
