/**
 * The Swedish side of the default content (site.yaml `languages: [fi, sv]`), built: pages under
 * /sv/ in Swedish with hreflang pairs both ways and a language switch on every page; untranslated
 * items listed in Finnish and linked to their Finnish page, never copied under /sv/; Swedish
 * feeds; a Swedish search index of its own; and in Chromium, axe-core and 320 px reflow on every
 * Swedish page.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { documentWords } from '@valmistelu/domain/document-words';
import { absoluteUrl, localizedUrls, urls } from '@valmistelu/domain/urls';
import { texts } from '@valmistelu/site/texts';
import ICAL from 'ical.js';
import { DOMParser } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeWcag21AA } from './support/axe.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { testedContent } from './support/content.ts';
import { type BuiltPage, builtPages } from './support/site-files.ts';

const siteDir = inject('siteDir');
const baseUrl = inject('baseUrl');
const sv = localizedUrls.sv;

let pages: BuiltPage[];
let pageByPath: Map<string, BuiltPage>;
let swedish: BuiltPage[];

beforeAll(async () => {
  pages = await builtPages(siteDir);
  pageByPath = new Map(pages.map((page) => [page.path, page]));
  swedish = pages.filter((page) => page.path.startsWith(sv.home()));
});

/** A page's `<link rel="alternate" hreflang>` as hreflang → path on the site. */
function alternates(page: BuiltPage): Map<string, string> {
  return new Map(
    [...page.document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
      link.getAttribute('hreflang') ?? '',
      new URL(link.getAttribute('href') ?? '').pathname,
    ]),
  );
}

function switchLink(page: BuiltPage): Element | null {
  return page.document.querySelector('.language-switch a');
}

/** The ids of the news items and meetings that have a Swedish translation. */
async function translatedIds() {
  const { translations } = await testedContent();
  const translated = translations.sv?.translated;
  if (!translated) throw new Error('the tested content has no Swedish translations');
  return translated;
}

/** Every section of the menu, in its order: the Swedish site has a page of each. */
/** The folder an item's path is in: `/sv/rapporter/` of `/sv/rapporter/x/`. */
const folderOf = (itemPath: string) => itemPath.slice(0, itemPath.lastIndexOf('/', itemPath.length - 2) + 1);

const sections = [
  sv.home(),
  sv.news(),
  sv.organisation(),
  sv.reports(),
  sv.meetings(),
  sv.decisions(),
  sv.actions(),
  sv.timelines(),
  sv.status(),
  sv.channels(),
  sv.search(),
];

