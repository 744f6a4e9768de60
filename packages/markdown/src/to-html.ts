/**
 * Content MDX to HTML without compiling it to JavaScript: mdast → hast → HTML, with the project's
 * components, GFM, footnotes, ASCII heading ids and a table of contents. The same parsed tree
 * feeds the PDFs, so a report reads the same on the site and on paper.
 */
import type { Language } from '@valmistelu/domain/schema';
import type { Element, Root as HastRoot, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Root } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import { toHast } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { headingIds } from './heading-ids.ts';
import { type HtmlWords, htmlWords } from './html-words.ts';
import { type ImageSource, imageHandlers } from './image-handlers.ts';
import { mdxComponentHandlers, type RenderContext } from './mdx-component-handlers.ts';
import { type TocEntry, tableOfContents } from './table-of-contents.ts';

export type { RenderContext } from './mdx-component-handlers.ts';
export type { TocEntry } from './table-of-contents.ts';

export interface HtmlOptions extends RenderContext {
  /** The highest heading level the document may use; its page title is the h1. Default 2. */
  topHeadingLevel?: number;
  /** Another address for each image's `src` (`image-handlers.ts`); images keep their own without it. */
  imageSource?: ImageSource;
  /** The body's language, for the words the renderer writes itself. Default fi. */
  language?: Language;
}

export interface RenderedMdx {
  html: string;
  toc: TocEntry[];
}

/** How many levels the document's headings move down so that its top level becomes `top`. */
function headingShift(ids: ReadonlyMap<Heading, string>, top: number): number {
  let highest = 6;
  for (const heading of ids.keys()) highest = Math.min(highest, heading.depth);
  return Math.max(0, top - highest);
}

/**
 * Fixes what mdast-util-to-hast emits that a validator or screen reader objects to: `align` on
 * table cells is obsolete (a class keeps the alignment without inline styles), and a task list's
 * disabled checkbox has no label (a symbol with a text alternative says the same).
 */
function tidyForAccessibility(tree: HastRoot, words: HtmlWords): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    const align = node.properties.align;
    if (typeof align === 'string') {
      node.properties.align = undefined;
      node.properties.className = [`align-${align}`];
    }
    if (node.tagName === 'input' && node.properties.type === 'checkbox' && parent && index !== undefined) {
      const done = Boolean(node.properties.checked);
      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: {
          className: ['task-mark'],
          role: 'img',
          ariaLabel: done ? words.task.done : words.task.open,
        },
        children: [{ type: 'text', value: done ? '☑' : '☐' }],
      };
    }
  });
}

/**
 * Puts each table in its own sideways-scrolling box, so that a wide table never makes a phone's
 * whole page scroll (WCAG 1.4.10). The box is a region that takes keyboard focus, so that it can
 * be scrolled without a mouse; Markdown tables have no caption, so the heading above names it.
 */
function scrollableTables(tree: HastRoot, words: HtmlWords): void {
  let headingId: string | undefined;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string')
      headingId = node.properties.id;
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    const properties: Properties = { className: ['table-scroll'], tabIndex: 0 };
    if (headingId) properties.ariaLabelledBy = [headingId];
    else properties.ariaLabel = words.table;
    parent.children[index] = { type: 'element', tagName: 'section', properties, children: [node] };
    return [SKIP, index + 1];
  });
}

export function mdxToHtml(tree: Root, options: HtmlOptions): RenderedMdx {
  const ids = headingIds(tree);
  const shift = headingShift(ids, options.topHeadingLevel ?? 2);
  const words = htmlWords[options.language ?? 'fi'];
  const hast = toHast(tree, {
    handlers: {
      ...mdxComponentHandlers({ ...options, words }),
      ...(options.imageSource && imageHandlers(options.imageSource)),
      heading(state: State, node: Heading) {
        const result: Element = {
          type: 'element',
          tagName: `h${Math.min(node.depth + shift, 6)}`,
          properties: { id: ids.get(node) },
          children: state.all(node),
        };
        state.patch(node, result);
        return state.applyData(node, result);
      },
    },
    clobberPrefix: 'alaviite-',
    footnoteLabel: words.footnotes,
    footnoteLabelProperties: { className: ['footnotes-title'] },
    footnoteBackLabel: (index, repeat) => words.footnoteBack(index + 1, repeat),
  }) as HastRoot;
  tidyForAccessibility(hast, words);
  scrollableTables(hast, words);
  return { html: toHtml(hast), toc: tableOfContents(tree, ids, { shift }) };
}
