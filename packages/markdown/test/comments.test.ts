/**
 * What the README tells preparers about comments: MDX's own `{/* … *\/}` and HTML's `<!-- … -->`
 * are refused, and an empty link definition `[//]: # (…)` is the comment that works: it passes
 * the guard and the site shows nothing of it.
 */
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../src/parse-mdx.ts';
import { mdxToHtml } from '../src/to-html.ts';

const noLinks = { link: () => undefined, personName: () => undefined };

describe('comments in content MDX', () => {
  it('accepts a link-definition comment and renders the page as if it were not there', () => {
    const render = (source: string) => {
      const { tree, messages } = parseMdx(source);
      expect(messages).toEqual([]);
      return tree && mdxToHtml(tree, noLinks);
    };
    const withComments = render(
      '## Otsikko\n\n[//]: # (Kommentti valmistelijalle)\n\nTeksti.\n\n[//]: # "Toinen kommentti"\n',
    );
    expect(withComments?.html).toBeTruthy();
    expect(withComments).toEqual(render('## Otsikko\n\nTeksti.\n'));
  });

  it.each([
    ['{/* kommentti */}', 'guard/expression'],
    ['<!-- kommentti -->', 'mdx/syntax'],
  ])('refuses %s', (source, ruleId) => {
    const { tree, messages } = parseMdx(`Teksti.\n\n${source}\n`);
    expect(tree).toBeUndefined();
    expect(messages.map((message) => message.ruleId)).toContain(ruleId);
  });
});
