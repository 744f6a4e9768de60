import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from './run.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('valmistelu new', () => {
  it('scaffolds a report from the group’s schedule that passes check at once', async () => {
    dir = await contentWithOverlay();
    const created = await run(dir, 'new', 'report', '--content', '.', '--group', 'lape', '--kind', 'final');
    expect(created).toMatchObject({ code: 0, stdout: 'reports/lape-loppuraportti.mdx\n' });
    const text = await readFile(join(dir, 'reports/lape-loppuraportti.mdx'), 'utf8');
    const frontmatter = parse(text.split('---')[1] ?? '');
    expect(frontmatter).toEqual({
      title: 'Lasten ja perheiden muutosohjelma (LAPE): loppuraportti',
      group: 'lape',
      kind: 'final',
      period: { start: '2017-10-01', end: '2018-10-31' },
      due: '2018-10-31',
      state: 'draft',
      draft: true,
    });
    expect(text).toContain('## 2. Työsuunnitelma ja aikataulu\n\nOhje: Mitä tehdään ja milloin.');
    const check = await run(dir, 'check', '--content', '.');
    expect(check.code).toBe(0);
  });

  it('never overwrites: a second report of the same kind gets its own file', async () => {
    dir = await contentWithOverlay();
    await run(dir, 'new', 'report', '--content', '.', '--group', 'lape', '--kind', 'final');
    const second = await run(dir, 'new', 'report', '--content', '.', '--group', 'lape', '--kind', 'final');
    expect(second.stdout).toBe('reports/lape-loppuraportti-2.mdx\n');
  });

  it('refuses an unknown group with the list of groups', async () => {
    dir = await contentWithOverlay();
    const result = await run(dir, 'new', 'report', '--content', '.', '--group', 'nope', '--kind', 'interim');
    expect(result).toMatchObject({ code: 1, stderr: 'tuntematon ryhmä "nope"; ryhmät: lape\n' });
  });

  it('scaffolds a news item whose file name is an ASCII slug of the title', async () => {
    dir = await contentWithOverlay();
    const result = await run(
      dir,
      'new',
      'news',
      '--content',
      '.',
      '--title',
      'Työpaja Äetsässä',
      '--date',
      '2018-02-15',
    );
    expect(result.stdout).toBe('news/tyopaja-aetsassa.mdx\n');
  });

  it('scaffolds a news item that fails check at its guidance until the writer replaces it', async () => {
    dir = await contentWithOverlay();
    const args = [
      '--content',
      '.',
      '--title',
      'Kesäkatsaus valmistelun etenemisestä',
      '--date',
      '2018-06-15',
    ];
    const result = await run(dir, 'new', 'news', ...args);
    expect(result.stdout).toBe('news/kesakatsaus-valmistelun-etenemisesta.mdx\n');
    const file = join(dir, 'news/kesakatsaus-valmistelun-etenemisesta.mdx');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const guidance = lines.flatMap((line, index) => (line.includes('Ohje:') ? [index + 1] : []));
    expect(guidance).toHaveLength(2);
    const unedited = await run(dir, 'check', '--content', '.');
    expect(unedited.code).toBe(1);
    const places = [
      ...unedited.stdout.matchAll(/^news\/kesakatsaus-valmistelun-etenemisesta\.mdx:(\d+):\d+ +ohjeteksti/gm),
    ];
    expect(places.map((match) => Number(match[1]))).toEqual(guidance);
    const out = join(dir, '..', `${basename(dir)}-out`);
    const refused = await run(dir, 'build', '--content', '.', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Koontia ei tehty');
    await expect(readdir(out)).rejects.toThrow();

    const edited = lines
      .map((line) => line.replace(/"?Ohje: [^"]*"?$/, 'Valmistelu eteni kesällä aikataulussa.'))
      .join('\n');
    await writeFile(file, edited);
    expect(await run(dir, 'check', '--content', '.')).toMatchObject({ code: 0 });
  });

  it('pre-fills a meeting agenda with the reports submitted since the previous meeting', async () => {
    dir = await contentWithOverlay();
    await writeFile(
      join(dir, 'reports/lape-loppu.mdx'),
      `---
title: LAPE-loppuraportti
group: lape
kind: final
period:
  start: 2017-10-01
  end: 2018-10-31
state: submitted
submitted: 2018-05-20
---

## 1. Valmisteluryhmän organisoituminen

Ryhmä kokoontui kymmenen kertaa.

## 2. Työsuunnitelma ja aikataulu

Työ valmistui aikataulussa.
`,
    );
    const result = await run(
      dir,
      'new',
      'meeting',
      '--content',
      '.',
      '--body',
      'vate',
      '--date',
      '2018-06-07',
    );
    expect(result.stdout).toBe('meetings/vate-2018-06-07.yaml\n');
    const meeting = parse(await readFile(join(dir, 'meetings/vate-2018-06-07.yaml'), 'utf8'));
    expect(meeting.place).toBe('Satakuntaliitto, Pori');
    expect(
      meeting.agenda.map((item: { number: number; title: string; reports?: string[] }) => [
        item.number,
        item.title,
        item.reports,
      ]),
    ).toEqual([
      [1, 'Kokouksen avaus', undefined],
      [2, 'Laillisuus ja päätösvaltaisuus', undefined],
      [3, 'Lasten ja perheiden muutosohjelma (LAPE): loppuraportti', ['lape-loppu']],
      [4, 'Muut asiat', undefined],
      [5, 'Kokouksen päättäminen', undefined],
    ]);
    expect((await run(dir, 'check', '--content', '.')).code).toBe(0);
  });
});
