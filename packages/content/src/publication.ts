/**
 * The loaded content as one run publishes it: dated by the run, and, for the public outputs,
 * only what is public at the run's moment (the domain's `publicContent`), for the members'
 * edition everything but unpublished work (`releasedContent`), each item still with its own
 * source and with references to what was left out turned into plain text.
 */
import { type PublicationMoment, publicContent, releasedContent } from '@valmistelu/domain/publication';
import type { CollectionName, ContentModel, Language } from '@valmistelu/domain/schema';
import type { ItemSource, LoadedContent } from './load-content.ts';
import type { TranslatedContent } from './load-translations.ts';
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
  all: ContentModel,
  allSources: Record<CollectionName, ItemSource[]>,
  name: (typeof filtered)[number],
  items: readonly { id: string }[],
  withheld: ReadonlySet<string>,
): ItemSource[] {
  const byId = new Map<string, ItemSource>();
  all[name].forEach((item, index) => {
    const source = allSources[name][index];
    if (source && !byId.has(item.id)) byId.set(item.id, source);
  });
  return items.flatMap((item) => {
    const source = byId.get(item.id);
    if (!source) return [];
    const tree = source.tree && unlinkReportRefs(source.tree, withheld);
    return tree === source.tree ? [source] : [{ ...source, tree }];
  });
}

/** One language's content and sources as the run publishes them. */
function publish(
  all: ContentModel,
  allSources: Record<CollectionName, ItemSource[]>,
  options: PublicationOptions,
): { content: ContentModel; sources: Record<CollectionName, ItemSource[]> } {
  const dated: ContentModel = { ...all, site: { ...all.site, asOf: options.asOf } };
  if (options.moment === undefined) return { content: dated, sources: allSources };
  const select = options.edition === 'members' ? releasedContent : publicContent;
  const content = select(dated, options.moment);
  const published = new Set(content.reports.map((report) => report.id));
  const withheld = new Set(dated.reports.map((report) => report.id).filter((id) => !published.has(id)));
  const sources = { ...allSources };
  for (const name of filtered) sources[name] = sourcesOf(dated, allSources, name, content[name], withheld);
  return { content, sources };
}

/** Every language's the same way: a draft is left out of its translations too. */
export function publicationOf(loaded: LoadedContent, options: PublicationOptions): LoadedContent {
  const translations: LoadedContent['translations'] = {};
  for (const [language, translation] of Object.entries(loaded.translations) as [
    Language,
    TranslatedContent,
  ][]) {
    const { content, sources } = publish(translation.content, translation.sources, options);
    const translated = { ...translation.translated };
    for (const name of filtered) {
      const kept = new Set(content[name].map((item) => item.id));
      translated[name] = translated[name].filter((id) => kept.has(id));
    }
    translations[language] = { ...translation, content, sources, translated };
  }
  return { ...loaded, ...publish(loaded.content, loaded.sources, options), translations };
}
