/**
 * Drafts and scheduled news, through real `valmistelu` processes: what `build` publishes for a
 * date, on every page, feed, index and file; what `dev` shows writers; and that nothing published
 * links to what was left out.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { unpublishedReportText } from '@valmistelu/domain/labels';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree, repositoryRoot } from './build-helpers.ts';

const cliMain = join(repositoryRoot, 'packages/cli/src/main.ts');

const frontmatter = (fields: Record<string, string>) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n`;

const newsFile = (title: string, extra: Record<string, string> = {}) =>
  `${frontmatter({ title, date: '2018-05-20', summary: `${title}, tiivistelmä.`, ...extra })}\n${title}, teksti.\n`;

/**
 * The minimal content (dated 2018-05-31), plus: a draft report that the meeting's agenda and the
 * published report name, a draft news item, a draft meeting, and news scheduled for 1.6.2018 and
 * for 1.6.2018 at 9.00.
 */
async function writeCase(dir: string): Promise<void> {
  const sections =
    '## 1. Valmisteluryhmän organisoituminen\n\nKesken.\n\n## 2. Työsuunnitelma ja aikataulu\n\nKesken.\n';
  await writeFile(
    join(dir, 'reports/lape-luonnos.mdx'),
    `---\ntitle: Salainen luonnosraportti\ngroup: lape\nkind: final\nperiod:\n  start: 2018-04-01\n  end: 2018-10-31\ndraft: true\n---\n\n${sections}`,
  );
  const report = join(dir, 'reports/lape-vali.mdx');
  await writeFile(report, `${await readFile(report, 'utf8')}\nJatko: <ReportRef id="lape-luonnos" />.\n`);
  const meeting = join(dir, 'meetings/vate-2018-04.yaml');
  await writeFile(
    meeting,
    (await readFile(meeting, 'utf8')).replace(
      '      - lape-vali\n',
      '      - lape-vali\n      - lape-luonnos\n',
    ),
  );
  await writeFile(
    join(dir, 'meetings/vate-2018-06.yaml'),
    'body: vate\ndate: 2018-06-14\nplace: Salainen paikka\ndraft: true\nagenda:\n  - number: 1\n    title: Kokouksen avaus\n',
  );
  await writeFile(join(dir, 'news/luonnos.mdx'), newsFile('Salainen luonnosuutinen', { draft: 'true' }));
  await writeFile(join(dir, 'news/kesakuu.mdx'), newsFile('Kesäkuun uutinen', { publishAt: '2018-06-01' }));
  await writeFile(join(dir, 'news/aamu.mdx'), newsFile('Aamun uutinen', { publishAt: '2018-06-01T09:00' }));
}