describe('Swedish pages', () => {
  test('exist for every section and the accessibility statement, and for every translated news item, meeting, minutes, body, line, report and timeline, and for no other item', async () => {
    const { content } = await testedContent();
    const translated = await translatedIds();
    expect(translated.news.length).toBeGreaterThan(0);
    for (const path of sections) expect(pageByPath.has(path), path).toBe(true);
    for (const item of content.news)
      expect(pageByPath.has(sv.newsItem(item.id)), item.id).toBe(translated.news.includes(item.id));
    for (const meeting of content.meetings)
      expect(pageByPath.has(sv.meeting(meeting.id)), meeting.id).toBe(
        translated.meetings.includes(meeting.id),
      );
    expect(translated.bodies.length).toBeGreaterThan(0);
    for (const body of content.bodies)
      expect(pageByPath.has(sv.body(body.id)), body.id).toBe(translated.bodies.includes(body.id));
    expect(translated.lines.length).toBeGreaterThan(0);
    expect(translated.lines.length).toBeLessThan(content.lines.length);
    for (const line of content.lines)
      expect(pageByPath.has(sv.line(line.id)), line.id).toBe(translated.lines.includes(line.id));
    const withMinutes = content.meetings.filter((meeting) => meeting.minutes);
    expect(withMinutes.some((meeting) => translated.meetings.includes(meeting.id))).toBe(true);
    for (const meeting of withMinutes)
      expect(pageByPath.has(sv.minutes(meeting.id)), meeting.id).toBe(
        translated.meetings.includes(meeting.id),
      );
    expect(translated.timelines.length).toBeGreaterThan(0);
    for (const timeline of content.timelines)
      expect(pageByPath.has(sv.timeline(timeline.id)), timeline.id).toBe(
        translated.timelines.includes(timeline.id),
      );
    expect(pageByPath.has(sv.accessibility())).toBe(true);
    // A translated report has a Swedish page; an untranslated one none (issue 22 §2: no copies).
    expect(translated.reports.length).toBeGreaterThan(0);
    expect(translated.reports.length).toBeLessThan(content.reports.length);
    for (const report of content.reports)
      expect(pageByPath.has(sv.report(report.id)), report.id).toBe(translated.reports.includes(report.id));
    const reportPages = swedish.filter(
      (page) => page.path.startsWith(sv.reports()) && page.path !== sv.reports(),
    );
    expect(reportPages.map((page) => page.path).sort()).toEqual(
      translated.reports.map((id) => sv.report(id)).sort(),
    );
    // Groups have pages in Finnish only: none is copied under /sv/.
    const groupFolder = folderOf(sv.group('x'));
    for (const page of swedish)
      expect(page.path.startsWith(groupFolder) && page.path !== groupFolder, page.path).toBe(false);
  });

  test('are lang="sv" with the Swedish menu, and pair with their Finnish page through hreflang both ways', () => {
    expect(swedish.length).toBeGreaterThan(4);
    const { nav } = texts.sv;
    const menu = [
      nav.home,
      nav.news,
      nav.organisation,
      nav.reports,
      nav.meetings,
      nav.decisions,
      nav.actions,
      nav.timelines,
      nav.status,
      nav.channels,
      nav.search,
    ];
    for (const page of swedish) {
      const { document } = page;
      expect(document.documentElement.getAttribute('lang'), page.path).toBe('sv');
      const links = [...document.querySelectorAll('#paavalikko a')];
      expect(
        links.map((link) => link.textContent),
        page.path,
      ).toEqual(menu);
      // Every entry leads to a Swedish page.
      expect(
        links.map((link) => link.getAttribute('href')),
        page.path,
      ).toEqual(sections);
      const own = alternates(page);
      expect(own.get('sv'), page.path).toBe(page.path);
      const finnishPath = own.get('fi') ?? '';
      expect(own.get('x-default'), page.path).toBe(finnishPath);
      const finnish = pageByPath.get(finnishPath);
      expect(finnish, `${page.path} → ${finnishPath}`).toBeDefined();
      expect(finnish?.document.documentElement.getAttribute('lang')).toBe('fi');
      expect(alternates(finnish as BuiltPage).get('sv'), finnishPath).toBe(page.path);
      // The switch goes to the counterpart, in its own language.
      expect(switchLink(page)?.getAttribute('href'), page.path).toBe(finnishPath);
      expect(switchLink(page)?.getAttribute('lang')).toBe('fi');
    }
  });

  test('every Finnish page has a switch to an existing Swedish page, its counterpart or the list it would be in', async () => {
    const translated = await translatedIds();
    const { content } = await testedContent();
    const untranslatedNews = content.news.find((item) => !translated.news.includes(item.id));
    const untranslatedMeeting = content.meetings.find((meeting) => !translated.meetings.includes(meeting.id));
    for (const page of pages) {
      if (page.path.startsWith(sv.home()) || page.path === '/404.html') continue;
      const target = switchLink(page)?.getAttribute('href') ?? '';
      expect(
        pageByPath.get(target)?.document.documentElement.getAttribute('lang'),
        `${page.path} → ${target}`,
      ).toBe('sv');
      const pairs = alternates(page);
      // hreflang only where the page exists in both languages, and then exactly there.
      if (pairs.size > 0) expect(pairs.get('sv'), page.path).toBe(target);
    }
    if (untranslatedNews) {
      const page = pageByPath.get(urls.newsItem(untranslatedNews.id)) as BuiltPage;
      expect(alternates(page).size).toBe(0);
      expect(switchLink(page)?.getAttribute('href')).toBe(sv.news());
    }
    if (untranslatedMeeting) {
      const page = pageByPath.get(urls.meeting(untranslatedMeeting.id)) as BuiltPage;
      expect(switchLink(page)?.getAttribute('href')).toBe(sv.meetings());
    }
  });

  test('show Swedish dates and words: "31 januari 2018", "Föredragningslista"', async () => {
    const translated = await translatedIds();
    const months =
      /^\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}$/;
    const news = pageByPath.get(sv.news()) as BuiltPage;
    const dates = [...news.document.querySelectorAll('main time')].map((time) => time.textContent ?? '');
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(months);
    const meeting = pageByPath.get(sv.meeting(translated.meetings[0] as string)) as BuiltPage;
    const headings = [...meeting.document.querySelectorAll('main h2')].map((heading) => heading.textContent);
    expect(headings).toContain(texts.sv.meetings.agenda);
    expect(meeting.document.querySelector('.site-footer')?.textContent).toContain(texts.sv.footer.aboutSite);
  });
});

