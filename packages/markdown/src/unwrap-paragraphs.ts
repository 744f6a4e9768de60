/**
 * The one form of an MDX body that the browser editor reads and writes back unchanged: each
 * paragraph on one line. A hard-wrapped paragraph opens in the editor with a line break at every
 * wrap and would be saved with them; here its soft line breaks (and the indentation after them)
 * become single spaces, in paragraphs anywhere — in lists and inside components alike — while
 * every other byte of the body stays as it was: the tree is read only for where the paragraphs'
 * text lies, and the source is edited there. Hard breaks (`\` or two spaces at a line's end),
 * code and quotes (whose lines start with `>`) are left alone.
 *
 * @example
 *   unwrapParagraphs('Yksi\nkappale.\n') // 'Yksi kappale.\n'
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

export function unwrapParagraphs(body: string): string {
  const tree = processor.parse(body) as Root;
  const edits: { start: number; end: number; text: string }[] = [];
  const walk = (node: Nodes, inParagraph: boolean): void => {
    if (node.type === 'blockquote' || node.type === 'code') return;
    if (node.type === 'text' && inParagraph) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const source = body.slice(start, end);
      const text = source.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
      if (text !== source) edits.push({ start, end, text });
      return;
    }
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes, inParagraph || node.type === 'paragraph');
    }
  };
  walk(tree, false);
  let result = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}
