/**
 * Checks of the minutes against the body's composition and the meeting's own §: every participant
 * known, attendance that adds up, a quorum at every §, votes that fit the voters, an appeal
 * instruction for every §, and a display period long enough for the longest appeal time; then
 * whether it could all have happened (`minutes-consistency.ts`).
 * Issues point at the meeting's YAML through their path, like every other model issue.
 */
import { addDays } from './dates.ts';
import {
  appealDays,
  appealOf,
  bodyOf,
  type Minutes,
  participantResolver,
  sectionPresence,
  serviceDays,
  votingSeats,
  whereaboutsOf,
} from './minutes.ts';
import { consistencyFindings } from './minutes-consistency.ts';
import { meetingStrings } from './private-names.ts';
import type { ContentModel, Meeting } from './schema.ts';
import type { IssuePath, ModelIssue } from './validate.ts';

function meetingIssues(
  content: ContentModel,
  meeting: Meeting,
  minutes: Minutes,
  index: number,
): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const report = (path: IssuePath, message: string, severity: ModelIssue['severity'] = 'error') =>
    issues.push({ collection: 'meetings', index, path, message, severity, ruleId: 'minutes' });
  const body = bodyOf(content, meeting);
  // An unknown body is reported by the reference check.
  if (!body) return issues;
  if (!body.composition.some((part) => part.seat && !part.deputies)) {
    report(
      ['minutes'],
      `toimielimen "${body.id}" kokoonpanossa ei ole numeroituja jäsenpaikkoja (seat): pöytäkirjan läsnäoloa ei voi merkitä`,
    );
    return issues;
  }
  const resolve = participantResolver(content, body, minutes);
  const known = (path: IssuePath, ref: string) => {
    const participant = resolve(ref);
    if (!participant)
      report(
        path,
        `tuntematon osallistuja "${ref}": kirjoita henkilön tunniste, kokoonpanon paikka (esim. "jäsen 3") tai lisää nimi muihin läsnäolijoihin (attendance.others)`,
      );
    return participant;
  };
  const numbers = new Set(meeting.agenda.map((item) => item.number));
  const section = (path: IssuePath, number: number | undefined) => {
    if (number !== undefined && !numbers.has(number)) report(path, `kokouksessa ei ole pykälää § ${number}`);
  };

  const { attendance } = minutes;
  const absent = new Set(attendance.absent);
  attendance.absent.forEach((ref, at) => {
    const participant = known(['minutes', 'attendance', 'absent', at], ref);
    if (participant && (participant.kind !== 'seat' || participant.seat?.deputy))
      report(
        ['minutes', 'attendance', 'absent', at],
        `"${ref}" ei ole jäsenen paikka: poissaolot merkitään jäsenille`,
      );
  });
  const substituted = new Set<string>();
  attendance.deputies.forEach((deputy, at) => {
    const path = ['minutes', 'attendance', 'deputies', at];
    const seat = known([...path, 'seat'], deputy.seat);
    if (seat && !seat.seat?.deputy) report([...path, 'seat'], `"${deputy.seat}" ei ole varajäsenen paikka`);
    // A member who came late or left early may have had a deputy for the rest of the meeting:
    // `minutes-consistency.ts` checks that the two were never there at once.
    const moved = attendance.movements.some((movement) => movement.who === deputy.for);
    if (known([...path, 'for'], deputy.for) && !absent.has(deputy.for) && !moved)
      report([...path, 'for'], `"${deputy.for}" ei ole poissa olleiden luettelossa (absent)`);
    if (substituted.has(deputy.for)) report([...path, 'for'], `jäsenellä "${deputy.for}" on jo varajäsen`);
    substituted.add(deputy.for);
  });
  const voters = new Set(votingSeats(body, minutes));
  attendance.movements.forEach((movement, at) => {
    const path = ['minutes', 'attendance', 'movements', at];
    known([...path, 'who'], movement.who);
    section([...path, 'from'], movement.from);
    section([...path, 'until'], movement.until);
    if (movement.from === undefined && movement.until === undefined)
      report(path, 'merkitse saapuminen (from) tai poistuminen (until) pykälänä');
  });
  attendance.others.forEach((other, at) => {
    const path = ['minutes', 'attendance', 'others', at];
    other.sections.forEach((number, position) => {
      section([...path, 'sections', position], number);
    });
  });
  known(['minutes', 'chair'], minutes.chair);
  known(['minutes', 'secretary'], minutes.secretary);
  minutes.checkers.forEach((ref, at) => {
    known(['minutes', 'checkers', at], ref);
  });

  if (minutes.invited && minutes.invited > meeting.date)
    report(
      ['minutes', 'invited'],
      `kokouskutsu ${minutes.invited} on lähetetty kokouksen ${meeting.date} jälkeen`,
    );
  if (minutes.checked < meeting.date)
    report(
      ['minutes', 'checked'],
      `pöytäkirja on tarkastettu ${minutes.checked} ennen kokousta ${meeting.date}`,
    );
  const display = minutes.publicDisplay;
  if (display.end < display.start)
    report(
      ['minutes', 'publicDisplay', 'end'],
      `loppupäivä ${display.end} on ennen alkupäivää ${display.start}`,
    );
  if (display.start < minutes.checked)
    report(
      ['minutes', 'publicDisplay', 'start'],
      `pöytäkirja on nähtävillä ${display.start} ennen kuin se on tarkastettu ${minutes.checked}`,
    );

  for (const finding of consistencyFindings(content, body, meeting, minutes))
    report(finding.path, finding.message);

  const whereabouts = whereaboutsOf(content, body, meeting, minutes);
  const presence = sectionPresence(content, meeting);
  const texts = meetingStrings(meeting).join('\n');
  meeting.agenda.forEach((item, at) => {
    const path: IssuePath = ['agenda', at];
    const present = presence[at];
    if (present && !present.quorum)
      report(
        path,
        `§ ${item.number}: toimielin ei ole päätösvaltainen, läsnä ${present.voters.length} / ${present.seats} jäsentä (vaaditaan yli puolet)`,
      );
    if (!item.decision) report([...path, 'decision'], `§ ${item.number}: päätös puuttuu pöytäkirjasta`);
    const template = appealOf(body, minutes, item);
    const appealId = item.appeal ?? minutes.appeal;
    if (!template)
      report(
        item.appeal ? [...path, 'appeal'] : ['minutes', 'appeal'],
        appealId
          ? `tuntematon muutoksenhakuohje "${appealId}": ohjeet ovat toimielimen kohdassa appealInstructions`
          : `§ ${item.number}: muutoksenhakuohje puuttuu (appeal pykälässä tai pöytäkirjassa)`,
      );
    else if (template.kind !== 'none') {
      const lastDay = addDays(display.start, serviceDays + appealDays(template));
      if (display.end < lastDay)
        report(
          ['minutes', 'publicDisplay', 'end'],
          `§ ${item.number}: ${template.title.toLowerCase()} on mahdollinen ${lastDay} asti, mutta pöytäkirja on nähtävillä vain ${display.end} asti`,
          'warning',
        );
    }
    const inSection = new Set(present?.voters.map((voter) => voter.ref));
    item.disqualified.forEach((entry, position) => {
      const where = [...path, 'disqualified', position, 'who'];
      // One not there at all is an error of `minutes-consistency.ts`.
      const there = whereabouts(entry.who)?.sections.includes(item.number) ?? false;
      if (known(where, entry.who) && there && !voters.has(entry.who) && entry.who !== minutes.secretary)
        report(where, `"${entry.who}" ei ollut kokouksessa päättäjänä`, 'warning');
    });
    item.amendments.forEach((amendment, position) => {
      known([...path, 'amendments', position, 'by'], amendment.by);
      if (amendment.seconded) known([...path, 'amendments', position, 'seconded'], amendment.seconded);
    });
    if (item.vote) {
      const vote = item.vote;
      const cast = vote.yes + vote.no + vote.blank;
      if (present && cast > present.voters.length)
        report(
          [...path, 'vote'],
          `§ ${item.number}: ääniä ${cast}, mutta päättäjiä oli läsnä ${present.voters.length}`,
        );
      for (const [names, count] of [
        ['yesNames', vote.yes],
        ['noNames', vote.no],
        ['blankNames', vote.blank],
      ] as const) {
        const list = vote[names];
        if (list.length > 0 && list.length !== count)
          report([...path, 'vote', names], `§ ${item.number}: nimiä ${list.length}, ääniä ${count}`);
        list.forEach((ref, position) => {
          if (known([...path, 'vote', names, position], ref) && !inSection.has(ref))
            report(
              [...path, 'vote', names, position],
              `"${ref}" ei ollut päättäjänä § ${item.number}:n käsittelyssä`,
            );
        });
      }
    }
    item.privatePersons.forEach((name, position) => {
      if (!texts.includes(name))
        report(
          [...path, 'privatePersons', position],
          `§ ${item.number}: nimeä "${name}" ei ole kokouksen teksteissä eikä läsnäolijoissa, joten sitä ei voi poistaa niistä`,
          'warning',
        );
    });
  });
  return issues;
}

