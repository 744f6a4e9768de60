/**
 * A group report as its own PDF: cover, table of contents, the body's sections, "sivu N / M" and
 * a running header with the group and the report.
 */
import { reportKindLabels } from '@valmistelu/domain/labels';
import type { ContentModel } from '@valmistelu/domain/schema';
import type { Root } from 'mdast';
import type { PdfMessage } from '../messages.ts';
import type { PdfContent, TDocumentDefinitions } from '../pdfmake-types.ts';
import {
  contentBox,
  documentSettings,
  exampleNotice,
  factTable,
  keepTogether,
  pageFooter,
  runningHeader,
} from './base.ts';
import { lineOf, type ReportInput, renderReportBody, reportFacts } from './report-parts.ts';

export interface BuiltDocument {
  doc: TDocumentDefinitions;
  messages: PdfMessage[];
}

function summaryBlock(summary: string | undefined): PdfContent[] {
  return summary
    ? [
        { text: 'Tiivistelmä', style: 'subsectionTitle' },
        { text: summary, style: 'paragraph' },
      ]
    : [];
}

/** The body's headings that its table of contents lists: top-level ones down to `tocDepth` levels. */
function tocEntryCount(tree: Root | undefined, tocDepth: number): number {
  const depths = (tree?.children ?? []).flatMap((node) => (node.type === 'heading' ? [node.depth] : []));
  const top = Math.min(...depths);
  return depths.filter((depth) => depth - top < tocDepth).length;
}

export function reportDocument(content: ContentModel, input: ReportInput): BuiltDocument {
  const { report } = input;
  const { group } = lineOf(content, report);
  const groupName = group?.name ?? report.group;
  const kind = reportKindLabels[report.kind];
  const tocDepth = 2;
  const body = renderReportBody(content, input, {
    idPrefix: 'r-',
    contentWidth: contentBox('A4', 'portrait').width,
    tocDepth,
  });
  const cover: PdfContent[] = [
    { text: kind.toUpperCase(), style: 'coverKicker' },
    { text: report.title, style: 'coverTitle' },
    { text: groupName, style: 'coverSubtitle' },
    factTable(reportFacts(content, report)),
    ...summaryBlock(report.summary),
    ...exampleNotice(report.example),
    { text: content.site.name, style: ['small', 'muted'], margin: [0, 24, 0, 0] },
  ];
  return {
    doc: {
      ...documentSettings({
        title: report.title,
        subject: `${kind}: ${groupName}`,
        author: content.site.name,
        date: content.site.asOf,
      }),
      images: input.images.images,
      header: runningHeader(groupName, report.title, true),
      footer: pageFooter(`${kind} · ${groupName}`),
      // The contents go under the cover's facts (a page of its own held a few lines), and onto
      // the next page whole when they do not fit there; the body starts on a page of its own.
      content: [
        ...cover,
        keepTogether(
          [
            {
              toc: { title: { text: 'Sisällys', style: 'tocTitle' }, numberStyle: 'tocNumber' },
              margin: [0, 24, 0, 0],
            },
          ],
          3 + tocEntryCount(input.tree, tocDepth),
        ),
        { stack: body.content, pageBreak: 'before' },
      ],
    },
    messages: body.messages,
  };
}
