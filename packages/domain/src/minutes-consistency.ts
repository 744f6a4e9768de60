/**
 * The minutes read as the secretary and the checkers read them before signing: could it all have
 * happened? Those who sign were there; a deputy sits only while the member is away; whoever
 * proposes, seconds, votes or declares a disqualification was present at that §; arrivals and
 * departures fit the § order and the meeting's hours; nobody is listed twice. Each finding points
 * at the value that cannot be true. `validate-minutes.ts` has checked already that every
 * participant is known and every § number exists.
 */
import {
  type Minutes,
  participantResolver,
  sectionPresence,
  type Whereabouts,
  whereaboutsOf,
} from './minutes.ts';
import type { Body, ContentModel, Meeting } from './schema.ts';
import type { IssuePath } from './validate.ts';

export interface Finding {
  path: IssuePath;
  message: string;
}

const sectionList = (numbers: readonly number[]) => numbers.map((number) => `§ ${number}`).join(', ');

/** Each value of `list` seen before, with the position of its first appearance. */
function repeats<T>(list: readonly T[], key: (item: T) => string): { at: number; first: number }[] {
  const seen = new Map<string, number>();
  return list.flatMap((item, at) => {
    const first = seen.get(key(item));
    if (first === undefined) seen.set(key(item), at);
    return first === undefined ? [] : [{ at, first }];
  });
}

/** A movement's moment in the meeting: before its arrival §, or after its departure §. */
function movementMoments(meeting: Meeting, minutes: Minutes) {
  const order = new Map(meeting.agenda.map((item, at) => [item.number, at]));
  return minutes.attendance.movements.flatMap((movement, at) => {
    const { time } = movement;
    if (time === undefined) return [];
    const moments = [];
    const arrival = movement.from === undefined ? undefined : order.get(movement.from);
    const departure = movement.until === undefined ? undefined : order.get(movement.until);
    // Arrival before the § is handled; departure after it: position 2·§ and 2·§ + 1.
    const { who, from, until } = movement;
    if (arrival !== undefined)
      moments.push({ at, time, position: arrival * 2, what: `"${who}" saapui ennen § ${from}:n käsittelyä` });
    if (departure !== undefined)
      moments.push({
        at,
        time,
        position: departure * 2 + 1,
        what: `"${who}" poistui § ${until}:n käsittelyn jälkeen`,
      });
    return moments;
  });
}

function timeFindings(meeting: Meeting, minutes: Minutes): Finding[] {
  const findings: Finding[] = [];
  const start = meeting.time;
  const { ended } = minutes;
  if (start !== undefined && ended !== undefined && ended < start)
    findings.push({
      path: ['minutes', 'ended'],
      message: `kokous päättyi klo ${ended}, ennen kuin se alkoi klo ${start}`,
    });
  minutes.attendance.movements.forEach((movement, at) => {
    const { time } = movement;
    if (time === undefined) return;
    const path = ['minutes', 'attendance', 'movements', at, 'time'];
    if (start !== undefined && time < start)
      findings.push({ path, message: `kellonaika ${time} on ennen kokouksen alkua klo ${start}` });
    else if (ended !== undefined && time > ended)
      findings.push({ path, message: `kellonaika ${time} on kokouksen päättymisen klo ${ended} jälkeen` });
  });
  // In the § order, the times of arrivals and departures cannot go back.
  const moments = movementMoments(meeting, minutes).sort((a, b) => a.position - b.position);
  moments.forEach((moment, index) => {
    const earlier = moments
      .slice(0, index)
      .find((candidate) => candidate.position < moment.position && candidate.time > moment.time);
    if (earlier)
      findings.push({
        path: ['minutes', 'attendance', 'movements', moment.at, 'time'],
        message: `kellonaika ${moment.time} on aiempi kuin klo ${earlier.time}, jolloin ${earlier.what}: pykälien järjestyksessä aika ei voi kulkea taaksepäin`,
      });
  });
  return findings;
}

