/**
 * `pack --edition members`: the members read confidential § and private persons' names, but a
 * draft is unpublished work and goes into no edition, theirs included. Real processes, the PDF's
 * text read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from './run-process.ts';

let content: string;
let work: string;

beforeAll(async () => {
  content = await contentWithOverlay();
  work = `${content}-out`;
  // A draft report on the meeting's agenda, and a draft meeting.
  await writeFile(
    join(content, 'reports/lape-luonnos.mdx'),
    '---\ntitle: Keskeneräinen luonnosraportti\ngroup: lape\nkind: final\nperiod:\n  start: 2018-04-01\n  end: 2018-10-31\ndraft: true\n---\n\n## 1. Valmisteluryhmän organisoituminen\n\nKesken.\n',
  );
  const meeting = join(content, 'meetings/vate-2018-04.yaml');
  await writeFile(
    meeting,
    (await readFile(meeting, 'utf8')).replace(
      '      - lape-vali\n',
      '      - lape-vali\n      - lape-luonnos\n',
    ),
  );
  await writeFile(
    join(content, 'meetings/vate-2018-06.yaml'),
    'body: vate\ndate: 2018-06-14\nplace: Luonnospaikka\ndraft: true\nagenda:\n  - number: 1\n    title: Kokouksen avaus\n',
  );
});

afterAll(async () => {
  await rm(content, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe("the members' edition", () => {
  it('leaves out a draft report listed on the agenda, and keeps the published one', async () => {
    const out = join(work, 'jasenet');
    const run = runProcess(content, [
      'pack',
      'vate-2018-04',
      '--content',
      '.',
      '--edition',
      'members',
      '--out',
      out,
    ]);
    expect(run.stderr).not.toMatch(/virhe/);
    expect(run.code).toBe(0);
    const [pack] = (await readdir(out)).filter((name) => name.startsWith('vate-2018-04')).sort();
    const text = pdfText(join(out, pack ?? ''));
    expect(text).toContain('LAPE-ryhmän väliraportti');
    expect(text).toContain('EI JULKINEN');
    expect(text).not.toContain('Keskeneräinen luonnosraportti');
  }, 120_000);

  it('is not made of a draft meeting, and nothing is written', async () => {
    const out = join(work, 'luonnos');
    const run = runProcess(content, [
      'pack',
      'vate-2018-06',
      '--content',
      '.',
      '--edition',
      'members',
      '--out',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Kokous "vate-2018-06" on julkaisematon luonnos (draft: true): kokouspakettia ei tehdä.\n',
    );
    await expect(readdir(out)).rejects.toThrow();
  });
});
