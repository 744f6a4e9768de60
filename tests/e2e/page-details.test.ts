/**
 * Details a reader sees, on the parsed built pages: nothing said twice (contents numbers, open
 * items, meeting dates, the organisation), and no brackets inside brackets in people's lines.
 */
import { formatDate } from '@valmistelu/domain/localized-dates';
import { localizedUrls, urls } from '@valmistelu/domain/urls';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { testedContent } from './support/content.ts';
import { type BuiltPage, builtPages } from './support/site-files.ts';

const siteDir = inject('siteDir');
let pageByPath: Map<string, BuiltPage>;

beforeAll(async () => {
  pageByPath = new Map((await builtPages(siteDir)).map((page) => [page.path, page]));
});

function page(path: string): BuiltPage {
  const found = pageByPath.get(path);
  if (!found) throw new Error(`no page ${path}`);
  return found;
}

const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('page details', () => {
  test('a report’s contents show each heading’s own number once', async () => {
    const { content } = await testedContent();
    let numbered = 0;
    for (const report of content.reports) {
      const { document } = page(urls.report(report.id));
      for (const item of document.querySelectorAll('nav.toc li')) {
        const text = textOf(item.querySelector('a') ?? item);
        if (!/^\d+\.\s/.test(text)) continue;
        numbered += 1;
        // An <ol> would put its own "1." before the heading's.
        expect(item.parentElement?.tagName, `${report.id}: ${text}`).not.toBe('OL');
      }
    }
    expect(numbered).toBeGreaterThan(0);
  });

  test('a report’s open items are listed once', async () => {
    const { content } = await testedContent();
    const withOpenItems = content.reports.filter((report) => report.openItems.length > 0);
    expect(withOpenItems.length).toBeGreaterThan(0);
    for (const report of withOpenItems) {
      const items = [...page(urls.report(report.id)).document.querySelectorAll('main li')].map(textOf);
      for (const openItem of report.openItems)
        expect(items.filter((text) => text.startsWith(openItem)).length, `${report.id}: ${openItem}`).toBe(1);
    }
  });

  test('people’s lines have no brackets inside brackets and do not repeat the role', async () => {
    const { content } = await testedContent();
    const people = new Map(content.people.map((person) => [person.id, person]));
    const checked: string[] = [];
    const lines = (path: string) =>
      [...page(path).document.querySelectorAll('main li, main dd, main p.meta')].map(textOf);
    for (const group of content.groups) {
      const texts = lines(urls.group(group.id));
      for (const member of group.members) {
        const person = people.get(member.person);
        if (!person?.title?.startsWith(member.role)) continue;
        expect(texts, group.id).toContain(`${person.name}, ${person.title}`);
        checked.push(group.id);
      }
    }
    expect(checked.length).toBeGreaterThan(0);
    const presenters = content.meetings.flatMap((meeting) =>
      lines(urls.meeting(meeting.id)).filter((text) => text.startsWith('Esittelijä:')),
    );
    expect(presenters.length).toBeGreaterThan(0);
    for (const path of [
      ...content.groups.map((group) => urls.group(group.id)),
      ...content.bodies.map((body) => urls.body(body.id)),
      ...content.meetings.map((meeting) => urls.meeting(meeting.id)),
    ])
      for (const text of lines(path)) expect(text, path).not.toMatch(/\([^()]*\(/);
  });

  test('a meeting card names its date once', async () => {
    const { content } = await testedContent();
    const meetings = new Map(
      content.meetings.flatMap((meeting) => [
        [urls.meeting(meeting.id), meeting],
        [localizedUrls.sv.meeting(meeting.id), meeting],
      ]),
    );
    let cards = 0;
    for (const built of pageByPath.values()) {
      // A Swedish page's card says the date in Swedish, whichever language's page it links.
      const language = built.document.documentElement.getAttribute('lang') === 'sv' ? 'sv' : 'fi';
      for (const card of built.document.querySelectorAll('.card-list > li')) {
        const meeting = meetings.get(card.querySelector('a')?.getAttribute('href') ?? '');
        if (!meeting) continue;
        cards += 1;
        const text = textOf(card);
        expect(text.split(formatDate(meeting.date, language)).length - 1, `${built.path}: ${text}`).toBe(1);
      }
    }
    expect(cards).toBeGreaterThan(0);
  });

  test('the organisation page links each body, line and group once besides the chart', async () => {
    const { content } = await testedContent();
    const { document } = page(urls.organisation());
    const links = [...document.querySelectorAll('main a[href]')]
      .filter((link) => !link.closest('figure'))
      .map((link) => link.getAttribute('href'));
    const targets = [
      ...content.bodies.map((body) => urls.body(body.id)),
      ...content.lines.map((line) => urls.line(line.id)),
      ...content.groups.map((group) => urls.group(group.id)),
    ];
    for (const target of targets) expect(links.filter((href) => href === target).length, target).toBe(1);
  });
});
