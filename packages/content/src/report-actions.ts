/**
 * Every `<Action>` of every report of the loaded content, with the report it stands in: the input
 * of the domain's roll-up (`actionRollup`), for the CLI's status, the site and the packs alike.
 */
import type { ActionEntry } from '@valmistelu/domain/actions';
import { collectActions } from '@valmistelu/markdown/collect-actions';
import type { LoadedContent } from './load-content.ts';

export function reportActions(loaded: Pick<LoadedContent, 'content' | 'sources'>): ActionEntry[] {
  return loaded.content.reports.flatMap((report, index) =>
    collectActions(loaded.sources.reports[index]?.tree).map((action) => ({ ...action, report: report.id })),
  );
}
