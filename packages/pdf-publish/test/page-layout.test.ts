/**
 * Every PDF of the repository's content, its pages read back with pdf.js as positioned text
 * lines: no page is given to a few lines, every page after the first has the running header, a
 * heading is set apart from the text above it, and the metadata title is the content's title with
 * the content's own characters.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadedContent, loadContent } from '@valmistelu/content';
import { fontSize, pageMargins } from '@valmistelu/pdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, expect, test } from 'vitest';
import { buildAllPdfs } from '../src/index.ts';
import { type PageLayout, readPageLayout } from './helpers/page-layout.ts';

const contentDir = join(import.meta.dirname, '../../../content');

let loaded: LoadedContent;
let files: string[];
const layouts = new Map<string, PageLayout[]>();
const name = (file: string) => file.slice(file.indexOf('/pdf/') + 1);

beforeAll(async () => {
  loaded = await loadContent(contentDir);
  const result = await buildAllPdfs({ loaded, outDir: await mkdtemp(join(tmpdir(), 'valmistelu-layout-')) });
  expect(result.messages.filter((message) => message.severity === 'error')).toEqual([]);
  files = result.files;
  for (const file of files) layouts.set(name(file), await readPageLayout(readFileSync(file)));
}, 300_000);

/** How far down the text area a page's body text reaches, as a share of the area's height. */
function filled(page: PageLayout): number {
  const top = pageMargins[1];
  const area = page.height - top - pageMargins[3];
  return Math.max(0, ...page.body.map((line) => (line.bottom - top) / area));
}

/** A page given to a few lines: at most eight, reaching less than a quarter of the text area. */
const fewLines = (page: PageLayout) => page.body.length <= 8 && filled(page) < 0.25;

test('no page holds only a few lines, unless it is the last and starts a section of its own', () => {
  expect(layouts.size).toBeGreaterThanOrEqual(20);
  const sparse = [...layouts].flatMap(([file, pages]) =>
    pages
      .filter(
        (page) => fewLines(page) && !(page.number === pages.length && page.body.some((line) => line.heading)),
      )
      .map(
        (page) =>
          `${file} s. ${page.number}/${pages.length}: ${page.body.map((line) => line.text).join(' | ')}`,
      ),
  );
  expect(sparse).toEqual([]);
});

test('every page after the first has the running header', () => {
  const missing = [...layouts].flatMap(([file, pages]) =>
    pages
      .filter((page) => page.number > 1 && page.header.length === 0)
      .map((page) => `${file} s. ${page.number}`),
  );
  expect(missing).toEqual([]);
});

test('a heading is set apart from the text above it', () => {
  // Less than eight tenths of a body line between them, and the heading reads as the text's last line.
  const least = 0.8 * fontSize;
  let headings = 0;
  const pressed = [...layouts].flatMap(([file, pages]) =>
    pages.flatMap((page) =>
      page.body
        .filter((line) => line.heading)
        .flatMap((heading) => {
          headings += 1;
          const above = page.body
            .filter(
              (line) =>
                !line.heading &&
                line.bottom <= heading.top + 1 &&
                line.left < heading.right &&
                heading.left < line.right,
            )
            .sort((a, b) => b.bottom - a.bottom)[0];
          const gap = above ? heading.top - above.bottom : Number.POSITIVE_INFINITY;
          return gap < least
            ? [`${file} s. ${page.number}: "${heading.text}" ${gap.toFixed(1)} pt below "${above?.text}"`]
            : [];
        }),
    ),
  );
  expect(headings).toBeGreaterThan(100);
  expect(pressed).toEqual([]);
});

async function metadataTitles(file: string): Promise<{ info: string | undefined; xmp: unknown }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const { info, metadata } = (await doc.getMetadata()) as {
    info: { Title?: string };
    metadata: { get(name: string): unknown } | null;
  };
  const result = { info: info.Title, xmp: metadata?.get('dc:title') };
  await doc.loadingTask.destroy();
  return result;
}

test('the metadata title is the content’s title, with its own characters, in Info and in XMP', async () => {
  const { content } = loaded;
  const expected = new Map<string, string>([
    ['pdf/organisaatiokaavio.pdf', 'Valmisteluorganisaatio'],
    ...content.reports.map((report) => [`pdf/raportit/${report.id}.pdf`, report.title] as [string, string]),
    ...content.timelines.map(
      (timeline) => [`pdf/aikataulut/${timeline.id}.pdf`, timeline.title] as [string, string],
    ),
  ]);
  // The content has a title with "&", which the XMP packet must escape rather than replace.
  expect([...expected.values()].some((title) => title.includes('&'))).toBe(true);
  for (const file of files) {
    const titles = await metadataTitles(file);
    const want = expected.get(name(file));
    if (want !== undefined) expect(titles.info, name(file)).toBe(want);
    expect(titles.info, name(file)).toMatch(/\S/);
    // pdf.js answers the XMP title only when the packet is well-formed XML.
    expect(titles.xmp, name(file)).toBe(titles.info);
  }
});
