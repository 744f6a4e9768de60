/**
 * The run's date: `--as-of`, else `site.yaml`'s `asOf`, else today in Helsinki; and the public
 * content the publishing commands (status, pdf, pack) work from. Real processes where the
 * command line is the subject.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { helsinkiNow } from '../src/helsinki-now.ts';
import { runDate } from '../src/run-date.ts';
import { runProcess } from './run-process.ts';

describe('helsinkiNow', () => {
  it.each([
    // Winter time, UTC+2: the Finnish day starts at 22.00 UTC.
    ['2026-11-25T21:59:00Z', '2026-11-25', '2026-11-25T23:59'],
    ['2026-11-25T22:00:00Z', '2026-11-26', '2026-11-26T00:00'],
    // Summer time, UTC+3, from 29.3.2026 at 01.00 UTC.
    ['2026-03-29T00:59:00Z', '2026-03-29', '2026-03-29T02:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '2026-03-29T04:00'],
    ['2026-06-30T21:30:00Z', '2026-07-01', '2026-07-01T00:30'],
  ])('%s is %s in Helsinki', (instant, day, moment) => {
    expect(helsinkiNow(new Date(instant))).toEqual({ day, moment });
  });
});

describe('runDate', () => {
  const now = { day: '2026-11-26', moment: '2026-11-26T14:05' };
  it('takes --as-of over everything, as the start of that day', () => {
    expect(runDate('2018-06-01', '2026-11-26', now)).toEqual({ asOf: '2018-06-01', moment: '2018-06-01' });
  });
  it("takes the content's date, as the start of that day", () => {
    expect(runDate(undefined, '2018-05-31', now)).toEqual({ asOf: '2018-05-31', moment: '2018-05-31' });
  });
  it('takes the time of day when the date is today', () => {
    expect(runDate(undefined, '2026-11-26', now)).toEqual({ asOf: '2026-11-26', moment: '2026-11-26T14:05' });
  });
});

let dir: string;
beforeEach(async () => {
  dir = await contentWithOverlay();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function withoutAsOf(): Promise<void> {
  const site = join(dir, 'site.yaml');
  await writeFile(site, (await readFile(site, 'utf8')).replace(/^asOf: .*\n/m, ''));
}

const firstLine = (text: string) => text.split('\n')[0];

describe('valmistelu status', () => {
  it("is as of today in Helsinki when site.yaml sets no date, else site.yaml's, else --as-of", async () => {
    expect(firstLine(runProcess(dir, ['status', '--content', '.']).stdout)).toBe('Tilanne 31.5.2018');
    await withoutAsOf();
    const today = new Date().toLocaleDateString('fi-FI', { timeZone: 'Europe/Helsinki' });
    const run = runProcess(dir, ['status', '--content', '.']);
    expect(run.stderr).toBe('');
    expect(firstLine(run.stdout)).toBe(`Tilanne ${today}`);
    expect(firstLine(runProcess(dir, ['status', '--content', '.', '--as-of', '2018-11-01']).stdout)).toBe(
      'Tilanne 1.11.2018',
    );
  });

  it('counts a report only when it is published', async () => {
    const status = () =>
      JSON.parse(runProcess(dir, ['status', '--content', '.', '--format', 'json']).stdout).groups[0];
    expect(status().lastReport).toEqual({ id: 'lape-vali', kind: 'interim', submitted: '2018-03-28' });
    const report = join(dir, 'reports/lape-vali.mdx');
    await writeFile(
      report,
      (await readFile(report, 'utf8')).replace('state: submitted', 'state: submitted\ndraft: true'),
    );
    expect(status().lastReport).toBeNull();
  });
});

describe('--as-of on the publishing commands', () => {
  it.each([['pdf'], ['pack', 'vate-2018-04'], ['build'], ['status']])(
    '%s refuses a malformed date as status does',
    (...args) => {
      const run = runProcess(dir, [
        ...args,
        '--content',
        '.',
        '--out',
        join(dir, '..', 'ei-koskaan'),
        '--as-of',
        '31.5.2018',
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        '--as-of: päivämäärän muoto on VVVV-KK-PP (esim. 2018-05-31), nyt "31.5.2018"\n',
      );
    },
  );
});

describe('valmistelu pdf and pack', () => {
  beforeEach(async () => {
    await writeFile(
      join(dir, 'reports/lape-loppu.mdx'),
      '---\ntitle: Luonnos\ngroup: lape\nkind: final\nperiod:\n  start: 2018-04-01\n  end: 2018-10-31\ndraft: true\n---\n\n## 1. Valmisteluryhmän organisoituminen\n\nKesken.\n',
    );
    await writeFile(
      join(dir, 'meetings/vate-2018-06.yaml'),
      'body: vate\ndate: 2018-06-14\nplace: Pori\ndraft: true\nagenda:\n  - number: 1\n    title: Avaus\n',
    );
  });

  it('makes no PDF of a draft', async () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-pdf`);
    try {
      const run = runProcess(dir, ['pdf', '--content', '.', '--out', out]);
      expect(run.code, run.stdout).toBe(0);
      const pdfs = (await readdir(out, { recursive: true })).filter((file) => file.endsWith('.pdf'));
      expect(pdfs.some((file) => file.includes('lape-vali'))).toBe(true);
      expect(pdfs.some((file) => file.includes('vate-2018-04'))).toBe(true);
      expect(pdfs.filter((file) => file.includes('lape-loppu') || file.includes('vate-2018-06'))).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('says a draft meeting gets no pack', () => {
    const run = runProcess(dir, [
      'pack',
      'vate-2018-06',
      '--content',
      '.',
      '--out',
      join(dir, '..', 'ei-koskaan'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Kokous "vate-2018-06" on julkaisematon luonnos (draft: true): kokouspakettia ei tehdä.\n',
    );
  });
});
