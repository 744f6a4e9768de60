/**
 * The numbered task sections of a report: `## 3. Title` headings and what lies under each.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';

export interface Section {
  number: number;
  heading: Heading;
  content: RootContent[];
}

const numbered = /^\s*(\d+)\s*\.\s*/;

export function taskSections(tree: Root): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const match = numbered.exec(textOf(node));
      current = match ? { number: Number(match[1]), heading: node, content: [] } : undefined;
      if (current) sections.push(current);
    } else if (current) {
      current.content.push(node);
    }
  }
  return sections;
}
