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

export function personLabel(person: Person | undefined): string | undefined {
  if (!person) return undefined;
  return person.title ? `${person.name} (${person.title})` : person.name;
}

export function groupStateBadge(state: GroupState): Badge {
  return { tone: state, text: groupStateLabels[state] };
}

export function reportStateBadge(state: ReportState): Badge {
  const tone = state === 'draft' ? 'due-soon' : state === 'submitted' ? 'on-time' : 'done';
  return { tone, text: reportStateLabels[state] };
}