describe('the Swedish minutes page', () => {
  test('is in Swedish with the minutes PDF’s words, linked from the Swedish meeting page, and links the Swedish PDF', async () => {
    const translated = await translatedIds();
    const { content } = await testedContent();
    const meeting = content.meetings.find(
      (candidate) => candidate.minutes && translated.meetings.includes(candidate.id),
    );
    if (!meeting) throw new Error('no translated meeting with minutes');
    const page = pageByPath.get(sv.minutes(meeting.id)) as BuiltPage;
    const { document } = page;
    expect(document.querySelector('h1')?.textContent).toMatch(/^Protokoll: .*: möte /);
    const words = documentWords.sv.minutes;
    const headings = [...document.querySelectorAll('main h2')].map((heading) => heading.textContent);
    for (const heading of [words.attendance, words.legalityHeading, words.checkingHeading, words.signatures])
      expect(headings).toContain(heading);
    expect(headings).not.toContain(documentWords.fi.minutes.attendance);
    const links = [...document.querySelectorAll('main a')].map((link) => link.getAttribute('href'));
    expect(links).toContain(urls.minutesPdf(meeting.id, 'sv'));
    expect(links).toContain(sv.meeting(meeting.id));
    const meetingPage = pageByPath.get(sv.meeting(meeting.id)) as BuiltPage;
    expect(
      [...meetingPage.document.querySelectorAll('main a')].map((link) => link.getAttribute('href')),
    ).toContain(sv.minutes(meeting.id));
    // The § titles are the translation's, not the original's.
    const original = pageByPath.get(urls.minutes(meeting.id)) as BuiltPage;
    const titles = (built: BuiltPage) =>
      [...built.document.querySelectorAll('main .agenda-item h3')].map((heading) => heading.textContent);
    expect(titles(page).length).toBe(meeting.agenda.length);
    expect(titles(page)).not.toEqual(titles(original));
  });
});

