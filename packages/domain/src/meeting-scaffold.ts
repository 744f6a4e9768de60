/**
 * What a new meeting starts with, shared by `valmistelu new meeting` and the browser editor: the
 * standard opening and closing items, and one item for every report submitted since the body's
 * previous meeting, ready to be handled.
 */
import { formatFinnishDate } from './dates.ts';
import { freeId } from './free-id.ts';
import { reportKindLabels } from './labels.ts';
import { previousMeeting } from './schedule.ts';
import type { ContentModel } from './schema.ts';

export interface PlannedAgendaItem {
  number: number;
  title: string;
  reports?: string[];
  description?: string;
  proposal?: string;
}

export interface MeetingPlan {
  id: string;
  data: { body: string; date: string; time: string; place: string; agenda: PlannedAgendaItem[] };
}

export type MeetingPlanResult = ({ ok: true } & MeetingPlan) | { ok: false; message: string };

export function planMeeting(
  content: Pick<ContentModel, 'bodies' | 'meetings' | 'reports' | 'groups'>,
  bodyId: string,
  date: string,
): MeetingPlanResult {
  const body = content.bodies.find((candidate) => candidate.id === bodyId);
  if (!body) {
    return {
      ok: false,
      message: `tuntematon toimielin "${bodyId}"; toimielimet: ${content.bodies.map((b) => b.id).join(', ')}`,
    };
  }
  const previous = previousMeeting(content.meetings, { body: bodyId, date } as Parameters<
    typeof previousMeeting
  >[1]);
  const handled = new Set(
    content.meetings.flatMap((meeting) => meeting.agenda.flatMap((item) => item.reports)),
  );
  const submitted = content.reports
    .filter(
      (report) =>
        report.state === 'submitted' &&
        !handled.has(report.id) &&
        (report.submitted ?? '') > (previous?.date ?? '') &&
        (report.submitted ?? '') <= date,
    )
    .sort((a, b) => (a.submitted ?? '').localeCompare(b.submitted ?? '') || a.id.localeCompare(b.id));
  const groupName = new Map(content.groups.map((group) => [group.id, group.name]));
  const titles = [
    { title: 'Kokouksen avaus' },
    { title: 'Laillisuus ja päätösvaltaisuus' },
    ...submitted.map((report) => ({
      title: `${groupName.get(report.group) ?? report.group}: ${reportKindLabels[report.kind].toLowerCase()}`,
      reports: [report.id],
      description: `Raportti jätettiin ${formatFinnishDate(report.submitted ?? date)}.`,
      proposal: 'Merkitään raportti tiedoksi.',
    })),
    { title: 'Muut asiat' },
    { title: 'Kokouksen päättäminen' },
  ];
  const id = freeId(`${bodyId}-${date}`, new Set(content.meetings.map((meeting) => meeting.id)));
  return {
    ok: true,
    id,
    data: {
      body: bodyId,
      date,
      time: previous?.time ?? '13.00',
      place: previous?.place ?? 'Paikka tarkentuu',
      agenda: titles.map((item, index) => ({ number: index + 1, ...item })),
    },
  };
}
