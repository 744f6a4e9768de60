/**
 * The minutes (pöytäkirja) of a meeting: facts, attendance from the body's composition, legality
 * and quorum, every § with its proceedings and decision, checking and display, a signature block,
 * and the appeal instructions attached at the end (kuntalaki 140 §). Built from whatever content it
 * is given: the public content for the site, the whole content for the members' edition, which
 * then says on every page that it is not public.
 */
import { type DocumentWords, documentWords } from '@valmistelu/domain/document-words';
import {
  type AttendanceRow,
  appealLine,
  appealSections,
  attendanceOf,
  checkingText,
  confidentialText,
  displayText,
  legalityText,
  participantName,
  proceedingsOf,
  sectionsText,
} from '@valmistelu/domain/minutes-text';
import type { AgendaItem, ContentModel, Language, Meeting } from '@valmistelu/domain/schema';
import { absoluteUrl, localizedUrls, mainLanguage } from '@valmistelu/domain/urls';
import { type PdfContent, pdfNode, type TableCell, type TDocumentDefinitions } from '../pdfmake-types.ts';
import { documentSettings, exampleNotice, factTable, keepTogether, runningHeader } from './base.ts';
import { type Edition, editionFooter, editionKicker } from './edition.ts';
import { navigationHeading } from './navigation.ts';
import type { BuiltDocument } from './report-document.ts';

const ids = {
  attendance: 'lasnaolo',
  sections: 'pykalat',
  signatures: 'allekirjoitukset',
  appeals: 'muutoksenhaku',
  item: (number: number) => `pykala-${number}`,
};

function attendanceTable(words: DocumentWords, title: string, rows: readonly AttendanceRow[]): PdfContent[] {
  if (rows.length === 0) return [];
  const body: TableCell[][] = [
    [
      { text: title, style: 'tableHeader' },
      { text: words.minutes.attendanceColumns.role, style: 'tableHeader' },
      { text: words.minutes.attendanceColumns.note, style: 'tableHeader' },
    ],
    ...rows.map((row): TableCell[] => [row.name, row.role, row.note ?? '']),
  ];
  return [
    {
      table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: ['*', '*', '*'], body },
      layout: 'grid',
      style: 'table',
    },
  ];
}

function labelled(label: string, text: string): PdfContent {
  return { text: [{ text: `${label}: `, bold: true }, text], style: 'paragraph' };
}

/**
 * The language of a text of the meeting: the main language's where the translation leaves it out
 * (`MinutesOptions.untranslated`), so that its element is marked `/Lang (fi)`; else the document's.
 */
type TextLang = (path: readonly PropertyKey[]) => { lang?: Language };

const sameLanguage: TextLang = () => ({});

function textLangOf(language: Language, untranslated: readonly (readonly PropertyKey[])[]): TextLang {
  if (language === mainLanguage || untranslated.length === 0) return sameLanguage;
  const keys = new Set(untranslated.map((path) => path.map(String).join('/')));
  return (path) => (keys.has(path.map(String).join('/')) ? { lang: mainLanguage } : {});
}

/** "Beslut: …": the label in the document's language, the text apart when it is in another. */
function labelledIn(label: string, text: string, lang: { lang?: Language }): PdfContent[] {
  return lang.lang
    ? [
        { text: `${label}:`, bold: true, margin: [0, 0, 0, 2] },
        pdfNode({ text, style: 'paragraph', ...lang }),
      ]
    : [labelled(label, text)];
}

