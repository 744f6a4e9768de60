/**
 * Every `<Action>` of a report's MDX body as plain data, in reading order: its text and its
 * owner, due day and state attributes. The roll-up across reports (`@valmistelu/domain/actions`)
 * works on these, so it never needs a syntax tree.
 *
 * @example
 *   collectActions(tree) // [{ title: 'Yhdyspintatyöryhmän valmistelu.', owner: 'timo-vesiluoma', due: '2018-05-31', state: 'in-progress' }]
 */
import type { ActionEntryFields } from '@valmistelu/domain/actions';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { componentAttribute } from './components.ts';

const states = new Set(['planned', 'in-progress', 'done']);

export function collectActions(tree: Root | undefined): ActionEntryFields[] {
  const actions: ActionEntryFields[] = [];
  if (!tree) return actions;
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (element.name !== 'Action') return;
    const owner = componentAttribute(element, 'owner');
    const due = componentAttribute(element, 'due');
    const state = componentAttribute(element, 'state');
    actions.push({
      title: mdastToString(element).replace(/\s+/g, ' ').trim(),
      ...(owner !== undefined && { owner }),
      ...(due !== undefined && { due }),
      state: state !== undefined && states.has(state) ? (state as ActionEntryFields['state']) : 'planned',
      ...(element.position && { line: element.position.start.line }),
    });
  });
  return actions;
}