function signerFindings(body: Body, minutes: Minutes, where: (ref: string) => Whereabouts | undefined) {
  const findings: Finding[] = [];
  const atMeeting = (path: IssuePath, ref: string, role: string) => {
    const whereabouts = where(ref);
    if (whereabouts?.absence)
      findings.push({ path, message: `${role} "${ref}" ei ollut kokouksessa: ${whereabouts.absence}` });
    else if (whereabouts && whereabouts.sections.length === 0)
      findings.push({ path, message: `${role} "${ref}" ei ollut läsnä yhdenkään pykälän käsittelyssä` });
  };
  atMeeting(['minutes', 'chair'], minutes.chair, 'puheenjohtaja');
  const members = new Set(body.members.map((member) => member.person));
  const othersListed = new Set(minutes.attendance.others.map((other) => other.who));
  if (othersListed.has(minutes.chair) && !members.has(minutes.chair))
    findings.push({
      path: ['minutes', 'chair'],
      message: `puheenjohtaja "${minutes.chair}" on muiden läsnä olleiden luettelossa: puheenjohtajan pitää olla toimielimen jäsen tai varajäsen`,
    });
  atMeeting(['minutes', 'secretary'], minutes.secretary, 'pöytäkirjanpitäjä');
  minutes.checkers.forEach((ref, at) => {
    atMeeting(['minutes', 'checkers', at], ref, 'pöytäkirjantarkastaja');
  });
  for (const { at } of repeats(minutes.checkers, (ref) => ref))
    findings.push({
      path: ['minutes', 'checkers', at],
      message: `"${minutes.checkers[at]}" on jo pöytäkirjantarkastajana`,
    });
  return findings;
}

function attendanceFindings(
  meeting: Meeting,
  minutes: Minutes,
  where: (ref: string) => Whereabouts | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const { attendance } = minutes;
  const absent = new Set(attendance.absent);
  for (const { at } of repeats(attendance.absent, (ref) => ref))
    findings.push({
      path: ['minutes', 'attendance', 'absent', at],
      message: `"${attendance.absent[at]}" on jo merkitty poissa olleeksi`,
    });
  for (const { at, first } of repeats(attendance.deputies, (deputy) => deputy.seat))
    findings.push({
      path: ['minutes', 'attendance', 'deputies', at, 'seat'],
      message: `varajäsen "${attendance.deputies[at]?.seat}" on jo jäsenen "${attendance.deputies[first]?.for}" sijaisena`,
    });
  for (const { at } of repeats(attendance.others, (other) => other.who))
    findings.push({
      path: ['minutes', 'attendance', 'others', at, 'who'],
      message: `"${attendance.others[at]?.who}" on jo muiden läsnä olleiden luettelossa`,
    });
  attendance.deputies.forEach((deputy, at) => {
    // A deputy for a member who was not absent sits only while the member is away.
    if (absent.has(deputy.for)) return;
    const member = where(deputy.for)?.sections ?? [];
    const both = (where(deputy.seat)?.sections ?? []).filter((number) => member.includes(number));
    if (both.length > 0 && attendance.movements.some((movement) => movement.who === deputy.for))
      findings.push({
        path: ['minutes', 'attendance', 'deputies', at, 'seat'],
        message: `varajäsen "${deputy.seat}" ja jäsen "${deputy.for}", jonka sijaisena hän oli, olivat molemmat läsnä: ${sectionList(both)}`,
      });
  });
  attendance.movements.forEach((movement, at) => {
    const path = ['minutes', 'attendance', 'movements', at];
    const whereabouts = where(movement.who);
    if (absent.has(movement.who))
      findings.push({
        path: [...path, 'who'],
        message: `"${movement.who}" on merkitty poissa olleeksi koko kokouksesta (absent); kesken kokouksen saapunutta tai poistunutta ei merkitä poissa olleeksi`,
      });
    else if (whereabouts?.absence)
      findings.push({
        path: [...path, 'who'],
        message: `"${movement.who}" ei ollut kokouksessa: ${whereabouts.absence}`,
      });
    else if (movement.from !== undefined && movement.until !== undefined && movement.from > movement.until)
      findings.push({
        path: [...path, 'until'],
        message: `"${movement.who}" saapui vasta § ${movement.from}:n käsittelyyn mutta poistui jo § ${movement.until}:n jälkeen`,
      });
    else if (whereabouts && whereabouts.sections.length === 0)
      findings.push({
        path: [...path, 'who'],
        message: `"${movement.who}" ei olisi saapumisten ja poistumisten mukaan läsnä yhdenkään pykälän käsittelyssä`,
      });
  });
  return [...findings, ...timeFindings(meeting, minutes)];
}

