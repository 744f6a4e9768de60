/**
 * Tagging of small document definitions, read back with qpdf (structure tree) and pdf.js (marked
 * text): what each kind of node becomes, header rows repeated on a later page marked once, links
 * with their annotations, running footers as artifacts, and headings fitted to the outline.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPdf } from '@valmistelu/pdf-verify';
import { readMarkedText } from '@valmistelu/pdf-verify/marked-text';
import { asDictionary, readQpdfObjects, textOf } from '@valmistelu/pdf-verify/qpdf-objects';
import {
  childElements,
  elementText,
  type ReadElement,
  readStructureTree,
} from '@valmistelu/pdf-verify/structure-tree';
import { describe, expect, test } from 'vitest';
import { svgTextEquivalent } from '../src/internals/tagging/svg-text-equivalent.ts';
import { pdfNode, type TableCell, type TDocumentDefinitions } from '../src/pdfmake-types.ts';
import { renderPdf } from '../src/render-pdf.ts';

const folder = mkdtempSync(join(tmpdir(), 'valmistelu-tagging-'));
let count = 0;

async function render(doc: Partial<TDocumentDefinitions>) {
  const file = join(folder, `${++count}.pdf`);
  writeFileSync(
    file,
    await renderPdf({
      version: '1.7',
      language: 'fi',
      info: { title: 'Koe' },
      displayTitle: true,
      content: [],
      ...doc,
    }),
  );
  const objects = readQpdfObjects(file);
  const tree = readStructureTree(objects) ?? [];
  const text = await readMarkedText(readFileSync(file));
  return { file, objects, tree, text };
}

/** Roles as an indented outline, with each element's own text: easy to read in a failure. */
function outline(
  elements: readonly ReadElement[],
  byContent: ReadonlyMap<string, string>,
  depth = 0,
): string[] {
  return elements.flatMap((element) => {
    const own = element.kids.some((kid) => 'content' in kid)
      ? ` "${elementText({ ...element, kids: element.kids.filter((kid) => !('role' in kid)) }, byContent).trim()}"`
      : '';
    const alt = element.alt ? ` alt="${element.alt}"` : '';
    const scope = element.scope ? ` scope=${element.scope}` : '';
    return [
      `${'  '.repeat(depth)}${element.role}${scope}${alt}${own}`,
      ...outline(childElements(element), byContent, depth + 1),
    ];
  });
}

const find = (elements: readonly ReadElement[], role: string): ReadElement[] =>
  elements.flatMap((element) => [
    ...(element.role === role ? [element] : []),
    ...find(childElements(element), role),
  ]);

test('a text is a paragraph, a styled heading a heading, a list L/LI/Lbl/LBody, all under Document', async () => {
  const { tree, text } = await render({
    styles: { sectionTitle: { fontSize: 16 } },
    content: [
      { text: 'Otsikko', style: 'sectionTitle' },
      'Kappale.',
      { ol: ['Yksi', 'Kaksi'] },
      { ul: ['Kolme'] },
    ],
  });
  expect(outline(tree, text.byContent)).toEqual([
    'Document',
    '  H1 "Otsikko"',
    '  P "Kappale."',
    '  L',
    '    LI',
    '      Lbl "1."',
    '      LBody "Yksi"',
    '    LI',
    '      Lbl "2."',
    '      LBody "Kaksi"',
    '  L',
    '    LI',
    '      LBody "Kolme"',
  ]);
});

test('headings are fitted to the outline: none is more than one level below the one before', async () => {
  const { tree, text } = await render({
    content: [
      pdfNode({ text: 'Yksi', tag: 'H2' }),
      pdfNode({ text: 'Kaksi', tag: 'H4' }),
      pdfNode({ text: 'Kolme', tag: 'H2' }),
    ],
  });
  expect(outline(tree, text.byContent).slice(1)).toEqual(['  H1 "Yksi"', '  H2 "Kaksi"', '  H2 "Kolme"']);
});

