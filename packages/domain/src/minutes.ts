/**
 * The minutes as one computes them from the content: seats of the body's composition, who was
 * present at each §, the quorum, and the appeal instruction each § gets. Pure; the minutes PDF,
 * the site's minutes page and the validator all read from here, so that they never disagree.
 */

import type { z } from 'zod';
import { addDays } from './dates.ts';
import type { AgendaItem, Body, ContentModel, Meeting, Person } from './schema.ts';
import type { appealTemplateSchema, minutesSchema } from './schemas/minutes.ts';

export type Minutes = z.output<typeof minutesSchema>;
export type AppealTemplate = z.output<typeof appealTemplateSchema>;

export interface Seat {
  /** "jäsen 3": how the minutes refer to it. */
  label: string;
  /** The person holding it, when the body's members name one. */
  holder?: string;
  deputy: boolean;
}

/** A participant as resolved: a seat, a person of `people.yaml`, or a name written as such. */
export interface Participant {
  ref: string;
  name: string;
  kind: 'seat' | 'person' | 'other';
  seat?: Seat;
}

export interface SectionPresence {
  number: number;
  /** Members and deputies (in a member's place) present and not disqualified: who may decide. */
  voters: Participant[];
  disqualified: Participant[];
  /** Seats of full members in the composition. */
  seats: number;
  quorum: boolean;
}

export interface ResolvedAppeal {
  template: AppealTemplate;
  /** The last day for a claim or an appeal, or undefined for "ei muutoksenhakuoikeutta". */
  lastDay?: string;
}

const defaultDays = { rectification: 14, appeal: 30 } as const;
/** A member of the municipality is deemed to have received the decision seven days after it is published (kuntalaki 139 §). */
export const serviceDays = 7;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every numbered seat of the body's composition, members first in the composition's order. */
export function seatsOf(body: Body): Seat[] {
  return body.composition.flatMap((part) => {
    const seat = part.seat;
    if (!seat) return [];
    return Array.from({ length: part.count }, (_, at) => {
      const label = `${seat} ${at + 1}`;
      const holder = body.members.find((member) => member.seat === label)?.person;
      return { label, ...(holder && { holder }), deputy: part.deputies === true };
    });
  });
}

/** A seat's holder's name, or "Jäsen 3" where the content names nobody. */
function seatName(people: ReadonlyMap<string, Person>, seat: Seat): string {
  const person = seat.holder === undefined ? undefined : people.get(seat.holder);
  return person?.name ?? capitalise(seat.label);
}

/*
 * Made once per body and per content: a meeting page resolves its participants several times
 * (minutes, votes, the presenter line), and at 100× the default organisation the people list
 * has thousands of entries.
 */
const seatMaps = new WeakMap<Body, ReadonlyMap<string, Seat>>();
const peopleMaps = new WeakMap<ContentModel, ReadonlyMap<string, Person>>();

function seatsByLabel(body: Body): ReadonlyMap<string, Seat> {
  let seats = seatMaps.get(body);
  if (!seats) {
    seats = new Map(seatsOf(body).map((seat) => [seat.label, seat]));
    seatMaps.set(body, seats);
  }
  return seats;
}

function peopleById(content: ContentModel): ReadonlyMap<string, Person> {
  let people = peopleMaps.get(content);
  if (!people) {
    people = new Map(content.people.map((person) => [person.id, person]));
    peopleMaps.set(content, people);
  }
  return people;
}

/** How a participant string of the minutes resolves; undefined when it names nothing known. */
export function participantResolver(
  content: ContentModel,
  body: Body,
  minutes: Pick<Minutes, 'attendance'> | undefined,
): (ref: string) => Participant | undefined {
  const seats = seatsByLabel(body);
  const people = peopleById(content);
  const others = new Set((minutes?.attendance.others ?? []).map((other) => other.who));
  return (ref) => {
    const seat = seats.get(ref);
    if (seat) return { ref, name: seatName(people, seat), kind: 'seat', seat };
    const person = people.get(ref);
    if (person) return { ref, name: person.name, kind: 'person' };
    // A name written as such: only where it is listed among the others present.
    if (others.has(ref) && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ref)) return { ref, name: ref, kind: 'other' };
    return undefined;
  };
}

export function bodyOf(content: ContentModel, meeting: Meeting): Body | undefined {
  return content.bodies.find((body) => body.id === meeting.body);
}

/** Seats counted for the quorum: the full members. */
export function memberSeatCount(body: Body): number {
  return seatsOf(body).filter((seat) => !seat.deputy).length;
}

/** Whether `ref` was present at § `number` by the movements (arrivals and departures). */
function presentAt(minutes: Minutes, ref: string, number: number): boolean {
  const moves = minutes.attendance.movements.filter((movement) => movement.who === ref);
  return moves.every(
    (movement) =>
      (movement.from === undefined || number >= movement.from) &&
      (movement.until === undefined || number <= movement.until),
  );
}

/** Where a participant was: the § at whose handling they were present, or why at none. */
export interface Whereabouts {
  /** § numbers in the meeting's order. */
  sections: number[];
  /** Why they were not at the meeting at all, in Finnish: absent, not among the deputies, unlisted. */
  absence?: string;
}

