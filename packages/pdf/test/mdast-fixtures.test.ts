/**
 * One loop over test/fixtures/mdast/<case>/{input.mdx|input.md, expected.json}: the pdfmake
 * content and the located messages of each construct. `UPDATE=1 pnpm test` rewrites expected.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadImages } from '../src/load-images.ts';
import { mdastToPdfmake } from '../src/mdast/index.ts';
import { testBodyOptions } from './helpers/options.ts';
import { parseFixture } from './helpers/parse-fixture.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'mdast');
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Every construct the issue names has a fixture of its own. */
const requiredCases = [
  'heading',
  'paragraph',
  'emphasis-strong-delete',
  'inline-code',
  'link',
  'list-nested',
  'list-ordered',
  'task-list',
  'table',
  'blockquote',
  'code',
  'image',
  'footnote',
  'thematic-break',
  'break',
  'component-note',
  'component-action',
  'component-group-ref',
  'component-report-ref',
  'unsupported-html',
  'unsupported-expression',
  'unsupported-esm',
  'unsupported-component',
];

test('every construct has a fixture', () => {
  expect(requiredCases.filter((name) => !cases.includes(name))).toEqual([]);
});

describe('mdast → pdfmake', () => {
  for (const name of cases) {
    test(name, async () => {
      const folder = join(fixtures, name);
      const format = existsSync(join(folder, 'input.md')) ? 'md' : 'mdx';
      const file = join(folder, `input.${format}`);
      const tree = parseFixture(readFileSync(file, 'utf8'), format);
      const { images, resolveImage } = await loadImages(tree, { file, contentDir: folder });
      const actual = { ...mdastToPdfmake(tree, testBodyOptions(resolveImage)), images };
      const expectedFile = join(folder, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(expectedFile), `${expectedFile} puuttuu: aja UPDATE=1 pnpm test`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