describe('the Swedish report page', () => {
  /** The translated report of the tested content, its original and its translation as merged. */
  async function translatedReport() {
    const { content, translations } = await testedContent();
    const id = (await translatedIds()).reports[0];
    const original = content.reports.find((report) => report.id === id);
    const swedishReport = translations.sv?.content.reports.find((report) => report.id === id);
    if (!id || !original || !swedishReport) throw new Error('the tested content has no translated report');
    return { id, original, swedishReport };
  }

  test('is lang="sv" with the translated title and body, Swedish labels and table of contents, paired with the Finnish page both ways', async () => {
    const { id, original, swedishReport } = await translatedReport();
    const page = pageByPath.get(sv.report(id)) as BuiltPage;
    const finnish = pageByPath.get(urls.report(id)) as BuiltPage;
    const { document } = page;
    expect(document.documentElement.getAttribute('lang')).toBe('sv');
    expect(document.querySelector('h1')?.textContent).toBe(swedishReport.title);
    expect(swedishReport.title).not.toBe(original.title);
    // The body is the translation's (.sv.mdx), not the original's: its headings and a sentence.
    const headings = (built: BuiltPage) =>
      [...built.document.querySelectorAll('main article > h2[id]')].map((heading) => heading.textContent);
    const swedishHeadings = [...swedishReport.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(swedishHeadings.length).toBeGreaterThan(2);
    expect(headings(page)).toEqual(swedishHeadings);
    for (const heading of headings(finnish)) expect(headings(page)).not.toContain(heading);
    const text = document.querySelector('main article')?.textContent ?? '';
    expect(text).toContain('Vid uppdateringen av uppgifterna används robotik.');
    expect(swedishReport.body).toContain('Vid uppdateringen av uppgifterna används robotik.');
    // The site's own words are Swedish, in the page and in the body's actions.
    const terms = [...document.querySelectorAll('main dt')].map((term) => term.textContent);
    expect(terms).toEqual(expect.arrayContaining([texts.sv.report.facts.kind, texts.sv.report.facts.period]));
    expect(terms).not.toContain(texts.fi.report.facts.kind);
    expect(document.querySelector('.toc h2')?.textContent).toBe(texts.sv.report.contents);
    const tocLinks = [...document.querySelectorAll('.toc a')].map((link) => link.textContent);
    expect(tocLinks).toEqual(swedishHeadings);
    for (const meta of document.querySelectorAll('main .action-meta'))
      expect(meta.textContent).toMatch(/^Ansvar: .* · Tidsfrist: \d{1,2} [a-z]+ \d{4} · Status: /);
    expect(document.querySelectorAll('main .action-meta').length).toBeGreaterThan(0);
    // The untranslated group is Finnish, marked.
    const group = document.querySelector(`main dd a[href="${urls.group(original.group)}"]`);
    expect(group?.getAttribute('lang')).toBe('fi');
    // hreflang both ways, and the switch to the counterpart.
    expect(alternates(page).get('fi')).toBe(urls.report(id));
    expect(alternates(page).get('sv')).toBe(sv.report(id));
    expect(alternates(finnish).get('sv')).toBe(sv.report(id));
    expect(switchLink(page)?.getAttribute('href')).toBe(urls.report(id));
    expect(switchLink(finnish)?.getAttribute('href')).toBe(sv.report(id));
  });

  test('links the Swedish PDF, which is in the output', async () => {
    const { id } = await translatedReport();
    const page = pageByPath.get(sv.report(id)) as BuiltPage;
    const link = [...page.document.querySelectorAll('main a')].find(
      (candidate) => candidate.textContent === texts.sv.report.pdf,
    );
    expect(link?.getAttribute('href')).toBe(urls.reportPdf(id, 'sv'));
    expect(link?.hasAttribute('hreflang')).toBe(false);
    const pdf = await readFile(join(siteDir, urls.reportPdf(id, 'sv')));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('the Swedish pages link a translated report to its Swedish page and an untranslated one to the Finnish page, marked', async () => {
    const { content } = await testedContent();
    const translated = await translatedIds();
    const untranslated = content.reports.find((report) => !translated.reports.includes(report.id));
    const { id } = await translatedReport();
    if (!untranslated) throw new Error('every report is translated');
    for (const path of [sv.reports(), sv.status()]) {
      const page = pageByPath.get(path) as BuiltPage;
      const hrefs = [...page.document.querySelectorAll('main a')].map((link) => link.getAttribute('href'));
      if (path === sv.reports()) expect(hrefs).toContain(sv.report(id));
      expect(hrefs, path).not.toContain(urls.report(id));
    }
    const list = pageByPath.get(sv.reports()) as BuiltPage;
    const finnishLink = list.document.querySelector(`main a[href="${urls.report(untranslated.id)}"]`);
    expect(finnishLink?.getAttribute('lang')).toBe('fi');
    expect(finnishLink?.nextElementSibling?.textContent).toBe('(på finska)');
  });
});

describe('the Swedish accessibility statement', () => {
  test('is linked from every Swedish page’s footer, is lang="sv" and pairs with the Finnish statement', () => {
    const statement = pageByPath.get(sv.accessibility()) as BuiltPage;
    expect(statement, sv.accessibility()).toBeDefined();
    for (const page of swedish) {
      const footer = page.document.querySelector('footer.site-footer');
      const link = [...(footer?.querySelectorAll('a') ?? [])].find(
        (candidate) => candidate.textContent === texts.sv.footer.accessibility,
      );
      expect(link?.getAttribute('href'), page.path).toBe(sv.accessibility());
      expect(footer?.querySelector(`a[href="${urls.accessibility()}"]`), page.path).toBeNull();
    }
    const { document } = statement;
    expect(document.documentElement.getAttribute('lang')).toBe('sv');
    expect(document.querySelector('h1')?.textContent).toBe('Tillgänglighetsutlåtande');
    const headings = [...document.querySelectorAll('main h2')].map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Tillgänglighetsstatus',
      'Innehåll som inte är tillgängligt',
      'Mer information och respons',
      'Tillsynsmyndighet',
    ]);
    const hrefs = [...document.querySelectorAll('main a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toContain('https://www.tillganglighetskrav.fi');
    expect(hrefs.some((href) => href?.startsWith('mailto:'))).toBe(true);
    expect(document.querySelector('main')?.textContent).toContain('WCAG 2.1');
    expect(alternates(statement).get('fi')).toBe(urls.accessibility());
    const finnish = pageByPath.get(urls.accessibility()) as BuiltPage;
    expect(alternates(finnish).get('sv')).toBe(sv.accessibility());
    expect(switchLink(finnish)?.getAttribute('href')).toBe(sv.accessibility());
  });
});

describe('the Swedish charts', () => {
  test('the organisation page draws the chart in Swedish and links its Swedish PDF', () => {
    const page = pageByPath.get(sv.organisation()) as BuiltPage;
    const svg = page.document.querySelector('main figure svg');
    const [titleId] = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(page.document.getElementById(titleId ?? '')?.textContent).toBe('Beredningsorganisationen');
    const pdfLink = page.document.querySelector('main figcaption a');
    expect(pdfLink?.getAttribute('href')).toBe(urls.organisationChartPdf('sv'));
    expect(pdfLink?.hasAttribute('hreflang')).toBe(false);
  });

  test('a translated timeline’s page is in Swedish, its table and chart with the translated rows, and links its Swedish PDF', async () => {
    const { content } = await testedContent();
    const translated = await translatedIds();
    const id = translated.timelines[0] as string;
    const original = content.timelines.find((timeline) => timeline.id === id);
    const page = pageByPath.get(sv.timeline(id)) as BuiltPage;
    const { document } = page;
    expect(document.querySelector('h1')?.textContent).not.toBe(original?.title);
    const rows = [...document.querySelectorAll('main tbody th')].map((cell) => cell.textContent?.trim());
    expect(rows.length).toBe((original?.spans.length ?? 0) + (original?.milestones.length ?? 0));
    for (const span of original?.spans ?? []) expect(rows).not.toContain(span.label);
    const headers = [...document.querySelectorAll('main thead th')].map((cell) => cell.textContent);
    expect(headers.slice(0, 4)).toEqual(Object.values(texts.sv.timeline.columns));
    expect(document.querySelector('main figure svg')?.textContent).toContain('Bekräftat');
    expect(document.querySelector('main figcaption a')?.getAttribute('href')).toBe(
      urls.timelinePdf(id, 'sv'),
    );
  });
});

describe('untranslated items', () => {
  test('are listed in Finnish, lang="fi" and "(på finska)", linked to their Finnish page', async () => {
    const { content } = await testedContent();
    const translated = await translatedIds();
    const untranslated = content.news.filter((item) => !translated.news.includes(item.id));
    expect(untranslated.length).toBeGreaterThan(0);
    const list = pageByPath.get(sv.news()) as BuiltPage;
    const links = [...list.document.querySelectorAll('main .news-card h2 a')];
    for (const item of untranslated.slice(0, 10)) {
      const link = links.find((candidate) => candidate.getAttribute('href') === urls.newsItem(item.id));
      expect(link, item.id).toBeDefined();
      expect(link?.getAttribute('lang')).toBe('fi');
      expect(link?.textContent).toBe(item.title);
      expect(link?.parentElement?.querySelector('.lang-note')?.textContent).toBe('(på finska)');
    }
    for (const id of translated.news) {
      const link = links.find((candidate) => candidate.getAttribute('href') === sv.newsItem(id));
      expect(link, id).toBeDefined();
      expect(link?.hasAttribute('lang')).toBe(false);
      expect(link?.parentElement?.querySelector('.lang-note')).toBeNull();
    }
  });

  /** The link to `href` in a page's main, with its language and what follows it. */
  function linkTo(page: BuiltPage, href: string) {
    const link = [...page.document.querySelectorAll('main a')].find(
      (candidate) => candidate.getAttribute('href') === href,
    );
    const note = link?.nextElementSibling?.classList.contains('lang-note') ? link.nextElementSibling : null;
    return { link, lang: link?.getAttribute('lang') ?? undefined, note: note?.textContent ?? undefined };
  }

  test('groups, untranslated reports, lines and timelines are in Finnish on the Swedish section pages, linked to their Finnish page', async () => {
    const { content } = await testedContent();
    const translated = await translatedIds();
    const organisation = pageByPath.get(sv.organisation()) as BuiltPage;
    for (const group of content.groups) {
      const { link, lang, note } = linkTo(organisation, urls.group(group.id));
      expect(link?.textContent, group.id).toBe(group.name);
      expect([lang, note], group.id).toEqual(['fi', '(på finska)']);
    }
    for (const line of content.lines) {
      const swedishLine = translated.lines.includes(line.id);
      const { link, lang, note } = linkTo(organisation, swedishLine ? sv.line(line.id) : urls.line(line.id));
      expect(link, line.id).toBeDefined();
      expect([lang, note], line.id).toEqual(swedishLine ? [undefined, undefined] : ['fi', '(på finska)']);
    }
    for (const body of content.bodies)
      expect(linkTo(organisation, sv.body(body.id)).link, body.id).toBeDefined();
    const reports = pageByPath.get(sv.reports()) as BuiltPage;
    expect(content.reports.length).toBeGreaterThan(0);
    for (const report of content.reports) {
      // A translated report is listed by its Swedish title, linked to its Swedish page.
      const swedishReport = translated.reports.includes(report.id);
      const { link, lang, note } = linkTo(
        reports,
        swedishReport ? sv.report(report.id) : urls.report(report.id),
      );
      expect(link, report.id).toBeDefined();
      if (swedishReport) {
        expect(link?.textContent, report.id).not.toBe(report.title);
        expect([lang, note], report.id).toEqual([undefined, undefined]);
      } else {
        expect(link?.textContent, report.id).toBe(report.title);
        expect([lang, note], report.id).toEqual(['fi', '(på finska)']);
      }
    }
    const headers = [...reports.document.querySelectorAll('main th')].map((cell) => cell.textContent);
    expect(headers).toEqual(Object.values(texts.sv.reports.columns));
    const status = pageByPath.get(sv.status()) as BuiltPage;
    const statusGroups = [...status.document.querySelectorAll('main tbody th a')];
    expect(statusGroups.length).toBeGreaterThan(0);
    for (const link of statusGroups) {
      expect(link.getAttribute('href')?.startsWith(folderOf(urls.group('x'))), link.textContent ?? '').toBe(
        true,
      );
      expect(link.getAttribute('lang')).toBe('fi');
    }
    const timelines = pageByPath.get(sv.timelines()) as BuiltPage;
    for (const timeline of content.timelines) {
      const swedishTimeline = translated.timelines.includes(timeline.id);
      const { link, lang, note } = linkTo(
        timelines,
        swedishTimeline ? sv.timeline(timeline.id) : urls.timeline(timeline.id),
      );
      expect(link, timeline.id).toBeDefined();
      if (swedishTimeline) expect(link?.textContent).not.toBe(timeline.title);
      else expect(link?.textContent, timeline.id).toBe(timeline.title);
      expect([lang, note], timeline.id).toEqual(
        swedishTimeline ? [undefined, undefined] : ['fi', '(på finska)'],
      );
    }
  });

  test('the decisions register links a translated meeting’s § to its Swedish minutes, the others’ to the Finnish ones', async () => {
    const { content } = await testedContent();
    const translated = await translatedIds();
    const decisions = pageByPath.get(sv.decisions()) as BuiltPage;
    const sectionLinks = [...decisions.document.querySelectorAll('main tbody th a')];
    for (const meeting of content.meetings) {
      const decided = meeting.agenda.filter((item) => item.decision);
      for (const item of decided) {
        const swedishMeeting = translated.meetings.includes(meeting.id);
        const href = swedishMeeting
          ? `${sv.minutes(meeting.id)}#paragraf-${item.number}`
          : `${meeting.minutes ? urls.minutes(meeting.id) : urls.meeting(meeting.id)}#pykala-${item.number}`;
        const link = sectionLinks.find((candidate) => candidate.getAttribute('href') === href);
        expect(link, href).toBeDefined();
        expect(link?.getAttribute('lang') ?? undefined, href).toBe(swedishMeeting ? undefined : 'fi');
        if (swedishMeeting)
          expect(
            pageByPath.get(sv.minutes(meeting.id))?.document.getElementById(`paragraf-${item.number}`),
            href,
          ).not.toBeNull();
      }
    }
  });

  test('have no copy under /sv/: no Swedish page or feed holds an untranslated news item’s or report’s body', async () => {
    const { content } = await testedContent();
    const translated = await translatedIds();
    const untranslated = content.news.filter((item) => !translated.news.includes(item.id));
    const untranslatedReports = content.reports.filter((report) => !translated.reports.includes(report.id));
    expect(untranslatedReports.length).toBeGreaterThan(0);
    // Every file under /sv/: the pages' text, and the feeds as they are.
    const feeds = await Promise.all(
      [sv.rss(), sv.calendar()].map(async (path) => ({
        path,
        text: await readFile(join(siteDir, path), 'utf8'),
      })),
    );
    const files = (await readdir(join(siteDir, sv.home()), { recursive: true })).filter(
      (file) => !file.endsWith('.html') && extname(file) !== '',
    );
    // The other files are the Swedish copy of the 6Aika open decision data and the Swedish PDFs of
    // translated meetings (read back in tests/integration/minutes-site.test.ts).
    const paths = files.map((file) => `${sv.home()}${file}`);
    const openData = paths.filter((path) =>
      path.startsWith(urls.openDecisions('x', 'sv').replace(/x\.json$/, '')),
    );
    expect(openData.length).toBeGreaterThan(0);
    const pdfs = paths.filter((path) => extname(path) === '.pdf');
    expect(pdfs.sort()).toEqual(
      [
        urls.organisationChartPdf('sv'),
        ...translated.timelines.map((id) => urls.timelinePdf(id, 'sv')),
        ...translated.reports.map((id) => urls.reportPdf(id, 'sv')),
        ...translated.meetings.flatMap((id) => [urls.minutesPdf(id, 'sv'), urls.meetingPackPdf(id, 'sv')]),
      ].sort(),
    );
    expect(paths.filter((path) => !openData.includes(path) && !pdfs.includes(path)).sort()).toEqual(
      feeds.map((feed) => feed.path).sort(),
    );
    const swedishText = [
      ...swedish.map((page) => ({ path: page.path, text: page.document.body.textContent ?? '' })),
      ...feeds,
      ...(await Promise.all(
        openData.map(async (path) => ({ path, text: await readFile(join(siteDir, path), 'utf8') })),
      )),
    ];
    let checked = 0;
    const finnishPages = [
      ...untranslated.map((item) => urls.newsItem(item.id)),
      ...untranslatedReports.map((report) => urls.report(report.id)),
    ];
    for (const path of finnishPages) {
      const finnish = pageByPath.get(path) as BuiltPage;
      // The body's paragraphs: the page's text after the title, date and lead.
      const paragraphs = [
        ...finnish.document.querySelectorAll('main article > p:not(.meta):not(.lead):not(.badge)'),
      ]
        .map((paragraph) => paragraph.textContent?.trim() ?? '')
        .filter((text) => text.length > 40);
      for (const paragraph of paragraphs) {
        checked += 1;
        for (const page of swedishText)
          expect(page.text.includes(paragraph), `${path} in ${page.path}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(untranslatedReports.length);
  });
});

describe('Swedish feeds', () => {
  test('the RSS feed is in Swedish, translated items linked to their Swedish page, the others to the Finnish one', async () => {
    const translated = await translatedIds();
    const rss = new DOMParser().parseFromString(await readFile(join(siteDir, sv.rss()), 'utf8'), 'text/xml');
    expect(rss.querySelector('channel > language')?.textContent).toBe('sv');
    expect(rss.querySelector('channel > title')?.textContent).toMatch(/: nyheter$/);
    const links = [...rss.querySelectorAll('item > link')].map(
      (link) => new URL(link.textContent ?? '').pathname,
    );
    const { content } = await testedContent();
    expect(links.length).toBe(content.news.length);
    for (const item of content.news)
      expect(links).toContain(
        translated.news.includes(item.id) ? sv.newsItem(item.id) : urls.newsItem(item.id),
      );
  });

  test('the calendar has a Swedish name and the translated meeting at its Swedish page', async () => {
    const translated = await translatedIds();
    const { content } = await testedContent();
    const calendar = new ICAL.Component(ICAL.parse(await readFile(join(siteDir, sv.calendar()), 'utf8')));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      texts.sv.calendarName(content.site.shortName),
    );
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    for (const id of translated.meetings) {
      const event = events.find((candidate) => candidate.uid.startsWith(`kokous-${id}@`));
      expect(event?.component.getFirstPropertyValue('url')).toBe(
        absoluteUrl(content.site.url, sv.meeting(id)),
      );
      expect(event?.summary).toMatch(/: möte /);
    }
  });
});

describe('in Chromium', () => {
  let chromium: TestBrowser;

  beforeAll(async () => {
    chromium = await launchBrowser();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  async function pagefindSearch(page: Page, term: string): Promise<string[]> {
    // Given as text so that vitest's transform leaves the site's own `import()` alone.
    const script = `(async (term) => { const pagefind = await import('/pagefind/pagefind.js'); const { results } = await pagefind.search(term); return (await Promise.all(results.map((result) => result.data()))).map((data) => data.url); })(${JSON.stringify(term)})`;
    return (await page.evaluate(script)) as string[];
  }

  test('the Swedish search finds Swedish pages by an inflected Swedish word, the Finnish search none of them', async () => {
    const translated = await translatedIds();
    const { page, cspViolations } = await chromium.newPage();
    await page.goto(`${baseUrl}${sv.search()}`);
    // "servicesedlarna" is not in the text, which says "servicesedlar": Swedish stemming finds it.
    const found = await pagefindSearch(page, 'servicesedlarna');
    expect(found).toContain(sv.newsItem('palvelusetelikokeilu-haku'));
    expect(translated.news).toContain('palvelusetelikokeilu-haku');
    for (const url of found) expect(url.startsWith(sv.home()), url).toBe(true);
    // A translated report's Swedish page is in the Swedish index, by a word of its Swedish body.
    expect(await pagefindSearch(page, 'robotik')).toContain(sv.report(translated.reports[0] as string));
    // The search page's own example: "möten" finds a page that says "möte".
    expect(await pagefindSearch(page, 'möten')).toContain(sv.meeting(translated.meetings[0] as string));
    // Labels and values stay apart in the Swedish index too ("Tid 23 april 2018", not "Tid23").
    const meeting = pageByPath.get(sv.meeting(translated.meetings[0] as string)) as BuiltPage;
    const indexed = (await page.evaluate(
      `(async () => { const pagefind = await import('/pagefind/pagefind.js'); const { results } = await pagefind.search(null); return Object.fromEntries((await Promise.all(results.map((result) => result.data()))).map((data) => [data.url, data.content])); })()`,
    )) as Record<string, string>;
    for (const term of meeting.document.querySelectorAll('main dt')) {
      const value = term.nextElementSibling?.textContent?.trim().split(/\s+/)[0] ?? '';
      expect(indexed[meeting.path], meeting.path).toContain(`${term.textContent?.trim()} ${value}`);
    }
    // The page's own box, with its Swedish messages.
    await page.getByLabel(texts.sv.search.label).fill('servicesedlar');
    await page.getByLabel(texts.sv.search.label).press('Enter');
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 30_000 })
      .toMatch(/^Sökningen ”servicesedlar” gav \d+ sid(a|or)\.$/);
    await page.goto(`${baseUrl}${urls.search()}`);
    const finnish = await pagefindSearch(page, 'palveluseteli');
    expect(finnish).toContain(urls.newsItem('palvelusetelikokeilu-haku'));
    for (const url of finnish) expect(url.startsWith(sv.home()), url).toBe(false);
    // The Finnish index has no Swedish page, even for the Swedish word.
    for (const url of await pagefindSearch(page, 'servicesedlar'))
      expect(url.startsWith(sv.home()), url).toBe(false);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  test('axe-core WCAG 2.1 A and AA: zero violations, and no sideways scroll at 320 px, on every Swedish page', async () => {
    expect(swedish.length).toBeGreaterThan(4);
    const translated = await translatedIds();
    // Among them the report pages and the accessibility statement.
    expect(swedish.map((built) => built.path)).toEqual(
      expect.arrayContaining([...translated.reports.map((id) => sv.report(id)), sv.accessibility()]),
    );
    const { page, cspViolations } = await chromium.newPage();
    const failures: string[] = [];
    for (const built of swedish) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${baseUrl}${built.path}`);
      const result = await axeWcag21AA(page);
      expect(result.passes, built.path).toBeGreaterThan(0);
      for (const violation of result.violations) failures.push(`${built.path} ${violation}`);
      await page.setViewportSize({ width: 320, height: 640 });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth)
        failures.push(`${built.path} is ${scrollWidth} px wide at ${innerWidth} px`);
    }
    expect(failures).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});
