/** `<GroupRef id="…" />`: the group's name, linked to its page on the site. */
import type { RenderContext } from '../context.ts';
import type { InlineRun } from '../inline-run.ts';
import { type ComponentElement, stringAttribute } from './attributes.ts';

export function renderGroupRef(node: ComponentElement, context: RenderContext): InlineRun[] {
  const id = stringAttribute(node, 'id');
  const group = id === undefined ? undefined : context.options.lookup.group(id);
  if (!group)
    return [
      context.fail(
        node,
        id === undefined
          ? '<GroupRef>: määrite "id" puuttuu'
          : `<GroupRef>: tuntematon valmisteluryhmä id="${id}"`,
      ),
    ];
  return [{ text: group.name, link: group.url, style: ['link'] }];
}
