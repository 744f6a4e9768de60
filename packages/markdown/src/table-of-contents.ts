/**
 * A table of contents from a document's headings, nested by depth. Depths are those of the
 * rendered page (after `mdxToHtml` shifts them under the page's h1).
 */
import type { Heading, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';

export interface TocEntry {
  depth: number;
  id: string;
  text: string;
  children: TocEntry[];
}

export interface TocOptions {
  /** Added to every heading's depth, as when the document is rendered under a page title. */
  shift?: number;
  /** Deepest rendered level listed; the default lists h2 and h3. */
  maxDepth?: number;
}

export function tableOfContents(
  tree: Root,
  ids: ReadonlyMap<Heading, string>,
  options: TocOptions = {},
): TocEntry[] {
  const shift = options.shift ?? 0;
  const maxDepth = options.maxDepth ?? 3;
  const headings: TocHeading[] = [];
  // Headings inside components (a note's own title, say) are not sections of the document.
  const topLevel = new Set<unknown>(tree.children);
  for (const [heading, id] of ids) {
    if (!topLevel.has(heading)) continue;
    const depth = Math.min(heading.depth + shift, 6);
    if (depth > maxDepth) continue;
    headings.push({ depth, id, text: mdastToString(heading) });
  }
  return nestHeadings(headings);
}

/** A listed heading before nesting: what a table of contents keeps of each. */
export interface TocHeading {
  depth: number;
  id: string;
  text: string;
}

/**
 * Nests headings listed in document order under the nearest shallower one before them. Also
 * rebuilds a table of contents that was stored flat (as Astro's `headings`).
 */
export function nestHeadings(headings: readonly TocHeading[]): TocEntry[] {
  const root: TocEntry[] = [];
  const open: TocEntry[] = [];
  for (const { depth, id, text } of headings) {
    const entry: TocEntry = { depth, id, text, children: [] };
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= depth) open.pop();
    (open.at(-1)?.children ?? root).push(entry);
    open.push(entry);
  }
  return root;
}

/** The entries of a table of contents in document order, without their nesting. */
export function flattenToc(entries: readonly TocEntry[]): TocHeading[] {
  return entries.flatMap(({ depth, id, text, children }) => [{ depth, id, text }, ...flattenToc(children)]);
}