function section(
  content: ContentModel,
  meeting: Meeting,
  item: AgendaItem,
  language: Language,
  textLang: TextLang = sameLanguage,
): PdfContent {
  const at = ['agenda', meeting.agenda.indexOf(item)];
  const words = documentWords[language].minutes;
  const presenter = content.people.find((person) => person.id === item.presenter)?.name;
  const reportTitles = item.reports.map(
    (id) => content.reports.find((report) => report.id === id)?.title ?? id,
  );
  const attachments = [
    ...reportTitles,
    ...item.attachments.map((attachment) =>
      attachment.confidential
        ? `${attachment.title} – ${confidentialText(attachment.confidential, language)}`
        : attachment.title,
    ),
  ];
  const confidentialAttachments = item.attachments.filter(
    (attachment) => attachment.confidential && attachment.text,
  );
  const appeal = appealLine(content, meeting, item, language);
  return {
    stack: [
      pdfNode({
        ...(navigationHeading({
          id: ids.item(item.number),
          text: `§ ${item.number} ${item.title}`,
          level: 2,
          parent: ids.sections,
        }) as object),
        ...textLang([...at, 'title']),
      }),
      ...(item.confidential
        ? [{ text: confidentialText(item.confidential, language), bold: true, style: 'paragraph' }]
        : []),
      ...(item.confidential && !item.decision && !item.proposal
        ? [{ text: words.notPublicProceedings, style: ['paragraph', 'muted'] }]
        : []),
      ...(presenter ? [{ text: `${words.presenter}: ${presenter}`, style: ['small', 'muted'] }] : []),
      ...(item.description
        ? [pdfNode({ text: item.description, style: 'paragraph', ...textLang([...at, 'description']) })]
        : []),
      ...(attachments.length
        ? [{ ul: attachments.map((title) => `${words.attachment}: ${title}`), style: 'list' }]
        : []),
      ...confidentialAttachments.map((attachment) =>
        labelled(`${attachment.title} (${attachment.confidential})`, attachment.text ?? ''),
      ),
      ...(item.proposal ? labelledIn(words.proposal, item.proposal, textLang([...at, 'proposal'])) : []),
      ...proceedingsOf(content, meeting, item, language).map((sentence) => ({
        text: sentence,
        style: 'paragraph',
      })),
      ...(item.decision ? labelledIn(words.decision, item.decision, textLang([...at, 'decision'])) : []),
      ...(appeal ? [{ text: appeal, style: ['small', 'muted'], margin: [0, 0, 0, 10] }] : []),
    ],
  } as PdfContent;
}

function signatureBlock(content: ContentModel, meeting: Meeting, words: DocumentWords): PdfContent[] {
  const { minutes } = meeting;
  const { roles } = words.minutes;
  if (!minutes) return [];
  const name = (ref: string) => participantName(content, meeting, ref);
  const line: PdfContent = { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 190, y2: 0, lineWidth: 0.5 }] };
  const signer = (role: string, ref: string): PdfContent => ({
    stack: [
      { text: ' ', margin: [0, 18, 0, 0] },
      line,
      { text: name(ref), bold: true },
      { text: role, style: 'small' },
    ],
  });
  const pairs = (signers: PdfContent[]): PdfContent[] =>
    Array.from({ length: Math.ceil(signers.length / 2) }, (_, at) => ({
      columns: signers.slice(at * 2, at * 2 + 2),
      columnGap: 24,
      margin: [0, 0, 0, 12],
    }));
  // The signatures follow the last § on its page, kept together on one page.
  return [
    keepTogether(
      [
        navigationHeading({ id: ids.signatures, text: words.minutes.signatures, level: 1, afterText: true }),
        ...pairs([signer(roles.chair, minutes.chair), signer(roles.secretary, minutes.secretary)]),
        {
          text: words.minutes.checkedOn(words.date(minutes.checked)),
          style: 'paragraph',
          margin: [0, 8, 0, 0],
        },
        ...pairs(minutes.checkers.map((ref) => signer(roles.checker, ref))),
      ],
      // A heading, two signers a row of five lines each, and the date of checking.
      3 + 5 * Math.ceil((2 + minutes.checkers.length) / 2),
    ),
  ];
}

function appealAttachment(content: ContentModel, meeting: Meeting, language: Language): PdfContent[] {
  const sections = appealSections(content, meeting);
  if (sections.length === 0) return [];
  const words = documentWords[language];
  const { appealFacts } = words.minutes;
  return [
    navigationHeading({ id: ids.appeals, text: words.minutes.appeals, level: 1 }),
    { text: words.minutes.appealsPreamble, style: ['paragraph', 'muted'] },
    ...sections.flatMap((entry): PdfContent[] => [
      { text: entry.template.title, style: 'subsectionTitle' },
      factTable([
        [appealFacts.concerns, sectionsText(entry.sections, language)],
        [appealFacts.kind, words.minutes.appealKinds[entry.template.kind]],
        [appealFacts.lastDay, entry.lastDay ? words.date(entry.lastDay) : undefined],
      ]),
      { text: entry.template.text, style: 'paragraph' },
    ]),
  ];
}

export interface MinutesOptions {
  edition: Edition;
  /**
   * The language of the fixed wording, the dates and the page it links to; the texts are the
   * content's, so a Swedish document is given the Swedish content (the translation merged).
   * Finnish by default.
   */
  language?: Language;
  /**
   * Paths in the meeting of the texts its translation leaves out (`untranslatedPaths`): they are
   * the original's, and marked as being in the main language.
   */
  untranslated?: readonly (readonly PropertyKey[])[];
}

