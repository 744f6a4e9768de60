/**
 * A remark plugin that gives every heading an ASCII anchor id from `headingIds`, so that
 * Astro's own MDX pages link the same way as content rendered with `mdxToHtml`.
 * Headings that already carry an id keep it.
 *
 * @example
 *   import { unified } from '@astrojs/markdown-remark';
 *   unified({ remarkPlugins: [remarkHeadingIds] });
 *   // "## Lisätietoja" → <h2 id="lisatietoja">
 */
import type { Root } from 'mdast';
// `data.hProperties` is declared on mdast nodes by mdast-util-to-hast, which turns it into attributes.
import type {} from 'mdast-util-to-hast';
import { headingIds } from './heading-ids.ts';

export function remarkHeadingIds() {
  return (tree: Root): void => {
    for (const [heading, id] of headingIds(tree)) {
      heading.data ??= {};
      heading.data.hProperties ??= {};
      heading.data.hProperties.id ??= id;
    }
  };
}
