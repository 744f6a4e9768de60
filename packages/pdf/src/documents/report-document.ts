/**
 * A group report as its own PDF: cover, table of contents, the body's sections, "sivu N / M" and
 * a running header with the group and the report.
 */
import { documentWords } from '@valmistelu/domain/document-words';
import type { ContentModel, Language } from '@valmistelu/domain/schema';
import type { Root } from 'mdast';
import type { PdfMessage } from '../messages.ts';
import { type PdfContent, pdfNode, type TDocumentDefinitions } from '../pdfmake-types.ts';
import {
  contentBox,
  documentSettings,
  exampleNotice,
  factTable,
  keepTogether,
  pageFooter,
  runningHeader,
} from './base.ts';
import {
  lineOf,
  type ReportInput,
  renderReportBody,
  reportFacts,
  type TranslatedIds,
} from './report-parts.ts';

export interface BuiltDocument {
  doc: TDocumentDefinitions;
  messages: PdfMessage[];
}

function summaryBlock(summary: string | undefined, title: string): PdfContent[] {
  return summary
    ? [
        { text: title, style: 'subsectionTitle' },
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

/**
 * A report's PDF; in another language than the main one from its translation (`content` the
 * translation's, `input` with the translated body's tree), with that language's fixed texts.
 */
export function reportDocument(
  content: ContentModel,
  input: ReportInput,
  language: Language = 'fi',
  translated: TranslatedIds = {},
): BuiltDocument {
  const { report } = input;
  const words = documentWords[language].report;
  const { group } = lineOf(content, report);
  const groupName = group?.name ?? report.group;
  const kind = words.kinds[report.kind];
  const tocDepth = 2;
  const body = renderReportBody(content, input, {
    ...(language !== 'fi' && { language, translated }),
    idPrefix: 'r-',
    contentWidth: contentBox('A4', 'portrait').width,
    tocDepth,
  });
  const cover: PdfContent[] = [
    { text: kind.toUpperCase(), style: 'coverKicker' },
    { text: report.title, style: 'coverTitle' },
    pdfNode({
      text: groupName,
      style: 'coverSubtitle',
      ...(group && language !== 'fi' && !translated.groups?.includes(group.id) && { lang: 'fi' }),
    }),
    factTable(reportFacts(content, report, language, translated)),
    ...summaryBlock(report.summary, words.summary),
    ...exampleNotice(report.example, language),
    { text: content.site.name, style: ['small', 'muted'], margin: [0, 24, 0, 0] },
  ];
  return {
    doc: {
      ...documentSettings({
        title: report.title,
        subject: `${kind}: ${groupName}`,
        author: content.site.name,
        date: content.site.asOf,
        language,
      }),
      images: input.images.images,
      header: runningHeader(groupName, report.title, true),
      footer: pageFooter(`${kind} · ${groupName}`, language),
      // The contents go under the cover's facts (a page of its own held a few lines), and onto
      // the next page whole when they do not fit there; the body starts on a page of its own.
      content: [
        ...cover,
        keepTogether(
          [
            {
              toc: { title: { text: words.contents, style: 'tocTitle' }, numberStyle: 'tocNumber' },
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
