/**
 * The built site in Chromium: a newcomer's path from the home page to a group, a report and its
 * PDF link, and a meeting; search with an inflected Finnish word; and axe-core's WCAG 2.1 A and
 * AA rules on every page with zero violations and no CSP violations.
 */
import { urls } from '@valmistelu/domain/urls';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeWcag21AA } from './support/axe.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { testedContent } from './support/content.ts';
import { htmlFiles, pathOfFile } from './support/site-files.ts';
import { everyPageTimeout } from './support/timeouts.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');

let chromium: TestBrowser;

beforeAll(async () => {
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
});

async function clickLink(page: Page, name: string | RegExp, scope = 'main'): Promise<void> {
  await Promise.all([page.waitForURL(/./), page.locator(scope).getByRole('link', { name }).first().click()]);
}

describe('navigation', () => {
  test('home → organisation → group; home → reports → report with its PDF; a meeting', async () => {
    const { content } = await testedContent();
    const report =
      content.reports.find((candidate) =>
        content.meetings.some((meeting) =>
          meeting.agenda.some((item) => item.reports.includes(candidate.id)),
        ),
      ) ?? content.reports[0];
    const group = content.groups.find((candidate) => candidate.id === report?.group) ?? content.groups[0];
    if (!report || !group) throw new Error('the content has no report or group to navigate to');
    const { page, cspViolations } = await chromium.newPage();

    await page.goto(`${baseUrl}/`);
    await clickLink(page, 'Organisaatio', 'nav[aria-label="Päävalikko"]');
    expect(new URL(page.url()).pathname).toBe(urls.organisation());
    await clickLink(page, group.name, 'main .org-tree');
    expect(new URL(page.url()).pathname).toBe(urls.group(group.id));
    expect(await page.locator('h1').textContent()).toBe(group.name);

    await clickLink(page, report.title);
    expect(new URL(page.url()).pathname).toBe(urls.report(report.id));
    const pdfHref = await page.getByRole('link', { name: 'Raportti PDF-tiedostona' }).getAttribute('href');
    expect(pdfHref).toBe(urls.reportPdf(report.id));
    const pdf = await page.request.get(`${baseUrl}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const handling = page.locator('main a[href^="/kokoukset/"]').first();
    const meetingHref = (await handling.getAttribute('href')) ?? '';
    await Promise.all([page.waitForURL(/kokoukset/), handling.click()]);
    const meetingId = meetingHref.split('/')[2] ?? '';
    expect(new URL(page.url()).pathname).toBe(urls.meeting(meetingId));
    const agendaHeadings = await page.locator('main section.agenda-item h3').allTextContents();
    expect(agendaHeadings.length).toBeGreaterThan(0);
    for (const heading of agendaHeadings) expect(heading).toMatch(/^§ \d+ /);
    expect(await page.getByRole('link', { name: 'Kokouspaketti PDF-tiedostona' }).getAttribute('href')).toBe(
      urls.meetingPackPdf(meetingId),
    );
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  test('finds a group by an inflected Finnish word', async () => {
    const { content } = await testedContent();
    // "Päivystys 24 h" is one of the 15 sote groups; its genitive "päivystyksen" is not in its name.
    const group = content.groups.find((candidate) => /päivystys/i.test(candidate.name));
    if (!group) throw new Error('no group named Päivystys in the content');
    const { page, cspViolations } = await chromium.newPage();
    await page.goto(`${baseUrl}${urls.search()}`);
    await page.getByLabel('Hakusana').fill('päivystyksen');
    await page.getByRole('button', { name: 'Hae' }).click();
    const results = page.locator('#hakutulokset a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toContain(urls.group(group.id));
    expect(await page.locator('#hakutila').textContent()).toMatch(/löytyi/);
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});

describe('accessibility', () => {
  test(
    'axe-core WCAG 2.1 A and AA: zero violations on every page',
    async () => {
      const files = await htmlFiles(siteDir);
      const { page, cspViolations } = await chromium.newPage();
      const failures: string[] = [];
      for (const file of files) {
        const path = pathOfFile(siteDir, file);
        await page.goto(`${baseUrl}${path}`);
        const result = await axeWcag21AA(page);
        // A page where no rule passed would mean axe did not really look at it.
        expect(result.passes, path).toBeGreaterThan(0);
        const { violations } = result;
        for (const violation of violations) failures.push(`${path} ${violation}`);
      }
      expect(failures).toEqual([]);
      expect(cspViolations).toEqual([]);
      await page.close();
    },
    everyPageTimeout,
  );
});
