/**
 * Rendering does less work than pdfmake and pdfkit do by themselves, and gives the same bytes:
 * a text's width is asked of pdfkit once per font, size and text (`width-cache.ts`), and the
 * operators of a page become bytes together, not one buffer each (`batched-stream-writes.ts`), a
 * heading is moved off the foot of a page as it is placed (`early-page-breaks.ts`) and a text is
 * measured once however often the document is laid out again (`measure-once.ts`).
 */
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { expect, test } from 'vitest';
import { documentSettings } from '../src/documents/base.ts';
import { organisationChartDocument, timelineDocument } from '../src/documents/chart-documents.ts';
import { meetingPackDocument } from '../src/documents/meeting-pack.ts';
import { minutesDocument } from '../src/documents/minutes.ts';
import { reportDocument } from '../src/documents/report-document.ts';
import { withPdfkitStreamWrites } from '../src/internals/batched-stream-writes.ts';
import { withoutEarlyPageBreaks } from '../src/internals/early-page-breaks.ts';
import { withoutFontAliases } from '../src/internals/font-aliases.ts';
import { withoutMeasureOnce } from '../src/internals/measure-once.ts';
import { openedFontCount } from '../src/internals/shared-fonts.ts';
import { svgParseCount, withoutSvgMeasureOnce } from '../src/internals/svg-measure-once.ts';
import { pdfmakeClasses } from '../src/internals/upstream.ts';
import { withoutWidthCache } from '../src/internals/width-cache.ts';
import type { PdfContent, TDocumentDefinitions } from '../src/pdfmake-types.ts';
import { renderPdf } from '../src/render-pdf.ts';
import { loadReportInputs } from '../src/report-inputs.ts';

const words = ['valmistelu', 'sote', 'maakunta', 'palvelu', 'asiakas', 'hyvinvointi', 'kunta'];

function documentOf(content: PdfContent[]): TDocumentDefinitions {
  return {
    ...documentSettings({ title: 'Leveydet', subject: 'testi', author: 'testi', date: '2018-05-15' }),
    content,
  };
}

/** `count` words in runs of seven, the same seven words over and over. */
function paragraph(count: number): PdfContent {
  const runs: PdfContent[] = [];
  for (let at = 0; at < count; at += words.length) runs.push(`${words.join(' ')} `);
  return { text: runs, style: 'paragraph' };
}

/** Widths a pdfkit font works out (`layout` with `onlyWidth`) while `render` runs. */
async function widthQuestions(render: () => Promise<unknown>): Promise<number> {
  const prototype = pdfmakeClasses().PDFDocument.prototype as { provideFont(...args: unknown[]): object };
  const provideFont = prototype.provideFont;
  let questions = 0;
  const counted = new WeakSet<object>();
  prototype.provideFont = function counting(...args) {
    const font = provideFont.apply(this, args) as { layout(...args: unknown[]): unknown };
    if (!counted.has(font)) {
      counted.add(font);
      const layout = font.layout;
      font.layout = function countedLayout(...layoutArgs) {
        if (layoutArgs[2] === true) questions += 1;
        return layout.apply(this, layoutArgs);
      };
    }
    return font;
  };
  try {
    await render();
  } finally {
    prototype.provideFont = provideFont;
  }
  return questions;
}

test('a text is measured once per font, size and text', async () => {
  const render = () => renderPdf(documentOf([paragraph(1400)]));
  const ours = await widthQuestions(render);
  const theirs = await widthQuestions(() => withoutWidthCache(render));
  // pdfmake measures every word as it lays it out and pdfkit again as it draws it; the paragraph
  // has seven different words.
  expect(theirs).toBeGreaterThan(2 * 1400);
  expect(ours).toBeLessThan(100);
});

/** `Buffer.from` of text in pdfkit's encoding while `render` runs. */
async function textBuffers(render: () => Promise<unknown>): Promise<number> {
  const from = Buffer.from;
  let made = 0;
  Buffer.from = function counting(this: unknown, ...args: unknown[]) {
    if (typeof args[0] === 'string' && args[1] === 'binary') made += 1;
    return (from as (...args: unknown[]) => Buffer).apply(this, args);
  } as typeof Buffer.from;
  try {
    await render();
  } finally {
    Buffer.from = from;
  }
  return made;
}

test("a page's operators become bytes together", async () => {
  const render = () => renderPdf(documentOf([paragraph(1400)]));
  const ours = await textBuffers(render);
  const theirs = await textBuffers(() => withPdfkitStreamWrites(render));
  // pdfkit makes one for every operator, some 2,000 here; the rest are the document's own objects.
  expect(theirs).toBeGreaterThan(1000);
  expect(ours).toBeLessThan(theirs / 5);
});

