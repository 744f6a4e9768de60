/**
 * `<ReportRef>` components naming reports that are not published become plain text, so that a
 * published page or PDF never links to a page that does not exist. Pure: a tree without such a
 * reference comes back as it was, and a changed one is a copy.
 */
import { unpublishedReportText } from '@valmistelu/domain/labels';
import { componentAttribute } from '@valmistelu/markdown/components';
import type { Nodes, Root, Text } from 'mdast';

function unlink(node: Nodes, withheld: ReadonlySet<string>): Nodes {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'ReportRef') {
    const id = componentAttribute(node, 'id');
    if (id === undefined || !withheld.has(id)) return node;
    const text: Text = {
      type: 'text',
      value: unpublishedReportText,
      ...(node.position && { position: node.position }),
    };
    return node.type === 'mdxJsxTextElement' ? text : { type: 'paragraph', children: [text] };
  }
  if (!('children' in node)) return node;
  let changed = false;
  const children = node.children.map((child) => {
    const next = unlink(child, withheld);
    if (next !== child) changed = true;
    return next;
  });
  // The children are the same kinds of node as before, in a copy of their parent.
  return changed ? ({ ...node, children } as Nodes) : node;
}

export function unlinkReportRefs(tree: Root, withheld: ReadonlySet<string>): Root {
  if (withheld.size === 0) return tree;
  return unlink(tree, withheld) as Root;
}
