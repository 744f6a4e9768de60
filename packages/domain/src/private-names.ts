/**
 * Private persons' names in a meeting: which they are, where they stand, and the meeting without
 * them. A name one § lists in `privatePersons` is private wherever the meeting names it: in every
 * §'s texts, and as a participant of the minutes (someone heard, listed under `attendance.others`,
 * and named again in a vote, an amendment or a disqualification). Redaction walks every string of
 * the meeting rather than a list of fields, so a field added to the schema is covered without
 * anyone remembering to add it here.
 */
import { removedNameText } from './labels.ts';
import type { Meeting } from './schema.ts';

/**
 * Fields that hold identifiers of other items (a report, a person, an appeal instruction, the
 * body), not text: a name never stands in them, and rewriting one would break the link. The
 * meeting's own `chair` and `secretary` are references to people; the minutes' are participants,
 * which may be names, and are redacted.
 */
const identifierFields = new Set(['id', 'body', 'reports', 'presenter', 'appeal']);
const meetingReferenceFields = new Set(['chair', 'secretary']);

function isIdentifier(key: string, depth: number): boolean {
  return identifierFields.has(key) || (depth === 0 && meetingReferenceFields.has(key));
}

/** Every private name of the meeting, from all its §. */
export function privateNamesOf(meeting: Meeting): string[] {
  return [...new Set(meeting.agenda.flatMap((item) => item.privatePersons))];
}

/** Each string of the meeting that a reader can see, where a private name may stand. */
export function meetingStrings(meeting: Meeting): string[] {
  const strings: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item, depth + 1);
    else if (value !== null && typeof value === 'object')
      for (const [key, item] of Object.entries(value))
        if (key !== 'privatePersons' && !isIdentifier(key, depth)) walk(item, depth + 1);
  };
  walk(meeting, 0);
  return strings;
}

function replaceNames(text: string, sorted: readonly string[]): string {
  return sorted.reduce((result, name) => result.split(name).join(removedNameText), text);
}

/**
 * The meeting with every one of `names` (`privateNamesOf` the meeting as written, confidential §
 * included) replaced by `[nimi poistettu]` in every string but the identifiers, and no
 * `privatePersons` left to publish. Unchanged parts keep their identity.
 */
export function withoutPrivateNames(meeting: Meeting, names: readonly string[]): Meeting {
  if (names.length === 0) return meeting;
  // Longest first, so that "Maija Meikäläisen" is not left as "[nimi poistettu]sen".
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const redact = (value: unknown, key: string | undefined, depth: number): unknown => {
    if (key === 'privatePersons') return Array.isArray(value) && value.length === 0 ? value : [];
    if (key !== undefined && isIdentifier(key, depth - 1)) return value;
    if (typeof value === 'string') return replaceNames(value, sorted);
    if (Array.isArray(value)) {
      const items = value.map((item) => redact(item, undefined, depth + 1));
      return items.every((item, at) => item === value[at]) ? value : items;
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).map(([name, item]) => [name, redact(item, name, depth + 1)]);
      const changed = entries.some(
        ([name, item]) => item !== (value as Record<string, unknown>)[name as string],
      );
      return changed ? Object.fromEntries(entries) : value;
    }
    return value;
  };
  return redact(meeting, undefined, 0) as Meeting;
}
