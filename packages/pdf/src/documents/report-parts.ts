/** The parts of a report that both its own PDF and a meeting pack's attachment show. */
import { formatFinnishDate, formatFinnishSpan } from '@valmistelu/domain/dates';
import { reportKindLabels, reportStateLabels } from '@valmistelu/domain/labels';
import type { ContentModel, Report } from '@valmistelu/domain/schema';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
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

export function reportFacts(content: ContentModel, report: Report): [string, PdfContent | undefined][] {
  const { group, line } = lineOf(content, report);
  const person = (id: string | undefined) => content.people.find((candidate) => candidate.id === id)?.name;
  const pageUrl = absoluteUrl(content.site.url, urls.report(report.id));
  return [
    ['Valmisteluryhmä', group?.name],
    ['Toimintalinja', lineName(line)],
    ['Raportti', reportKindLabels[report.kind]],
    ['Raportointijakso', formatFinnishSpan(report.period.start, report.period.end)],
    ['Määräaika', report.due && formatFinnishDate(report.due)],
    ['Tila', reportStateLabels[report.state]],
    ['Jätetty', report.submitted && formatFinnishDate(report.submitted)],
    ['Laatija', person(report.author)],
    ['Verkossa', { text: pageUrl, link: pageUrl, style: ['factValue', 'link'] }],
  ];
}

export function renderReportBody(
  content: ContentModel,
  input: ReportInput,
  options: ReportBodyOptions,
): { content: PdfContent[]; messages: PdfMessage[] } {
  const extra: PdfContent[] = [];
  if (input.report.openItems.length) {
    // A short list closing the report is kept whole, rather than leaving its last item alone on a page.
    extra.push(
      keepTogether(
        [
          // A section of its own beside the body's top-level ones, as on the site's report page.
          pdfNode({ text: 'Avoimet kysymykset', style: 'h2', tag: headingTag(options.headingLevel ?? 2) }),
          { ul: input.report.openItems, style: 'list' },
        ],
        2 + input.report.openItems.reduce((lines, item) => lines + estimatedLines(item), 0),
      ),
    );
  }
  if (!input.tree) {
    return {
      content: [
        {
          text: 'Raportin tekstiä ei voitu lukea: katso komennon valmistelu check ilmoitukset.',
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
