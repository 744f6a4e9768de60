/**
 * The public content in the 6Aika Open Decisions API format (Popolo based; `paatos.swagger.yaml`
 * of the 6aika/api-paatos repository at commit e8aade4, its newest version), as the static files
 * of a read-only API: one list per resource, each `{ meta, objects }` like the API's person and
 * membership lists, and one file per organization, event, case and action, which the objects'
 * `url` fields point at. Bodies and groups are organizations, the composition's seats are posts,
 * meetings are events, each § is an action with its own case, its texts as content and its vote
 * as a vote event. Pure; the site writes the files.
 *
 * Ids: where the specification types an id as an int64 number (organization, event, case,
 * action), it is a stable hash of the object's slug (open-decision-ids.ts) and the slug itself is
 * the object's `origin_id`; where it types the id as a string and has no `origin_id` (person,
 * membership, post, vote event), the id is the slug. Links between objects are absolute URLs on
 * the site (`site.url`), as the specification's are URLs.
 *
 * The one field beyond the specification is an action's `votes` (a list of `Vote_event`): the
 * specification defines the vote event but links it to nothing. Documented in
 * apps/site/docs/avoin-data.md.
 */
import { bodyKindLabels } from './labels.ts';
import { seatsOf } from './minutes.ts';
import { openDecisionIds } from './open-decision-ids.ts';
import type { AgendaItem, Body, ContentModel, Language, Meeting } from './schema.ts';
import { absoluteUrl, mainLanguage, urls } from './urls.ts';

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

/** The resources whose objects have an int64 id and a URL: each object has a file of its own. */
export const openDecisionObjectResources = ['organizations', 'events', 'cases', 'actions'] as const;
export type OpenDecisionObjectResource = (typeof openDecisionObjectResources)[number];

export type OpenDecisionObject = Record<string, unknown>;

