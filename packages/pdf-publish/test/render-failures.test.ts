/**
 * A document pdfmake cannot render costs that document only, and the person who wrote the content
 * gets a Finnish message at the file and line that made it fail, never the library's TypeError.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadedContent, loadContent } from '@valmistelu/content';
import type { PdfContent } from '@valmistelu/pdf';
import { loadReportInputs, meetingPackDocument, originOf, reportDocument } from '@valmistelu/pdf';
import { readPdf } from '@valmistelu/pdf-verify/read-pdf';
import type { Root } from 'mdast';
import { beforeAll, expect, test } from 'vitest';
import { buildAllPdfs } from '../src/index.ts';
import { renderBuilt, renderJobDocument } from '../src/pdf-jobs.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const reportFile = (dir: string) => join(dir, 'reports', 'lape-valiraportti.mdx');

function copyOfFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'valmistelu-pdf-content-'));
  cpSync(fixtureContent, dir, { recursive: true });
  return dir;
}

let loaded: LoadedContent;
beforeAll(async () => {
  loaded = await loadContent(fixtureContent);
});

test('an empty heading gives its report PDF and the meeting pack that includes the report', async () => {
  const dir = copyOfFixtures();
  appendFileSync(reportFile(dir), '\n## \n\nTyhjän otsikon jälkeinen kappale.\n\n##\n');
  const withEmpty = await loadContent(dir);
  const { files, messages } = await buildAllPdfs({ loaded: withEmpty, outDir: join(dir, 'dist') });
  expect(messages).toEqual([]);
  const report = files.find((file) => file.endsWith('/raportit/lape-valiraportti.pdf'));
  expect(report).toBeDefined();
  expect(files.some((file) => file.endsWith('/kokoukset/vate-2018-05-22.pdf'))).toBe(true);
  const pdf = await readPdf(readFileSync(report ?? ''));
  expect(pdf.pages.flat()).toContain('Tyhjän otsikon jälkeinen kappale.');
  const titles = (bookmarks: typeof pdf.bookmarks): string[] =>
    bookmarks.flatMap((bookmark) => [bookmark.title, ...titles(bookmark.children)]);
  expect(titles(pdf.bookmarks).filter((title) => title.trim() === '')).toEqual([]);
});

/** The first object of a definition, depth first, whose recorded origin satisfies `wanted`. */
function findMarked(
  content: unknown,
  wanted: (line: number) => boolean,
): Record<string, unknown> | undefined {
  if (typeof content !== 'object' || content === null) return undefined;
  const line = originOf(content)?.line;
  if (!Array.isArray(content) && line !== undefined && wanted(line))
    return content as Record<string, unknown>;
  for (const value of Object.values(content)) {
    const found = findMarked(value, wanted);
    if (found) return found;
  }
  return undefined;
}

/** Line of the first top-level node of a report's tree that `predicate` accepts. */
function lineOf(tree: Root | undefined, predicate: (node: Root['children'][number]) => boolean): number {
  const node = tree?.children.find(predicate);
  return node?.position?.start.line ?? 0;
}

/** Turns a block in place into the shape that once crashed pdfmake: a bookmark with no line. */
function breakBlock(block: Record<string, unknown>): void {
  for (const key of Object.keys(block)) delete block[key];
  Object.assign(block, { text: [], outline: true, id: 'rikki' });
}

/** What the library threw is not repeated: it is English and about pdfmake's internals. */
const atThisPoint = (sitePath: string) =>
  `PDF:ää ${sitePath} ei voitu luoda: PDF-kirjasto ei pystynyt käsittelemään tätä kohtaa`;

test('a report PDF pdfmake throws on is a Finnish message at the line that made it throw', async () => {
  const inputs = await loadReportInputs(loaded, ['lape-valiraportti']);
  const input = inputs.get('lape-valiraportti');
  if (!input) throw new Error('fixture report missing');
  const tableLine = lineOf(input.tree, (node) => node.type === 'table');
  const built = reportDocument(loaded.content, input);
  const table = findMarked(built.doc.content, (line) => line === tableLine);
  if (!table) throw new Error('no block for the table');
  breakBlock(table);
  const rendered = await renderJobDocument({
    sitePath: '/pdf/raportit/lape-valiraportti.pdf',
    source: input.file,
    ...built,
  });
  expect(rendered.bytes).toBeUndefined();
  expect(rendered.messages).toHaveLength(1);
  const [message] = rendered.messages;
  expect(message).toEqual({
    file: input.file,
    line: tableLine,
    column: 1,
    message: atThisPoint('/pdf/raportit/lape-valiraportti.pdf'),
    ruleId: 'pdf/render',
    severity: 'error',
  });
});

test('inside a meeting pack, the failure points at the report file and line, not the meeting', async () => {
  const inputs = await loadReportInputs(loaded);
  const input = inputs.get('lape-valiraportti');
  const meeting = loaded.content.meetings[0];
  if (!input || !meeting) throw new Error('fixture content missing');
  // A paragraph inside the <Action> box: the search goes down through the pack's sections too.
  const actionLine = lineOf(input.tree, (node) => node.type === 'mdxJsxFlowElement');
  const built = meetingPackDocument(loaded.content, meeting, inputs);
  const inner = findMarked(built.doc.content, (line) => line > actionLine);
  if (!inner) throw new Error('no block after the action');
  const innerLine = originOf(inner)?.line;
  breakBlock(inner);
  const source = join(fixtureContent, 'meetings', `${meeting.id}.yaml`);
  const rendered = await renderJobDocument({
    sitePath: '/pdf/kokoukset/x.pdf',
    source,
    doc: built.doc,
    messages: [],
  });
  expect(rendered.bytes).toBeUndefined();
  expect(rendered.messages).toMatchObject([
    { file: input.file, line: innerLine, message: atThisPoint('/pdf/kokoukset/x.pdf'), ruleId: 'pdf/render' },
  ]);
});

test('a failure no part of the content explains points at the document source, 1:1', async () => {
  const inputs = await loadReportInputs(loaded, ['lape-valiraportti']);
  const input = inputs.get('lape-valiraportti');
  if (!input) throw new Error('fixture report missing');
  const built = reportDocument(loaded.content, input);
  // Two blocks of one id: each renders alone, only the whole document fails.
  const content = built.doc.content as PdfContent[];
  const doc = { ...built.doc, content: [...content, { text: 'a', id: 'sama' }, { text: 'b', id: 'sama' }] };
  const rendered = await renderJobDocument({ sitePath: '/pdf/r.pdf', source: input.file, doc, messages: [] });
  expect(rendered.messages).toMatchObject([
    {
      file: input.file,
      line: 1,
      column: 1,
      message:
        'PDF:ää /pdf/r.pdf ei voitu luoda: PDF-kirjasto ei pystynyt käsittelemään tämän tiedoston sisältöä',
      ruleId: 'pdf/render',
    },
  ]);
});

test('a document that cannot even be built is a message about its source, not an exception', async () => {
  const target = { sitePath: '/pdf/raportit/x.pdf', source: join(fixtureContent, 'reports', 'x.mdx') };
  const rendered = await renderBuilt(target, () => {
    throw new TypeError("Cannot read properties of undefined (reading 'children')");
  });
  expect(rendered).toEqual({
    sitePath: target.sitePath,
    messages: [
      {
        file: target.source,
        line: 1,
        column: 1,
        message:
          'PDF:ää /pdf/raportit/x.pdf ei voitu luoda: PDF-kirjasto ei pystynyt käsittelemään tämän tiedoston sisältöä',
        severity: 'error',
        ruleId: 'pdf/render',
      },
    ],
  });
});
