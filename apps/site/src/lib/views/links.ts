/** Small shared pieces of view data: a link, a person's name with title, a state badge. */
import { groupStateLabels, reportStateLabels } from '@valmistelu/domain/labels';
import type { Person, ReportState } from '@valmistelu/domain/schema';
import type { GroupState } from '@valmistelu/domain/status';

export interface Link {
  href: string;
  text: string;
}

export interface Badge {
  /** A CSS class suffix, `state-<tone>`. */
  tone: string;
  text: string;
}

/**
 * "Name, title": a title often has brackets of its own ("muutosjohtaja, … (TL3)"), which inside
 * brackets around it would nest.
 */
export function personLabel(person: Person | undefined): string | undefined {
  if (!person) return undefined;
  return person.title ? `${person.name}, ${person.title}` : person.name;
}

/**
 * A member of a group or body with their role in it, the role left out where the person's title
 * already begins with it ("muutosjohtaja" and "muutosjohtaja, maakunnan elinvoimapalvelut").
 */
export function memberLabel(person: Person | undefined, personId: string, role: string): string {
  const label = personLabel(person) ?? personId;
  const title = person?.title?.toLocaleLowerCase('fi') ?? '';
  return title.startsWith(role.toLocaleLowerCase('fi')) ? label : `${label} – ${role}`;
}

export function groupStateBadge(state: GroupState): Badge {
  return { tone: state, text: groupStateLabels[state] };
}

export function reportStateBadge(state: ReportState): Badge {
  const tone = state === 'draft' ? 'due-soon' : state === 'submitted' ? 'on-time' : 'done';
  return { tone, text: reportStateLabels[state] };
}
