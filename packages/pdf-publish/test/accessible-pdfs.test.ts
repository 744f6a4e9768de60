/**
 * Every PDF of the repository's own content, read back as a screen reader would (pdf.js for the
 * text and its marked content, qpdf for the structure tree, poppler for fonts and `pdfinfo`): all
 * body text is tagged or an artifact, each report's headings are its MDX headings, every table has
 * header cells, the organisation chart and every Gantt chart are figures with the site's text
 * equivalent, language and title are set, and the packs' tables of contents still point right.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadedContent, loadContent } from '@valmistelu/content';
import { organisationName } from '@valmistelu/domain/site-identity';
import { accessibilityProblems, type PdfAccessibility, verifyPdf } from '@valmistelu/pdf-verify';
import { readPdf, tocEntries } from '@valmistelu/pdf-verify/read-pdf';
import type { Heading, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAllPdfs } from '../src/index.ts';

const contentDir = join(import.meta.dirname, '../../../content');

let loaded: LoadedContent;
let files: string[];
const checks = new Map<string, PdfAccessibility>();
const named = (suffix: string) => [...checks.entries()].filter(([file]) => file.includes(suffix));

beforeAll(async () => {
  loaded = await loadContent(contentDir);
  const result = await buildAllPdfs({ loaded, outDir: mkdtempSync(join(tmpdir(), 'valmistelu-a11y-')) });
  expect(result.messages.filter((message) => message.severity === 'error')).toEqual([]);
  files = result.files;
  for (const file of files) checks.set(file, await verifyPdf(file));
}, 120_000);

test('every PDF holds every check: tagged, all text tagged or artifact, headings, tables, figures, language, title, qpdf, fonts', () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
  for (const [file, check] of checks) {
    expect(accessibilityProblems(check), file).toEqual([]);
    expect(check.coverage, file).toBe(1);
    expect(check.taggedCharacters, file).toBeGreaterThan(0);
    // The Swedish minutes of a translated meeting are Swedish (`swedish-documents.test.ts`).
    expect(check.language, file).toBe(file.includes('/sv/pdf/') ? 'sv' : 'fi');
    expect(check.titleShown, file).toBe(true);
    expect(check.annotationsInStructure, file).toBe(check.annotations);
    expect(check.pdfUaPart, file).toBe('1');
    expect(check.pagesInStructureTree, file).toBe(check.pages);
  }
});

test('pdfinfo says Tagged: yes', () => {
  for (const file of files)
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' }), file).toMatch(/^Tagged:\s+yes$/m);
});

/** The headings of an MDX body in reading order, as the site shows them. */
function mdxHeadings(tree: Root | undefined): { level: number; text: string }[] {
  const headings: { level: number; text: string }[] = [];
  if (tree)
    visit(tree, 'heading', (node: Heading) => {
      headings.push({ level: node.depth, text: mdastToString(node).replace(/\s+/g, ' ').trim() });
    });
  return headings;
}

describe('reports', () => {
  test("each report's headings are its title, the cover's and contents' headings, then its MDX headings", () => {
    const reports = loaded.content.reports;
    expect(reports.length).toBeGreaterThan(5);
    reports.forEach((report, index) => {
      const [, check] = named(`/raportit/${report.id}.pdf`)[0] ?? [];
      const tree = loaded.sources.reports[index]?.tree;
      const hasFootnotes = tree?.children.some((node) => node.type === 'footnoteDefinition') ?? false;
      expect(check?.headings, report.id).toEqual([
        { level: 1, text: report.title },
        ...(report.summary ? [{ level: 2, text: 'Tiivistelmä' }] : []),
        { level: 2, text: 'Sisällys' },
        ...mdxHeadings(tree),
        ...(hasFootnotes ? [{ level: 2, text: 'Alaviitteet' }] : []),
        ...(report.openItems.length ? [{ level: 2, text: 'Avoimet kysymykset' }] : []),
      ]);
    });
  });
});

/** The figures that are charts: every figure but the cover's logo, named for the organisation. */
function chartAlts(check: PdfAccessibility | undefined): string[] {
  return (check?.figureAlts ?? []).filter((alt) => alt !== organisationName(loaded.content.site));
}

describe('charts', () => {
  test('the organisation chart is a figure whose alternate text is the site chart’s title and description', () => {
    const [[, check] = []] = named('/organisaatiokaavio.pdf');
    // The logo is in the first page's margin (cover-identity.test.ts); the chart is the one figure.
    expect(chartAlts(check)).toHaveLength(1);
    expect(chartAlts(check)[0]).toMatch(/^Valmisteluorganisaatio\. Organisaatiokaavio: \d+ toimielintä/);
  });

  test('every Gantt chart, alone and in the packs, is a figure with the timeline’s text equivalent', () => {
    for (const timeline of loaded.content.timelines) {
      const [[, check] = []] = named(`/aikataulut/${timeline.id}.pdf`);
      expect(chartAlts(check), timeline.id).toHaveLength(1);
      expect(chartAlts(check)[0], timeline.id).toMatch(
        new RegExp(`^${timeline.title.replace(/[()]/g, '\\$&')}\\. Aikajana `),
      );
    }
    for (const [file, check] of named('/kokoukset/')) {
      const charts = chartAlts(check);
      expect(charts.length, file).toBeGreaterThanOrEqual(2);
      expect(
        charts.some((alt) => alt.startsWith('Valmisteluorganisaatio.')),
        file,
      ).toBe(true);
      expect(charts.filter((alt) => alt.includes('Aikajana')).length, file).toBe(charts.length - 1);
    }
  });
});

describe('meeting packs', () => {
  test('table-of-contents page numbers point at the pages that hold the entries', async () => {
    const packs = files.filter((file) => file.includes('/kokoukset/'));
    expect(packs.length).toBeGreaterThan(0);
    for (const file of packs) {
      const doc = await readPdf(readFileSync(file));
      const entries = tocEntries(doc, 2, 'Esityslista');
      expect(entries.length, file).toBeGreaterThanOrEqual(6);
      for (const entry of entries) {
        const page = doc.pages.findIndex((lines, index) => index >= 1 && lines.includes(entry.title)) + 1;
        expect(page, `${file}: ${entry.title}`).toBe(entry.page);
      }
    }
  });
});
