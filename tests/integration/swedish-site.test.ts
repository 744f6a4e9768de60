/**
 * The Swedish site through real `valmistelu build` processes on copies of the default content:
 * a translation that gives no body shows the Finnish body marked `lang="fi"` (a report's page
 * then links the Finnish PDF, as no Swedish one is made, and a Swedish body's reference to it links
 * its Swedish page by its Swedish title), and a site whose
 * `languages` is `[fi]` gets no Swedish page, switch, alternate or feed.
 */
import { access, appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localizedUrls, urls } from '@valmistelu/domain/urls';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runBuild } from './build-helpers.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-swedish-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function copyContent(name: string): Promise<string> {
  const content = join(work, name);
  await cp(join(repositoryRoot, 'content'), content, { recursive: true });
  return content;
}

async function build(content: string, name: string): Promise<string> {
  const out = join(work, `${name}-out`);
  const run = await runBuild(content, out);
  expect(run.code, run.stderr).toBe(0);
  return out;
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('a translation without a body', () => {
  const id = 'kiinteistoselvitys-valmistui';
  const reportId = 'talous-valiraportti';
  /** The example content's report with a translated body, which here refers to `reportId`. */
  const referringId = 'henkilosto-valiraportti';
  let out: string;

  beforeAll(async () => {
    const content = await copyContent('title-only');
    await writeFile(
      join(content, 'news', `${id}.sv.mdx`),
      '---\ntitle: Fastighetsutredningen klar\nsummary: VATE godkände slutrapporten 28.5.2018.\n---\n',
    );
    await writeFile(
      join(content, 'reports', `${reportId}.sv.mdx`),
      '---\ntitle: Mellanrapport om ekonomin\n---\n',
    );
    await appendFile(
      join(content, 'reports', `${referringId}.sv.mdx`),
      `\nSe även <ReportRef id="${reportId}" />.\n`,
    );
    out = await build(content, 'title-only');
  });

  it('gives a report a Swedish page with the Finnish body and the Finnish PDF, both marked lang="fi"', async () => {
    const swedish = parse(await readFile(join(out, localizedUrls.sv.report(reportId), 'index.html'), 'utf8'));
    const finnish = parse(await readFile(join(out, urls.report(reportId), 'index.html'), 'utf8'));
    expect(swedish.documentElement.getAttribute('lang')).toBe('sv');
    expect(swedish.querySelector('h1')?.textContent).toBe('Mellanrapport om ekonomin');
    const body = swedish.querySelector('main article > div[lang="fi"]');
    const heading = finnish.querySelector('main article > h2[id]')?.textContent;
    expect(heading).toBeDefined();
    expect(body?.querySelector('h2')?.textContent).toBe(heading);
    const pdf = swedish.querySelector(`main a[href="${urls.reportPdf(reportId)}"]`);
    expect(pdf?.getAttribute('hreflang')).toBe('fi');
    expect(pdf?.nextElementSibling?.textContent).toBe('(på finska)');
    await expect(access(join(out, urls.reportPdf(reportId)))).resolves.toBeUndefined();
    await expect(access(join(out, urls.reportPdf(reportId, 'sv')))).rejects.toThrow();
  });

  it('is linked from a Swedish body by its Swedish title, to its Swedish page', async () => {
    const page = parse(await readFile(join(out, localizedUrls.sv.report(referringId), 'index.html'), 'utf8'));
    const links = [...page.querySelectorAll('main article a')].filter((link) =>
      [localizedUrls.sv.report(reportId), urls.report(reportId)].includes(link.getAttribute('href') ?? ''),
    );
    expect(
      links.map((link) => [link.getAttribute('href'), link.textContent, link.getAttribute('lang')]),
    ).toEqual([[localizedUrls.sv.report(reportId), 'Mellanrapport om ekonomin', null]]);
  });

  it('shows the Finnish body on the Swedish page, marked lang="fi"', async () => {
    const swedish = parse(await readFile(join(out, localizedUrls.sv.newsItem(id), 'index.html'), 'utf8'));
    const finnish = parse(await readFile(join(out, urls.newsItem(id), 'index.html'), 'utf8'));
    expect(swedish.querySelector('h1')?.textContent).toBe('Fastighetsutredningen klar');
    const body = swedish.querySelector('main article > div[lang="fi"]');
    const finnishParagraph = [
      ...finnish.querySelectorAll('main article > p:not(.meta):not(.lead):not(.badge)'),
    ]
      .map((paragraph) => paragraph.textContent?.trim() ?? '')
      .find((text) => text.length > 40);
    expect(finnishParagraph).toBeDefined();
    expect(body?.textContent).toContain(finnishParagraph);
  });
});

describe('a site in Finnish only', () => {
  let out: string;

  beforeAll(async () => {
    const content = await copyContent('finnish-only');
    const site = join(content, 'site.yaml');
    const text = await readFile(site, 'utf8');
    expect(text).toMatch(/^languages: \[fi, sv\]$/m);
    await writeFile(site, text.replace(/^languages: \[fi, sv\]$/m, 'languages: [fi]'));
    // Translations of a language the site does not have are refused: a one-language site has none.
    const translations = (await readdir(content, { recursive: true })).filter((file) =>
      /\.sv\.(ya?ml|mdx)$/.test(file),
    );
    await Promise.all(translations.map((file) => rm(join(content, file))));
    out = await build(content, 'finnish-only');
  });

  it('has no Swedish page or feed, no language switch and no alternates', async () => {
    const entries = await readdir(out);
    expect(entries).not.toContain('sv');
    const files = (await readdir(out, { recursive: true })).filter(
      (file) => file.endsWith('.html') && !file.startsWith('admin') && !file.startsWith('pagefind'),
    );
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const document = parse(await readFile(join(out, file), 'utf8'));
      expect(document.documentElement.getAttribute('lang'), file).toBe('fi');
      expect(document.querySelector('.language-switch'), file).toBeNull();
      expect(document.querySelector('link[hreflang]'), file).toBeNull();
      expect(document.querySelector('[lang="sv"], [hreflang="sv"]'), file).toBeNull();
    }
    const entry = JSON.parse(await readFile(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['fi']);
    const stylesheets = (await readdir(join(out, 'assets'))).filter((file) => file.endsWith('.css'));
    for (const file of stylesheets)
      expect(await readFile(join(out, 'assets', file), 'utf8')).not.toContain('.language-switch');
  });
});