describe('tables', () => {
  const body = [
    [
      { text: 'Tehtävä', style: 'tableHeader' },
      { text: 'Vastuu', style: 'tableHeader' },
    ],
    ...Array.from({ length: 90 }, (_, row) => [`Tehtävä ${row + 1}`, 'Mari Niemi']),
  ];

  test('header rows are TH with column scope once, and their repeat on the next page is an artifact', async () => {
    const { file, tree, text } = await render({
      content: [{ table: { headerRows: 1, widths: ['*', '*'], body } }],
    });
    expect(text.pages).toBeGreaterThan(1);
    const headers = find(tree, 'TH');
    expect(headers.map((cell) => [elementText(cell, text.byContent).trim(), cell.scope])).toEqual([
      ['Tehtävä', 'Column'],
      ['Vastuu', 'Column'],
    ]);
    expect(find(tree, 'TR')).toHaveLength(91);
    const check = await verifyPdf(file);
    expect(check.coverage).toBe(1);
    // The repeated header on page 2 is the only artifact text of this document.
    expect(check.artifactCharacters).toBe('TehtäväVastuu'.length * (text.pages - 1));
  });

  test('a table without header cells is layout: its cells are not a Table', async () => {
    const { tree, text } = await render({
      content: [{ table: { widths: ['*'], body: [['Laatikon teksti']] } }],
    });
    expect(outline(tree, text.byContent)).toEqual(['Document', '  P "Laatikon teksti"']);
  });

  test('a cell tagged TH heads its row', async () => {
    const { tree, text } = await render({
      content: [
        { table: { body: [[pdfNode({ text: 'Aika', tag: 'TH', scope: 'Row' }) as TableCell, '22.5.2018']] } },
      ] as TDocumentDefinitions['content'],
    });
    expect(outline(tree, text.byContent)).toEqual([
      'Document',
      '  Table',
      '    TR',
      '      TH scope=Row "Aika"',
      '      TD "22.5.2018"',
    ]);
  });
});

test('a link is a Link with its text and an annotation that points back to it and describes it', async () => {
  const { tree, text, objects } = await render({
    content: [{ text: ['Katso ', { text: 'sivusto tästä', link: 'https://example.fi/' }, '.'] }],
  });
  expect(outline(tree, text.byContent)).toEqual(['Document', '  P "Katso."', '    Link "sivusto tästä"']);
  const [link] = find(tree, 'Link');
  expect(link?.kids.filter((kid) => 'annotation' in kid).length).toBeGreaterThan(0);
  const catalog = asDictionary(objects.resolve(objects.trailer['/Root']));
  const pages = asDictionary(objects.resolve(catalog?.['/Pages']));
  const [page] = (objects.resolve(pages?.['/Kids']) as string[]) ?? [];
  const annotations = (objects.resolve(asDictionary(objects.resolve(page))?.['/Annots']) as string[]) ?? [];
  expect(annotations.length).toBeGreaterThan(0);
  for (const reference of annotations) {
    const annotation = asDictionary(objects.resolve(reference));
    expect(annotation?.['/StructParent']).toEqual(expect.any(Number));
    expect(textOf(annotation?.['/Contents'])).toBe('sivusto tästä');
  }
  expect(asDictionary(objects.resolve(page))?.['/Tabs']).toBe('/S');
});

test('running headers and footers are artifacts', async () => {
  const { file } = await render({
    header: { text: 'Ylätunniste' },
    footer: (page: number, pages: number) => ({ text: `sivu ${page} / ${pages}` }),
    content: ['Sisältö.'],
  });
  const check = await verifyPdf(file);
  expect(check.artifactCharacters).toBe('Ylätunniste'.length + 'sivu1/1'.length);
  expect(check.taggedCharacters).toBe('Sisältö.'.length);
});

