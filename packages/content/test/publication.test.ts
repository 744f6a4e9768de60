/**
 * The content a run publishes: its date, and only what is public at its moment, each item with
 * its own source, and references to what was left out as plain text.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unpublishedReportText } from '@valmistelu/domain/labels';
import type { Nodes } from 'mdast';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../src/load-content.ts';
import { formatMessage } from '../src/messages.ts';
import { publicationOf } from '../src/publication.ts';
import { contentWithCase, contentWithOverlay } from './copy-fixture.ts';

let dir: string;
beforeEach(async () => {
  dir = await contentWithOverlay();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The text of a tree, one string per text node. */
const texts = (node: Nodes): string[] =>
  node.type === 'text' ? [node.value] : 'children' in node ? node.children.flatMap(texts) : [];

const report = (id: string, extra: string, body: string) =>
  writeFile(
    join(dir, `reports/${id}.mdx`),
    `---\ntitle: Raportti ${id}\ngroup: lape\nkind: final\nperiod:\n  start: 2018-04-01\n  end: 2018-10-31\n${extra}---\n\n${body}\n`,
  );

describe('loadContent and the date', () => {
  it("takes the caller's day when site.yaml sets none, and site.yaml's when it does", async () => {
    expect((await loadContent(dir, { today: '2026-11-26' })).content.site.asOf).toBe('2018-05-31');
    const site = join(dir, 'site.yaml');
    await writeFile(site, (await readFile(site, 'utf8')).replace(/^asOf: .*\n/m, ''));
    const loaded = await loadContent(dir, { today: '2026-11-26' });
    expect(loaded.messages).toEqual([]);
    expect(loaded.content.site.asOf).toBe('2026-11-26');
  });

  it('reports the missing date at site.yaml when the caller gives none', async () => {
    const site = join(dir, 'site.yaml');
    await writeFile(site, (await readFile(site, 'utf8')).replace(/^asOf: .*\n/m, ''));
    const loaded = await loadContent(dir);
    expect(loaded.messages.map((message) => formatMessage(message, dir))).toEqual([
      'site.yaml:1:1  tilannepäivä (asOf) puuttuu, eikä ajo antanut päivää',
    ]);
  });
});

describe('publicationOf', () => {
  beforeEach(async () => {
    await report('lape-loppu', 'draft: true\n', '## 1. Valmisteluryhmän organisoituminen\n\nKesken.');
    await report(
      'lape-lisa',
      'state: submitted\nsubmitted: 2018-05-02\nanswers: lape-loppu\n',
      '## 1. Valmisteluryhmän organisoituminen\n\nKatso <ReportRef id="lape-loppu" /> ja <ReportRef id="lape-vali" />.\n\n<ReportRef id="lape-loppu" />',
    );
    await writeFile(
      join(dir, 'news/tuleva.mdx'),
      '---\ntitle: Tuleva\ndate: 2018-06-01\npublishAt: 2018-06-01T09:00\nsummary: Ajastettu.\n---\n\nTeksti.\n',
    );
    const meeting = join(dir, 'meetings/vate-2018-04.yaml');
    await writeFile(
      meeting,
      (await readFile(meeting, 'utf8')).replace('      - lape-vali', '      - lape-vali\n      - lape-loppu'),
    );
  });

  it('leaves out drafts and news not yet due, each remaining item with its own source', async () => {
    const loaded = await loadContent(dir);
    const published = publicationOf(loaded, { asOf: '2018-06-01', moment: '2018-06-01' });
    expect(published.content.site.asOf).toBe('2018-06-01');
    expect(published.content.reports.map((item) => item.id)).toEqual(['lape-lisa', 'lape-vali']);
    expect(published.content.news.map((item) => item.id)).toEqual(['avaus']);
    for (const name of ['reports', 'news', 'meetings'] as const) {
      expect(published.sources[name].map((source) => source.file)).toEqual(
        published.content[name].map((item) =>
          join(dir, name, `${item.id}.${name === 'meetings' ? 'yaml' : 'mdx'}`),
        ),
      );
    }
    const later = publicationOf(loaded, { asOf: '2018-06-01', moment: '2018-06-01T09:00' });
    expect(later.content.news.map((item) => item.id)).toEqual(['avaus', 'tuleva']);
  });

  it('turns references to a left-out report into text, leaving the loaded trees as they were', async () => {
    const loaded = await loadContent(dir);
    const before = loaded.sources.reports.map((source) => JSON.stringify(source.tree));
    const published = publicationOf(loaded, { asOf: '2018-06-01', moment: '2018-06-01' });
    const tree = published.sources.reports[0]?.tree;
    expect(tree && texts(tree)).toEqual([
      '1. Valmisteluryhmän organisoituminen',
      'Katso ',
      unpublishedReportText,
      ' ja ',
      '.',
      unpublishedReportText,
    ]);
    const refs = JSON.stringify(tree).match(/"name":"ReportRef"/g) ?? [];
    expect(refs).toHaveLength(1);
    expect(published.content.meetings[0]?.agenda[1]?.reports).toEqual(['lape-vali']);
    expect(published.content.reports[0]).not.toHaveProperty('answers');
    expect(loaded.sources.reports.map((source) => JSON.stringify(source.tree))).toEqual(before);
    // The untouched report keeps its very tree.
    expect(published.sources.reports[1]).toBe(loaded.sources.reports[2]);
  });

  it('keeps everything, drafts and scheduled news too, for the preview', async () => {
    const loaded = await loadContent(dir);
    const preview = publicationOf(loaded, { asOf: '2018-06-01' });
    expect(preview.content.reports).toHaveLength(3);
    expect(preview.content.news).toHaveLength(2);
    expect(preview.sources).toBe(loaded.sources);
  });
});

describe('publicationOf and translations', () => {
  it('leaves a draft out of its translation as out of the original, and keeps it in the preview', async () => {
    const translated = await contentWithCase('valid-translations');
    try {
      const news = join(translated, 'news/avaus.mdx');
      await writeFile(news, (await readFile(news, 'utf8')).replace('tags:', 'draft: true\ntags:'));
      const loaded = await loadContent(translated);
      expect(loaded.messages.filter((message) => message.severity === 'error')).toEqual([]);
      const published = publicationOf(loaded, { asOf: '2018-06-01', moment: '2018-06-01' });
      expect(published.translations.sv?.content.news.map((item) => item.id)).toEqual([]);
      expect(published.translations.sv?.translated.news).toEqual([]);
      expect(published.translations.sv?.content.meetings[0]?.place).toBe('Satakuntaförbundet, Björneborg');
      expect(published.translations.sv?.content.site.asOf).toBe('2018-06-01');
      const preview = publicationOf(loaded, { asOf: '2018-06-01' });
      expect(preview.translations.sv?.content.news.map((item) => item.title)).toEqual([
        'Webbplatsen har öppnats',
      ]);
    } finally {
      await rm(translated, { recursive: true, force: true });
    }
  });
});