/**
 * Where each participant of the minutes was, from the attendance as a secretary reads it: a
 * member's seat is there unless absent, a deputy's only when listed among the deputies, anyone
 * else only when listed among the others (for their § only, if any are given); arrivals and
 * departures then narrow it. A person holding a seat is where the seat is; a person the body's
 * members list without a seat cannot be recorded absent and is taken as there. Undefined for a
 * participant that resolves to nothing (reported as unknown).
 */
export function whereaboutsOf(
  content: ContentModel,
  body: Body,
  meeting: Meeting,
  minutes: Minutes,
): (ref: string) => Whereabouts | undefined {
  const resolve = participantResolver(content, body, minutes);
  const { attendance } = minutes;
  const absent = new Set(attendance.absent);
  const deputies = new Set(attendance.deputies.map((deputy) => deputy.seat));
  const seats = new Map(seatsOf(body).map((seat) => [seat.label, seat]));
  const seatOfHolder = new Map(
    [...seats.values()].flatMap((seat) => (seat.holder ? [[seat.holder, seat] as const] : [])),
  );
  const bodyMembers = new Set(body.members.map((member) => member.person));
  const numbers = meeting.agenda.map((item) => item.number);
  const moved = (refs: readonly string[], within: readonly number[]) =>
    within.filter((number) => refs.every((ref) => presentAt(minutes, ref, number)));
  return (ref) => {
    const participant = resolve(ref);
    if (!participant) return undefined;
    const seat = participant.seat ?? (participant.kind === 'person' ? seatOfHolder.get(ref) : undefined);
    if (seat) {
      if (!seat.deputy && absent.has(seat.label))
        return { sections: [], absence: `"${seat.label}" on merkitty poissa olleeksi (absent)` };
      if (seat.deputy && !deputies.has(seat.label))
        return {
          sections: [],
          absence: `"${seat.label}" ei ole läsnä olleiden varajäsenten luettelossa (deputies)`,
        };
      // Arrivals and departures may name the seat or its holder.
      return { sections: moved([...new Set([seat.label, ref])], numbers) };
    }
    const other = attendance.others.find((entry) => entry.who === ref);
    if (other) {
      const listed = other.sections.length > 0 ? numbers.filter((n) => other.sections.includes(n)) : numbers;
      return { sections: moved([ref], listed) };
    }
    if (participant.kind === 'person' && bodyMembers.has(ref)) return { sections: moved([ref], numbers) };
    return {
      sections: [],
      absence: `"${ref}" ei ole muiden läsnä olleiden luettelossa (attendance.others)`,
    };
  };
}

/**
 * The voters of the meeting at its start, before movements: members not absent, and deputies in
 * an absent member's place. Seats as labels.
 */
export function votingSeats(body: Body, minutes: Minutes): string[] {
  const absent = new Set(minutes.attendance.absent);
  const members = seatsOf(body)
    .filter((seat) => !seat.deputy && !absent.has(seat.label))
    .map((seat) => seat.label);
  return [...members, ...minutes.attendance.deputies.map((deputy) => deputy.seat)];
}

/** Who could decide each §, and whether the body had a quorum (kuntalaki 103 §: more than half). */
export function sectionPresence(content: ContentModel, meeting: Meeting): SectionPresence[] {
  const body = bodyOf(content, meeting);
  const { minutes } = meeting;
  if (!body || !minutes) return [];
  const resolve = participantResolver(content, body, minutes);
  const seats = memberSeatCount(body);
  const voting = votingSeats(body, minutes);
  return meeting.agenda.map((item) => {
    const out = new Set(item.disqualified.map((entry) => entry.who));
    const voters = voting
      .filter((ref) => presentAt(minutes, ref, item.number) && !out.has(ref))
      .flatMap((ref) => resolve(ref) ?? []);
    const disqualified = item.disqualified.flatMap((entry) => resolve(entry.who) ?? []);
    return { number: item.number, voters, disqualified, seats, quorum: voters.length * 2 > seats };
  });
}

export function appealDays(template: AppealTemplate): number {
  return template.kind === 'none' ? 0 : (template.days ?? defaultDays[template.kind]);
}

/** The template a § uses: its own choice, else the minutes' default. */
export function appealOf(body: Body | undefined, minutes: Minutes | undefined, item: AgendaItem) {
  const id = item.appeal ?? minutes?.appeal;
  return id === undefined ? undefined : body?.appealInstructions.find((template) => template.id === id);
}

/**
 * The § appeal instruction and its last day: the minutes are deemed received seven days after the
 * display starts, and the time runs from there.
 */
export function resolvedAppeal(
  content: ContentModel,
  meeting: Meeting,
  item: AgendaItem,
): ResolvedAppeal | undefined {
  const template = appealOf(bodyOf(content, meeting), meeting.minutes, item);
  if (!template) return undefined;
  const start = meeting.minutes?.publicDisplay.start;
  if (template.kind === 'none' || !start) return { template };
  return { template, lastDay: addDays(start, serviceDays + appealDays(template)) };
}

/**
 * The last day of the appeal period of the whole minutes: the display period's end, which the
 * validator checks covers every § time. Names of private persons leave the public site after it.
 */
export function appealPeriodEnd(meeting: Meeting): string | undefined {
  return meeting.minutes?.publicDisplay.end;
}

/** The meetings that have minutes, for pages, PDFs and open data. */
export function hasMinutes(meeting: Meeting): meeting is Meeting & { minutes: Minutes } {
  return meeting.minutes !== undefined;
}
