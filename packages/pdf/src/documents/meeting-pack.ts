/**
 * A meeting pack: what the steering group reads before it meets. Cover with the decisions asked,
 * table of contents, agenda with the page of each item, the items, the status of the groups under
 * the body, each report on the agenda in full, the current timelines and the organisation chart.
 * Page numbers run through the whole pack; bookmarks mirror the table of contents.
 */
import { type ActionEntry, actionRollup } from '@valmistelu/domain/actions';
import { type DocumentWords, documentWords } from '@valmistelu/domain/document-words';
import { confidentialText } from '@valmistelu/domain/minutes-text';
import type { AgendaItem, ContentModel, Language, Meeting } from '@valmistelu/domain/schema';
import { absoluteUrl, localizedUrls, mainLanguage, urls } from '@valmistelu/domain/urls';
import { collectActions } from '@valmistelu/markdown/collect-actions';
import type { PdfMessage } from '../messages.ts';
import {
  type DynamicContent,
  type PdfContent,
  pdfNode,
  type TableCell,
  type TDocumentDefinitions,
} from '../pdfmake-types.ts';
import {
  contentBox,
  documentSettings,
  exampleNotice,
  factTable,
  keepTogether,
  runningHeader,
} from './base.ts';
import { organisationChartSvg, timelineSvg } from './charts.ts';
import { type Edition, editionFooter, editionKicker } from './edition.ts';
import { navigationHeading } from './navigation.ts';
import { openActionsSection } from './open-actions.ts';
import type { BuiltDocument } from './report-document.ts';
import { type ReportInput, renderReportBody, reportFacts } from './report-parts.ts';
import { statusOverview } from './status-overview.ts';

interface Attachment {
  number: number;
  item: AgendaItem;
  input: ReportInput;
  id: string;
}

const ids = {
  agenda: 'esityslista',
  items: 'asiat',
  status: 'tilannekatsaus',
  actions: 'avoimet-toimenpiteet',
  attachments: 'liitteet',
  charts: 'kaaviot',
  item: (number: number) => `pykala-${number}`,
  attachment: (number: number) => `liite-${number}`,
};

function attachmentsOf(meeting: Meeting, inputs: ReadonlyMap<string, ReportInput>): Attachment[] {
  let number = 0;
  return meeting.agenda.flatMap((item) =>
    item.reports.flatMap((reportId) => {
      const input = inputs.get(reportId);
      if (!input) return [];
      number += 1;
      return [{ number, item, input, id: ids.attachment(number) }];
    }),
  );
}

const pageRef = (id: string): PdfContent => ({ pageReference: id, style: 'pageNumber' });

/** The pack's language, its words and its meeting pages (the reports' pages are the main language's). */
interface PackLanguage {
  language: Language;
  words: DocumentWords;
  pages: (typeof localizedUrls)[Language];
}

/**
 * A part that stays in the main language (a report, the status, the charts) inside a pack in
 * another: one element marked with its language, so that a screen reader switches voice. The
 * main language's pack is left exactly as it was.
 */
function inMainLanguage(at: PackLanguage, content: PdfContent[]): PdfContent[] {
  return at.language === mainLanguage ? content : [pdfNode({ stack: content, lang: mainLanguage })];
}

function cover(
  content: ContentModel,
  meeting: Meeting,
  bodyName: string,
  when: string,
  edition: Edition,
  at: PackLanguage,
): PdfContent[] {
  const { words } = at;
  const { minutes: text, pack } = words;
  const person = (id: string | undefined) => content.people.find((candidate) => candidate.id === id)?.name;
  const pageUrl = absoluteUrl(content.site.url, at.pages.meeting(meeting.id));
  const decisions = meeting.agenda.filter((item) => item.proposal);
  return [
    { text: editionKicker(edition, pack.kicker, at.language), style: 'coverKicker' },
    { text: bodyName, style: 'coverTitle' },
    {
      text: meeting.number ? `${text.meeting} ${meeting.number} · ${when}` : `${text.meeting} ${when}`,
      style: 'coverSubtitle',
    },
    factTable([
      [text.facts.time, when],
      [text.facts.place, meeting.place],
      [text.facts.chair, person(meeting.chair)],
      [pack.secretary, person(meeting.secretary)],
      [text.facts.online, { text: pageUrl, link: pageUrl, style: ['factValue', 'link'] }],
    ]),
    { text: pack.decisionsAsked, style: 'subsectionTitle' },
    decisions.length
      ? {
          stack: decisions.map((item) => ({
            stack: [
              {
                text: `§ ${item.number} ${item.title}`,
                bold: true,
                linkToDestination: ids.item(item.number),
              },
              { text: [{ text: `${text.proposal}: `, style: 'muted' }, item.proposal ?? ''] },
            ],
            margin: [0, 0, 0, 6],
          })),
        }
      : { text: pack.noDecisionsAsked, style: 'muted' },
    ...exampleNotice(meeting.example, at.language),
  ];
}

