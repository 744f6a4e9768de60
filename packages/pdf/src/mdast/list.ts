/**
 * Ordered, unordered and nested lists, and GFM task lists. A task item carries a drawn check box
 * (Roboto has no ballot-box glyph) in place of its bullet.
 */
import type { List, ListItem } from 'mdast';
import { type PdfContent, pdfNode } from '../pdfmake-types.ts';
import type { RenderContext } from './context.ts';
import { renderParagraph } from './paragraph.ts';

const boxSize = 8;

function checkBox(checked: boolean): string {
  const tick = checked
    ? '<path d="M1.8 4.2 L3.4 6 L6.4 2" fill="none" stroke="#1f3a5f" stroke-width="1.2"/>'
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${boxSize}" height="${boxSize}" viewBox="0 0 8 8"><rect x="0.4" y="0.4" width="7.2" height="7.2" fill="none" stroke="#1f3a5f" stroke-width="0.8"/>${tick}</svg>`;
}

function renderItemBody(item: ListItem, context: RenderContext): PdfContent {
  const blocks = item.children.flatMap((child) =>
    child.type === 'paragraph' ? renderParagraph(child, context, 'listParagraph') : context.blocks([child]),
  );
  return blocks.length === 1 && blocks[0] !== undefined ? blocks[0] : { stack: blocks };
}

function renderItem(item: ListItem, context: RenderContext, isTaskList: boolean): PdfContent {
  const body = renderItemBody(item, context);
  if (!isTaskList) return body;
  const box =
    typeof item.checked === 'boolean'
      ? // Drawn, so the tagged PDF says in words what the box shows.
        {
          svg: checkBox(item.checked),
          width: boxSize,
          margin: [0, 2.5, 0, 0],
          alt: item.checked ? 'tehty' : 'tekemättä',
        }
      : { text: '', width: boxSize };
  return pdfNode({ columns: [box, { stack: [body], width: '*' }], columnGap: 5, listType: 'none' });
}

export function renderList(node: List, context: RenderContext): PdfContent[] {
  const isTaskList = node.children.some((item) => typeof item.checked === 'boolean');
  const items = node.children.map((item) => renderItem(item, context, isTaskList));
  if (node.ordered) {
    return [
      { ol: items, style: 'list', ...(node.start != null && node.start !== 1 && { start: node.start }) },
    ];
  }
  return [{ ul: items, style: 'list' }];
}
