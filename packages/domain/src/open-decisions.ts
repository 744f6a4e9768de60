/**
 * The public content in the 6Aika Open Decisions API format (Popolo based; `paatos.swagger.yaml`
 * of the 6aika/api-paatos repository), as the static files of a read-only API: one list per
 * resource, each `{ meta, objects }` like the API's list endpoints. Bodies and groups are
 * organizations, the composition's seats are posts, meetings are events, each § is an action with
 * its case, its decision as content and its votes as vote events. Pure; the site writes the files.
 *
 * The one field beyond the specification is an action's `event_id`, the meeting it was taken in:
 * the specification's action has no such link. Documented in apps/site/docs/avoin-data.md.
 */
import { bodyKindLabels } from './labels.ts';
import { seatsOf } from './minutes.ts';
import type { AgendaItem, Body, Content, Meeting } from './schema.ts';
import { absoluteUrl, urls } from './urls.ts';

export const openDecisionResources = [
  'organizations',
  'persons',
  'memberships',
  'posts',
  'events',
  'cases',
  'actions',
] as const;
export type OpenDecisionResource = (typeof openDecisionResources)[number];

export interface OpenDecisionList {
  meta: { total_count: number; limit: number; offset: number };
  objects: Record<string, unknown>[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Made once: a formatter costs far more to make than to use, and every meeting has dates. */
const helsinkiOffset = new Intl.DateTimeFormat('en', {
  timeZone: 'Europe/Helsinki',
  timeZoneName: 'longOffset',
});

/**
 * `YYYY-MM-DDTHH:MM:00+03:00` for a Finnish local day and time: the offset is Helsinki's on that
 * day, so that summer and winter meetings both read right in any time zone.
 */
export function helsinkiDateTime(day: string, time = '00.00'): string {
  const [hours = '00', minutes = '00'] = time.split('.');
  const noon = new Date(`${day}T12:00:00Z`);
  const zone = helsinkiOffset.formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value;
  const offset = zone?.replace('GMT', '') || '+00:00';
  return `${day}T${hours}:${minutes}:00${offset}`;
}

const organizationRef = (id: string, name: string) => ({ id, name });

function organizations(content: Content): Record<string, unknown>[] {
  const bodies = content.bodies.map((body) => ({
    id: body.id,
    name: body.name,
    classification: bodyKindLabels[body.kind],
    ...(body.parent !== undefined && { parent_id: body.parent }),
    ...(body.shortName !== undefined && { abstract: body.shortName }),
    ...(body.description !== undefined && { description: body.description }),
  }));
  const bodyOfLine = new Map(content.lines.map((line) => [line.id, line.body]));
  const groups = content.groups.map((group) => ({
    id: group.id,
    name: group.name,
    classification: 'Valmisteluryhmä',
    parent_id: group.parent ?? bodyOfLine.get(group.line) ?? group.line,
    ...(group.description !== undefined && { description: group.description }),
    founding_date: group.mandate.start,
    dissolution_date: group.mandate.end,
  }));
  return [...bodies, ...groups];
}

function persons(content: Content): Record<string, unknown>[] {
  // E-mail addresses are left out, as in the other open data.
  return content.people.map((person) => ({
    id: person.id,
    name: person.name,
    ...(person.title !== undefined && { summary: person.title }),
  }));
}

function memberships(content: Content): Record<string, unknown>[] {
  const of = (organization: { id: string; name: string }, person: string, role: string, index: number) => ({
    id: `${organization.id}-${index + 1}`,
    person_id: person,
    organization: organizationRef(organization.id, organization.name),
    role,
    label: role,
  });
  return [
    ...content.bodies.flatMap((body) =>
      body.members.map((member, at) => of(body, member.person, member.role, at)),
    ),
    ...content.groups.flatMap((group) => {
      const roles = [
        ...(group.responsible ? [{ person: group.responsible, role: 'vastuuvalmistelija' }] : []),
        ...(group.chair ? [{ person: group.chair, role: 'puheenjohtaja' }] : []),
        ...group.members,
      ];
      return roles.map((entry, at) => of(group, entry.person, entry.role, at));
    }),
  ];
}

const postId = (body: Body, label: string) => `${body.id}-${label.replace(/\s+/g, '-')}`;

function posts(content: Content): Record<string, unknown>[] {
  return content.bodies.flatMap((body) =>
    seatsOf(body).map((seat) => ({
      id: postId(body, seat.label),
      label: seat.label,
      role: seat.deputy ? 'varajäsen' : 'jäsen',
      organization: organizationRef(body.id, body.name),
    })),
  );
}

function eventName(content: Content, meeting: Meeting): string {
  const body = content.bodies.find((candidate) => candidate.id === meeting.body);
  return `${body?.shortName ?? body?.name ?? meeting.body} ${meeting.number ?? meeting.date}`;
}

function event(content: Content, meeting: Meeting): Record<string, unknown> {
  const attendees = (meeting.minutes?.attendance.others ?? []).flatMap((other) => {
    const person = content.people.find((candidate) => candidate.id === other.who);
    return person ? [{ id: person.id, name: person.name }] : [];
  });
  return {
    id: meeting.id,
    name: eventName(content, meeting),
    start_date: helsinkiDateTime(meeting.date, meeting.time),
    ...(meeting.minutes?.ended !== undefined && {
      end_date: helsinkiDateTime(meeting.date, meeting.minutes.ended),
    }),
    location: meeting.place,
    status: meeting.minutes ? 'pöytäkirja tarkastettu' : 'esityslista julkaistu',
    classification: 'kokous',
    organization_id: meeting.body,
    attendees,
  };
}

const actionId = (meeting: Meeting, item: AgendaItem) => `${meeting.id}-${item.number}`;

function caseOf(content: Content, meeting: Meeting, item: AgendaItem): Record<string, unknown> {
  return {
    title: { fi: item.title },
    ...(item.description !== undefined && { summary: { fi: item.description } }),
    attachments: [
      ...item.reports.map((id) => ({
        id: `raportti:${id}`,
        file: absoluteUrl(content.site.url, urls.reportPdf(id)),
      })),
    ],
    creation_date: helsinkiDateTime(meeting.date, meeting.time),
    public: item.confidential === undefined,
  };
}

/** Proposal, amendments and decision as the restricted HTML the specification allows: H2 and P. */
function hypertext(item: AgendaItem): string {
  const part = (heading: string, text: string | undefined) =>
    text === undefined ? '' : `<h2>${escapeHtml(heading)}</h2><p>${escapeHtml(text)}</p>`;
  return [
    item.confidential !== undefined ? part('Salassa pidettävä', item.confidential) : '',
    part('Päätösehdotus', item.proposal),
    ...item.amendments.map((amendment) => part('Muutosehdotus', amendment.text)),
    part('Päätös', item.decision),
  ].join('');
}

function votes(meeting: Meeting, item: AgendaItem): Record<string, unknown>[] {
  const { vote } = item;
  if (!vote) return [];
  return [
    {
      id: `${actionId(meeting, item)}-aanestys`,
      organization_id: meeting.body,
      identifier: `§ ${item.number}`,
      start_date: helsinkiDateTime(meeting.date, meeting.time),
      result: vote.result ?? (vote.yes > vote.no ? 'JAA' : vote.no > vote.yes ? 'EI' : 'tasan'),
      counts: [
        { option: 'yes', value: vote.yes },
        { option: 'no', value: vote.no },
        { option: 'abstain', value: vote.blank },
      ],
    },
  ];
}

function action(
  content: Content,
  meeting: Meeting,
  item: AgendaItem,
  ordering: number,
): Record<string, unknown> {
  const body = content.bodies.find((candidate) => candidate.id === meeting.body);
  return {
    id: actionId(meeting, item),
    title: item.title,
    case: caseOf(content, meeting, item),
    ordering,
    ...(item.decision !== undefined && { article_number: String(item.number) }),
    proposal_identifier: `§ ${item.number}`,
    responsible_party: organizationRef(meeting.body, body?.name ?? meeting.body),
    content: {
      id: `${actionId(meeting, item)}-sisalto`,
      ordering: 1,
      title: item.title,
      type: item.decision !== undefined ? 'decision' : 'proposal',
      hypertext: { fi: hypertext(item) },
    },
    votes: votes(meeting, item),
    event_id: meeting.id,
  };
}

function objectsOf(content: Content, resource: OpenDecisionResource): Record<string, unknown>[] {
  switch (resource) {
    case 'organizations':
      return organizations(content);
    case 'persons':
      return persons(content);
    case 'memberships':
      return memberships(content);
    case 'posts':
      return posts(content);
    case 'events':
      return content.meetings.map((meeting) => event(content, meeting));
    case 'cases':
      return content.meetings.flatMap((meeting) =>
        meeting.agenda.map((item) => ({ ...caseOf(content, meeting, item), id: actionId(meeting, item) })),
      );
    case 'actions':
      return content.meetings.flatMap((meeting) =>
        meeting.agenda.map((item, at) => action(content, meeting, item, at + 1)),
      );
  }
}

/** One resource as the API's list endpoint returns it, all objects on one page. */
export function openDecisionList(content: Content, resource: OpenDecisionResource): OpenDecisionList {
  const objects = objectsOf(content, resource);
  return { meta: { total_count: objects.length, limit: objects.length, offset: 0 }, objects };
}
