/**
 * iCalendar (RFC 5545) for meetings and timeline milestones. Deterministic: DTSTAMP is the site's
 * "today" rather than the clock, and UIDs come from ids, so a rebuild changes nothing.
 */
import { addDays, type PartialDate } from '@valmistelu/domain/dates';

export interface CalendarEvent {
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  /** A whole-day event from `first` to `last` (inclusive), or a timed one in Finnish local time. */
  when:
    | { allDay: PartialDate | { first: string; last: string } }
    | { day: string; time: string; minutes: number };
}

export interface Calendar {
  name: string;
  /** The site's "today", `YYYY-MM-DD`, used as every event's DTSTAMP. */
  stamp: string;
  events: CalendarEvent[];
}

/** Finnish time with its daylight-saving rules, so that "13.00" means 13.00 in Pori in any season. */
const helsinkiTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'BEGIN:STANDARD',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

/**
 * RFC 5545 TEXT (3.3.11): backslash, comma and semicolon get a backslash, and every line break
 * (CRLF, a lone CR or a lone LF) becomes a backslash and `n`: a parser that splits lines on CR
 * would otherwise read the rest as new properties. Other control characters are not allowed in
 * TEXT and are dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/\r\n|\r|\n/g, '\\n')
      .replace(/([,;])/g, '\\$1')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping these characters is the point.
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
  );
}

/** Lines longer than 75 octets continue on the next line after a space; never inside a character. */
export function foldLine(line: string): string[] {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = lines.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      lines.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  lines.push(current);
  return lines.map((part, index) => (index === 0 ? part : ` ${part}`));
}

const compactDay = (isoDay: string) => isoDay.replaceAll('-', '');

function timedRange(day: string, time: string, minutes: number): [string, string] {
  const [hours = 0, mins = 0] = time.split('.').map(Number);
  const start = hours * 60 + mins;
  const end = start + minutes;
  const endDay = end >= 24 * 60 ? addDays(day, 1) : day;
  const format = (value: number) =>
    `${String(Math.floor((value % (24 * 60)) / 60)).padStart(2, '0')}${String(value % 60).padStart(2, '0')}00`;
  return [`${compactDay(day)}T${format(start)}`, `${compactDay(endDay)}T${format(end)}`];
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${compactDay(stamp)}T000000Z`];
  if ('allDay' in event.when) {
    lines.push(`DTSTART;VALUE=DATE:${compactDay(event.when.allDay.first)}`);
    // DTEND of an all-day event is exclusive: the day after the last day.
    lines.push(`DTEND;VALUE=DATE:${compactDay(addDays(event.when.allDay.last, 1))}`);
  } else {
    const [start, end] = timedRange(event.when.day, event.when.time, event.when.minutes);
    lines.push(`DTSTART;TZID=Europe/Helsinki:${start}`, `DTEND;TZID=Europe/Helsinki:${end}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  return lines;
}

export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//valmistelu//sivusto//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Europe/Helsinki',
    ...helsinkiTimezone,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.flatMap(foldLine).join('\r\n')}\r\n`;
}
