import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './run.ts';

const mainScript = join(import.meta.dirname, '../src/main.ts');
let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('valmistelu check', () => {
  it('prints a one-line summary and exits 0 on valid content', async () => {
    dir = await contentWithOverlay();
    const result = await run(dir, 'check', '--content', '.');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Sisältö kunnossa: 11 tiedostoa, 1 ryhmä, 1 raportti, 1 kokous, 0 varoitusta.\n',
    );
  });

  it('prints every problem as path:line:column relative to the current directory, then exits 1', async () => {
    dir = await contentWithOverlay();
    await writeFile(
      join(dir, 'people.yaml'),
      '- id: terttu-nordman\n  name: Terttu Nordman\n  title: [muutosjohtaja\n',
    );
    await writeFile(join(dir, 'channels.yaml'), '- id: fb\n  name: Facebook\n  kind: facebook\n  url: 12\n');
    const result = await run(join(dir, 'groups'), 'check', '--content', '..');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.includes('  '))).toEqual([
      '../channels.yaml:4:8  kentän "url" pitää olla tekstiä, nyt 12',
      expect.stringMatching(/^\.\.\/people\.yaml:\d+:\d+ {2}YAML-syntaksivirhe/),
    ]);
  });

  it('locates mistakes in the minutes at their line in the meeting file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'valmistelu-minutes-'));
    await cp(join(import.meta.dirname, '../../../content'), dir, { recursive: true });
    const file = join(dir, 'meetings/vate-2018-04.yaml');
    const text = (await readFile(file, 'utf8'))
      .replace('      yes: 5\n', '      yes: 6\n')
      .replace('    - jäsen 7\n  checked:', '    - jäsen 16\n  checked:');
    await writeFile(file, text);
    const lines = text.split('\n');
    const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;
    const result = await run(dir, 'check', '--content', '.');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.includes('  '))).toEqual([
      `meetings/vate-2018-04.yaml:${lineOf('    vote:') + 1}:7  § 21: ääniä 15, mutta päättäjiä oli läsnä 14`,
      `meetings/vate-2018-04.yaml:${lineOf('      yesNames:') + 1}:9  § 21: nimiä 5, ääniä 6`,
      `meetings/vate-2018-04.yaml:${lineOf('    - jäsen 16')}:7  tuntematon osallistuja "jäsen 16": kirjoita henkilön tunniste, kokoonpanon paikka (esim. "jäsen 3") tai lisää nimi muihin läsnäolijoihin (attendance.others)`,
    ]);
  });

  it('shows no stack trace for a content mistake, in a real process', async () => {
    dir = await contentWithOverlay();
    await writeFile(join(dir, 'site.yaml'), 'name: [\n');
    const child = spawnSync(process.execPath, [mainScript, 'check', '--content', dir], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: dir },
    });
    expect(child.status).toBe(1);
    expect(child.stdout).toMatch(/^site\.yaml:\d+:\d+ {2}YAML-syntaksivirhe/m);
    expect(`${child.stdout}${child.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('explains an unknown command', async () => {
    dir = await contentWithOverlay();
    const result = await run(dir, 'publish');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Tuntematon komento "publish"\./);
  });
});