test('documents render to the same bytes as with pdfmake and pdfkit alone', {
  timeout: 120_000,
}, async () => {
  const loaded = await loadContent(join(import.meta.dirname, 'fixtures', 'content'));
  const inputs = await loadReportInputs(loaded);
  const { content } = loaded;
  const documents: TDocumentDefinitions[] = [
    organisationChartDocument(content),
    ...content.timelines.map((timeline) => timelineDocument(content, timeline)),
    ...[...inputs.values()].map((input) => reportDocument(content, input).doc),
    ...content.meetings.map((meeting) => meetingPackDocument(content, meeting, inputs).doc),
    ...content.meetings
      .filter((meeting) => meeting.minutes)
      .map((meeting) => minutesDocument(content, meeting, { edition: 'public' }).doc),
    // Character spacing, OpenType features, several sizes of one font and a word cut to fit.
    documentOf([
      paragraph(300),
      { text: 'harvennettu teksti', characterSpacing: 2 },
      { text: 'ffi fl 1/2', fontFeatures: ['liga', 'frac'] },
      { text: [{ text: 'iso ', fontSize: 20 }, 'pieni ', { text: 'iso', fontSize: 20 }] },
      { text: 'x'.repeat(600) },
    ]),
  ];
  for (const doc of documents) {
    const ours = await renderPdf(doc);
    const theirs = await withPdfkitStreamWrites(() =>
      withoutWidthCache(() =>
        withoutMeasureOnce(() =>
          withoutEarlyPageBreaks(() => withoutSvgMeasureOnce(() => withoutFontAliases(() => renderPdf(doc)))),
        ),
      ),
    );
    expect(ours.equals(theirs), String(doc.info?.title)).toBe(true);
  }
});

/** Times pdfmake lays the whole document out while `render` runs. */
async function layoutPasses(render: () => Promise<unknown>): Promise<number> {
  const prototype = pdfmakeClasses().LayoutBuilder.prototype as {
    tryLayoutDocument(...args: unknown[]): unknown;
  };
  const tryLayoutDocument = prototype.tryLayoutDocument;
  let passes = 0;
  prototype.tryLayoutDocument = function counting(...args) {
    passes += 1;
    return tryLayoutDocument.apply(this, args);
  };
  try {
    await render();
  } finally {
    prototype.tryLayoutDocument = tryLayoutDocument;
  }
  return passes;
}

test('headings moved off the foot of a page cost no layout of the whole document each', async () => {
  // Paragraphs of growing length, each followed by a heading: some headings fall in a page's foot.
  const doc = () =>
    documentOf(
      Array.from({ length: 80 }, (_, at): PdfContent[] => [
        paragraph(30 + 11 * (at % 13)),
        { text: `Otsikko ${at + 1}`, style: 'h2' },
      ]).flat(),
    );
  let ours: Buffer = Buffer.alloc(0);
  let theirs: Buffer = Buffer.alloc(0);
  const oursPasses = await layoutPasses(async () => {
    ours = await renderPdf(doc());
  });
  const theirPasses = await layoutPasses(() =>
    withoutEarlyPageBreaks(async () => {
      theirs = await renderPdf(doc());
    }),
  );
  // pdfmake alone lays the document out again for every heading it moves.
  expect(theirPasses).toBeGreaterThan(5);
  // A heading whose first line might not fit where it would start is left to pdfmake: here one.
  expect(oursPasses).toBeLessThanOrEqual(2);
  expect(ours.equals(theirs)).toBe(true);
});

/** Times fontkit opens a font, and pdfmake parses an SVG, while `render` runs. */
async function chartWork(render: () => Promise<unknown>): Promise<{ fontOpens: number; svgParses: number }> {
  const [opensBefore, parsesBefore] = [openedFontCount(), svgParseCount()];
  await render();
  return { fontOpens: openedFontCount() - opensBefore, svgParses: svgParseCount() - parsesBefore };
}

test('a chart opens each font once and is parsed to size it once, with the same bytes', async () => {
  const loaded = await loadContent(join(import.meta.dirname, 'fixtures', 'content'));
  const doc = () => organisationChartDocument(loaded.content);
  let ours: Buffer = Buffer.alloc(0);
  let theirs: Buffer = Buffer.alloc(0);
  const labels = (organisationChartDocument(loaded.content).content as unknown as { svg?: string }[])
    .map((node) => node.svg?.match(/<text\b/g)?.length ?? 0)
    .reduce((sum, count) => sum + count, 0);
  // Rendered once first, so that both counts below are of a chart this process has seen before.
  await renderPdf(doc());
  const our = await chartWork(async () => {
    ours = await renderPdf(doc());
  });
  const their = await chartWork(() =>
    withoutSvgMeasureOnce(() =>
      withoutFontAliases(async () => {
        theirs = await renderPdf(doc());
      }),
    ),
  );
  expect(labels).toBeGreaterThan(10);
  // pdfkit alone opens the font file again for every label of the chart.
  expect(their.fontOpens).toBeGreaterThanOrEqual(labels);
  expect(our.fontOpens).toBeLessThan(10);
  expect(their.svgParses).toBeGreaterThanOrEqual(2);
  expect(our.svgParses).toBe(0);
  expect(ours.equals(theirs)).toBe(true);
});
