/**
 * Every built page, parsed: one h1, a unique title, Finnish (Swedish under /sv/), canonical and Open Graph, the CSP,
 * no scripts outside search, the accessibility statement linked, html-validate clean, every
 * internal link and anchor resolving, and every body, line and group within three clicks of home.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { absoluteUrl, localizedUrls, urls } from '@valmistelu/domain/urls';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { testedContent } from './support/content.ts';
import { type BuiltPage, builtPages } from './support/site-files.ts';

const siteDir = inject('siteDir');
let pages: BuiltPage[];
let pageByPath: Map<string, BuiltPage>;

beforeAll(async () => {
  pages = await builtPages(siteDir);
  pageByPath = new Map(pages.map((page) => [page.path, page]));
});

/** Internal targets of a page's links and resources, with the fragment apart. */
function internalTargets(page: BuiltPage): { path: string; hash: string; raw: string }[] {
  const base = new URL(page.path, 'http://site.invalid');
  const elements = [...page.document.querySelectorAll('a[href], link[href], script[src]')];
  return elements.flatMap((element) => {
    const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
    if (/^(mailto|tel):/.test(raw)) return [];
    const target = new URL(raw, base);
    if (target.origin !== base.origin) return [];
    return [{ path: target.pathname, hash: decodeURIComponent(target.hash.slice(1)), raw }];
  });
}

