/**
 * The feeds parse and hold what the content says: RSS items for the news, iCalendar events for
 * meetings and milestones, and the open data files listed in their index.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { absoluteUrl, localizedUrls, urls } from '@valmistelu/domain/urls';
import ICAL from 'ical.js';
import { DOMParser } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { testedContent } from './support/content.ts';

const siteDir = inject('siteDir');
const read = (path: string) => readFile(join(siteDir, path), 'utf8');

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

  test('iCalendar: every meeting and milestone, read by ical.js, with CRLF lines of at most 75 octets', async () => {
    const { content } = await testedContent();
    const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.ics'));
    // One calendar per language of the site (the Swedish one: languages.test.ts).
    const calendars = content.site.languages.map((language) => localizedUrls[language].calendar().slice(1));
    expect(files.sort()).toEqual(calendars.sort());
    const text = await read(urls.calendar());
    // Only CRLF ends a line, so a parser that splits on a lone CR or LF reads the same lines.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const milestones = content.timelines.flatMap((timeline) =>
      timeline.milestones.map((milestone) => ({ timeline, milestone })),
    );
    expect(events.length).toBe(content.meetings.length + milestones.length);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const event of events) {
      expect(event.summary).not.toBe('');
      expect(event.startDate, event.uid).toBeDefined();
    }
    const byUrl = (url: string) =>
      events.filter((event) => event.component.getFirstPropertyValue('url') === url);
    for (const meeting of content.meetings) {
      const [event] = byUrl(absoluteUrl(content.site.url, urls.meeting(meeting.id)));
      expect(event, meeting.id).toBeDefined();
      expect(event?.startDate.toString().slice(0, 10)).toBe(meeting.date);
      expect(event?.location).toBe(meeting.place);
      if (meeting.time) {
        expect(event?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Helsinki');
        expect(event?.startDate.toString().slice(11, 16)).toBe(meeting.time.replace('.', ':'));
      }
    }
    for (const { timeline, milestone } of milestones) {
      const event = byUrl(absoluteUrl(content.site.url, urls.timeline(timeline.id))).find((candidate) =>
        candidate.uid.includes(`-${timeline.id}-${milestone.id}@`),
      );
      expect(event, milestone.id).toBeDefined();
      expect(event?.summary.startsWith(milestone.label)).toBe(true);
      expect(event?.startDate.isDate).toBe(true);
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
