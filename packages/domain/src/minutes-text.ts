/**
 * The minutes in words: attendance rows, the legality and quorum statement, the checking and
 * display sentences, and each § proceedings (amendments, vote, disqualifications, appeal). The
 * minutes PDF and the site's minutes page both print these, so the two read the same.
 */
import { formatFinnishDate, formatFinnishSpan } from './dates.ts';
import type { AppealTemplate } from './minutes.ts';
import {
  bodyOf,
  type Minutes,
  memberSeatCount,
  type Participant,
  participantResolver,
  resolvedAppeal,
  seatsOf,
  sectionPresence,
} from './minutes.ts';
import type { AgendaItem, ContentModel, Meeting } from './schema.ts';

export interface AttendanceRow {
  name: string;
  /** "puheenjohtaja", "jäsenen 4 sijaisena", "muutosjohtaja, esittelijä". */
  role: string;
  /** Arrivals, departures and the § someone else present attended: "saapui § 10 (klo 13.15)". */
  note?: string;
}

export interface Attendance {
  members: AttendanceRow[];
  deputies: AttendanceRow[];
  others: AttendanceRow[];
  absent: AttendanceRow[];
}

export const appealKindLabels: Record<AppealTemplate['kind'], string> = {
  rectification: 'Oikaisuvaatimus',
  appeal: 'Valitus',
  none: 'Ei muutoksenhakuoikeutta',
};

type Resolve = (ref: string) => Participant | undefined;

function resolverFor(content: ContentModel, meeting: Meeting): Resolve {
  const body = bodyOf(content, meeting);
  return body ? participantResolver(content, body, meeting.minutes) : () => undefined;
}

/** A participant's name, or the reference as written when it resolves to nothing. */
export function participantName(content: ContentModel, meeting: Meeting, ref: string): string {
  return resolverFor(content, meeting)(ref)?.name ?? ref;
}

/** `§ 9`, `§:t 9–10` or `§:t 9, 11`. */
export function sectionsText(numbers: readonly number[]): string {
  if (numbers.length === 1) return `§ ${numbers[0]}`;
  const sorted = [...numbers].sort((a, b) => a - b);
  const contiguous = sorted.every((value, at) => at === 0 || value === (sorted[at - 1] ?? 0) + 1);
  const first = sorted[0];
  const last = sorted.at(-1);
  return contiguous && sorted.length > 2 ? `§:t ${first}–${last}` : `§:t ${sorted.join(', ')}`;
}

function movementNote(minutes: Minutes, ref: string): string | undefined {
  const notes = minutes.attendance.movements
    .filter((movement) => movement.who === ref)
    .flatMap((movement) => {
      const time = movement.time ? ` (klo ${movement.time})` : '';
      return [
        ...(movement.from !== undefined ? [`saapui ennen § ${movement.from}:n käsittelyä${time}`] : []),
        ...(movement.until !== undefined ? [`poistui § ${movement.until}:n käsittelyn jälkeen${time}`] : []),
      ];
    });
  return notes.length ? notes.join(', ') : undefined;
}

const row = (name: string, role: string, note?: string): AttendanceRow => ({
  name,
  role,
  ...(note !== undefined && { note }),
});

/** Who was there, from the body's composition: every seat is present, absent or substituted. */
export function attendanceOf(content: ContentModel, meeting: Meeting): Attendance | undefined {
  const body = bodyOf(content, meeting);
  const { minutes } = meeting;
  if (!body || !minutes) return undefined;
  const resolve = participantResolver(content, body, minutes);
  const name = (ref: string) => resolve(ref)?.name ?? ref;
  const absent = new Set(minutes.attendance.absent);
  const roleOf = (ref: string, base: string) => (ref === minutes.chair ? 'puheenjohtaja' : base);
  const members = seatsOf(body).filter((seat) => !seat.deputy);
  return {
    members: members
      .filter((seat) => !absent.has(seat.label))
      .map((seat) => row(name(seat.label), roleOf(seat.label, 'jäsen'), movementNote(minutes, seat.label))),
    deputies: minutes.attendance.deputies.map((deputy) =>
      row(name(deputy.seat), `varajäsen, sijaisena: ${name(deputy.for)}`, movementNote(minutes, deputy.seat)),
    ),
    others: minutes.attendance.others.map((other) =>
      row(
        name(other.who),
        other.who === minutes.secretary ? `${other.role}, pöytäkirjanpitäjä` : other.role,
        [other.sections.length ? sectionsText(other.sections) : undefined, movementNote(minutes, other.who)]
          .filter(Boolean)
          .join(', ') || undefined,
      ),
    ),
    absent: members.filter((seat) => absent.has(seat.label)).map((seat) => row(name(seat.label), 'jäsen')),
  };
}

