/**
 * The cost of a PDF grows in proportion to its text, however the text comes: one long paragraph,
 * many formatted runs in one paragraph, or one word longer than a line. Measured without a clock:
 * an operation counter adds up the array elements pdfmake copies or shifts and the characters it
 * measures, and the work for 2n must stay near twice the work for n. pdfmake's own layout, under
 * the same counter, grows with the square: that shows the counter sees what it is meant to see.
 * The layout must also stay pdfmake's: ordinary documents give the same bytes both ways.
 */
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { expect, test } from 'vitest';
import { documentSettings } from '../src/documents/base.ts';
import { meetingPackDocument } from '../src/documents/meeting-pack.ts';
import { reportDocument } from '../src/documents/report-document.ts';
import { withPdfmakeTextLayout } from '../src/internals/linear-text-layout.ts';
import { pdfmakeClasses } from '../src/internals/upstream.ts';
import { mdastToPdfmake } from '../src/mdast/index.ts';
import type { PdfContent, TDocumentDefinitions } from '../src/pdfmake-types.ts';
import { renderPdf } from '../src/render-pdf.ts';
import { loadReportInputs } from '../src/report-inputs.ts';
import { testBodyOptions } from './helpers/options.ts';
import { parseFixture } from './helpers/parse-fixture.ts';

const words = ['valmistelu', 'sote', 'maakunta', 'palvelu', 'asiakas', 'hyvinvointi', 'kunta', 'johtoryhmä'];

/** A paragraph of about `length` characters, every fifth word emphasised: many runs, many words. */
function paragraph(length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < length; index += 1) {
    const word = words[index % words.length] ?? '';
    const part = index % 5 === 0 ? `*${word}*` : word;
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(' ');
}

/** One word of `length` letters, with no place to break it. */
const longWord = (length: number) =>
  'abcdefghijklmnopqrstuvwxyzåäö'.repeat(Math.ceil(length / 29)).slice(0, length);

function documentOf(markdown: string): TDocumentDefinitions {
  const tree = parseFixture(markdown, 'mdx');
  const body = mdastToPdfmake(
    tree,
    testBodyOptions(() => ({ ok: false, message: 'ei kuvia' })),
  );
  return {
    ...documentSettings({ title: 'Pitkä teksti', subject: 'testi', author: 'testi', date: '2018-05-15' }),
    content: body.content,
  };
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Work done while `render` runs: elements of every array that is copied (`slice`, `concat`) or
 * moved (`shift`, `unshift`, `splice` move all elements after the first), and characters measured.
 */
async function countWork(render: () => Promise<unknown>): Promise<number> {
  const textInlines = pdfmakeClasses().TextInlines.prototype as { widthOfText: Method };
  let work = 0;
  const arrays = Array.prototype as unknown as Record<string, Method>;
  const counted: [Record<string, Method>, string, (self: unknown, args: unknown[]) => number][] = [
    [arrays, 'slice', (self) => (self as unknown[]).length],
    [arrays, 'concat', (self) => (self as unknown[]).length],
    [arrays, 'shift', (self) => (self as unknown[]).length],
    [arrays, 'unshift', (self) => (self as unknown[]).length],
    [arrays, 'splice', (self) => (self as unknown[]).length],
    [
      textInlines as unknown as Record<string, Method>,
      'widthOfText',
      (_self, args) => String(args[0]).length,
    ],
  ];
  const originals = counted.map(([owner, name]) => owner[name] as Method);
  counted.forEach(([owner, name, cost], index) => {
    const original = originals[index] as Method;
    owner[name] = function counting(this: unknown, ...args: unknown[]) {
      work += cost(this, args);
      return original.apply(this, args);
    };
  });
  try {
    await render();
  } finally {
    counted.forEach(([owner, name], index) => {
      owner[name] = originals[index] as Method;
    });
  }
  return work;
}

/** Work for 2n divided by work for n. */
async function growth(
  text: (size: number) => string,
  size: number,
  layout: (render: () => Promise<Buffer>) => Promise<Buffer> = (render) => render(),
): Promise<number> {
  const work = async (n: number) => {
    const doc = documentOf(text(n));
    return countWork(() => layout(() => renderPdf(doc)));
  };
  // A first render outside the count: fonts, caches and lazily built tables are in place after it.
  await renderPdf(documentOf(text(size)));
  return (await work(2 * size)) / (await work(size));
}

test('a long paragraph of formatted runs costs in proportion to its length', {
  timeout: 60_000,
}, async () => {
  expect(await growth(paragraph, 20_000)).toBeLessThan(2.6);
  expect(await growth(paragraph, 20_000, withPdfmakeTextLayout)).toBeGreaterThan(3.2);
});

test('a word longer than a line costs in proportion to its length', { timeout: 60_000 }, async () => {
  const text = (size: number) => `Alku.\n\n${longWord(size)}\n\nLoppu.`;
  expect(await growth(text, 3_000)).toBeLessThan(2.6);
  expect(await growth(text, 3_000, withPdfmakeTextLayout)).toBeGreaterThan(3.2);
});

test('ordinary documents and long texts lay out exactly as pdfmake lays them out', {
  timeout: 60_000,
}, async () => {
  const contentDir = join(import.meta.dirname, 'fixtures', 'content');
  const loaded = await loadContent(contentDir);
  const inputs = await loadReportInputs(loaded);
  const documents: TDocumentDefinitions[] = [
    ...[...inputs.values()].map((input) => reportDocument(loaded.content, input).doc),
    ...loaded.content.meetings.map((meeting) => meetingPackDocument(loaded.content, meeting, inputs).doc),
    // Past the window of words, the groups of runs and the length of a word cut the bounded way.
    documentOf(`${paragraph(12_000)}\n\nSana: ${longWord(2_000)} ja [linkki](https://satakunta2019.fi/).`),
    {
      ...documentOf(''),
      content: [
        { text: longWord(900), alignment: 'justify' } as PdfContent,
        { table: { widths: [120, '*'], body: [[longWord(700), paragraph(3_000)]] } },
      ],
    },
  ];
  for (const doc of documents) {
    const ours = await renderPdf(doc);
    const theirs = await withPdfmakeTextLayout(() => renderPdf(doc));
    expect(ours.equals(theirs), String(doc.info?.title)).toBe(true);
  }
});
