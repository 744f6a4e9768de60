/**
 * `valmistelu check` in a real process on images a writer can get wrong: no text alternative,
 * a file that is not there, a path or a link out of the content folder. Each is an error at the
 * image's line and column; a body with good images passes.
 */
import { copyFile, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { runProcess } from './run-process.ts';

const png = join(import.meta.dirname, '../../pdf/test/fixtures/mdast/image/kuvat/piste.png');
let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

const frontmatter = [
  '---',
  'title: Kuvia',
  'date: 2018-01-20',
  'summary: Uutinen, jossa on kuvia.',
  '---',
  '',
];

async function newsWith(...body: string[]): Promise<string> {
  dir = await contentWithOverlay();
  await mkdir(join(dir, 'news/kuvat'), { recursive: true });
  await copyFile(png, join(dir, 'news/kuvat/kaavio.png'));
  await writeFile(join(dir, 'news/kuvia.mdx'), [...frontmatter, ...body, ''].join('\n'));
  return dir;
}

describe('valmistelu check on images', () => {
  it('refuses an image without alternative text, a missing file and a path out of the folder, located', async () => {
    await newsWith(
      'Kuvat:',
      '',
      '![](kuvat/kaavio.png)',
      '',
      '![Luonnos](kuvat/luonnos.png)',
      '',
      'Teksti ja ![Salasanat](../../../etc/passwd.png)',
      '',
      '![Linkki](kuvat/ulos.png)',
    );
    // A link inside the folder that leads out of it.
    await symlink(png, join(dir, 'news/kuvat/ulos.png'));
    const result = runProcess(dir, ['check', '--content', '.']);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('news/'))).toEqual([
      'news/kuvia.mdx:9:1  kuvalta "kuvat/kaavio.png" puuttuu tekstivastine: kirjoita hakasulkeisiin, mitä kuvassa on, esim. ![Kaavio palveluverkosta](kuvat/kaavio.png)',
      'news/kuvia.mdx:11:1  kuvatiedostoa "kuvat/luonnos.png" ei löydy',
      'news/kuvia.mdx:13:11  kuva "../../../etc/passwd.png" on sisältökansion ulkopuolella',
      'news/kuvia.mdx:15:1  kuva "kuvat/ulos.png" on sisältökansion ulkopuolella',
    ]);
  });

  it('passes images with alternative text inside the folder', async () => {
    await newsWith(
      '![Kaavio palveluverkosta](kuvat/kaavio.png)',
      '',
      '![Sama juuresta](/news/kuvat/kaavio.png)',
    );
    const result = runProcess(dir, ['check', '--content', '.']);
    expect(result.stdout).toMatch(/^Sisältö kunnossa: /);
    expect(result.code).toBe(0);
  });
});
