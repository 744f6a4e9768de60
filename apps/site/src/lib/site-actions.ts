/**
 * The actions roll-up of the published reports: the loader stores each report's `<Action>`
 * elements with its rendered body (`collection-entries.ts`), and the domain rolls them up as of
 * the site's date.
 */
import { getCollection } from 'astro:content';
import {
  type ActionEntry,
  type ActionEntryFields,
  type ActionRollup,
  actionRollup,
} from '@valmistelu/domain/actions';
import type { SiteModel } from './site-model.ts';

const states = new Set<unknown>(['planned', 'in-progress', 'done']);

function storedActions(value: unknown): ActionEntryFields[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const { title, owner, due, state } = (item ?? {}) as Record<string, unknown>;
    if (typeof title !== 'string' || !states.has(state)) return [];
    return [
      {
        title,
        state: state as ActionEntryFields['state'],
        ...(typeof owner === 'string' && { owner }),
        ...(typeof due === 'string' && { due }),
      },
    ];
  });
}

export async function siteActions(model: SiteModel): Promise<ActionRollup> {
  const entries = await getCollection('reports');
  const actions: ActionEntry[] = entries.flatMap((entry) =>
    storedActions(entry.rendered?.metadata?.actions).map((action) => ({ ...action, report: entry.id })),
  );
  return actionRollup(model.content, actions, model.content.site.asOf);
}
