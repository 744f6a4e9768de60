/**
 * Every construct fixture rendered through pdfmake into one real PDF: pdfmake accepts all the
 * content the transformer makes, and the text comes back out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '@valmistelu/pdf-verify/read-pdf';
import { expect, test } from 'vitest';
import { documentSettings } from '../src/documents/base.ts';
import { loadImages } from '../src/load-images.ts';
import { mdastToPdfmake } from '../src/mdast/index.ts';
import type { PdfContent } from '../src/pdfmake-types.ts';
import { renderPdf } from '../src/render-pdf.ts';
import { testBodyOptions } from './helpers/options.ts';
import { parseFixture } from './helpers/parse-fixture.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'mdast');

test('all constructs render in one PDF', async () => {
  const content: PdfContent[] = [];
  const images: Record<string, string> = {};
  for (const name of readdirSync(fixtures).sort()) {
    const folder = join(fixtures, name);
    const format = existsSync(join(folder, 'input.md')) ? 'md' : 'mdx';
    const file = join(folder, `input.${format}`);
    const tree = parseFixture(readFileSync(file, 'utf8'), format);
    const loaded = await loadImages(tree, { file, contentDir: folder });
    Object.assign(images, loaded.images);
    const body = mdastToPdfmake(tree, { ...testBodyOptions(loaded.resolveImage), idPrefix: `${name}-` });
    content.push({ text: name, style: 'sectionTitle' }, ...body.content);
  }
  const bytes = await renderPdf({
    ...documentSettings({ title: 'Rakenteet', subject: 'testi', author: 'testi', date: '2018-05-15' }),
    images,
    content,
  });
  const text = (await readPdf(bytes)).pages.flat().join(' ');
  for (const expected of [
    'Ryhmän organisoituminen',
    'Sisäkkäinen lainaus',
    'Kuva 1. Palveluverkko',
    'Alaviitteet',
    'Terttu Nordman',
    'Lasten ja perheiden muutosohjelma (LAPE)',
    'sisennys: säilyy',
  ]) {
    expect(text).toContain(expected);
  }
});
