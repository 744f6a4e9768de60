/**
 * The loaded content as one run publishes it: dated by the run, and, for the public outputs,
 * only what is public at the run's moment (the domain's `publicContent`), for the members'
 * edition everything but unpublished work (`releasedContent`), each item still with its own
 * source and with references to what was left out turned into plain text.
 */
import { type PublicationMoment, publicContent, releasedContent } from '@valmistelu/domain/publication';
import type { Content } from '@valmistelu/domain/schema';
import type { ItemSource, LoadedContent } from './load-content.ts';
import { unlinkReportRefs } from './unlink-report-refs.ts';

export interface PublicationOptions {
  /** The run's date, which becomes `site.asOf`. */
  asOf: string;
  /** Only what is public at this moment; without it (the preview) everything, drafts included. */
  moment?: PublicationMoment;
  /**
   * `members`: confidential § and private persons' names stay in, drafts and news due later are
   * still left out (a draft goes into no edition). Default `public`.
   */
  edition?: 'public' | 'members';
}

/** The collections `publicContent` leaves items out of. */
const filtered = ['reports', 'meetings', 'news'] as const;

function sourcesOf(
  loaded: LoadedContent,
  name: (typeof filtered)[number],
  items: readonly { id: string }[],
  withheld: ReadonlySet<string>,
): ItemSource[] {
  const byId = new Map<string, ItemSource>();
  loaded.content[name].forEach((item, index) => {
    const source = loaded.sources[name][index];
    if (source && !byId.has(item.id)) byId.set(item.id, source);
  });
  return items.flatMap((item) => {
    const source = byId.get(item.id);
    if (!source) return [];
    const tree = source.tree && unlinkReportRefs(source.tree, withheld);
    return tree === source.tree ? [source] : [{ ...source, tree }];
  });
}

export function publicationOf(loaded: LoadedContent, options: PublicationOptions): LoadedContent {
  const dated: Content = { ...loaded.content, site: { ...loaded.content.site, asOf: options.asOf } };
  if (options.moment === undefined) return { ...loaded, content: dated };
  const select = options.edition === 'members' ? releasedContent : publicContent;
  const content = select(dated, options.moment);
  const published = new Set(content.reports.map((report) => report.id));
  const withheld = new Set(dated.reports.map((report) => report.id).filter((id) => !published.has(id)));
  const sources = { ...loaded.sources };
  for (const name of filtered) sources[name] = sourcesOf(loaded, name, content[name], withheld);
  return { ...loaded, content, sources };
}
