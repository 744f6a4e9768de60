/** A body's page: composition, members, what works under it and its meetings. */
import { formatComposition } from '@valmistelu/domain/format';
import type { Body, Language } from '@valmistelu/domain/schema';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { itemLink, type Link, memberLabel } from './links.ts';
import { type MeetingCard, meetingCard } from './meeting-cards.ts';

export interface BodyPage {
  title: string;
  description: string | undefined;
  composition: string | undefined;
  /** The composition's language where its roles are the main language's words on another language's page. */
  compositionLang: Language | undefined;
  parent: Link | undefined;
  /** Each member's name, title and role in the body, without repeating the title. */
  members: string[];
  subBodies: Link[];
  lines: Link[];
  meetings: MeetingCard[];
  isSteeringBody: boolean;
}

/** The main language where a composition's roles are its words on another language's page. */
export function compositionLangOf(model: SiteModel, body: Body): Language | undefined {
  // Roles ("varajäsentä") are words of the original, not translated.
  return model.language !== model.languages[0] && body.composition.some((part) => part.role)
    ? model.languages[0]
    : undefined;
}

export function bodyPage(model: SiteModel, body: Body): BodyPage {
  const parent = body.parent ? model.body(body.parent) : undefined;
  const bodyLink = (other: Body) =>
    itemLink(model, 'bodies', other.id, other.name, (urls) => urls.body(other.id));
  return {
    title: body.shortName && body.shortName !== body.name ? `${body.name} (${body.shortName})` : body.name,
    description: body.description,
    composition: formatComposition(body.composition, texts[model.language].body.members) || undefined,
    compositionLang: compositionLangOf(model, body),
    parent: parent && bodyLink(parent),
    members: body.members.map((member) =>
      memberLabel(model.person(member.person), member.person, member.role),
    ),
    subBodies: model.subBodies(body.id).map(bodyLink),
    lines: model
      .linesOfBody(body.id)
      .map((line) =>
        itemLink(
          model,
          'lines',
          line.id,
          line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name,
          (urls) => urls.line(line.id),
        ),
      ),
    meetings: model.meetingsOfBody(body.id).map((meeting) => meetingCard(model, meeting)),
    isSteeringBody: model.content.site.steeringBody === body.id,
  };
}
