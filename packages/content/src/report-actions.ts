/**
 * Every `<Action>` of every report of the loaded content, with the report it stands in: the input
 * of the domain's roll-up (`actionRollup`), for the CLI's status, the site and the packs alike.
 */
import type { ActionEntry } from '@valmistelu/domain/actions';
import type { ContentModel } from '@valmistelu/domain/schema';
import { collectActions } from '@valmistelu/markdown/collect-actions';
import type { Root } from 'mdast';

/** The part of `LoadedContent` it reads, so that the PDFs' slimmer sources do too. */
export interface ReportTrees {
  content: Pick<ContentModel, 'reports'>;
  sources: { reports: readonly { tree?: Root }[] };
}

export function reportActions(loaded: ReportTrees): ActionEntry[] {
  return loaded.content.reports.flatMap((report, index) =>
    collectActions(loaded.sources.reports[index]?.tree).map((action) => ({ ...action, report: report.id })),
  );
}
