/**
 * A meeting as the public may read it, part of `publicContent`: a confidential § keeps only its
 * number, title, legal basis and appeal instruction; a confidential attachment only its title and
 * basis; the minutes appear once they are checked; and after the appeal period (the minutes'
 * display period) the names of private persons leave every text of the §. The members' edition
 * and the archive's minutes PDF use the content as it is.
 */
import { removedNameText } from './labels.ts';
import type { AgendaItem, Content, Meeting } from './schema.ts';

/** Reports listed on a confidential §: the reports on the matter are as confidential as it is. */
export function confidentialReportIds(content: Pick<Content, 'meetings'>): Set<string> {
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

function replaceAll(text: string, names: readonly string[]): string {
  // Longest first, so that "Maija Meikäläisen" is not left as "[nimi poistettu]sen".
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return sorted.reduce((result, name) => result.split(name).join(removedNameText), text);
}

function withoutNames(item: AgendaItem): AgendaItem {
  const names = item.privatePersons;
  const clean = (text: string) => replaceAll(text, names);
  const optional = (text: string | undefined) => (text === undefined ? undefined : clean(text));
  const { description, proposal, decision, vote } = item;
  return {
    ...item,
    title: clean(item.title),
    ...(description !== undefined && { description: clean(description) }),
    ...(proposal !== undefined && { proposal: clean(proposal) }),
    ...(decision !== undefined && { decision: clean(decision) }),
    amendments: item.amendments.map((amendment) => ({ ...amendment, text: clean(amendment.text) })),
    ...(vote && {
      vote: {
        ...vote,
        question: clean(vote.question),
        ...(vote.result !== undefined && { result: optional(vote.result) }),
      },
    }),
    attachments: item.attachments.map((attachment) => ({
      ...attachment,
      title: clean(attachment.title),
      ...(attachment.text !== undefined && { text: clean(attachment.text) }),
    })),
    privatePersons: [],
  };
}

function publicItem(item: AgendaItem, namesExpired: boolean): AgendaItem {
  if (item.confidential !== undefined) return confidentialItem(item);
  let result = item;
  if (item.attachments.some((attachment) => attachment.confidential !== undefined)) {
    result = {
      ...result,
      attachments: item.attachments.map((attachment) =>
        attachment.confidential === undefined
          ? attachment
          : { title: attachment.title, confidential: attachment.confidential },
      ),
    };
  }
  if (namesExpired && item.privatePersons.length > 0) result = withoutNames(result);
  return result;
}

/**
 * @param day The publication's day, `YYYY-MM-DD`: names of private persons stay until the last
 * day of the display period and are gone from the day after.
 */
export function publicMeeting(meeting: Meeting, day: string): Meeting {
  const minutesOut = meeting.minutes !== undefined && meeting.minutes.checked > day;
  const namesExpired = meeting.minutes !== undefined && day > meeting.minutes.publicDisplay.end;
  const agenda = meeting.agenda.map((item) => publicItem(item, namesExpired));
  const agendaChanged = agenda.some((item, at) => item !== meeting.agenda[at]);
  if (!minutesOut && !agendaChanged) return meeting;
  const { minutes: _unchecked, ...rest } = meeting;
  return { ...(minutesOut ? rest : meeting), agenda: agendaChanged ? agenda : meeting.agenda };
}
