/**
 * Headings that a document's table of contents and its PDF bookmarks both list, from one call,
 * so that the two always mirror each other.
 */

import { headingTag } from '../internals/tagging/heading-tag.ts';
import { type PdfContent, pdfNode } from '../pdfmake-types.ts';

export interface NavigationHeading {
  id: string;
  text: string;
  /** 1 for the document's parts, 2 for what they hold. */
  level: 1 | 2;
  /** The bookmark this one nests under. */
  parent?: string;
  style?: string;
  link?: string;
  /** The heading follows text on its page (not the top of a section): it gets space above it. */
  afterText?: boolean;
}

export function navigationHeading(heading: NavigationHeading): PdfContent {
  return pdfNode({
    text: heading.text,
    id: heading.id,
    style: [
      heading.style ?? (heading.level === 1 ? 'sectionTitle' : 'h2'),
      ...(heading.afterText ? ['afterText'] : []),
    ],
    // Under the document's title (H1) on its cover.
    tag: headingTag(heading.level + 1),
    tocItem: true,
    tocStyle: `tocLevel${heading.level}`,
    tocNumberStyle: 'tocNumber',
    outline: true,
    outlineText: heading.text,
    ...(heading.parent !== undefined && { outlineParentId: heading.parent }),
    ...(heading.link !== undefined && { link: heading.link }),
  });
}
