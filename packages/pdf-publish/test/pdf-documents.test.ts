/**
 * Builds every document of the fixture content and reads the PDFs back: text per page with
 * pdfjs-dist, bookmarks, links; structure with qpdf, fonts with pdffonts and first pages as
 * poppler draws them.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadedContent, loadContent } from '@valmistelu/content';
import { flattenTree, organisationTree } from '@valmistelu/domain/org-tree';
import { type Bookmark, pageText, type ReadPdf, readPdf, tocEntries } from '@valmistelu/pdf-verify/read-pdf';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAllPdfs, buildMeetingPack } from '../src/index.ts';
import { fixtureContent } from './helpers/fixture-content.ts';
import { firstPagePixels, inkShare, pdfFonts, qpdfCheck } from './helpers/pdf-tools.ts';

let loaded: LoadedContent;
let files: string[];
const read = new Map<string, ReadPdf>();
const pdf = (suffix: string): ReadPdf => {
  const file = files.find((candidate) => candidate.endsWith(suffix));
  const found = file && read.get(file);
  if (!found) throw new Error(`no PDF ${suffix}`);
  return found;
};
/** The first page from `from` on with a line that is exactly `text`, such as a heading. */
const pageHolding = (doc: ReadPdf, text: string, from = 1) =>
  doc.pages.findIndex((lines, index) => index + 1 >= from && lines.includes(text)) + 1;

beforeAll(async () => {
  loaded = await loadContent(fixtureContent);
  expect(loaded.messages).toEqual([]);
  const result = await buildAllPdfs({ loaded, outDir: mkdtempSync(join(tmpdir(), 'valmistelu-pdf-')) });
  expect(result.messages).toEqual([]);
  files = result.files;
  for (const file of files) read.set(file, await readPdf(readFileSync(file)));
}, 60_000);

test('writes every document at its published path', () => {
  const names = files.map((file) => file.slice(file.indexOf('/pdf/')));
  expect(names).toEqual([
    '/pdf/organisaatiokaavio.pdf',
    '/pdf/aikataulut/strategia.pdf',
    '/pdf/aikataulut/uudistus.pdf',
    '/pdf/raportit/ikaantyneet-valiraportti.pdf',
    '/pdf/raportit/lape-valiraportti.pdf',
    '/pdf/raportit/talous-valiraportti.pdf',
    '/pdf/kokoukset/vate-2018-05-22.pdf',
  ]);
});

describe('group report', () => {
  test('cover names group, line, kind, period and state', () => {
    const cover = pageText(pdf('lape-valiraportti.pdf'), 1);
    for (const fact of [
      'Lasten ja perheiden muutosohjelma (LAPE)',
      'TL1 Sote- ja pelastuspalvelut',
      'Väliraportti',
      '1.10.2017–31.3.2018',
      'Jätetty',
    ]) {
      expect(cover).toContain(fact);
    }
  });

  test('table of contents, under the cover, points at the pages holding the sections', () => {
    const doc = pdf('lape-valiraportti.pdf');
    const entries = tocEntries(doc, 1);
    expect(entries.map((entry) => entry.title)).toContain('1. Ryhmän organisoituminen');
    expect(entries.length).toBeGreaterThanOrEqual(6);
    for (const entry of entries) expect(pageHolding(doc, entry.title, 2), entry.title).toBe(entry.page);
  });

  test('every page after the cover has the running header and "sivu N / M"', () => {
    const doc = pdf('lape-valiraportti.pdf');
    doc.pages.forEach((lines, index) => {
      const text = lines.join(' ');
      expect(text).toContain(`sivu ${index + 1} / ${doc.pages.length}`);
      if (index > 0) expect(text).toContain('LAPE-muutosohjelman väliraportti');
    });
  });

  test('Finnish and Swedish letters survive, decomposed input included (NFC)', () => {
    const text = pdf('lape-valiraportti.pdf').pages.flat().join(' ');
    for (const letter of ['ä', 'ö', 'å', 'Ä', 'Ö', 'Å']) expect(text).toContain(letter);
    expect(text).toContain('Päivi Vuorinen ja Äänekosken Örn Åberg');
  });

  test('bookmarks mirror the table of contents', () => {
    const doc = pdf('lape-valiraportti.pdf');
    const flat = (marks: Bookmark[]): Bookmark[] => marks.flatMap((mark) => [mark, ...flat(mark.children)]);
    expect(flat(doc.bookmarks).map(({ title, page }) => ({ title, page }))).toEqual(tocEntries(doc, 1));
  });
});

