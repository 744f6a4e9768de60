/**
 * The CLI alone chooses where caches live: `--cache DIR`, else `<repo>/.cache`. A command claims
 * the folder with a marker; `valmistelu clean` removes a marked folder and refuses any other.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheMarker } from '../src/cache-folder.ts';
import { run } from './run.ts';

let work: string;
let content: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-cache-'));
  content = await contentWithOverlay();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(content, { recursive: true, force: true });
});

describe('--cache', () => {
  it('check keeps its parsed files in the folder given, with the marker', async () => {
    const cache = join(work, 'given');
    const result = await run(work, 'check', '--content', content, '--cache', cache);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect((await readdir(cache)).sort()).toEqual([cacheMarker, 'content']);
    expect((await readdir(join(cache, 'content'))).filter((name) => name.endsWith('.v8'))).toHaveLength(1);
  });

  it('refuses a folder that holds anything but the tool’s caches, and writes nothing there', async () => {
    const mine = join(work, 'mine');
    await mkdir(mine);
    await writeFile(join(mine, 'muistiinpanot.txt'), 'omat');
    const result = await run(work, 'check', '--content', content, '--cache', mine);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `--cache ${mine}: kansio ei ole valmistelun välimuisti (siinä on muistiinpanot.txt); anna tyhjä tai uusi kansio\n`,
    );
    expect(await readdir(mine)).toEqual(['muistiinpanot.txt']);
  });
});

describe('valmistelu clean', () => {
  it('removes a cache folder the tool marked', async () => {
    const cache = join(work, 'to-clean');
    expect((await run(work, 'check', '--content', content, '--cache', cache)).code).toBe(0);
    // Relative to the working directory, and shown so.
    const result = await run(work, 'clean', '--cache', 'to-clean');
    expect(result).toEqual({ code: 0, stdout: 'Välimuisti poistettu: to-clean\n', stderr: '' });
    expect(existsSync(cache)).toBe(false);
  });

  it('refuses a folder without the marker and leaves it as it was', async () => {
    const other = join(work, 'other');
    await mkdir(join(other, 'pdf'), { recursive: true });
    const result = await run(work, 'clean', '--cache', other);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `--cache ${other}: kansiossa ei ole valmistelun välimuistin merkkiä (${cacheMarker}), joten sitä ei poisteta\n`,
    );
    expect(await readdir(other)).toEqual(['pdf']);
  });

  it('says so when there is no cache folder', async () => {
    const result = await run(work, 'clean', '--cache', 'none');
    expect(result).toEqual({ code: 0, stdout: 'Välimuistia ei ole: none\n', stderr: '' });
  });
});
