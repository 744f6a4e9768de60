/**
 * A meeting as the public may read it, part of `publicContent`: a confidential § keeps only its
 * number, title, legal basis and appeal instruction; a confidential attachment only its title and
 * basis; the minutes appear once they are checked; and after the appeal period (the minutes'
 * display period) the names of private persons leave the whole meeting (`private-names.ts`): every
 * text, the attendance and every participant of the minutes. Every public output (pages, open
 * data, the search index built from the pages, the PDFs) is made from this model, through
 * `publicContent`; only the members' edition uses the content as it is.
 */
import { privateNamesOf, withoutPrivateNames } from './private-names.ts';
import type { AgendaItem, ContentModel, Meeting } from './schema.ts';

/** Reports listed on a confidential §: the reports on the matter are as confidential as it is. */
export function confidentialReportIds(content: Pick<ContentModel, 'meetings'>): Set<string> {
  return new Set(
    content.meetings.flatMap((meeting) =>
      meeting.agenda.filter((item) => item.confidential !== undefined).flatMap((item) => item.reports),
    ),
  );
}

function confidentialItem(item: AgendaItem): AgendaItem {
  return {
    number: item.number,
    title: item.title,
    confidential: item.confidential,
    reports: [],
    attachments: [],
    privatePersons: [],
    amendments: [],
    disqualified: [],
    ...(item.appeal !== undefined && { appeal: item.appeal }),
  };
}

function publicItem(item: AgendaItem): AgendaItem {
  if (item.confidential !== undefined) return confidentialItem(item);
  if (!item.attachments.some((attachment) => attachment.confidential !== undefined)) return item;
  return {
    ...item,
    attachments: item.attachments.map((attachment) =>
      attachment.confidential === undefined
        ? attachment
        : { title: attachment.title, confidential: attachment.confidential },
    ),
  };
}

/**
 * @param day The publication's day, `YYYY-MM-DD`: names of private persons stay until the last
 * day of the display period and are gone from the day after.
 */
export function publicMeeting(meeting: Meeting, day: string): Meeting {
  const minutesOut = meeting.minutes !== undefined && meeting.minutes.checked > day;
  const namesExpired = meeting.minutes !== undefined && day > meeting.minutes.publicDisplay.end;
  const agenda = meeting.agenda.map(publicItem);
  const agendaChanged = agenda.some((item, at) => item !== meeting.agenda[at]);
  let result = meeting;
  if (minutesOut || agendaChanged) {
    const { minutes: _unchecked, ...rest } = meeting;
    result = { ...(minutesOut ? rest : meeting), agenda: agendaChanged ? agenda : meeting.agenda };
  }
  // The names as the meeting lists them, a confidential § included: someone heard on a
  // confidential matter may be named in the attendance too.
  return namesExpired ? withoutPrivateNames(result, privateNamesOf(meeting)) : result;
}