function agendaTable(
  content: ContentModel,
  meeting: Meeting,
  attachments: readonly Attachment[],
  at: PackLanguage,
): PdfContent {
  const { pack } = at.words;
  const rows = meeting.agenda.map((item): TableCell[] => {
    const own = attachments.filter((attachment) => attachment.item === item);
    return [
      { text: `§ ${item.number}`, bold: true },
      {
        stack: [
          {
            text: item.title,
            link: absoluteUrl(content.site.url, at.pages.agendaItem(meeting.id, item.number)),
            style: 'link',
          },
          ...own.map((attachment) => ({
            text: [
              `${pack.attachment(attachment.number)}: ${attachment.input.report.title}${pack.pageShort}`,
              { pageReference: attachment.id },
            ],
            style: ['small', 'muted'],
            linkToDestination: attachment.id,
          })),
          ...(item.confidential
            ? [{ text: confidentialText(item.confidential, at.language), style: ['small', 'muted'] }]
            : []),
        ],
      },
      pageRef(ids.item(item.number)),
    ];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [32, '*', 36],
      body: [
        [
          { text: '§', style: 'tableHeader' },
          { text: pack.itemColumn, style: 'tableHeader' },
          { text: pack.pageColumn, style: ['tableHeader', 'pageNumber'] },
        ],
        ...rows,
      ],
    },
    layout: 'grid',
    style: 'table',
  };
}

function agendaItem(
  content: ContentModel,
  meeting: Meeting,
  item: AgendaItem,
  attachments: readonly Attachment[],
  at: PackLanguage,
): PdfContent {
  const { minutes: text, pack } = at.words;
  const presenter = content.people.find((person) => person.id === item.presenter)?.name;
  const own = attachments.filter((attachment) => attachment.item === item);
  return {
    stack: [
      navigationHeading({
        id: ids.item(item.number),
        text: `§ ${item.number} ${item.title}`,
        level: 2,
        parent: ids.items,
      }),
      ...(item.confidential
        ? [{ text: confidentialText(item.confidential, at.language), bold: true, style: 'paragraph' }]
        : []),
      ...(presenter ? [{ text: `${text.presenter}: ${presenter}`, style: ['small', 'muted'] }] : []),
      ...(item.description ? [{ text: item.description, style: 'paragraph' }] : []),
      ...otherAttachments(item, at),
      ...(own.length
        ? [
            {
              ul: own.map((attachment) => ({
                text: [
                  `${pack.attachment(attachment.number)}: ${attachment.input.report.title}${pack.pageLong}`,
                  { pageReference: attachment.id },
                ],
                linkToDestination: attachment.id,
              })),
              style: 'list',
            },
          ]
        : []),
      ...(item.proposal
        ? [
            {
              table: {
                widths: ['*'],
                body: [[{ text: [{ text: `${text.proposal}: `, bold: true }, item.proposal] }]],
              },
              layout: 'note',
              style: 'block',
            },
          ]
        : []),
      ...(item.decision
        ? [{ text: [{ text: `${text.decision}: `, bold: true }, item.decision], style: 'paragraph' }]
        : []),
      {
        text: pack.itemOnline,
        link: absoluteUrl(content.site.url, at.pages.agendaItem(meeting.id, item.number)),
        style: ['small', 'link'],
        margin: [0, 0, 0, 10],
      },
    ],
  };
}