describe('meeting pack', () => {
  const pack = () => pdf('kokoukset/vate-2018-05-22.pdf');

  test('cover shows meeting, date, place and the decisions asked', () => {
    const cover = pageText(pack(), 1);
    for (const fact of [
      'Väliaikainen valmistelutoimielin (VATE)',
      '22.5.2018 klo 13.00',
      'Satakuntaliitto, Valtakatu 11, Pori',
      'Päätösehdotus: VATE merkitsee väliraportin tiedoksi.',
    ]) {
      expect(cover).toContain(fact);
    }
  });

  test('every table-of-contents page number points at the page that holds the entry', () => {
    const doc = pack();
    const entries = tocEntries(doc, 2, 'Esityslista');
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const entry of entries) expect(pageHolding(doc, entry.title, 2), entry.title).toBe(entry.page);
  });

  test('the agenda gives the page where each § and attachment starts', () => {
    const doc = pack();
    const agendaPage = pageHolding(doc, 'Esityslista', 2);
    const lines = doc.pages[agendaPage - 1] ?? [];
    for (const item of loaded.content.meetings[0]?.agenda ?? []) {
      const line = lines.find(
        (candidate) => candidate.startsWith(`§${item.number} `) || candidate.startsWith(`§ ${item.number} `),
      );
      const stated = Number(/(\d+)$/.exec(line ?? '')?.[1]);
      expect(pageHolding(doc, `§ ${item.number} ${item.title}`, agendaPage + 1), item.title).toBe(stated);
    }
    const attachments = lines.flatMap((line) => {
      const match = /^Liite (\d+): (.*), s\. (\d+)$/.exec(line);
      return match ? [{ number: Number(match[1]), title: match[2] ?? '', page: Number(match[3]) }] : [];
    });
    expect(attachments).toHaveLength(3);
    for (const attachment of attachments) {
      expect(pageHolding(doc, `Liite ${attachment.number}: ${attachment.title}`, agendaPage + 1)).toBe(
        attachment.page,
      );
    }
  });

  test('attachment pages carry a running header naming the § and the attachment', () => {
    const doc = pack();
    const start = pageHolding(doc, 'Liite 1: LAPE-muutosohjelman väliraportti', 3);
    const end = pageHolding(doc, 'Liite 2: Talouden väliraportti', 3);
    for (let page = start; page < end; page += 1) {
      expect(pageText(doc, page)).toContain('§ 2 · Liite 1: LAPE-muutosohjelman väliraportti');
    }
    expect(pageText(doc, end)).toContain('§ 3 · Liite 2: Talouden väliraportti');
  });

  test('page numbers run through the whole pack', () => {
    const doc = pack();
    for (let page = 1; page <= doc.pages.length; page += 1) {
      expect(pageText(doc, page)).toContain(`sivu ${page} / ${doc.pages.length}`);
    }
  });

  test('bookmarks mirror the table of contents and nest each report under its attachment', () => {
    const doc = pack();
    const toc = tocEntries(doc, 2, 'Esityslista');
    const twoLevels = doc.bookmarks
      .flatMap((mark) => [mark, ...mark.children])
      .map(({ title, page }) => ({ title, page }));
    expect(twoLevels).toEqual(toc);
    const attachment = doc.bookmarks.find((mark) => mark.title === 'Liitteet')?.children[0];
    expect(attachment?.children.map((mark) => mark.title)).toContain('1. Ryhmän organisoituminen');
  });

  test('status overview lists every group', () => {
    const doc = pack();
    const page = pageHolding(doc, 'Valmisteluryhmien tilannekatsaus', 3);
    const text = [pageText(doc, page), pageText(doc, page + 1)].join(' ');
    for (const group of loaded.content.groups) expect(text).toContain(group.name.split(' ')[0]);
    expect(text).toContain('Myöhässä');
  });

  test('items link to their pages on the site', () => {
    const links = pack().links.flat();
    expect(links).toContain('https://satakunta2019.fi/kokoukset/vate-2018-05-22/#pykala-2');
    expect(links).toContain('https://satakunta2019.fi/raportit/lape-valiraportti/');
  });

  test('an unknown meeting is a message, not an exception', async () => {
    const result = await buildMeetingPack({ loaded, meetingId: 'ei-ole', outDir: tmpdir() });
    expect(result.files).toEqual([]);
    expect(result.messages[0]?.message).toContain('tuntematon kokous "ei-ole"');
  });
});

