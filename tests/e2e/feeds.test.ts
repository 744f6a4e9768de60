/**
 * The feeds parse and hold what the content says: RSS items for the news, iCalendar events for
 * meetings and milestones, and the open data files listed in their index.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { absoluteUrl, urls } from '@valmistelu/domain/urls';
import { DOMParser } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { testedContent } from './support/content.ts';

const siteDir = inject('siteDir');
const read = (path: string) => readFile(join(siteDir, path), 'utf8');

/** RFC 5545: unfold continuation lines, then split each property into name, parameters and value. */
function parseCalendar(text: string): { name: string; value: string }[][] {
  const lines = text.split('\r\n').reduce<string[]>((unfolded, line) => {
    if (line.startsWith(' ')) unfolded[unfolded.length - 1] += line.slice(1);
    else if (line !== '') unfolded.push(line);
    return unfolded;
  }, []);
  const events: { name: string; value: string }[][] = [];
  let current: { name: string; value: string }[] | undefined;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0] ?? '';
    const value = line.slice(colon + 1);
    if (name === 'BEGIN' && value === 'VEVENT') current = [];
    else if (name === 'END' && value === 'VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else current?.push({ name, value });
  }
  return events;
}

describe('feeds', () => {
  test('RSS: one item per news item, newest first, with absolute links', async () => {
    const { content } = await testedContent();
    const document = new DOMParser().parseFromString(await read(urls.rss()), 'text/xml');
    const items = [...document.querySelectorAll('item')];
    expect(items.length).toBe(content.news.length);
    const expected = [...content.news].sort(
      (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
    );
    items.forEach((item, index) => {
      const news = expected[index];
      expect(item.querySelector('title')?.textContent).toBe(news?.title);
      expect(item.querySelector('link')?.textContent).toBe(
        absoluteUrl(content.site.url, urls.newsItem(news?.id ?? '')),
      );
      expect(Number.isNaN(Date.parse(item.querySelector('pubDate')?.textContent ?? ''))).toBe(false);
    });
    expect(document.querySelector('channel > language')?.textContent).toBe('fi');
  });

  test('iCalendar: every meeting and milestone, with CRLF lines of at most 75 octets', async () => {
    const { content } = await testedContent();
    const text = await read(urls.calendar());
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const events = parseCalendar(text);
    const milestones = content.timelines.flatMap((timeline) => timeline.milestones);
    expect(events.length).toBe(content.meetings.length + milestones.length);
    const uids = events.map((event) => event.find((property) => property.name === 'UID')?.value);
    expect(new Set(uids).size).toBe(events.length);
    for (const event of events) {
      const names = event.map((property) => property.name);
      for (const required of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY']) expect(names).toContain(required);
    }
    for (const meeting of content.meetings) {
      const event = events.find((candidate) =>
        candidate.some(
          (property) => property.name === 'URL' && property.value.endsWith(urls.meeting(meeting.id)),
        ),
      );
      expect(event, meeting.id).toBeDefined();
      const start = event?.find((property) => property.name === 'DTSTART')?.value ?? '';
      expect(start.startsWith(meeting.date.replaceAll('-', ''))).toBe(true);
    }
  });

  test('open data: the index lists files that exist and parse', async () => {
    const { content } = await testedContent();
    const index = JSON.parse(await read(urls.data('index'))) as { dataSets: { name: string; url: string }[] };
    expect(index.dataSets.length).toBeGreaterThan(5);
    for (const set of index.dataSets) {
      expect(set.url).toBe(absoluteUrl(content.site.url, urls.data(set.name)));
      JSON.parse(await read(urls.data(set.name)));
    }
    const groups = JSON.parse(await read(urls.data('groups'))) as { id: string }[];
    expect(groups.map((group) => group.id)).toEqual(content.groups.map((group) => group.id));
  });
});