export interface OpenDecisionList {
  meta: { total_count: number; limit: number; offset: number };
  objects: OpenDecisionObject[];
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

/** An organization's slug with its kind: a body and a group may share an id. */
type OrganizationSlug = { kind: 'body' | 'group'; id: string };

const itemSlug = (meeting: Meeting, item: AgendaItem) => `${meeting.id}-${item.number}`;
const postId = (body: Body, label: string) => `${body.id}-${label.replace(/\s+/g, '-')}`;

/** The keys of every object with a numeric id, hashed in one go so that a collision is found. */
function objectKeys(content: ContentModel): string[] {
  return [
    ...content.bodies.map((body) => `organizations:body:${body.id}`),
    ...content.groups.map((group) => `organizations:group:${group.id}`),
    ...content.meetings.flatMap((meeting) => [
      `events:${meeting.id}`,
      ...meeting.agenda.flatMap((item) => [
        `cases:${itemSlug(meeting, item)}`,
        `actions:${itemSlug(meeting, item)}`,
      ]),
    ]),
  ];
}

/** Ids and URLs of the objects of one content. */
interface Catalogue {
  content: ContentModel;
  id(resource: OpenDecisionObjectResource, slug: string): number;
  url(resource: OpenDecisionObjectResource, slug: string): string;
  organizationUrl(slug: OrganizationSlug): string;
  /** An organization inside a membership or a post: its id, origin id, name and URL. */
  organizationRef(slug: OrganizationSlug, name: string): OpenDecisionObject;
}

/** One catalogue per content object: the site asks for eleven lists of the same content. */
const catalogues = new WeakMap<ContentModel, Map<Language, Catalogue>>();

function catalogueOf(content: ContentModel, language: Language): Catalogue {
  let byLanguage = catalogues.get(content);
  if (!byLanguage) {
    byLanguage = new Map();
    catalogues.set(content, byLanguage);
  }
  let catalogue = byLanguage.get(language);
  if (!catalogue) {
    catalogue = newCatalogue(content, language);
    byLanguage.set(language, catalogue);
  }
  return catalogue;
}

function newCatalogue(content: ContentModel, language: Language): Catalogue {
  const ids = openDecisionIds(objectKeys(content));
  const id = (resource: OpenDecisionObjectResource, slug: string) => {
    const found = ids.get(`${resource}:${slug}`);
    if (found === undefined) throw new Error(`no 6Aika id for ${resource}:${slug}`);
    return found;
  };
  const url = (resource: OpenDecisionObjectResource, slug: string) =>
    absoluteUrl(content.site.url, urls.openDecisionObject(resource, id(resource, slug), language));
  const organizationUrl = ({ kind, id: slug }: OrganizationSlug) => url('organizations', `${kind}:${slug}`);
  return {
    content,
    id,
    url,
    organizationUrl,
    organizationRef: (slug, name) => ({
      url: organizationUrl(slug),
      id: id('organizations', `${slug.kind}:${slug.id}`),
      origin_id: slug.id,
      name,
    }),
  };
}

function organizations(catalogue: Catalogue): OpenDecisionObject[] {
  const { content } = catalogue;
  const bodyIds = new Set(content.bodies.map((body) => body.id));
  const eventsOf = (body: string) =>
    content.meetings
      .filter((meeting) => meeting.body === body)
      .map((meeting) => catalogue.url('events', meeting.id));
  const bodies = content.bodies.map((body) => ({
    url: catalogue.organizationUrl({ kind: 'body', id: body.id }),
    id: catalogue.id('organizations', `body:${body.id}`),
    origin_id: body.id,
    name: body.name,
    classification: bodyKindLabels[body.kind],
    ...(body.parent !== undefined &&
      bodyIds.has(body.parent) && { parent: catalogue.organizationUrl({ kind: 'body', id: body.parent }) }),
    events: eventsOf(body.id),
  }));
  const groupIds = new Set(content.groups.map((group) => group.id));
  const bodyOfLine = new Map(content.lines.map((line) => [line.id, line.body]));
  const groupParent = (parent: string | undefined, line: string): OrganizationSlug | undefined => {
    if (parent !== undefined && groupIds.has(parent)) return { kind: 'group', id: parent };
    const body = bodyOfLine.get(line);
    return body !== undefined && bodyIds.has(body) ? { kind: 'body', id: body } : undefined;
  };
  const groups = content.groups.map((group) => {
    const parent = groupParent(group.parent, group.line);
    return {
      url: catalogue.organizationUrl({ kind: 'group', id: group.id }),
      id: catalogue.id('organizations', `group:${group.id}`),
      origin_id: group.id,
      name: group.name,
      classification: 'Valmisteluryhmä',
      founding_date: group.mandate.start,
      dissolution_date: group.mandate.end,
      ...(parent && { parent: catalogue.organizationUrl(parent) }),
      events: [],
    };
  });
  return [...bodies, ...groups];
}

function persons(content: ContentModel): OpenDecisionObject[] {
  // E-mail addresses are left out, as in the other open data.
  return content.people.map((person) => ({
    id: person.id,
    name: person.name,
    ...(person.title !== undefined && { summary: person.title }),
  }));
}

function memberships(catalogue: Catalogue): OpenDecisionObject[] {
  const { content } = catalogue;
  // The id names the organization and the person, so that it stays when members are reordered
  // or added; a person's second role in one organization (or in a group named like a body) is
  // numbered.
  const seen = new Map<string, number>();
  const of = (
    organization: OrganizationSlug & { name: string },
    person: string,
    role: string,
    post?: string,
  ) => {
    const base = `${organization.id}-${person}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      id: count === 1 ? base : `${base}-${count}`,
      label: role,
      role,
      person_id: person,
      organization: catalogue.organizationRef(organization, organization.name),
      ...(post !== undefined && { post_id: post }),
    };
  };
  return [
    ...content.bodies.flatMap((body) =>
      body.members.map((member) =>
        of(
          { kind: 'body', id: body.id, name: body.name },
          member.person,
          member.role,
          member.seat === undefined ? undefined : postId(body, member.seat),
        ),
      ),
    ),
    ...content.groups.flatMap((group) => {
      const roles = [
        ...(group.responsible ? [{ person: group.responsible, role: 'vastuuvalmistelija' }] : []),
        ...(group.chair ? [{ person: group.chair, role: 'puheenjohtaja' }] : []),
        ...group.members,
      ];
      return roles.map((entry) =>
        of({ kind: 'group', id: group.id, name: group.name }, entry.person, entry.role),
      );
    }),
  ];
}

function posts(catalogue: Catalogue): OpenDecisionObject[] {
  return catalogue.content.bodies.flatMap((body) =>
    seatsOf(body).map((seat) => ({
      id: postId(body, seat.label),
      label: seat.label,
      role: seat.deputy ? 'varajäsen' : 'jäsen',
      organization: catalogue.organizationRef({ kind: 'body', id: body.id }, body.name),
    })),
  );
}

function eventName(content: ContentModel, meeting: Meeting): string {
  const body = content.bodies.find((candidate) => candidate.id === meeting.body);
  return `${body?.shortName ?? body?.name ?? meeting.body} ${meeting.number ?? meeting.date}`;
}

function event(catalogue: Catalogue, meeting: Meeting): OpenDecisionObject {
  const { content } = catalogue;
  const bodyKnown = content.bodies.some((body) => body.id === meeting.body);
  return {
    url: catalogue.url('events', meeting.id),
    id: catalogue.id('events', meeting.id),
    origin_id: meeting.id,
    name: eventName(content, meeting),
    // The specification's dates are days; the time is in /data/meetings.json and the calendar.
    start_date: meeting.date,
    end_date: meeting.date,
    ...(bodyKnown && { organization: catalogue.organizationUrl({ kind: 'body', id: meeting.body }) }),
    actions: meeting.agenda.map((item) => catalogue.url('actions', itemSlug(meeting, item))),
  };
}

/** The reports handled in the §, as the case's attachments: their PDFs. */
function attachments(content: ContentModel, item: AgendaItem): OpenDecisionObject[] {
  return item.reports.map((id) => ({
    url: absoluteUrl(content.site.url, urls.reportPdf(id)),
    origin_id: id,
    name: content.reports.find((report) => report.id === id)?.title ?? id,
    public: true,
  }));
}

function caseOf(catalogue: Catalogue, meeting: Meeting, item: AgendaItem): OpenDecisionObject {
  const slug = itemSlug(meeting, item);
  return {
    url: catalogue.url('cases', slug),
    id: catalogue.id('cases', slug),
    origin_id: slug,
    title: item.title,
    actions: [catalogue.url('actions', slug)],
    attachments: attachments(catalogue.content, item),
  };
}

/**
 * Description, proposal, amendments and decision as the restricted HTML the specification
 * allows (headings and paragraphs); a confidential § has only its grounds.
 */
function hypertext(item: AgendaItem): string {
  const part = (heading: string, text: string | undefined) =>
    text === undefined ? '' : `<h2>${escapeHtml(heading)}</h2><p>${escapeHtml(text)}</p>`;
  return [
    item.confidential !== undefined ? part('Salassa pidettävä', item.confidential) : '',
    part('Asian kuvaus', item.description),
    part('Päätösehdotus', item.proposal),
    ...item.amendments.map((amendment) => part('Muutosehdotus', amendment.text)),
    part('Päätös', item.decision),
  ].join('');
}

function votes(meeting: Meeting, item: AgendaItem): OpenDecisionObject[] {
  const { vote } = item;
  if (!vote) return [];
  return [
    {
      id: `${itemSlug(meeting, item)}-aanestys`,
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
  catalogue: Catalogue,
  meeting: Meeting,
  item: AgendaItem,
  ordering: number,
): OpenDecisionObject {
  const slug = itemSlug(meeting, item);
  return {
    url: catalogue.url('actions', slug),
    id: catalogue.id('actions', slug),
    origin_id: slug,
    title: item.title,
    ordering,
    ...(item.decision !== undefined && { article_number: String(item.number) }),
    case: catalogue.url('cases', slug),
    event: catalogue.url('events', meeting.id),
    contents: [
      {
        origin_id: `${slug}-sisalto`,
        ordering: 1,
        title: item.title,
        type: item.decision !== undefined ? 'decision' : 'proposal',
        hypertext: hypertext(item),
      },
    ],
    attachments: attachments(catalogue.content, item),
    votes: votes(meeting, item),
  };
}

function objectsOf(catalogue: Catalogue, resource: OpenDecisionResource): OpenDecisionObject[] {
  const { content } = catalogue;
  switch (resource) {
    case 'organizations':
      return organizations(catalogue);
    case 'persons':
      return persons(content);
    case 'memberships':
      return memberships(catalogue);
    case 'posts':
      return posts(catalogue);
    case 'events':
      return content.meetings.map((meeting) => event(catalogue, meeting));
    case 'cases':
      return content.meetings.flatMap((meeting) =>
        meeting.agenda.map((item) => caseOf(catalogue, meeting, item)),
      );
    case 'actions':
      return content.meetings.flatMap((meeting) =>
        meeting.agenda.map((item, at) => action(catalogue, meeting, item, at + 1)),
      );
  }
}

/**
 * One resource as the API's list endpoint returns it, all objects on one page. `content` in
 * another language than the main one (translated items in place of their originals) gives that
 * language's copy: the same objects and ids, its texts, its URLs under the language's code.
 */
export function openDecisionList(
  content: ContentModel,
  resource: OpenDecisionResource,
  language: Language = mainLanguage,
): OpenDecisionList {
  const objects = objectsOf(catalogueOf(content, language), resource);
  return { meta: { total_count: objects.length, limit: objects.length, offset: 0 }, objects };
}
