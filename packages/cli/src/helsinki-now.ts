/**
 * The current day and minute in Finland, for runs whose content does not fix its date. Read from
 * the clock here at the edge, never in the model: the content is about a Finnish organisation, so
 * its "today" is Helsinki's whatever zone the build machine (a CI runner: UTC) is set to.
 */
import type { PublicationMoment } from '@valmistelu/domain/publication';

const helsinki = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface HelsinkiNow {
  /** `YYYY-MM-DD`. */
  day: string;
  /** `YYYY-MM-DDTHH:MM`. */
  moment: PublicationMoment;
}

export function helsinkiNow(now: Date = new Date()): HelsinkiNow {
  const parts = Object.fromEntries(helsinki.formatToParts(now).map((part) => [part.type, part.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return { day, moment: `${day}T${parts.hour}:${parts.minute}` };
}