function run(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliMain, ...args], {
      cwd,
      env: { ...process.env, INIT_CWD: cwd },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const parse = async (file: string, type: 'text/html' | 'text/xml') =>
  new DOMParser().parseFromString(await readFile(file, 'utf8'), type);

/** What each public channel of a built site names. */
async function published(out: string) {
  const newsList = await parse(join(out, 'uutiset/index.html'), 'text/html');
  const rss = await parse(join(out, 'rss.xml'), 'text/xml');
  const sitemap = await parse(join(out, 'sitemap-0.xml'), 'text/xml');
  const fragments = await readdir(join(out, 'pagefind/fragment'));
  const searchUrls = await Promise.all(
    fragments.map(async (name) => {
      // A fragment is gzipped JSON after pagefind's own marker.
      const text = gunzipSync(await readFile(join(out, 'pagefind/fragment', name))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    }),
  );
  const data = async (name: string) =>
    (JSON.parse(await readFile(join(out, `data/${name}.json`), 'utf8')) as { id: string }[]).map(
      (item) => item.id,
    );
  return {
    newsList: [...newsList.querySelectorAll('main .card-list h2, main .card-list h3')].map((heading) =>
      heading.textContent?.trim(),
    ),
    rss: [...rss.querySelectorAll('item > title')].map((title) => title.textContent),
    sitemap: [...sitemap.querySelectorAll('loc')].map((loc) => new URL(loc.textContent ?? '').pathname),
    search: searchUrls,
    news: await data('news'),
    reports: await data('reports'),
    meetings: await data('meetings'),
    pdfs: (await readdir(join(out, 'pdf'), { recursive: true }))
      .filter((name) => name.endsWith('.pdf'))
      .sort(),
  };
}

/** Every file of the output, and every `href` and `src` of its pages that points inside it. */
async function internalLinks(out: string) {
  const files = (await readdir(out, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(out, join(entry.parentPath, entry.name)));
  const links: { page: string; target: string }[] = [];
  for (const page of files.filter((file) => file.endsWith('.html'))) {
    const document = await parse(join(out, page), 'text/html');
    for (const element of document.querySelectorAll('[href], [src]')) {
      const value = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      if (!value.startsWith('/') || value.startsWith('//')) continue;
      links.push({ page, target: decodeURIComponent(new URL(value, 'https://example.fi').pathname) });
    }
  }
  return { files: new Set(files), links };
}

let content: string;
let work: string;
const builds = new Map<string, { out: string; problems: string }>();

async function build(name: string, ...args: string[]) {
  const out = join(work, name);
  const result = await run(content, ['build', '--content', '.', '--out', out, ...args]);
  expect(result.code, result.stderr).toBe(0);
  // Standard error holds the check's warnings, each with its place, and nothing else.
  const unlocated = result.stderr
    .split('\n')
    .filter((line) => line && !/^\S+:\d+:\d+ {2}varoitus: /.test(line));
  expect(unlocated).toEqual([]);
  builds.set(name, { out, problems: result.stderr });
  return out;
}

beforeAll(async () => {
  content = await contentWithOverlay();
  await writeCase(content);
  // Beside the content, never inside it: --out refuses the content folder.
  work = `${content}-out`;
  await build('default');
  await build('june', '--as-of', '2018-06-01');
}, 300_000);

afterAll(async () => {
  await rm(content, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe('valmistelu build and drafts', () => {
  it('publishes no draft and no news before its time, on any page, feed, index or file', async () => {
    const site = await published(builds.get('default')?.out ?? '');
    expect(site.newsList).toEqual(['Sivusto avattu']);
    expect(site.rss).toEqual(['Sivusto avattu']);
    expect(site.news).toEqual(['avaus']);
    expect(site.reports).toEqual(['lape-vali']);
    expect(site.meetings).toEqual(['vate-2018-04']);
    for (const path of [
      '/uutiset/luonnos/',
      '/uutiset/kesakuu/',
      '/uutiset/aamu/',
      '/raportit/lape-luonnos/',
      '/kokoukset/vate-2018-06/',
    ]) {
      expect(site.sitemap).not.toContain(path);
      expect(site.search).not.toContain(path);
    }
    expect(site.search).toContain('/uutiset/avaus/');
    expect(site.pdfs.filter((file) => /luonnos|2018-06/.test(file))).toEqual([]);
    expect(site.pdfs.some((file) => file.includes('lape-vali'))).toBe(true);
  });

  it('leaves no trace of the drafts in any file it writes', async () => {
    const out = builds.get('default')?.out ?? '';
    const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    );
    const leaking: string[] = [];
    for (const entry of files) {
      const file = join(entry.parentPath, entry.name);
      const bytes = await readFile(file);
      const text = file.includes('/pagefind/fragment/')
        ? gunzipSync(bytes).toString('utf8')
        : bytes.toString('utf8');
      if (/Salainen (luonnos|paikka)|lape-luonnos|Kesäkuun uutinen|Aamun uutinen/.test(text))
        leaking.push(relative(out, file));
    }
    expect(leaking).toEqual([]);
  });

  it('turns references to a draft into text, so that every link of the site leads to a page', async () => {
    const out = builds.get('default')?.out ?? '';
    const { files, links } = await internalLinks(out);
    const broken = links.filter(
      ({ target }) => !files.has(target.slice(1)) && !files.has(join(target.slice(1), 'index.html')),
    );
    expect(broken).toEqual([]);
    const report = await parse(join(out, 'raportit/lape-vali/index.html'), 'text/html');
    expect(report.querySelector('main')?.textContent).toContain(`Jatko: ${unpublishedReportText}.`);
    const meeting = await parse(join(out, 'kokoukset/vate-2018-04/index.html'), 'text/html');
    const reportLinks = [...meeting.querySelectorAll('main a[href^="/raportit/"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(new Set(reportLinks)).toEqual(new Set(['/raportit/lape-vali/']));
  });

  it('warns in the check output where a published item names the draft', () => {
    const warnings = (builds.get('default')?.problems ?? '')
      .split('\n')
      .filter((line) => line.includes('julkaisematon'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^meetings\/vate-2018-04\.yaml:\d+:\d+ {2}varoitus: raportti "lape-luonnos" on julkaisematon luonnos/,
      ),
      expect.stringMatching(
        /^reports\/lape-vali\.mdx:\d+:\d+ {2}varoitus: <ReportRef>: raportti "lape-luonnos" on julkaisematon luonnos/,
      ),
    ]);
  });
});

describe('valmistelu build --as-of', () => {
  it('publishes news scheduled for the day, in the list, the feed and the search index', async () => {
    const site = await published(builds.get('june')?.out ?? '');
    expect(site.newsList).toEqual(['Kesäkuun uutinen', 'Sivusto avattu']);
    expect(site.rss).toEqual(['Kesäkuun uutinen', 'Sivusto avattu']);
    expect(site.search).toContain('/uutiset/kesakuu/');
    expect(site.sitemap).toContain('/uutiset/kesakuu/');
    // Scheduled for 9.00: a build for the date publishes what was due when the day began.
    expect(site.search).not.toContain('/uutiset/aamu/');
    expect(site.news).toEqual(['avaus', 'kesakuu']);
    // Drafts stay out whatever the date.
    expect(site.reports).toEqual(['lape-vali']);
  });

  it('dates the site by the option', async () => {
    const home = await parse(join(builds.get('june')?.out ?? '', 'index.html'), 'text/html');
    expect(home.querySelector('footer')?.textContent).toContain('tiedot päivitetty 1.6.2018');
  });

  it('gives byte-identical output for the same date', async () => {
    const again = await build('june-again', '--as-of', '2018-06-01');
    expect(await hashTree(again)).toEqual(await hashTree(builds.get('june')?.out ?? ''));
  }, 300_000);

  it('refuses a malformed date before touching anything', async () => {
    const result = await run(content, [
      'build',
      '--content',
      '.',
      '--out',
      join(work, 'never'),
      '--as-of',
      '2018-6-1',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      '--as-of: päivämäärän muoto on VVVV-KK-PP (esim. 2018-05-31), nyt "2018-6-1"\n',
    );
    await expect(readdir(join(work, 'never'))).rejects.toThrow();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('valmistelu dev', () => {
  let child: ChildProcess | undefined;
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        if (!child || child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );

  it('shows writers their drafts and scheduled news', async () => {
    // Astro's dev server serves no pages when it sees vitest's variables, as a writer's shell has none.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
    );
    const port = await freePort();
    child = spawn(process.execPath, [cliMain, 'dev', '--content', '.', '--port', String(port)], {
      cwd: content,
      env: { ...env, INIT_CWD: content },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk;
        const address = /Esikatselu: (http:\/\/\S+)/.exec(output)?.[1];
        if (address) resolve(address);
      };
      child?.stdout?.on('data', read);
      child?.stderr?.on('data', read);
      child?.once('exit', (code) => reject(new Error(`valmistelu dev exited (${code}):\n${output}`)));
    });
    // The first sync of the content layer may still be running when the server starts.
    let titles: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 60 && titles.length < 4; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      const response = await fetch(new URL('uutiset/', url)).catch(() => undefined);
      if (!response?.ok) continue;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      titles = [...page.querySelectorAll('main .card-list h2, main .card-list h3')].map((heading) =>
        heading.textContent?.trim(),
      );
    }
    expect(new Set(titles), output).toEqual(
      new Set(['Sivusto avattu', 'Salainen luonnosuutinen', 'Kesäkuun uutinen', 'Aamun uutinen']),
    );
    const draft = await fetch(new URL('raportit/lape-luonnos/', url));
    expect(draft.status).toBe(200);
  }, 180_000);
});