function sectionFindings(
  content: ContentModel,
  body: Body,
  meeting: Meeting,
  minutes: Minutes,
  where: (ref: string) => Whereabouts | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const resolve = participantResolver(content, body, minutes);
  const presence = sectionPresence(content, meeting);
  meeting.agenda.forEach((item, at) => {
    const path: IssuePath = ['agenda', at];
    const voters = new Set(presence[at]?.voters.map((voter) => voter.ref));
    const decider = (ref: string) => resolve(ref) === undefined || voters.has(ref);
    item.amendments.forEach((amendment, position) => {
      const here = [...path, 'amendments', position];
      if (!decider(amendment.by))
        findings.push({
          path: [...here, 'by'],
          message: `§ ${item.number}: ehdotuksen tekijä "${amendment.by}" ei ollut päättäjänä asian käsittelyssä`,
        });
      if (amendment.seconded === undefined) return;
      if (amendment.seconded === amendment.by)
        findings.push({
          path: [...here, 'seconded'],
          message: `§ ${item.number}: "${amendment.by}" ei voi kannattaa omaa ehdotustaan`,
        });
      else if (!decider(amendment.seconded))
        findings.push({
          path: [...here, 'seconded'],
          message: `§ ${item.number}: kannattaja "${amendment.seconded}" ei ollut päättäjänä asian käsittelyssä`,
        });
    });
    if (item.vote) {
      const { vote } = item;
      if (!item.amendments.some((amendment) => amendment.seconded !== undefined))
        findings.push({
          path: [...path, 'vote'],
          message: `§ ${item.number}: äänestys ilman kannatettua muutosehdotusta; pohjaehdotuksesta äänestetään vain kannatettua ehdotusta vastaan (amendments)`,
        });
      const names = (['yesNames', 'noNames', 'blankNames'] as const).flatMap((list) =>
        vote[list].map((ref, position) => ({ ref, list, position })),
      );
      for (const { at: index } of repeats(names, (entry) => entry.ref)) {
        const entry = names[index];
        if (entry)
          findings.push({
            path: [...path, 'vote', entry.list, entry.position],
            message: `§ ${item.number}: "${entry.ref}" on jo merkitty äänestäneeksi`,
          });
      }
    }
    item.disqualified.forEach((entry, position) => {
      const whereabouts = where(entry.who);
      if (whereabouts && !whereabouts.sections.includes(item.number))
        findings.push({
          path: [...path, 'disqualified', position, 'who'],
          message: `§ ${item.number}: "${entry.who}" ei ollut läsnä asian käsittelyssä, joten hän ei voinut todeta olevansa esteellinen`,
        });
    });
    for (const { at: position } of repeats(item.disqualified, (entry) => entry.who))
      findings.push({
        path: [...path, 'disqualified', position, 'who'],
        message: `§ ${item.number}: "${item.disqualified[position]?.who}" on jo merkitty esteelliseksi`,
      });
  });
  return findings;
}

/** Everything in the minutes that cannot have happened; errors, each at its value. */
export function consistencyFindings(
  content: ContentModel,
  body: Body,
  meeting: Meeting,
  minutes: Minutes,
): Finding[] {
  const known = whereaboutsOf(content, body, meeting, minutes);
  // Whoever arrives or leaves at a § the meeting lacks (reported already) is where nobody can tell.
  const numbers = new Set(meeting.agenda.map((item) => item.number));
  const unsure = new Set(
    minutes.attendance.movements
      .filter((movement) => [movement.from, movement.until].some((n) => n !== undefined && !numbers.has(n)))
      .map((movement) => movement.who),
  );
  const where = (ref: string) => (unsure.has(ref) ? undefined : known(ref));
  return [
    ...signerFindings(body, minutes, where),
    ...attendanceFindings(meeting, minutes, where),
    ...sectionFindings(content, body, meeting, minutes, where),
  ];
}
