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
  const root: TocEntry[] = [];
  const open: TocEntry[] = [];
  // Headings inside components (a note's own title, say) are not sections of the document.
  const topLevel = new Set<unknown>(tree.children);
  for (const [heading, id] of ids) {
    if (!topLevel.has(heading)) continue;
    const depth = Math.min(heading.depth + shift, 6);
    if (depth > maxDepth) continue;
    const entry: TocEntry = { depth, id, text: mdastToString(heading), children: [] };
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= depth) open.pop();
    (open.at(-1)?.children ?? root).push(entry);
    open.push(entry);
  }
  return root;
}