function attachmentSection(
  content: ContentModel,
  attachment: Attachment,
  header: string,
  at: PackLanguage,
): { section: PdfContent[]; header: DynamicContent; messages: PdfMessage[] } {
  const { pack } = at.words;
  const { report } = attachment.input;
  const body = renderReportBody(content, attachment.input, {
    idPrefix: `${attachment.id}-`,
    // Under "Liite N" (H3), which is under "Liitteet" (H2).
    headingLevel: 4,
    contentWidth: contentBox('A4', 'portrait').width,
    tocDepth: 0,
    outlineDepth: 2,
    outlineParentId: attachment.id,
  });
  const label = `§ ${attachment.item.number} · ${pack.attachment(attachment.number)}`;
  return {
    section: [
      { text: label.toUpperCase(), style: 'coverKicker' },
      navigationHeading({
        id: attachment.id,
        text: `${pack.attachment(attachment.number)}: ${report.title}`,
        level: 2,
        parent: ids.attachments,
        link: absoluteUrl(content.site.url, urls.report(report.id)),
      }),
      // The reports are not translated yet: a report stays in the main language.
      ...inMainLanguage(at, [
        factTable(reportFacts(content, report)),
        ...(report.summary
          ? [{ text: [{ text: 'Tiivistelmä: ', bold: true }, report.summary], style: 'paragraph' }]
          : []),
        ...body.content,
      ]),
    ],
    header: runningHeader(`${label}: ${report.title}`, header),
    messages: body.messages,
  };
}

/** "Liitteet": each attachment with the page it starts on. */
function attachmentList(attachments: readonly Attachment[], at: PackLanguage): PdfContent[] {
  const { pack } = at.words;
  return [
    navigationHeading({ id: ids.attachments, text: pack.attachments, level: 1 }),
    {
      table: {
        widths: [60, '*', 36],
        body: attachments.map((attachment) => [
          pdfNode({
            text: pack.attachment(attachment.number),
            bold: true,
            tag: 'TH',
            scope: 'Row',
          }) as TableCell,
          {
            text: `${attachment.input.report.title} (§ ${attachment.item.number})`,
            linkToDestination: attachment.id,
          },
          pageRef(attachment.id),
        ]),
      },
      layout: 'grid',
      style: 'table',
      margin: [0, 2, 0, 18],
    },
  ];
}

/** The timelines whose period includes the meeting; the first timeline when none does. */
function currentTimelines(content: ContentModel, meeting: Meeting) {
  const current = content.timelines.filter(
    (timeline) => timeline.start.first <= meeting.date && meeting.date <= timeline.end.last,
  );
  return current.length ? current : content.timelines.slice(0, 1);
}

/** Attachments other than reports, each with its text, or only its title and basis when confidential and public. */
function otherAttachments(item: AgendaItem, at: PackLanguage): PdfContent[] {
  const label = at.words.minutes.attachment;
  return item.attachments.map((attachment) => ({
    stack: [
      {
        text: attachment.confidential
          ? `${label}: ${attachment.title} – ${confidentialText(attachment.confidential, at.language)}`
          : `${label}: ${attachment.title}`,
        bold: true,
      },
      ...(attachment.text ? [{ text: attachment.text, style: 'paragraph' }] : []),
    ],
    style: 'block',
  }));
}

export interface MeetingPackOptions {
  /** The members' edition carries confidential content and says so on every page. */
  edition?: Edition;
  /** Every report's `<Action>`s, for "Avoimet toimenpiteet"; else those of the reports in `inputs`. */
  actions?: readonly ActionEntry[];
  /**
   * The language of the fixed wording, the dates and the meeting's links; the texts are the
   * content's, so a pack in another language is given that language's content. The reports, the
   * status and the charts, not translated, stay in the main language and are marked so.
   */
  language?: Language;
}

function actionsOfInputs(inputs: ReadonlyMap<string, ReportInput>): ActionEntry[] {
  return [...inputs.values()].flatMap((input) =>
    collectActions(input.tree).map((action) => ({ ...action, report: input.report.id })),
  );
}

