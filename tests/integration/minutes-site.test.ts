/**
 * The meetings' life on the built site of the repository's own content, through a real
 * `valmistelu build`: the minutes page of each of the four VATE meetings with attendance, every §,
 * decisions and appeal instructions, agreeing with the meeting page item by item; the decisions
 * register with every decided §, its filters and its place in the search index; the open actions;
 * the 6Aika files under /data/paatos/; and the Swedish minutes PDF of the translated meeting.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadContent } from '@valmistelu/content';
import { formatFinnishSpan } from '@valmistelu/domain/dates';
import { openDecisionObjectResources, openDecisionResources } from '@valmistelu/domain/open-decisions';
import type { ContentModel } from '@valmistelu/domain/schema';
import { openDecisionValidator } from '@valmistelu/domain/test/open-decisions-validator';
import { localizedUrls, urls } from '@valmistelu/domain/urls';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runBuild } from './build-helpers.ts';

let work: string;
let out: string;
let content: ContentModel;

const page = async (path: string) =>
  new DOMParser().parseFromString(
    await readFile(join(out, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8'),
    'text/html',
  );
const text = (node: { textContent: string | null } | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  const contentDir = join(repositoryRoot, 'content');
  content = (await loadContent(contentDir)).content;
  work = await mkdtemp(join(tmpdir(), 'valmistelu-poytakirjat-'));
  out = join(work, 'dist');
  const build = await runBuild(contentDir, out);
  expect(build.stderr).toBe('');
  expect(build.code, build.stdout).toBe(0);
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('minutes pages', () => {
  const ids = ['vate-2018-02', 'vate-2018-03', 'vate-2018-04', 'vate-2018-05'];

  it.each(ids)(
    '%s: attendance from the composition, every § with its decision, appeal instructions',
    async (id) => {
      const meeting = content.meetings.find((candidate) => candidate.id === id);
      const minutes = meeting?.minutes;
      if (!meeting || !minutes) throw new Error(`${id} has no minutes`);
      const document = await page(urls.minutes(id));
      const main = document.querySelector('main');
      const captions = [...document.querySelectorAll('main caption')].map(text);
      expect(captions).toEqual(
        expect.arrayContaining(['Jäsenet', 'Varajäsenet', 'Muut läsnä olleet', 'Poissa']),
      );
      const seats = [...document.querySelectorAll('main tbody th[scope="row"]')].map(text);
      for (let seat = 1; seat <= 15; seat += 1) expect(seats).toContain(`Jäsen ${seat}`);
      const sections = [...document.querySelectorAll('main section.agenda-item')];
      expect(sections.map((section) => text(section.querySelector('h3')))).toEqual(
        meeting.agenda.map((item) => `§ ${item.number} ${item.title}`),
      );
      meeting.agenda.forEach((item, at) => {
        expect(text(sections[at]), `§ ${item.number}`).toContain(
          `Päätös: ${item.decision?.replace(/\s+/g, ' ')}`,
        );
      });
      expect(text(main)).toContain('Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.');
      expect(text(main)).toContain(formatFinnishSpan(minutes.publicDisplay.start, minutes.publicDisplay.end));
      const headings = [...document.querySelectorAll('main h2')].map(text);
      expect(headings).toContain('Muutoksenhakuohjeet');
      expect(text(main)).toContain('kuntalaki 136 §');
      expect(document.querySelector(`main a[href="${urls.minutesPdf(id)}"]`)).not.toBeNull();
    },
  );

  it.each(ids)(
    '%s: the meeting page and the minutes agree item by item, and link to each other',
    async (id) => {
      const agenda = await page(urls.meeting(id));
      const minutes = await page(urls.minutes(id));
      const items = (document: typeof agenda) =>
        [...document.querySelectorAll('main section.agenda-item')].map((section) => ({
          id: section.getAttribute('id'),
          heading: text(section.querySelector('h3')),
        }));
      expect(items(minutes)).toEqual(items(agenda));
      expect(agenda.querySelector(`main a[href="${urls.minutes(id)}"]`)).not.toBeNull();
    },
  );
});

describe('the agenda before the meeting', () => {
  it.each(['vate-2018-02', 'vate-2018-03', 'vate-2018-04', 'vate-2018-05'])(
    '%s: the pack PDF and the meeting page agree item by item',
    async (id) => {
      const document = await page(urls.meeting(id));
      const headings = [...document.querySelectorAll('main section.agenda-item h3')].map(text);
      const pack = execFileSync('pdftotext', [join(out, urls.meetingPackPdf(id)), '-'], { encoding: 'utf8' });
      const packText = pack.replace(/\s+/g, ' ');
      // Past the table of contents (the first "Esityslista") and the agenda table: the items themselves.
      const agenda = packText.indexOf('Esityslista', packText.indexOf('Esityslista') + 1);
      const items = packText.slice(packText.indexOf('Kokouksen asiat', agenda));
      let from = 0;
      for (const heading of headings) {
        const at = items.indexOf(heading, from);
        expect(at, heading).toBeGreaterThanOrEqual(from);
        from = at + heading.length;
      }
    },
  );
});

describe('decisions register', () => {
  it('lists every decided § of every meeting, newest first, with filters for body, year and group', async () => {
    const document = await page(urls.decisions());
    const rows = [...document.querySelectorAll('main tbody tr')];
    const decided = [...content.meetings]
      .sort((a, b) => b.date.localeCompare(a.date))
      .flatMap((meeting) =>
        meeting.agenda.filter((item) => item.decision).map((item) => `§ ${item.number} ${item.title}`),
      );
    expect(rows.map((row) => text(row.querySelector('th')))).toEqual(decided);
    expect(rows.every((row) => row.getAttribute('data-paatos-vuosi') === '2018')).toBe(true);
    const legends = [...document.querySelectorAll('main legend')].map(text);
    expect(legends).toEqual(['Toimielin', 'Vuosi', 'Valmisteluryhmä']);
    const lape = rows.find((row) => text(row.querySelector('th')).startsWith('§ 20 '));
    expect(lape?.getAttribute('data-paatos-ryhma')).toBe('lape');
    const stylesheet = document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    const css = await readFile(join(out, stylesheet), 'utf8');
    expect(css).toContain(
      'main:has(#paatos-ryhma-lape:checked) tr[data-paatos-ryhma]:not([data-paatos-ryhma~="lape"])',
    );
  });

  it('is in the search index', async () => {
    const fragments = await readdir(join(out, 'pagefind/fragment'));
    const pages = await Promise.all(
      fragments.map(async (name) => {
        const raw = gunzipSync(await readFile(join(out, 'pagefind/fragment', name))).toString('utf8');
        return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
      }),
    );
    const register = pages.find((fragment) => fragment.url === urls.decisions());
    expect(register?.content).toContain('Väliraportti palautettiin täydennettäväksi');
  });
});

describe('open actions and open decision data', () => {
  it('lists the seven open actions, two of them late', async () => {
    const document = await page(urls.actions());
    expect(text(document.querySelector('main .lead'))).toContain('31.5.2018: 7 avointa, joista 2 myöhässä.');
    const byDue = [...document.querySelectorAll('main table')].at(-1);
    expect(byDue?.querySelectorAll('tbody tr').length).toBe(7);
  });

  it('writes every 6Aika resource as { meta, objects } valid against the specification, in each language', async () => {
    const validate = openDecisionValidator(true);
    expect(content.site.languages).toEqual(['fi', 'sv']);
    for (const language of content.site.languages)
      for (const resource of openDecisionResources) {
        const file = JSON.parse(
          await readFile(join(out, urls.openDecisions(resource, language)), 'utf8'),
        ) as { meta: { total_count: number }; objects: unknown[] };
        expect(file.objects.length, resource).toBeGreaterThan(0);
        expect(file.meta.total_count, resource).toBe(file.objects.length);
        const check = validate(resource);
        check(file);
        expect(check.errors ?? [], `${language} ${resource}`).toEqual([]);
      }
    const actions = JSON.parse(await readFile(join(out, urls.openDecisions('actions')), 'utf8')) as {
      objects: { article_number?: string; votes: unknown[] }[];
    };
    expect(actions.objects).toHaveLength(
      content.meetings.reduce((sum, meeting) => sum + meeting.agenda.length, 0),
    );
    expect(actions.objects.filter((action) => action.votes.length > 0)).toHaveLength(1);
  });

  it('writes the file of every 6Aika object that a URL points at, in each language', async () => {
    const site = new URL(content.site.url);
    for (const language of content.site.languages) {
      const prefix = new URL(urls.openDecisions('x', language).replace(/x\.json$/, ''), site).href;
      const linked = new Set<string>();
      const collect = (value: unknown): void => {
        if (
          typeof value === 'string' &&
          value.startsWith(`${site.origin}/`) &&
          value.includes('/data/paatos/')
        ) {
          expect(value.startsWith(prefix), value).toBe(true);
          linked.add(value);
        } else if (Array.isArray(value)) value.forEach(collect);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      for (const resource of openDecisionObjectResources) {
        const list = JSON.parse(
          await readFile(join(out, urls.openDecisions(resource, language)), 'utf8'),
        ) as { objects: { id: number; url: string }[] };
        for (const object of list.objects) {
          collect(object);
          const path = urls.openDecisionObject(resource, object.id, language);
          expect(object.url).toBe(new URL(path, site).href);
          expect(JSON.parse(await readFile(join(out, path), 'utf8'))).toEqual(object);
        }
      }
      expect(linked.size).toBeGreaterThan(0);
      for (const url of linked)
        await expect(readFile(join(out, new URL(url).pathname)), url).resolves.toBeDefined();
    }
  });

  it("gives the Swedish copy the translated meeting's texts and the Finnish one its own", async () => {
    const titles = async (language: 'fi' | 'sv') =>
      (
        JSON.parse(await readFile(join(out, urls.openDecisions('events', language)), 'utf8')) as {
          objects: { origin_id: string; name: string }[];
        }
      ).objects.find((event) => event.origin_id === 'vate-2018-04')?.name;
    const actions = async (language: 'fi' | 'sv') =>
      (
        JSON.parse(await readFile(join(out, urls.openDecisions('actions', language)), 'utf8')) as {
          objects: { origin_id: string; title: string }[];
        }
      ).objects
        .filter((action) => action.origin_id.startsWith('vate-2018-04-'))
        .map((action) => action.title);
    const [fi, sv] = [await actions('fi'), await actions('sv')];
    expect(sv).toHaveLength(fi.length);
    expect(sv.filter((title, at) => title !== fi[at]).length).toBeGreaterThan(0);
    expect(await titles('sv')).toBeDefined();
  });
});

/** The catalog's `/Lang` as qpdf reads it. */
function catalogLanguage(file: string): unknown {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8' }),
  ) as {
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
  };
  const objects = json.qpdf[1];
  const root = objects.trailer?.value?.['/Root'];
  return objects[`obj:${String(root)}`]?.value?.['/Lang'];
}

