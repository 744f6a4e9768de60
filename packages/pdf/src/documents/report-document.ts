/**
 * A group report as its own PDF: cover, table of contents, the body's sections, "sivu N / M" and
 * a running header with the group and the report.
 */
import { reportKindLabels } from '@valmistelu/domain/labels';
import type { Content as Model } from '@valmistelu/domain/schema';
import type { PdfMessage } from '../messages.ts';
import type { Content, TDocumentDefinitions } from '../pdfmake-types.ts';
import { contentBox, documentSettings, exampleNotice, factTable, pageFooter, runningHeader } from './base.ts';
import { lineOf, type ReportInput, renderReportBody, reportFacts } from './report-parts.ts';

export interface BuiltDocument {
  doc: TDocumentDefinitions;
  messages: PdfMessage[];
}

function summaryBlock(summary: string | undefined): Content[] {
  return summary
    ? [
        { text: 'Tiivistelmä', style: 'subsectionTitle' },
        { text: summary, style: 'paragraph' },
      ]
    : [];
}

export function reportDocument(content: Model, input: ReportInput): BuiltDocument {
  const { report } = input;
  const { group } = lineOf(content, report);
  const groupName = group?.name ?? report.group;
  const kind = reportKindLabels[report.kind];
  const body = renderReportBody(content, input, {
    idPrefix: 'r-',
    contentWidth: contentBox('A4', 'portrait').width,
    tocDepth: 2,
  });
  const cover: Content[] = [
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
      content: [
        { stack: cover, pageBreak: 'after' },
        {
          toc: { title: { text: 'Sisällys', style: 'tocTitle' }, numberStyle: 'tocNumber' },
          pageBreak: 'after',
        },
        ...body.content,
      ],
    },
    messages: body.messages,
  };
}