export function minutesDocument(
  content: ContentModel,
  meeting: Meeting,
  options: MinutesOptions,
): BuiltDocument {
  const language = options.language ?? mainLanguage;
  const words = documentWords[language];
  const { minutes: text } = words;
  const body = content.bodies.find((candidate) => candidate.id === meeting.body);
  const bodyName = body?.name ?? meeting.body;
  const shortName = body?.shortName ?? bodyName;
  const time = meeting.time
    ? words.at(`${meeting.time}${meeting.minutes?.ended ? `–${meeting.minutes.ended}` : ''}`)
    : '';
  const when = `${words.date(meeting.date)}${time}`;
  const name = `${shortName} ${text.name} ${meeting.number ?? words.date(meeting.date)}`;
  // The minutes page in the document's language: the site has one for every translated meeting.
  const pagePath = localizedUrls[language].minutes(meeting.id);
  const pageUrl = absoluteUrl(content.site.url, pagePath);
  const attendance = attendanceOf(content, meeting, language);
  const { minutes } = meeting;
  const facts = factTable([
    [text.facts.time, when],
    [text.facts.place, meeting.place],
    [text.facts.chair, minutes ? participantName(content, meeting, minutes.chair) : undefined],
    [text.facts.secretary, minutes ? participantName(content, meeting, minutes.secretary) : undefined],
    [
      text.facts.display,
      minutes ? words.span(minutes.publicDisplay.start, minutes.publicDisplay.end) : undefined,
    ],
    [text.facts.online, { text: pageUrl, link: pageUrl, style: ['factValue', 'link'] }],
  ]);
  const kicker = (label: string) => editionKicker(options.edition, label, language);
  const header = runningHeader(name, kicker(text.header));
  const sections: PdfContent[] = [
    {
      section: [
        { text: kicker(text.kicker), style: 'coverKicker' },
        { text: bodyName, style: 'coverTitle' },
        {
          text: meeting.number ? `${text.meeting} ${meeting.number} · ${when}` : `${text.meeting} ${when}`,
          style: 'coverSubtitle',
        },
        facts,
        navigationHeading({ id: ids.attendance, text: text.attendance, level: 1 }),
        ...(attendance
          ? [
              ...attendanceTable(words, text.attendanceGroups.members, attendance.members),
              ...attendanceTable(words, text.attendanceGroups.deputies, attendance.deputies),
              ...attendanceTable(words, text.attendanceGroups.others, attendance.others),
              ...attendanceTable(words, text.attendanceGroups.absent, attendance.absent),
            ]
          : [{ text: text.noAttendance, style: 'muted' }]),
        { text: text.legalityHeading, style: 'subsectionTitle' },
        { text: legalityText(content, meeting, language) ?? text.notYetDrawnUp, style: 'paragraph' },
        { text: text.checkingHeading, style: 'subsectionTitle' },
        ...[checkingText(content, meeting, language), displayText(meeting, pageUrl, language)].flatMap(
          (sentence) => (sentence ? [{ text: sentence, style: 'paragraph' }] : []),
        ),
        ...exampleNotice(meeting.example, language),
      ],
      // The cover's facts run on to a second page when many attended: that page has the header.
      header: runningHeader(name, kicker(text.header), true),
    },
    {
      section: [
        navigationHeading({ id: ids.sections, text: text.sections, level: 1 }),
        ...meeting.agenda.map((item) =>
          section(content, meeting, item, language, textLangOf(language, options.untranslated ?? [])),
        ),
        ...signatureBlock(content, meeting, words),
      ],
      header,
    },
    ...(appealSections(content, meeting).length
      ? [
          {
            section: appealAttachment(content, meeting, language),
            header: runningHeader(name, text.appeals),
          },
        ]
      : []),
  ];
  const doc: TDocumentDefinitions = {
    ...documentSettings({
      title: `${bodyName}: ${text.name} ${meeting.number ?? words.date(meeting.date)}`,
      subject: `${text.meeting} ${when}, ${meeting.place}`,
      author: content.site.name,
      date: meeting.minutes?.checked ?? meeting.date,
      language,
    }),
    footer: editionFooter(options.edition, name, language),
    content: sections,
  };
  return { doc, messages: [] };
}