describe('charts', () => {
  const squash = (text: string) => text.replace(/\s+/g, ' ');

  test('every group appears in the organisation chart', () => {
    const text = squash(pageText(pdf('organisaatiokaavio.pdf'), 1));
    const groups = flattenTree(organisationTree(loaded.content)).filter((node) => node.kind === 'group');
    for (const group of groups) expect(text).toContain(group.label);
  });

  test('every work-programme row appears in the Gantt chart, with legend and as-of date', () => {
    const text = squash(pageText(pdf('aikataulut/strategia.pdf'), 1));
    const timeline = loaded.content.timelines.find((candidate) => candidate.id === 'strategia');
    for (const span of timeline?.spans ?? []) expect(text).toContain(span.label);
    expect(text).toContain('Epävarma');
    expect(text).toContain('Tilanne 15.5.2018');
  });
});

describe('files', () => {
  test('the same content gives the same bytes', async () => {
    const again = await buildAllPdfs({ loaded, outDir: mkdtempSync(join(tmpdir(), 'valmistelu-pdf-')) });
    expect(again.files).toHaveLength(files.length);
    for (const [index, file] of again.files.entries()) {
      expect(readFileSync(file).equals(readFileSync(files[index] ?? '')), file).toBe(true);
    }
  }, 60_000);

  test('a pool of worker threads writes the same files, bytes and order as one thread', async () => {
    const pooled = await buildAllPdfs({
      loaded,
      outDir: mkdtempSync(join(tmpdir(), 'valmistelu-pdf-')),
      threads: 2,
    });
    expect(pooled.messages).toEqual([]);
    expect(pooled.files.map((file) => file.slice(file.indexOf('/pdf/')))).toEqual(
      files.map((file) => file.slice(file.indexOf('/pdf/'))),
    );
    for (const [index, file] of pooled.files.entries()) {
      expect(readFileSync(file).equals(readFileSync(files[index] ?? '')), file).toBe(true);
    }
  }, 60_000);

  test('PDF/A-2b, version 1.7, Finnish language and title in the file', () => {
    const bytes = readFileSync(files.find((file) => file.endsWith('lape-valiraportti.pdf')) ?? '').toString(
      'latin1',
    );
    expect(bytes.startsWith('%PDF-1.7')).toBe(true);
    expect(bytes).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(bytes).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(bytes).toContain('/Lang (fi)');
  });

  test('qpdf --check is clean', () => {
    for (const file of files) expect(qpdfCheck(file), file).toMatchObject({ ok: true });
  });

  test('every font is embedded', () => {
    for (const file of files) {
      const fonts = pdfFonts(file);
      expect(fonts.length, file).toBeGreaterThan(0);
      expect(
        fonts.filter((font) => !font.embedded),
        file,
      ).toEqual([]);
    }
  });

  test('first pages are A4 or A3 and carry visible ink where poppler draws them', () => {
    const kinds = ['organisaatiokaavio.pdf', 'strategia.pdf', 'lape-valiraportti.pdf', 'vate-2018-05-22.pdf'];
    for (const suffix of kinds) {
      const file = files.find((candidate) => candidate.endsWith(suffix)) ?? '';
      const page = firstPagePixels(file);
      // A4 or A3 (the organisation chart) at 72 dpi, portrait or landscape; pdftoppm rounds up.
      const [short = 0, long = 0] = [page.width, page.height].sort((a, b) => a - b);
      const iso = [
        [595, 842],
        [842, 1191],
      ].some(([width = 0, height = 0]) => Math.abs(short - width) <= 1 && Math.abs(long - height) <= 1);
      expect(iso, `${suffix}: ${short}×${long}`).toBe(true);
      // A page whose text or chart failed to draw is (nearly) white.
      expect(inkShare(page.pixels), suffix).toBeGreaterThan(0.005);
    }
  });
});
