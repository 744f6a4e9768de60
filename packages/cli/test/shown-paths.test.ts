/**
 * Paths in the commands' messages are printed as the user gave them: an absolute `--out` or
 * `--content` stays absolute, a relative one stays as typed, rather than being rewritten relative
 * to the directory the command runs in ("Koottu kansioon ../../../tmp/x/out"). In-process runs
 * from a working folder beside the content, where every relative path climbs.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalContentDir } from '@valmistelu/content/test-fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from './run.ts';

let work: string;
let content: string;
let cwd: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-polut-'));
  content = join(work, 'sisalto');
  await cp(minimalContentDir, content, { recursive: true });
  cwd = join(work, 'tyokansio', 'syvemmalla');
  await mkdir(cwd, { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('paths as the user gave them', () => {
  it('new prints the created file under the absolute --content given', async () => {
    const created = await run(
      cwd,
      'new',
      'report',
      '--content',
      content,
      '--group',
      'lape',
      '--kind',
      'final',
    );
    expect(created).toMatchObject({ code: 0, stdout: `${content}/reports/lape-loppuraportti.mdx\n` });
    const again = await run(
      cwd,
      'new',
      'report',
      '--content',
      '../../sisalto',
      '--group',
      'lape',
      '--kind',
      'final',
    );
    expect(again.stdout).toBe('../../sisalto/reports/lape-loppuraportti-2.mdx\n');
  });

  it('pack prints its PDFs under the absolute --out given', async () => {
    const out = join(work, 'paketit');
    const packed = await run(cwd, 'pack', 'vate-2018-04', '--content', content, '--out', out);
    expect(packed.code, packed.stderr).toBe(0);
    const lines = packed.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.startsWith(`${out}/`), line).toBe(true);
  }, 120_000);

  it('the members edition prints its PDFs under the absolute --out given', async () => {
    const out = join(work, 'jasenet');
    const packed = await run(
      cwd,
      'pack',
      'vate-2018-04',
      '--edition',
      'members',
      '--content',
      content,
      '--out',
      out,
    );
    expect(packed.code, packed.stderr).toBe(0);
    const files = packed.stdout.split('\n').filter((line) => line.endsWith('.pdf'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file.startsWith(`${out}/`), file).toBe(true);
  }, 120_000);

  it('build names a refused folder as typed, also a relative one that climbs', async () => {
    const foreign = join(work, 'omat');
    await mkdir(foreign);
    await writeFile(join(foreign, 'muistio.txt'), 'omat tiedostot\n');
    const refused = await run(cwd, 'build', '--content', content, '--out', '../../omat');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^Kansio \.\.\/\.\.\/omat ei ole tyhjä /);
  });
});
