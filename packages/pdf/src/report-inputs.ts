/** Pairs each report with its parsed body and loads the body's images: the async part of reports. */
import type { ItemSource, LoadedContent } from '@valmistelu/content';
import { reportActions } from '@valmistelu/content/report-actions';
import type { ActionEntry } from '@valmistelu/domain/actions';
import type { CollectionName, ContentModel, Language } from '@valmistelu/domain/schema';
import type { Root } from 'mdast';
import type { ReportInput } from './documents/report-parts.ts';
import { loadImages } from './load-images.ts';

/** A report's file and, where the PDFs need it, its body's tree, position and images. */
export type ReportSource = Pick<ItemSource, 'file' | 'tree' | 'bodyLineOffset' | 'images'>;

/** The part of `LoadedContent` the PDFs read: plain data, so it can be sent to a worker thread. */
export interface PdfSources {
  content: LoadedContent['content'];
  contentDir: string;
  sources: { reports: readonly ReportSource[] };
  /**
   * Every report's `<Action>`s, for the packs' open actions; taken from the trees when absent,
   * and kept here when the trees are left out (`slimPdfSources`).
   */
  actions?: readonly ActionEntry[];
  /** The organisation's logo for the covers (`site.yaml`'s `identity.logo`), read and checked. */
  logo?: LoadedContent['logo'];
  /**
   * The other languages' content (`loaded.translations`): every item, translated ones merged,
   * and which meetings are translated, for the documents made in that language.
   */
  translations?: Partial<Record<Language, PdfTranslation>>;
}

/** One language's content for its documents. */
export interface PdfTranslation {
  content: ContentModel;
  /** Ids of the translated items, per collection (`loadContent`'s `translated`). */
  translated: { meetings: readonly string[] } & Partial<Record<CollectionName, readonly string[]>>;
  /**
   * The reports' sources in the language, in the order of `content.reports`: a tree only where
   * the translation has a body of its own (`X.sv.mdx` with text), whose report gets a PDF in it.
   */
  sources?: { reports: readonly ReportSource[] };
  /** Per translated meeting, the paths of the texts its translation leaves out (`untranslatedPaths`). */
  untranslatedMeetingTexts?: Readonly<Record<string, readonly (readonly (string | number)[])[]>>;
}

/** What `loadContent` records of each translation: its item and the texts it lacks. */
interface TranslationRecords {
  records?: readonly { collection: string; id?: string; untranslated: readonly PropertyKey[][] }[];
}

function untranslatedMeetingTexts(translation: PdfTranslation & TranslationRecords) {
  if (translation.untranslatedMeetingTexts) return translation.untranslatedMeetingTexts;
  const entries = (translation.records ?? []).flatMap((record) =>
    record.collection === 'meetings' && record.id && record.untranslated.length > 0
      ? [
          [
            record.id,
            record.untranslated.map((path) =>
              path.map((key) => (typeof key === 'number' ? key : String(key))),
            ),
          ] as const,
        ]
      : [],
  );
  return Object.fromEntries(entries);
}

const reportSource = ({ file, tree, bodyLineOffset, images }: ReportSource): ReportSource => ({
  file,
  ...(tree && { tree }),
  ...(bodyLineOffset !== undefined && { bodyLineOffset }),
  ...(images && { images }),
});

/**
 * A translation's report sources with the trees of its own bodies only: a report whose body is
 * not translated has the original's tree there (the site shows it), which its PDF already has.
 */
function ownBodies(
  translation: PdfTranslation,
  main: Pick<PdfSources, 'content' | 'sources'>,
): ReportSource[] {
  const mainTrees = new Map(
    main.content.reports.map((report, index) => [report.id, main.sources.reports[index]?.tree]),
  );
  const translated = new Set(translation.translated.reports);
  return (translation.sources?.reports ?? []).map((source, index) => {
    const id = translation.content.reports[index]?.id ?? '';
    return source.tree && translated.has(id) && source.tree !== mainTrees.get(id)
      ? reportSource(source)
      : { file: source.file };
  });
}

/** Each translation's content without what `transform` leaves out; none when there are none. */
function translationsOf(
  translations: PdfSources['translations'],
  transform: (content: ContentModel) => ContentModel,
  main: Pick<PdfSources, 'content' | 'sources'>,
): Pick<PdfSources, 'translations'> {
  const entries = Object.entries(translations ?? {}).flatMap(([language, translation]) =>
    translation
      ? [
          [
            language,
            {
              content: transform(translation.content),
              translated: translation.translated,
              // Kept in the slim sources too: translated bodies are few, and a worker renders them.
              sources: { reports: ownBodies(translation, main) },
              untranslatedMeetingTexts: untranslatedMeetingTexts(translation),
            },
          ] as const,
        ]
      : [],
  );
  return entries.length ? { translations: Object.fromEntries(entries) } : {};
}