describe('the Swedish minutes and pack', () => {
  const id = 'vate-2018-04';

  it('of the translated meeting say Protokoll, have /Lang sv and are linked from its Swedish page', async () => {
    const file = join(out, urls.minutesPdf(id, 'sv'));
    const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain('VATE protokoll 4/2018');
    expect(pdf).toContain('§ 19 Mötets öppnande, laglighet och beslutförhet');
    expect(pdf).not.toContain('Pöytäkirja');
    expect(catalogLanguage(file)).toBe('u:sv');
    expect(catalogLanguage(join(out, urls.minutesPdf(id)))).toBe('u:fi');
    const meetingPage = await page(localizedUrls.sv.meeting(id));
    expect(text(meetingPage.querySelector(`main a[href="${urls.minutesPdf(id, 'sv')}"]`))).toBe(
      'Protokollet som PDF-fil',
    );
  });

  it('come with a Swedish pack that says Föredragningslista, linked from the Swedish page', async () => {
    const file = join(out, urls.meetingPackPdf(id, 'sv'));
    const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain('Föredragningslista');
    expect(pdf).not.toContain('Esityslista');
    expect(catalogLanguage(file)).toBe('u:sv');
    const meetingPage = await page(localizedUrls.sv.meeting(id));
    expect(text(meetingPage.querySelector(`main a[href="${urls.meetingPackPdf(id, 'sv')}"]`))).toBe(
      'Möteshandlingarna som PDF-fil',
    );
  });

  it('are made only for translated meetings', async () => {
    expect(await readdir(join(out, 'sv/pdf/protokoll'))).toEqual([`${id}.pdf`]);
    expect(await readdir(join(out, 'sv/pdf/moten'))).toEqual([`${id}.pdf`]);
  });
});