describe('figures', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40" viewBox="0 0 100 40"><title>Kaavio &amp; selite</title><desc>Kaksi palkkia</desc><rect width="50" height="20"/><text x="0" y="35" font-family="Roboto" font-size="8">Teksti</text></svg>';

  test('an SVG is a figure with its own title and description as the alternate text, text inside it included', async () => {
    const { file, tree } = await render({ content: [{ svg, width: 100 }] });
    const [figure] = find(tree, 'Figure');
    expect(figure?.alt).toBe('Kaavio & selite. Kaksi palkkia.');
    expect((await verifyPdf(file)).taggedCharacters).toBe('Teksti'.length);
  });

  test('a linked figure is inside a Link that holds its annotation', async () => {
    const { tree, text } = await render({ content: [{ svg, width: 100, link: 'https://example.fi/' }] });
    expect(outline(tree, text.byContent)).toEqual([
      'Document',
      '  Link',
      '    Figure alt="Kaavio & selite. Kaksi palkkia." "Teksti"',
    ]);
    expect(find(tree, 'Link')[0]?.kids.filter((kid) => 'annotation' in kid)).toHaveLength(1);
  });

  test('a picture without words is decoration; a drawn rule is decoration', async () => {
    const { tree, file } = await render({
      content: [
        { svg: svg.replace(/<title>.*<\/desc>/, ''), width: 100 },
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 50, y2: 0 }] },
      ],
    });
    expect(find(tree, 'Figure')).toEqual([]);
    expect((await verifyPdf(file)).artifactCharacters).toBe('Teksti'.length);
  });

  test('the text equivalent of an SVG is its root title and description', () => {
    expect(svgTextEquivalent(svg)).toBe('Kaavio & selite. Kaksi palkkia.');
    expect(svgTextEquivalent('<svg><title>Vain otsikko.</title></svg>')).toBe('Vain otsikko.');
    expect(svgTextEquivalent('<svg><rect/></svg>')).toBeUndefined();
  });
});

test('a table of contents is TOC with a TOCI per entry, after its title', async () => {
  const { tree, text } = await render({
    styles: { tocTitle: {} },
    content: [
      { toc: { title: { text: 'Sisällys', style: 'tocTitle' } } },
      pdfNode({ text: 'Luku', tocItem: true, tag: 'H2' }),
    ],
  });
  expect(outline(tree, text.byContent)).toEqual([
    'Document',
    '  H1 "Sisällys"',
    '  TOC',
    // The entry's title and page number link to the same place: one link.
    '    TOCI',
    '      Link "Luku 1"',
    '  H2 "Luku"',
  ]);
});

test('a node in another language is an element with its own Lang', async () => {
  const { tree } = await render({ content: ['Suomeksi.', pdfNode({ text: 'På svenska.', lang: 'sv' })] });
  expect(find(tree, 'P').map((element) => element.lang)).toEqual([undefined, 'sv']);
});

test('PDF/UA-1 is claimed only with the language, a title and the title shown', async () => {
  expect((await readMarkedText(readFileSync((await render({ content: ['Kappale.'] })).file))).pdfUaPart).toBe(
    '1',
  );
  for (const missing of [
    { language: undefined },
    { displayTitle: false },
    { info: {} },
    { version: '1.4' as const },
  ]) {
    const { file } = await render({ content: ['Kappale.'], ...missing });
    expect((await readMarkedText(readFileSync(file))).pdfUaPart, JSON.stringify(missing)).toBeUndefined();
  }
});

test('a definition with tagged: false is not tagged', async () => {
  const { tree, file } = await render({ tagged: false, content: ['Kappale.'] });
  expect(tree).toEqual([]);
  expect((await verifyPdf(file)).tagged).toBe(false);
});

test('tagging changes nothing a reader sees: every page of a report and a pack draws the same pixels', async () => {
  const { loadContent } = await import('@valmistelu/content');
  const { loadReportInputs, meetingPackDocument, reportDocument } = await import('../src/index.ts');
  const loaded = await loadContent(join(import.meta.dirname, 'fixtures', 'content'));
  const inputs = await loadReportInputs(loaded);
  const report = inputs.get('lape-valiraportti');
  const meeting = loaded.content.meetings[0];
  if (!report || !meeting) throw new Error('fixture content changed');
  for (const doc of [
    reportDocument(loaded.content, report).doc,
    meetingPackDocument(loaded.content, meeting, inputs).doc,
  ]) {
    const pixels = async (tagged: boolean) => {
      const file = join(folder, `${++count}.pdf`);
      writeFileSync(file, await renderPdf({ ...doc, tagged }));
      return execFileSync('pdftoppm', ['-gray', '-r', '72', file], { maxBuffer: 256 * 1024 * 1024 });
    };
    const [tagged, untagged] = [await pixels(true), await pixels(false)];
    expect(tagged.length).toBeGreaterThan(10_000);
    expect(tagged.equals(untagged)).toBe(true);
  }
}, 60_000);
