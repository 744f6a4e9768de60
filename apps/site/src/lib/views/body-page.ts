/** A body's page: composition, members, what works under it and its meetings. */
import { formatComposition } from '@valmistelu/domain/format';
import type { Body } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import { type Link, memberLabel } from './links.ts';
import { type MeetingCard, meetingCard } from './meeting-cards.ts';

export interface BodyPage {
  title: string;
  description: string | undefined;
  composition: string | undefined;
  parent: Link | undefined;
  /** Each member's name, title and role in the body, without repeating the title. */
  members: string[];
  subBodies: Link[];
  lines: Link[];
  meetings: MeetingCard[];
  isSteeringBody: boolean;
}

export function bodyPage(model: SiteModel, body: Body): BodyPage {
  const parent = body.parent ? model.body(body.parent) : undefined;
  return {
    title: body.shortName && body.shortName !== body.name ? `${body.name} (${body.shortName})` : body.name,
    description: body.description,
    composition: formatComposition(body.composition) || undefined,
    parent: parent && { href: urls.body(parent.id), text: parent.name },
    members: body.members.map((member) =>
      memberLabel(model.person(member.person), member.person, member.role),
    ),
    subBodies: model.subBodies(body.id).map((child) => ({ href: urls.body(child.id), text: child.name })),
    lines: model.linesOfBody(body.id).map((line) => ({
      href: urls.line(line.id),
      text: line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name,
    })),
    meetings: model.meetingsOfBody(body.id).map((meeting) => meetingCard(model, meeting)),
    isSteeringBody: model.content.site.steeringBody === body.id,
  };
}