/** The statement of legality and quorum (kuntalaki 103 §), from the attendance at the first §. */
export function legalityText(content: ContentModel, meeting: Meeting): string | undefined {
  const body = bodyOf(content, meeting);
  const { minutes } = meeting;
  if (!body || !minutes) return undefined;
  const [first] = sectionPresence(content, meeting);
  const seats = memberSeatCount(body);
  const present = first?.voters.length ?? 0;
  const invited = minutes.invited
    ? `Kokouskutsu ja esityslista lähetettiin jäsenille ${formatFinnishDate(minutes.invited)}. `
    : '';
  const verdict = first?.quorum
    ? 'Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.'
    : 'Kokous ei ollut päätösvaltainen.';
  return `${invited}Läsnä oli ${present} toimielimen ${seats} jäsenestä tai heidän varajäsenistään; päätösvaltaisuuteen vaaditaan yli puolet jäsenistä. ${verdict}`;
}

export function checkingText(content: ContentModel, meeting: Meeting): string | undefined {
  const { minutes } = meeting;
  if (!minutes) return undefined;
  const names = minutes.checkers.map((ref) => participantName(content, meeting, ref));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} ja ${names.at(-1)}` : (names[0] ?? '');
  return `Pöytäkirjan tarkastajiksi valittiin ${list}. Pöytäkirja tarkastettiin ${formatFinnishDate(minutes.checked)}.`;
}

export function displayText(meeting: Meeting, pageUrl: string): string | undefined {
  const { minutes } = meeting;
  if (!minutes) return undefined;
  const { start, end } = minutes.publicDisplay;
  return `Pöytäkirja on nähtävillä yleisessä tietoverkossa ${formatFinnishSpan(start, end)} osoitteessa ${pageUrl}. Yksityishenkilöiden nimet poistetaan verkosta nähtävilläoloajan päätyttyä.`;
}

/** The proceedings of a § beyond proposal and decision, each a sentence. */
export function proceedingsOf(content: ContentModel, meeting: Meeting, item: AgendaItem): string[] {
  const name = (ref: string) => participantName(content, meeting, ref);
  const sentences: string[] = [];
  for (const entry of item.disqualified)
    sentences.push(
      `${name(entry.who)} ilmoitti olevansa esteellinen (${entry.reason.replace(/[.;]\s*$/, '')}) eikä osallistunut asian käsittelyyn.`,
    );
  for (const amendment of item.amendments) {
    const seconded = amendment.seconded
      ? ` ${name(amendment.seconded)} kannatti ehdotusta.`
      : ' Ehdotus raukesi kannattamattomana.';
    sentences.push(`${name(amendment.by)} ehdotti: ”${amendment.text}”${seconded}`);
  }
  const { vote } = item;
  if (vote) {
    sentences.push(`Puheenjohtaja esitti äänestettäväksi: ${vote.question}`);
    sentences.push(
      `Äänestyksessä annettiin ${vote.yes} JAA-ääntä, ${vote.no} EI-ääntä${vote.blank ? ` ja ${vote.blank} tyhjää` : ''}.`,
    );
    const listed: [string, readonly string[]][] = [
      ['JAA', vote.yesNames],
      ['EI', vote.noNames],
      ['Tyhjää', vote.blankNames],
    ];
    for (const [label, names] of listed)
      if (names.length) sentences.push(`${label}: ${names.map(name).join(', ')}.`);
    if (vote.result) sentences.push(vote.result);
  }
  return sentences;
}

export interface AppealSection {
  template: AppealTemplate;
  sections: number[];
  lastDay?: string;
}

/** The appeal instructions the minutes attach, each with the § it covers and its last day. */
export function appealSections(content: ContentModel, meeting: Meeting): AppealSection[] {
  const sections: AppealSection[] = [];
  for (const item of meeting.agenda) {
    const appeal = resolvedAppeal(content, meeting, item);
    if (!appeal) continue;
    const existing = sections.find((entry) => entry.template.id === appeal.template.id);
    if (existing) existing.sections.push(item.number);
    else
      sections.push({
        template: appeal.template,
        sections: [item.number],
        ...(appeal.lastDay !== undefined && { lastDay: appeal.lastDay }),
      });
  }
  return sections;
}

/** The line a § ends with: which instruction applies and until when. */
export function appealLine(content: ContentModel, meeting: Meeting, item: AgendaItem): string | undefined {
  const appeal = resolvedAppeal(content, meeting, item);
  if (!appeal) return undefined;
  const until = appeal.lastDay ? `, viimeinen päivä ${formatFinnishDate(appeal.lastDay)}` : '';
  return `Muutoksenhaku: ${appeal.template.title}${until} (liite Muutoksenhakuohjeet).`;
}

export const confidentialText = (basis: string) => `Salassa pidettävä (${basis})`;

/** The label every page of a members' edition carries. */
export const notPublicText = 'EI JULKINEN';