/** Template ids a § chooses by must name one template. */
function templateIssues(content: ContentModel): ModelIssue[] {
  return content.bodies.flatMap((body, index) => {
    const seen = new Set<string>();
    return body.appealInstructions.flatMap((template, at): ModelIssue[] => {
      const duplicate = seen.has(template.id);
      seen.add(template.id);
      return duplicate
        ? [
            {
              collection: 'bodies',
              index,
              path: ['appealInstructions', at, 'id'],
              message: `muutoksenhakuohjeen tunniste "${template.id}" on jo käytössä`,
              severity: 'error',
              ruleId: 'minutes',
            },
          ]
        : [];
    });
  });
}

/**
 * What publishing will leave out that the writer should know about: the reports on a confidential
 * §, and private persons' names that stay public because the meeting has no display period yet.
 */
function publishingNotices(content: ContentModel): ModelIssue[] {
  return content.meetings.flatMap((meeting, index) =>
    meeting.agenda.flatMap((item, at): ModelIssue[] => {
      const notices: ModelIssue[] = [];
      const warn = (path: IssuePath, message: string) =>
        notices.push({
          collection: 'meetings',
          index,
          path,
          message,
          severity: 'warning',
          ruleId: 'minutes',
        });
      if (item.confidential !== undefined)
        item.reports.forEach((id, position) => {
          warn(
            ['agenda', at, 'reports', position],
            `§ ${item.number} on salassa pidettävä (${item.confidential}): raporttia "${id}" ei julkaista sivustolla eikä julkisissa PDF:issä`,
          );
        });
      if (item.privatePersons.length > 0 && !meeting.minutes)
        warn(
          ['agenda', at, 'privatePersons'],
          `§ ${item.number}: yksityishenkilöiden nimet poistetaan julkisesta verkosta vasta, kun pöytäkirjalle on merkitty nähtävilläoloaika (minutes.publicDisplay)`,
        );
      return notices;
    }),
  );
}

export function minutesIssues(content: ContentModel): ModelIssue[] {
  return [
    ...templateIssues(content),
    ...publishingNotices(content),
    ...content.meetings.flatMap((meeting, index) =>
      meeting.minutes ? meetingIssues(content, meeting, meeting.minutes, index) : [],
    ),
  ];
}
