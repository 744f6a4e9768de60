/**
 * iCalendar output: escaping, folding at 75 octets without splitting characters, all-day and timed
 * events; hostile text read back by ical.js, a real RFC 5545 parser.
 */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { type CalendarEvent, escapeText, foldLine, renderCalendar } from '../src/lib/ical.ts';

/** Text a meeting place or milestone label might carry, from a careless paste or a hostile hand. */
const hostileTexts = [
  'Kaupungintalo\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Väärennetty',
  'Sali 1\r\nEND:VEVENT\r\nBEGIN:VEVENT',
  'Rivi\nEND:VEVENT\nUID:toinen',
  'END:VEVENT',
  'puolipiste; pilkku, kenoviiva \\ ja \\n kirjaimin',
  'ohjaus\u0000merkit\u0007pois\u001b\u007f\tsarkain jää',
  `Sosiaali- ja terveyspalvelujen järjestämissuunnitelman valmisteluryhmä ${'äöå€𝄞'.repeat(30)}`,
  '\r\n\r\n',
];

/** What a reader should get back: every line break as LF, no ASCII control characters but tab and LF. */
function expectedText(text: string): string {
  return text.replace(/\r\n|\r/g, '\n').replace(/[^\P{Cc}\t\n\u0080-\u009F]/gu, '');
}

function hostileCalendar(): string {
  const events: CalendarEvent[] = hostileTexts.map((text, index) => ({
    uid: `vihamielinen-${index}@example.fi`,
    summary: text,
    description: text,
    location: text,
    when: { allDay: { first: '2018-10-01', last: '2018-10-01' } },
  }));
  return renderCalendar({ name: hostileTexts.join(' '), stamp: '2018-05-15', events });
}

describe('ical', () => {
  test('escapes commas, semicolons, backslashes and every kind of line break; drops control characters', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(escapeText('a\rb\r\nc\n\rd')).toBe('a\\nb\\nc\\n\\nd');
    expect(escapeText('a\u0000b\u001fc\u007fd\te')).toBe('abcd\te');
  });

  test('ical.js reads back one event per hostile text, with the text as written', () => {
    const calendar = new ICAL.Component(ICAL.parse(hostileCalendar()));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).toEqual(
      hostileTexts.map((_, index) => `vihamielinen-${index}@example.fi`),
    );
    events.forEach((event, index) => {
      const expected = expectedText(hostileTexts[index] ?? '');
      expect(event.summary).toBe(expected);
      expect(event.location).toBe(expected);
      expect(event.description).toBe(expected);
    });
  });

  test('a parser that splits lines on a lone CR or LF sees the same events', () => {
    const text = hostileCalendar();
    // Every line ends in CRLF and nothing else breaks a line.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split(/\r\n|\r|\n/);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT').length).toBe(hostileTexts.length);
    expect(lines.filter((line) => line === 'END:VEVENT').length).toBe(hostileTexts.length);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test('folds long lines at 75 octets and never inside a character', () => {
    const line = `SUMMARY:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  test('all-day events end the day after; timed events are in Helsinki time', () => {
    const text = renderCalendar({
      name: 'Testi',
      stamp: '2018-05-15',
      events: [
        {
          uid: 'a@x',
          summary: 'Lait voimaan',
          when: { allDay: { first: '2018-10-01', last: '2018-10-31' } },
        },
        { uid: 'b@x', summary: 'VATE', when: { day: '2018-04-10', time: '13.00', minutes: 120 } },
      ],
    });
    expect(text).toContain('DTSTART;VALUE=DATE:20181001\r\nDTEND;VALUE=DATE:20181101\r\n');
    expect(text).toContain(
      'DTSTART;TZID=Europe/Helsinki:20180410T130000\r\nDTEND;TZID=Europe/Helsinki:20180410T150000\r\n',
    );
    expect(text).toContain('DTSTAMP:20180515T000000Z');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
