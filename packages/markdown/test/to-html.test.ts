/**
 * One loop over `fixtures/to-html/<case>/input.mdx`: the rendered HTML and table of contents must
 * equal `output.html` and `toc.json`. `vitest run -u` rewrites them; a missing one fails. A case
 * named `<name>.sv` is a Swedish body: the renderer's own words are Swedish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { mdxToHtml, type RenderContext } from '../src/to-html.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'to-html');
// Parsed without the content guard, so that the renderer's own defences are tested too.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

const context: RenderContext = {
  link: (kind, id) =>
    id === 'missing'
      ? undefined
      : { href: `/${kind}/${id}/`, text: kind === 'group' ? `Ryhmä ${id}` : `Raportti ${id}` },
  personName: (id) => (id === 'terttu-nordman' ? 'Terttu Nordman' : undefined),
};
/** Images under `kuvat/` get a placeholder address, as the site's pipeline gives them; others keep theirs. */
const imageSource = (url: string) =>
  url.startsWith('kuvat/') ? `kuva:${url.slice('kuvat/'.length)}` : undefined;

describe('mdxToHtml', () => {
  for (const name of readdirSync(fixtures).sort()) {
    test(name, async () => {
      const folder = join(fixtures, name);
      const tree: Root = parser.parse(readFileSync(join(folder, 'input.mdx'), 'utf8'));
      const before = JSON.stringify(tree);
      const language = name.endsWith('.sv') ? 'sv' : 'fi';
      // A translation's links name the main language's items, in that language.
      const link: RenderContext['link'] = (kind, id) => {
        const target = context.link(kind, id);
        return target && language !== 'fi' ? { ...target, lang: 'fi' } : target;
      };
      const { html, toc } = mdxToHtml(tree, { ...context, link, imageSource, language });
      // The tree is shared with the PDF generator: rendering must not change it.
      expect(JSON.stringify(tree)).toBe(before);
      await expect(`${html}\n`).toMatchFileSnapshot(join(folder, 'output.html'));
      await expect(`${JSON.stringify(toc, null, 2)}\n`).toMatchFileSnapshot(join(folder, 'toc.json'));
    });
  }
});
