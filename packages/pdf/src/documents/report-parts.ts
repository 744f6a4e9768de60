/** The parts of a report that both its own PDF and a meeting pack's attachment show. */
import { documentWords } from '@valmistelu/domain/document-words';
import type { CollectionName, ContentModel, Language, Report } from '@valmistelu/domain/schema';
import { absoluteUrl } from '@valmistelu/domain/urls';
import type { Root } from 'mdast';
import { contentLookup, pagesOf, type TranslatedIds } from '../content-lookup.ts';
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
  /**
   * Which items are translated into `language`: the report's page and the references to them
   * link their pages in it (`pagesOf`).
   */
  translated?: TranslatedIds;
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

export type { TranslatedIds } from '../content-lookup.ts';

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

/** The report's page on the site in the document's language, or in the main one when it has none there. */
function reportPageUrl(content: ContentModel, report: Report, language: Language, translated: TranslatedIds) {
  return absoluteUrl(content.site.url, pagesOf(language, translated, 'reports', report.id).report(report.id));
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
  const pageUrl = reportPageUrl(content, report, language, translated);
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
  const { translated = {}, ...bodyOptions } = options;
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
    ...bodyOptions,
    // Relative links resolve against the page the PDF says it is on the web ("På webben").
    pageUrl: reportPageUrl(content, input.report, language, translated),
    lookup: contentLookup(content, language, translated),
    resolveImage: input.images.resolveImage,
  });
  return {
    content: markOrigin([...rendered.content, ...extra], { file: input.file }),
    messages: locate(input.file, rendered.messages),
  };
}
