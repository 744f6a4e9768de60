/**
 * The minutes in words: attendance rows, the legality and quorum statement, the checking and
 * display sentences, and each § proceedings (amendments, vote, disqualifications, appeal). The
 * minutes PDF and the site's minutes page both print these, so the two read the same.
 */
import { documentWords } from './document-words.ts';
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
import type { AgendaItem, ContentModel, Language, Meeting } from './schema.ts';

/** The main language's: what the site's minutes page and the Finnish documents print. */
const main: Language = 'fi';

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

export const appealKindLabels: Record<AppealTemplate['kind'], string> = documentWords.fi.minutes.appealKinds;

type Resolve = (ref: string) => Participant | undefined;

function resolverFor(content: ContentModel, meeting: Meeting): Resolve {
  const body = bodyOf(content, meeting);
  return body ? participantResolver(content, body, meeting.minutes) : () => undefined;
}

/** A participant's name, or the reference as written when it resolves to nothing. */
export function participantName(content: ContentModel, meeting: Meeting, ref: string): string {
  return resolverFor(content, meeting)(ref)?.name ?? ref;
}

/** `§ 9`, `§:t 9–10` or `§:t 9, 11` (`§§` in Swedish). */
export function sectionsText(numbers: readonly number[], language: Language = main): string {
  if (numbers.length === 1) return `§ ${numbers[0]}`;
  const sign = documentWords[language].minutes.sectionsSign;
  const sorted = [...numbers].sort((a, b) => a - b);
  const contiguous = sorted.every((value, at) => at === 0 || value === (sorted[at - 1] ?? 0) + 1);
  const first = sorted[0];
  const last = sorted.at(-1);
  return contiguous && sorted.length > 2 ? `${sign} ${first}–${last}` : `${sign} ${sorted.join(', ')}`;
}

function movementNote(minutes: Minutes, ref: string, language: Language): string | undefined {
  const words = documentWords[language].minutes;
  const notes = minutes.attendance.movements
    .filter((movement) => movement.who === ref)
    .flatMap((movement) => {
      const time = movement.time ? words.movementTime(movement.time) : '';
      return [
        ...(movement.from !== undefined ? [words.arrived(movement.from, time)] : []),
        ...(movement.until !== undefined ? [words.left(movement.until, time)] : []),
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
export function attendanceOf(
  content: ContentModel,
  meeting: Meeting,
  language: Language = main,
): Attendance | undefined {
  const words = documentWords[language].minutes;
  const body = bodyOf(content, meeting);
  const { minutes } = meeting;
  if (!body || !minutes) return undefined;
  const resolve = participantResolver(content, body, minutes);
  const name = (ref: string) => resolve(ref)?.name ?? ref;
  const absent = new Set(minutes.attendance.absent);
  const roleOf = (ref: string, base: string) =>
    ref === minutes.chair ? words.roles.chair.toLowerCase() : base;
  const members = seatsOf(body).filter((seat) => !seat.deputy);
  return {
    members: members
      .filter((seat) => !absent.has(seat.label))
      .map((seat) =>
        row(
          name(seat.label),
          roleOf(seat.label, words.roles.member),
          movementNote(minutes, seat.label, language),
        ),
      ),
    deputies: minutes.attendance.deputies.map((deputy) =>
      row(name(deputy.seat), words.deputyFor(name(deputy.for)), movementNote(minutes, deputy.seat, language)),
    ),
    others: minutes.attendance.others.map((other) =>
      row(
        name(other.who),
        other.who === minutes.secretary ? words.withSecretary(other.role) : other.role,
        [
          other.sections.length ? sectionsText(other.sections, language) : undefined,
          movementNote(minutes, other.who, language),
        ]
          .filter(Boolean)
          .join(', ') || undefined,
      ),
    ),
    absent: members
      .filter((seat) => absent.has(seat.label))
      .map((seat) => row(name(seat.label), words.roles.member)),
  };
}

/** The statement of legality and quorum (kuntalaki 103 §), from the attendance at the first §. */
export function legalityText(
  content: ContentModel,
  meeting: Meeting,
  language: Language = main,
): string | undefined {
  const { date, minutes: words } = documentWords[language];
  const body = bodyOf(content, meeting);
  const { minutes } = meeting;
  if (!body || !minutes) return undefined;
  const [first] = sectionPresence(content, meeting);
  const seats = memberSeatCount(body);
  const present = first?.voters.length ?? 0;
  const invited = minutes.invited ? words.invited(date(minutes.invited)) : '';
  const verdict = first?.quorum ? words.quorate : words.notQuorate;
  return `${invited}${words.presence(present, seats)} ${verdict}`;
}

export function checkingText(
  content: ContentModel,
  meeting: Meeting,
  language: Language = main,
): string | undefined {
  const words = documentWords[language];
  const { minutes } = meeting;
  if (!minutes) return undefined;
  const names = minutes.checkers.map((ref) => participantName(content, meeting, ref));
  const list =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} ${words.and} ${names.at(-1)}` : (names[0] ?? '');
  return words.minutes.checking(list, words.date(minutes.checked));
}

export function displayText(
  meeting: Meeting,
  pageUrl: string,
  language: Language = main,
): string | undefined {
  const { minutes } = meeting;
  if (!minutes) return undefined;
  const { start, end } = minutes.publicDisplay;
  const words = documentWords[language];
  return words.minutes.display(words.span(start, end), pageUrl);
}

/** The proceedings of a § beyond proposal and decision, each a sentence. */
export function proceedingsOf(
  content: ContentModel,
  meeting: Meeting,
  item: AgendaItem,
  language: Language = main,
): string[] {
  const words = documentWords[language].minutes;
  const name = (ref: string) => participantName(content, meeting, ref);
  const sentences: string[] = [];
  for (const entry of item.disqualified)
    sentences.push(words.disqualified(name(entry.who), entry.reason.replace(/[.;]\s*$/, '')));
  for (const amendment of item.amendments) {
    const seconded = amendment.seconded ? words.seconded(name(amendment.seconded)) : words.notSeconded;
    sentences.push(`${words.proposed(name(amendment.by), amendment.text)}${seconded}`);
  }
  const { vote } = item;
  if (vote) {
    sentences.push(words.voteQuestion(vote.question));
    sentences.push(words.voteCount(vote.yes, vote.no, vote.blank));
    const listed: [string, readonly string[]][] = [
      [words.voteLabels.yes, vote.yesNames],
      [words.voteLabels.no, vote.noNames],
      [words.voteLabels.blank, vote.blankNames],
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
export function appealLine(
  content: ContentModel,
  meeting: Meeting,
  item: AgendaItem,
  language: Language = main,
): string | undefined {
  const appeal = resolvedAppeal(content, meeting, item);
  if (!appeal) return undefined;
  const words = documentWords[language];
  return words.minutes.appealLine(appeal.template.title, appeal.lastDay && words.date(appeal.lastDay));
}

export const confidentialText = (basis: string, language: Language = main) =>
  documentWords[language].minutes.confidential(basis);

/** The label every page of a members' edition carries. */
export const notPublicText = documentWords.fi.notPublic;
