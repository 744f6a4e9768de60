/**
 * Every example of the CommonMark spec (commonmark-spec on npm), parsed as Markdown and as MDX the
 * way the content loader does, renders to a PDF: no node shape of the spec makes pdfmake throw.
 * Examples MDX refuses to parse never reach the PDF step, so they are skipped for MDX only.
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { expect, test } from 'vitest';
import { documentSettings } from '../src/documents/base.ts';
import { mdastToPdfmake } from '../src/mdast/index.ts';
import type { PdfContent } from '../src/pdfmake-types.ts';
import { renderPdf } from '../src/render-pdf.ts';
import { testBodyOptions } from './helpers/options.ts';
import { parseFixture } from './helpers/parse-fixture.ts';

interface SpecExample {
  markdown: string;
  number: number;
  section: string;
}

const { tests: examples } = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };

function parsed(source: string, format: 'md' | 'mdx'): Root | undefined {
  try {
    return parseFixture(source, format);
  } catch {
    return undefined;
  }
}

function bodyOf(tree: Root, idPrefix: string): PdfContent[] {
  const options = testBodyOptions(() => ({ ok: false, message: 'ei kuvia' }));
  return mdastToPdfmake(tree, { ...options, idPrefix }).content;
}

async function renderFailure(content: PdfContent[]): Promise<string | undefined> {
  try {
    await renderPdf({
      ...documentSettings({ title: 'CommonMark', subject: 'testi', author: 'testi', date: '2018-05-15' }),
      // A table of contents, so that headings become contents entries and bookmarks as in a report.
      content: [{ toc: { title: { text: 'Sisällys' } } }, ...content],
    });
    return undefined;
  } catch (problem) {
    return problem instanceof Error ? problem.message : String(problem);
  }
}

test('every CommonMark spec example renders to a PDF', { timeout: 120_000 }, async () => {
  expect(examples.length).toBeGreaterThan(600);
  const cases = examples.flatMap((example) => {
    // The spec writes tabs as →.
    const source = example.markdown.replaceAll('→', '\t');
    return (['md', 'mdx'] as const).flatMap((format) => {
      const tree = parsed(source, format);
      return tree
        ? [{ name: `${format} #${example.number} (${example.section})`, tree, format, example }]
        : [];
    });
  });
  expect(cases.length).toBeGreaterThan(examples.length);
  const bodies = cases.map(({ tree, format, example }) => bodyOf(tree, `${format}-${example.number}-`));
  // One document of all of them is quick; only when it fails is each example rendered alone, to name it.
  if ((await renderFailure(bodies.flat())) === undefined) return;
  const failures: string[] = [];
  for (const [index, { name }] of cases.entries()) {
    const failure = await renderFailure(bodies[index] ?? []);
    if (failure) failures.push(`${name}: ${failure}`);
  }
  expect(failures).toEqual([]);
});
