/** iCalendar output: escaping, folding at 75 octets without splitting characters, all-day and timed events. */
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, renderCalendar } from '../src/lib/ical.ts';

describe('ical', () => {
  test('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
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