const withoutSiteOnly = (content: ContentModel): ContentModel => ({ ...content, news: [], channels: [] });

const withoutBodies = (content: ContentModel): ContentModel => ({
  ...content,
  reports: content.reports.map((report) => ({ ...report, body: '' })),
});

/**
 * What the PDFs are made from: the content without what only the site shows (news and channels),
 * so that a document cannot depend on them, and an edited news item leaves every document's
 * inputs (`@valmistelu/pdf-publish`'s `job-inputs.ts`) as they were.
 */
export function pdfSourcesOf(loaded: PdfSources): PdfSources {
  const content = withoutSiteOnly(loaded.content);
  const reports = loaded.sources.reports.map(reportSource);
  const { translations: _all, ...rest } = loaded;
  return {
    ...rest,
    content,
    contentDir: loaded.contentDir,
    sources: { reports },
    ...translationsOf(loaded.translations, withoutSiteOnly, loaded),
  };
}

/** The actions of every report: kept ones, or read from the trees. */
export function actionsOf(loaded: PdfSources): readonly ActionEntry[] {
  return loaded.actions ?? reportActions(loaded);
}

/**
 * The model without report bodies and syntax trees, for a worker thread: those are the bulk of
 * the content, and each job sends just the trees it renders (`withTrees`). Every worker holding
 * the whole content would multiply the memory of a large organisation by the number of workers.
 */
export function slimPdfSources(loaded: PdfSources): PdfSources {
  const content = withoutBodies(loaded.content);
  const reports = loaded.sources.reports.map(({ file }) => ({ file }));
  return {
    content,
    contentDir: loaded.contentDir,
    sources: { reports },
    actions: actionsOf(loaded),
    ...(loaded.logo && { logo: loaded.logo }),
    ...translationsOf(loaded.translations, withoutBodies, loaded),
  };
}

/** A report's syntax tree, addressed by its position in `content.reports`. */
export interface ReportTree {
  index: number;
  tree: Root | undefined;
}

/** The trees of the given reports, to send along with a job. */
export function treesOf(loaded: PdfSources, ids: readonly string[]): ReportTree[] {
  const wanted = new Set(ids);
  return loaded.content.reports.flatMap((report, index) =>
    wanted.has(report.id) ? [{ index, tree: loaded.sources.reports[index]?.tree }] : [],
  );
}

/** A slim `PdfSources` with some trees put back. */
export function withTrees(slim: PdfSources, trees: readonly ReportTree[]): PdfSources {
  const reports = [...slim.sources.reports];
  for (const { index, tree } of trees) {
    const file = reports[index]?.file ?? '';
    reports[index] = tree ? { file, tree } : { file };
  }
  return { ...slim, sources: { reports } };
}

const emptyTree: Root = { type: 'root', children: [] };

export async function loadReportInputs(
  loaded: PdfSources,
  ids?: readonly string[],
): Promise<Map<string, ReportInput>> {
  const inputs = new Map<string, ReportInput>();
  for (const [index, report] of loaded.content.reports.entries()) {
    if (ids && !ids.includes(report.id)) continue;
    const source = loaded.sources.reports[index];
    const file = source?.file ?? report.id;
    const tree = source?.tree;
    const images = await loadImages(tree ?? emptyTree, { file, contentDir: loaded.contentDir });
    inputs.set(report.id, { report, tree, file, images });
  }
  // The same reports' translated bodies, under `translatedReportKey`.
  for (const [code, translation] of Object.entries(loaded.translations ?? {})) {
    if (!translation) continue;
    for (const [index, report] of translation.content.reports.entries()) {
      const source = translation.sources?.reports[index];
      if (!source?.tree || (ids && !ids.includes(report.id))) continue;
      const images = await loadImages(source.tree, { file: source.file, contentDir: loaded.contentDir });
      inputs.set(translatedReportKey(code as Language, report.id), {
        report,
        tree: source.tree,
        file: source.file,
        images,
      });
    }
  }
  return inputs;
}

/** The key of a report's input in another language in `loadReportInputs`' map. */
export const translatedReportKey = (language: Language, id: string) => `${language}/${id}`;

/** Which reports have a body of their own in a translation, and so a PDF in its language. */
export function translatedReportIds(translation: PdfTranslation | undefined): string[] {
  if (!translation) return [];
  return translation.content.reports.flatMap((report, index) =>
    translation.sources?.reports[index]?.tree ? [report.id] : [],
  );
}
