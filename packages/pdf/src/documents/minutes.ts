/**
 * The minutes (pöytäkirja) of a meeting: facts, attendance from the body's composition, legality
 * and quorum, every § with its proceedings and decision, checking and display, a signature block,
 * and the appeal instructions attached at the end (kuntalaki 140 §). Built from whatever content it
 * is given: the public content for the site, the whole content for the members' edition, which
 * then says on every page that it is not public.
 */
import { formatFinnishDate, formatFinnishSpan } from '@valmistelu/domain/dates';
import {
  type AttendanceRow,
  appealKindLabels,
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
import type { AgendaItem, ContentModel, Meeting } from '@valmistelu/domain/schema';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import type { PdfContent, TableCell, TDocumentDefinitions } from '../pdfmake-types.ts';
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

function attendanceTable(title: string, rows: readonly AttendanceRow[]): PdfContent[] {
  if (rows.length === 0) return [];
  const body: TableCell[][] = [
    [
      { text: title, style: 'tableHeader' },
      { text: 'Tehtävä', style: 'tableHeader' },
      { text: 'Huomautus', style: 'tableHeader' },
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

function section(content: ContentModel, meeting: Meeting, item: AgendaItem): PdfContent {
  const presenter = content.people.find((person) => person.id === item.presenter)?.name;
  const reportTitles = item.reports.map(
    (id) => content.reports.find((report) => report.id === id)?.title ?? id,
  );
  const attachments = [
    ...reportTitles,
    ...item.attachments.map((attachment) =>
      attachment.confidential
        ? `${attachment.title} – ${confidentialText(attachment.confidential)}`
        : attachment.title,
    ),
  ];
  const confidentialAttachments = item.attachments.filter(
    (attachment) => attachment.confidential && attachment.text,
  );
  const appeal = appealLine(content, meeting, item);
  return {
    stack: [
      navigationHeading({
        id: ids.item(item.number),
        text: `§ ${item.number} ${item.title}`,
        level: 2,
        parent: ids.sections,
      }),
      ...(item.confidential
        ? [{ text: confidentialText(item.confidential), bold: true, style: 'paragraph' }]
        : []),
      ...(item.confidential && !item.decision && !item.proposal
        ? [{ text: 'Asian käsittelyn tiedot eivät ole julkisia.', style: ['paragraph', 'muted'] }]
        : []),
      ...(presenter ? [{ text: `Esittelijä: ${presenter}`, style: ['small', 'muted'] }] : []),
      ...(item.description ? [{ text: item.description, style: 'paragraph' }] : []),
      ...(attachments.length ? [{ ul: attachments.map((title) => `Liite: ${title}`), style: 'list' }] : []),
      ...confidentialAttachments.map((attachment) =>
        labelled(`${attachment.title} (${attachment.confidential})`, attachment.text ?? ''),
      ),
      ...(item.proposal ? [labelled('Päätösehdotus', item.proposal)] : []),
      ...proceedingsOf(content, meeting, item).map((sentence) => ({ text: sentence, style: 'paragraph' })),
      ...(item.decision ? [labelled('Päätös', item.decision)] : []),
      ...(appeal ? [{ text: appeal, style: ['small', 'muted'], margin: [0, 0, 0, 10] }] : []),
    ],
  } as PdfContent;
}

function signatureBlock(content: ContentModel, meeting: Meeting): PdfContent[] {
  const { minutes } = meeting;
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
        navigationHeading({ id: ids.signatures, text: 'Allekirjoitukset', level: 1, afterText: true }),
        ...pairs([signer('Puheenjohtaja', minutes.chair), signer('Pöytäkirjanpitäjä', minutes.secretary)]),
        {
          text: `Pöytäkirja on tarkastettu ja hyväksytty ${formatFinnishDate(minutes.checked)}.`,
          style: 'paragraph',
          margin: [0, 8, 0, 0],
        },
        ...pairs(minutes.checkers.map((ref) => signer('Pöytäkirjantarkastaja', ref))),
      ],
      // A heading, two signers a row of five lines each, and the date of checking.
      3 + 5 * Math.ceil((2 + minutes.checkers.length) / 2),
    ),
  ];
}

function appealAttachment(content: ContentModel, meeting: Meeting): PdfContent[] {
  const sections = appealSections(content, meeting);
  if (sections.length === 0) return [];
  return [
    navigationHeading({ id: ids.appeals, text: 'Muutoksenhakuohjeet', level: 1 }),
    {
      text: 'Pöytäkirjan liite kuntalain 140 §:n mukaisesti. Kunnan jäsenen katsotaan saaneen tiedon päätöksestä seitsemän päivän kuluttua siitä, kun pöytäkirja on asetettu nähtäväksi yleiseen tietoverkkoon.',
      style: ['paragraph', 'muted'],
    },
    ...sections.flatMap((entry): PdfContent[] => [
      { text: entry.template.title, style: 'subsectionTitle' },
      factTable([
        ['Koskee', sectionsText(entry.sections)],
        ['Laji', appealKindLabels[entry.template.kind]],
        ['Viimeinen päivä', entry.lastDay ? formatFinnishDate(entry.lastDay) : undefined],
      ]),
      { text: entry.template.text, style: 'paragraph' },
    ]),
  ];
}

export interface MinutesOptions {
  edition: Edition;
}

export function minutesDocument(
  content: ContentModel,
  meeting: Meeting,
  options: MinutesOptions,
): BuiltDocument {
  const body = content.bodies.find((candidate) => candidate.id === meeting.body);
  const bodyName = body?.name ?? meeting.body;
  const shortName = body?.shortName ?? bodyName;
  const time = meeting.time
    ? ` klo ${meeting.time}${meeting.minutes?.ended ? `–${meeting.minutes.ended}` : ''}`
    : '';
  const when = `${formatFinnishDate(meeting.date)}${time}`;
  const name = `${shortName} pöytäkirja ${meeting.number ?? formatFinnishDate(meeting.date)}`;
  const pageUrl = absoluteUrl(content.site.url, urls.minutes(meeting.id));
  const attendance = attendanceOf(content, meeting);
  const { minutes } = meeting;
  const facts = factTable([
    ['Aika', when],
    ['Paikka', meeting.place],
    ['Puheenjohtaja', minutes ? participantName(content, meeting, minutes.chair) : undefined],
    ['Pöytäkirjanpitäjä', minutes ? participantName(content, meeting, minutes.secretary) : undefined],
    [
      'Nähtävillä',
      minutes ? formatFinnishSpan(minutes.publicDisplay.start, minutes.publicDisplay.end) : undefined,
    ],
    ['Verkossa', { text: pageUrl, link: pageUrl, style: ['factValue', 'link'] }],
  ]);
  const header = runningHeader(name, editionKicker(options.edition, 'Pöytäkirja'));
  const sections: PdfContent[] = [
    {
      section: [
        { text: editionKicker(options.edition, 'PÖYTÄKIRJA'), style: 'coverKicker' },
        { text: bodyName, style: 'coverTitle' },
        {
          text: meeting.number ? `Kokous ${meeting.number} · ${when}` : `Kokous ${when}`,
          style: 'coverSubtitle',
        },
        facts,
        navigationHeading({ id: ids.attendance, text: 'Läsnäolo', level: 1 }),
        ...(attendance
          ? [
              ...attendanceTable('Jäsenet', attendance.members),
              ...attendanceTable('Varajäsenet', attendance.deputies),
              ...attendanceTable('Muut läsnä olleet', attendance.others),
              ...attendanceTable('Poissa', attendance.absent),
            ]
          : [{ text: 'Läsnäoloa ei ole kirjattu.', style: 'muted' }]),
        { text: 'Laillisuus ja päätösvaltaisuus', style: 'subsectionTitle' },
        { text: legalityText(content, meeting) ?? 'Pöytäkirjaa ei ole vielä laadittu.', style: 'paragraph' },
        { text: 'Pöytäkirjan tarkastus ja nähtävilläolo', style: 'subsectionTitle' },
        ...[checkingText(content, meeting), displayText(meeting, pageUrl)].flatMap((text) =>
          text ? [{ text, style: 'paragraph' }] : [],
        ),
        ...exampleNotice(meeting.example),
      ],
      // The cover's facts run on to a second page when many attended: that page has the header.
      header: runningHeader(name, editionKicker(options.edition, 'Pöytäkirja'), true),
    },
    {
      section: [
        navigationHeading({ id: ids.sections, text: 'Käsitellyt asiat', level: 1 }),
        ...meeting.agenda.map((item) => section(content, meeting, item)),
        ...signatureBlock(content, meeting),
      ],
      header,
    },
    ...(appealSections(content, meeting).length
      ? [{ section: appealAttachment(content, meeting), header: runningHeader(name, 'Muutoksenhakuohjeet') }]
      : []),
  ];
  const doc: TDocumentDefinitions = {
    ...documentSettings({
      title: `${bodyName}: pöytäkirja ${meeting.number ?? formatFinnishDate(meeting.date)}`,
      subject: `Kokous ${when}, ${meeting.place}`,
      author: content.site.name,
      date: meeting.minutes?.checked ?? meeting.date,
    }),
    footer: editionFooter(options.edition, name),
    content: sections,
  };
  return { doc, messages: [] };
}