export function meetingPackDocument(
  content: ContentModel,
  meeting: Meeting,
  inputs: ReadonlyMap<string, ReportInput>,
  { edition = 'public', actions, language = mainLanguage }: MeetingPackOptions = {},
): BuiltDocument {
  const at: PackLanguage = { language, words: documentWords[language], pages: localizedUrls[language] };
  const { words } = at;
  const { pack } = words;
  const body = content.bodies.find((candidate) => candidate.id === meeting.body);
  const bodyName = body?.name ?? meeting.body;
  const shortName = body?.shortName ?? bodyName;
  const when = `${words.date(meeting.date)}${meeting.time ? words.at(meeting.time) : ''}`;
  const packName = `${shortName} ${meeting.number ?? ''} · ${words.date(meeting.date)}`.replace(/\s+·/, ' ·');
  const attachments = attachmentsOf(meeting, inputs);
  // A pack for a past meeting shows the status as it was then, not as of today.
  const statusDate = meeting.date.localeCompare(content.site.asOf) < 0 ? meeting.date : content.site.asOf;
  const landscape = contentBox('A4', 'landscape');
  const chartBox = { width: landscape.width, height: landscape.height - 40 };
  const built = attachments.map((attachment) => attachmentSection(content, attachment, packName, at));
  const timelines = currentTimelines(content, meeting);
  const rollup = actionRollup(content, actions ?? actionsOfInputs(inputs), statusDate);

  const sections: PdfContent[] = [
    { section: cover(content, meeting, bodyName, when, edition, at), header: null },
    {
      section: [
        { toc: { title: { text: pack.contents, style: 'tocTitle' }, numberStyle: 'tocNumber' } },
        navigationHeading({ id: ids.agenda, text: pack.agenda, level: 1, afterText: true }),
        agendaTable(content, meeting, attachments, at),
      ],
      header: runningHeader(packName, pack.agenda),
    },
    // The items, the status and the open actions run on from one to the next: each starting a
    // page of its own left pages holding the last lines of the one before.
    {
      section: [
        navigationHeading({ id: ids.items, text: pack.items, level: 1 }),
        ...meeting.agenda.map((item) => agendaItem(content, meeting, item, attachments, at)),
        navigationHeading({
          id: ids.status,
          text: pack.status,
          level: 1,
          afterText: true,
        }),
        ...inMainLanguage(at, statusOverview(content, meeting.body, statusDate)),
        // A short list of actions is not split over two pages (its two tables hold each action once).
        keepTogether(
          [
            navigationHeading({ id: ids.actions, text: pack.actions, level: 1, afterText: true }),
            ...inMainLanguage(at, openActionsSection(content, rollup)),
          ],
          6 + 4 * rollup.open.length,
        ),
      ],
      header: runningHeader(packName, pack.itemsHeader),
    },
    // The list of attachments opens the first one's pages rather than taking a page of its own.
    ...built.map((entry, index) => ({
      section: index === 0 ? [...attachmentList(attachments, at), ...entry.section] : entry.section,
      header: entry.header,
    })),
    ...timelines.map((timeline, index) => ({
      section: [
        navigationHeading({
          id: `aikataulu-${timeline.id}`,
          text: `${pack.timeline}: ${timeline.title}`,
          level: 1,
        }),
        ...inMainLanguage(at, [timelineSvg(content, timeline, chartBox, `pack-${index}`)]),
      ],
      pageOrientation: 'landscape' as const,
      header: runningHeader(packName, pack.timeline),
    })),
    {
      section: [
        navigationHeading({ id: 'organisaatio', text: pack.organisation, level: 1 }),
        ...inMainLanguage(at, [organisationChartSvg(content, chartBox)]),
      ],
      pageOrientation: 'landscape',
      header: runningHeader(packName, pack.organisationHeader),
    },
  ];

  const doc: TDocumentDefinitions = {
    ...documentSettings({
      title: `${bodyName}: ${pack.name} ${meeting.number ?? words.date(meeting.date)}`,
      subject: `${words.minutes.meeting} ${when}, ${meeting.place}`,
      author: content.site.name,
      date: meeting.date,
      language,
    }),
    images: Object.assign({}, ...attachments.map((attachment) => attachment.input.images.images)),
    footer: editionFooter(edition, packName, language),
    content: sections,
  };
  return { doc, messages: built.flatMap((entry) => entry.messages) };
}
