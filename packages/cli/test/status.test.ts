import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.ts';

/*
 * The minimal content: group "lape", interim report due 2018-03-31 and final due 2018-10-31;
 * its interim report was submitted on 2018-03-28. Due soon means within 30 days.
 */
let dir: string;
beforeAll(async () => {
  dir = await contentWithOverlay();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function stateAsOf(date: string) {
  const result = await run(dir, 'status', '--content', '.', '--as-of', date, '--format', 'json');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout).groups[0];
}

describe('valmistelu status', () => {
  it.each([
    ['2018-02-15', 'on-time', '2018-03-31'],
    ['2018-03-01', 'due-soon', '2018-03-31'],
    ['2018-03-29', 'on-time', '2018-10-31'],
    ['2018-10-15', 'due-soon', '2018-10-31'],
    ['2018-11-01', 'late', '2018-10-31'],
  ])('as of %s the group is %s, next due %s', async (date, state, nextDue) => {
    expect(await stateAsOf(date)).toMatchObject({ group: 'lape', line: 'tl1', state, nextDue });
  });

  it('names the last submitted report once its date has passed', async () => {
    expect((await stateAsOf('2018-03-27')).lastReport).toBeNull();
    expect((await stateAsOf('2018-03-28')).lastReport).toEqual({
      id: 'lape-vali',
      kind: 'interim',
      submitted: '2018-03-28',
    });
  });

  it('prints text grouped by line with a summary line', async () => {
    const result = await run(dir, 'status', '--content', '.', '--as-of', '2018-11-01');
    expect(result.stdout.split('\n')).toEqual([
      'Tilanne 1.11.2018',
      '',
      'TL1 Sote- ja pelastuspalvelut: myöhässä',
      '  Myöhässä           Lasten ja perheiden muutosohjelma (LAPE)',
      '      vastuuvalmistelija: – · viimeisin: väliraportti 28.3.2018 · seuraava: loppuraportti 31.10.2018',
      '',
      'Yhteensä 1 ryhmä: 1 myöhässä, 0 määräaika lähestyy, 0 aikataulussa, 0 valmiina.',
      '',
      'Avoimet toimenpiteet 1.11.2018: 0 avointa, 0 myöhässä',
      '',
    ]);
  });

  it('lists the open actions of the reports by owner, the late ones marked', async () => {
    const repositoryContent = join(import.meta.dirname, '../../../content');
    const result = await run(dir, 'status', '--content', repositoryContent, '--as-of', '2018-05-31');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const start = lines.indexOf('Avoimet toimenpiteet 31.5.2018: 7 avointa, 2 myöhässä');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 6)).toEqual([
      '  Kaisa Kausto-Uski',
      '      31.5.2018            Vaihe II: henkilöstön sijoitteluun tarvittavan tiedon siirtäminen ja yhdenmukaistaminen. (Henkilöstöhallinnon ja -siirtojen väliraportti)',
      '  Mari Niemi',
      expect.stringMatching(/^ {6}31\.10\.2018 {11}I&O-muutosohjelman tulosten kytkeminen/),
      expect.stringMatching(/^ {6}31\.10\.2018 {11}SATULA-hankkeen/),
    ]);
    expect(lines.filter((line) => line.includes('MYÖHÄSSÄ'))).toEqual([
      expect.stringMatching(/^ {6}31\.3\.2018 {2}MYÖHÄSSÄ {2}Muiden vuokrattavien tilojen kysely kunnille\./),
      expect.stringMatching(/^ {6}30\.4\.2018 {2}MYÖHÄSSÄ {2}Makulain 13 §:n mukaisten neuvottelujen/),
    ]);
  });

  it('gives in JSON the open actions the text lists, with the totals', async () => {
    const repositoryContent = join(import.meta.dirname, '../../../content');
    const args = ['status', '--content', repositoryContent, '--as-of', '2018-05-31'];
    const text = (await run(dir, ...args)).stdout.split('\n');
    const json = await run(dir, ...args, '--format', 'json');
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as {
      asOf: string;
      groups: { group: string }[];
      counts: Record<string, number>;
      openActions: {
        title: string;
        reportTitle: string;
        ownerName: string;
        due: string | null;
        late: boolean;
      }[];
    };
    expect(data.asOf).toBe('2018-05-31');
    expect(data.groups.length).toBeGreaterThan(1);
    expect(data.counts).toEqual({
      late: expect.any(Number),
      'due-soon': expect.any(Number),
      'on-time': expect.any(Number),
      done: expect.any(Number),
    });
    expect(data.openActions).toHaveLength(7);
    expect(data.openActions.filter((action) => action.late)).toEqual([
      expect.objectContaining({
        due: '2018-03-31',
        title: expect.stringMatching(/^Muiden vuokrattavien tilojen kysely/),
      }),
      expect.objectContaining({
        due: '2018-04-30',
        title: expect.stringMatching(/^Makulain 13 §:n mukaisten/),
      }),
    ]);
    // Each action line of the text is one action of the JSON, in the same order, under its owner.
    const start = text.indexOf('Avoimet toimenpiteet 31.5.2018: 7 avointa, 2 myöhässä');
    let owner = '';
    const fromText = text.slice(start + 1).flatMap((line) => {
      const ownerLine = /^ {2}(\S.*)$/.exec(line);
      if (ownerLine) owner = ownerLine[1] ?? '';
      const actionLine = /^ {6}\S+\s+(MYÖHÄSSÄ)?\s*(.*)$/.exec(line);
      return actionLine ? [[owner, actionLine[1] !== undefined, actionLine[2]]] : [];
    });
    expect(fromText).toEqual(
      data.openActions.map((action) => [
        action.ownerName,
        action.late,
        `${action.title} (${action.reportTitle})`,
      ]),
    );
  });

  it('refuses a malformed date', async () => {
    const result = await run(dir, 'status', '--content', '.', '--as-of', '1.6.2018');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      '--as-of: päivämäärän muoto on VVVV-KK-PP (esim. 2018-05-31), nyt "1.6.2018"\n',
    );
  });
});