describe('every page', () => {
  test('the site has the pages of urls.ts', async () => {
    const { content } = await testedContent();
    const expected = [
      urls.home(),
      urls.news(),
      urls.organisation(),
      urls.reports(),
      urls.meetings(),
      urls.timelines(),
      urls.status(),
      urls.channels(),
      urls.accessibility(),
      urls.search(),
      ...content.bodies.map((body) => urls.body(body.id)),
      ...content.lines.map((line) => urls.line(line.id)),
      ...content.groups.map((group) => urls.group(group.id)),
      ...content.reports.map((report) => urls.report(report.id)),
      ...content.meetings.map((meeting) => urls.meeting(meeting.id)),
      ...content.meetings.filter((meeting) => meeting.minutes).map((meeting) => urls.minutes(meeting.id)),
      urls.decisions(),
      urls.actions(),
      ...content.timelines.map((timeline) => urls.timeline(timeline.id)),
      ...content.news.map((item) => urls.newsItem(item.id)),
      ...content.news.flatMap((item) => item.tags.map(urls.newsTag)),
    ];
    for (const path of expected) expect(pageByPath.has(path), path).toBe(true);
    expect(pageByPath.has('/404.html')).toBe(true);
  });

  test('one h1, a unique non-empty title, lang="sv" under /sv/ and lang="fi" elsewhere', () => {
    const titles = new Map<string, string>();
    for (const page of pages) {
      const { document } = page;
      expect(document.querySelectorAll('h1').length, page.path).toBe(1);
      const language = page.path.startsWith(localizedUrls.sv.home()) ? 'sv' : 'fi';
      expect(document.documentElement.getAttribute('lang'), page.path).toBe(language);
      const title = document.querySelector('title')?.textContent?.trim() ?? '';
      expect(title, page.path).not.toBe('');
      expect(titles.get(title), `${page.path} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, page.path);
    }
  });

  test('canonical address and Open Graph tags', async () => {
    const { content } = await testedContent();
    for (const page of pages) {
      const { document } = page;
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, page.path).toBe(absoluteUrl(content.site.url, page.path));
      for (const property of ['og:title', 'og:type', 'og:url', 'og:description', 'og:locale']) {
        const tag = document.querySelector(`meta[property="${property}"]`);
        expect(tag?.getAttribute('content'), `${page.path} ${property}`).toBeTruthy();
      }
      expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
    }
  });

  test('a Content Security Policy without unsafe-inline for scripts, and no scripts except on search', () => {
    for (const page of pages) {
      const { document } = page;
      const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
        (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      expect(metas.length, page.path).toBe(1);
      const policy = metas[0]?.getAttribute('content') ?? '';
      const directives = new Map(
        policy.split(';').map((part) => {
          const [name = '', ...values] = part.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      const scriptSources = directives.get('script-src') ?? directives.get('default-src') ?? [];
      expect(scriptSources, page.path).not.toContain("'unsafe-inline'");
      expect(scriptSources, page.path).not.toContain("'unsafe-eval'");
      // The policy must come before anything it governs.
      expect(document.head.firstElementChild?.nextElementSibling, page.path).toBe(metas[0]);
      // Every page: the phone menu's button script; the search page also its own. Files with SRI.
      const scripts = [...document.querySelectorAll('script')];
      for (const script of scripts) {
        expect(script.getAttribute('src'), 'no inline scripts').toBeTruthy();
        expect(script.getAttribute('integrity')).toMatch(/^sha384-/);
      }
      const names = scripts.map((script) => script.getAttribute('src')?.replace(/\.[0-9a-f]{12}\.js$/, ''));
      expect(names, page.path).toEqual(
        [urls.search(), localizedUrls.sv.search()].includes(page.path)
          ? ['/assets/valikko', '/assets/haku']
          : ['/assets/valikko'],
      );
      for (const element of document.querySelectorAll('[style], style')) {
        expect.fail(`${page.path}: inline style on <${element.tagName.toLowerCase()}>`);
      }
    }
  });

  test('links the accessibility statement and its feedback channel', async () => {
    const { content } = await testedContent();
    for (const page of pages) {
      const hrefs = [...page.document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      const own = page.path.startsWith(localizedUrls.sv.home()) ? localizedUrls.sv : urls;
      expect(hrefs, page.path).toContain(own.accessibility());
      expect(
        hrefs.some((href) => href?.startsWith(`mailto:${content.site.feedbackEmail}`)),
        page.path,
      ).toBe(true);
    }
  });

  test('html-validate: standard, a11y and document presets, zero errors', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
    });
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2)
            failures.push(
              `${page.path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  test("html-validate: the editor's pages too, each script with the integrity of its file", async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
    });
    const adminDir = join(siteDir, 'admin');
    const names = (await readdir(adminDir)).filter((name) => name.endsWith('.html')).sort();
    expect(names).toContain('index.html');
    const failures: string[] = [];
    for (const name of names) {
      const report = await validator.validateString(await readFile(join(adminDir, name), 'utf8'), name);
      for (const result of report.results)
        for (const message of result.messages)
          if (message.severity === 2)
            failures.push(
              `/admin/${name}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
            );
    }
    expect(failures).toEqual([]);
    const { document } = parseHTML(await readFile(join(adminDir, 'index.html'), 'utf8'));
    const scripts = [...document.querySelectorAll('script[src]')];
    expect(scripts.length).toBe(3);
    for (const script of scripts) {
      const bytes = await readFile(join(adminDir, script.getAttribute('src') ?? ''));
      expect(script.getAttribute('integrity')).toBe(
        `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
      );
    }
  });

  test('no broken internal links or anchors, PDFs included', async () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const target of internalTargets(page)) {
        if (target.path.startsWith('/pdf/')) {
          if (!existsSync(join(siteDir, target.path))) broken.push(`${page.path} → ${target.raw}`);
          continue;
        }
        const targetPage = pageByPath.get(target.path);
        const exists = targetPage ?? existsSync(join(siteDir, decodeURIComponent(target.path)));
        if (!exists) broken.push(`${page.path} → ${target.raw}`);
        else if (target.hash && !targetPage?.document.getElementById(target.hash)) {
          broken.push(`${page.path} → ${target.raw} (no #${target.hash})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test("the project's remark plugin runs in Astro's MDX pipeline (ASCII heading ids)", () => {
    // Astro's own slugger would keep the ä ("ei-saavutettava-sisältö"); remarkHeadingIds uses slugify.
    const statement = pageByPath.get(urls.accessibility());
    const ids = [...(statement?.document.querySelectorAll('main h2') ?? [])].map((heading) => heading.id);
    expect(ids).toContain('ei-saavutettava-sisalto');
    expect(ids).toContain('lisatietoja-ja-palaute');
  });

  test('every body, line and group is within three clicks of the home page', async () => {
    const { content } = await testedContent();
    const depth = new Map<string, number>([[urls.home(), 0]]);
    let frontier = [urls.home()];
    for (let clicks = 1; clicks <= 3; clicks += 1) {
      const next: string[] = [];
      for (const path of frontier) {
        const page = pageByPath.get(path);
        if (!page) continue;
        for (const anchor of page.document.querySelectorAll('a[href]')) {
          const target = new URL(anchor.getAttribute('href') ?? '', new URL(path, 'http://site.invalid'));
          if (target.origin !== 'http://site.invalid' || depth.has(target.pathname)) continue;
          depth.set(target.pathname, clicks);
          next.push(target.pathname);
        }
      }
      frontier = next;
    }
    const required = [
      ...content.bodies.map((body) => urls.body(body.id)),
      ...content.lines.map((line) => urls.line(line.id)),
      ...content.groups.map((group) => urls.group(group.id)),
    ];
    expect(required.filter((path) => !depth.has(path))).toEqual([]);
  });
});
