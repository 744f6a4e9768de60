/** The parts of a report that both its own PDF and a meeting pack's attachment show. */
import { documentWords } from '@valmistelu/domain/document-words';
import type { CollectionName, ContentModel, Language, Report } from '@valmistelu/domain/schema';
import { absoluteUrl, localizedUrls, urls } from '@valmistelu/domain/urls';
import type { Root } from 'mdast';
import { contentLookup } from '../content-lookup.ts';
import { markOrigin } from '../content-origin.ts';
import { headingTag } from '../internals/tagging/heading-tag.ts';
import type { LoadedImages } from '../load-images.ts';
import { mdastToPdfmake } from '../mdast/index.ts';
import { locate, type PdfMessage } from '../messages.ts';
import { type PdfContent, pdfNode } from '../pdfmake-types.ts';
import { estimatedLines, keepTogether } from './base.ts';

/** A report with its parsed body and loaded images. */
export interface ReportInput {
  report: Report;
  /** The MDX body's tree from `loadContent`; absent when it did not parse. */
  tree: Root | undefined;
  file: string;
  images: LoadedImages;
}

export interface ReportBodyOptions {
  idPrefix: string;
  /** The document's language; the body is the translation's where the report has one. Finnish by default. */
  language?: Language;
  /** Structure level of the body's top-level headings (`BodyOptions.headingLevel`). */
  headingLevel?: number;
  contentWidth: number;
  tocDepth: number;
  outlineDepth?: number;
  outlineParentId?: string;
}

export function lineOf(content: ContentModel, report: Report) {
  const group = content.groups.find((candidate) => candidate.id === report.group);
  const line = content.lines.find((candidate) => candidate.id === group?.line);
  return { group, line };
}

export function lineName(line: ReturnType<typeof lineOf>['line']): string | undefined {
  if (!line) return undefined;
  return line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name;
}

/** Which items are translated into a document's language, for marking the others' names (`lang`). */
export type TranslatedIds = Partial<Record<CollectionName, readonly string[]>>;

/** An item's name as a fact of a document in `language`: marked as the main language's where untranslated. */
export function nameIn(
  language: Language,
  translated: TranslatedIds,
  collection: CollectionName,
  id: string,
  name: string,
): PdfContent {
  return language === 'fi' || translated[collection]?.includes(id)
    ? name
    : pdfNode({ text: name, style: 'factValue', lang: 'fi' });
}

export function reportFacts(
  content: ContentModel,
  report: Report,
  language: Language = 'fi',
  translated: TranslatedIds = {},
): [string, PdfContent | undefined][] {
  const { group, line } = lineOf(content, report);
  const name = (collection: CollectionName, id: string | undefined, text: string | undefined) =>
    id === undefined || text === undefined ? undefined : nameIn(language, translated, collection, id, text);
  const { date, span, report: words } = documentWords[language];
  const person = (id: string | undefined) => content.people.find((candidate) => candidate.id === id)?.name;
  // A report translated into the document's language has a page in it too (`/sv/rapporter/<id>/`).
  const pages = language !== 'fi' && translated.reports?.includes(report.id) ? localizedUrls[language] : urls;
  const pageUrl = absoluteUrl(content.site.url, pages.report(report.id));
  return [
    [words.facts.group, name('groups', group?.id, group?.name)],
    [words.facts.line, name('lines', line?.id, lineName(line))],
    [words.facts.kind, words.kinds[report.kind]],
    [words.facts.period, span(report.period.start, report.period.end)],
    [words.facts.due, report.due && date(report.due)],
    [words.facts.state, words.states[report.state]],
    [words.facts.submitted, report.submitted && date(report.submitted)],
    [words.facts.author, person(report.author)],
    [words.facts.online, { text: pageUrl, link: pageUrl, style: ['factValue', 'link'] }],
  ];
}

export function renderReportBody(
  content: ContentModel,
  input: ReportInput,
  options: ReportBodyOptions,
): { content: PdfContent[]; messages: PdfMessage[] } {
  const language = options.language ?? 'fi';
  const words = documentWords[language].report;
  const extra: PdfContent[] = [];
  if (input.report.openItems.length) {
    // A short list closing the report is kept whole, rather than leaving its last item alone on a page.
    extra.push(
      keepTogether(
        [
          // A section of its own beside the body's top-level ones, as on the site's report page.
          pdfNode({ text: words.openItems, style: 'h2', tag: headingTag(options.headingLevel ?? 2) }),
          // Open items are not translated: in another language's document they are the original's.
          pdfNode({ ul: input.report.openItems, style: 'list', ...(language !== 'fi' && { lang: 'fi' }) }),
        ],
        2 + input.report.openItems.reduce((lines, item) => lines + estimatedLines(item), 0),
      ),
    );
  }
  if (!input.tree) {
    return {
      content: [
        {
          text: words.unreadable,
          style: 'unsupported',
        },
        ...extra,
      ],
      messages: [],
    };
  }
  const rendered = mdastToPdfmake(input.tree, {
    ...options,
    pageUrl: absoluteUrl(content.site.url, urls.report(input.report.id)),
    lookup: contentLookup(content),
    resolveImage: input.images.resolveImage,
  });
  return {
    content: markOrigin([...rendered.content, ...extra], { file: input.file }),
    messages: locate(input.file, rendered.messages),
  };
}
