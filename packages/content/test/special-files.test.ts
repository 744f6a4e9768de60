/**
 * Files that are not plain files in the content folder: symbolic links (inside and outside the
 * folder, to files and to folders) and named pipes. Git holds neither reliably, so each test makes
 * them in a fresh copy of the minimal content.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LoadedContent, loadContent } from '../src/load-content.ts';
import { formatMessage, sortMessages } from '../src/messages.ts';
import { contentWithOverlay } from './copy-fixture.ts';

let dir: string;
let outside: string;
beforeEach(async () => {
  dir = await contentWithOverlay();
  outside = await mkdtemp(join(tmpdir(), 'valmistelu-outside-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

/** Messages as `check` prints them, with the outside folder's path made stable. */
function printed(loaded: LoadedContent): string[] {
  return sortMessages(loaded.messages).map((message) =>
    formatMessage(message, dir).replaceAll(outside, '<ulkopuolella>'),
  );
}

const secretPerson = '- id: salainen\n  name: Salainen Henkilö\n  title: tieto muualta\n';

describe('symbolic links', () => {
  it('refuses a link to a file outside the content folder and does not read it', async () => {
    await writeFile(join(outside, 'people.yaml'), secretPerson);
    await writeFile(join(outside, 'ryhma.yaml'), await readFile(join(dir, 'groups/lape.yaml'), 'utf8'));
    await rm(join(dir, 'people.yaml'));
    await symlink(join(outside, 'people.yaml'), join(dir, 'people.yaml'));
    await symlink(join(outside, 'ryhma.yaml'), join(dir, 'groups/ulko.yaml'));

    const loaded = await loadContent(dir);
    expect(printed(loaded)).toEqual([
      'groups/ulko.yaml:1:1  symbolinen linkki vie sisältökansion ulkopuolelle (<ulkopuolella>/ryhma.yaml): sisältöä ei lueta kansion ulkopuolelta; kopioi tiedosto sisältökansioon',
      'people.yaml:1:1  symbolinen linkki vie sisältökansion ulkopuolelle (<ulkopuolella>/people.yaml): sisältöä ei lueta kansion ulkopuolelta; kopioi tiedosto sisältökansioon',
    ]);
    expect(loaded.content.people).toEqual([]);
    expect(loaded.content.groups.map((group) => group.id)).toEqual(['lape']);
  });

  it('refuses files reached through a linked folder that leads outside', async () => {
    await mkdir(join(outside, 'timelines'));
    await writeFile(
      join(outside, 'timelines/uudistus.yaml'),
      await readFile(join(dir, 'timelines/uudistus.yaml'), 'utf8'),
    );
    await rm(join(dir, 'timelines'), { recursive: true });
    await symlink(join(outside, 'timelines'), join(dir, 'timelines'));

    const loaded = await loadContent(dir);
    expect(printed(loaded)).toEqual([
      'timelines/uudistus.yaml:1:1  symbolinen linkki vie sisältökansion ulkopuolelle (<ulkopuolella>/timelines/uudistus.yaml): sisältöä ei lueta kansion ulkopuolelta; kopioi tiedosto sisältökansioon',
    ]);
    expect(loaded.content.timelines).toEqual([]);
  });

  it('follows a link that stays inside the folder, with a warning', async () => {
    await symlink('lape.yaml', join(dir, 'groups/lape-kopio.yaml'));

    const loaded = await loadContent(dir);
    expect(printed(loaded)).toEqual([
      'groups/lape-kopio.yaml:1:1  varoitus: symbolinen linkki tiedostoon groups/lape.yaml: sisältö luetaan linkin kohteesta',
    ]);
    expect(loaded.content.groups.map((group) => group.id).sort()).toEqual(['lape', 'lape-kopio']);
  });

  it('says that links to folders are not followed, and refuses those leading outside', async () => {
    await mkdir(join(outside, 'uutiset'));
    await writeFile(
      join(outside, 'uutiset/salainen.mdx'),
      await readFile(join(dir, 'news/avaus.mdx'), 'utf8'),
    );
    await symlink(join(outside, 'uutiset'), join(dir, 'news/muualta'));
    await symlink('../reports', join(dir, 'news/raportit'));

    const loaded = await loadContent(dir);
    expect(printed(loaded)).toEqual([
      'news/muualta:1:1  symbolinen linkki vie sisältökansion ulkopuolelle (<ulkopuolella>/uutiset): sisältöä ei lueta kansion ulkopuolelta; kopioi tiedosto sisältökansioon',
      'news/raportit:1:1  varoitus: symbolista linkkiä kansioon ei seurata: sen tiedostoja ei lueta; siirrä ne tähän kansioon',
    ]);
    expect(loaded.content.news.map((item) => item.id)).toEqual(['avaus']);
  });

  it('refuses a link that points at nothing', async () => {
    await symlink('ei-ole.yaml', join(dir, 'groups/rikki.yaml'));
    expect(printed(await loadContent(dir))).toEqual([
      'groups/rikki.yaml:1:1  symbolinen linkki osoittaa tiedostoon, jota ei ole',
    ]);
  });

  it('reads a content folder that is itself reached through a link', async () => {
    const link = join(outside, 'sisalto');
    await symlink(dir, link);
    const loaded = await loadContent(link);
    expect(loaded.messages).toEqual([]);
    expect(loaded.content.groups.map((group) => group.id)).toEqual(['lape']);
  });
});

describe('named pipes', () => {
  // Reading a pipe with no writer would wait forever: the timeout is the assertion that it does not.
  it('refuses a pipe in place of a single file and of a collection file', { timeout: 5_000 }, async () => {
    await rm(join(dir, 'site.yaml'));
    execFileSync('mkfifo', [join(dir, 'site.yaml')]);
    execFileSync('mkfifo', [join(dir, 'news/putki.mdx')]);

    const loaded = await loadContent(dir);
    expect(printed(loaded)).toEqual([
      'news/putki.mdx:1:1  tämä on nimetty putki (FIFO), ei tavallinen tiedosto: sisältötiedoston pitää olla tavallinen tekstitiedosto',
      'site.yaml:1:1  tämä on nimetty putki (FIFO), ei tavallinen tiedosto: sisältötiedoston pitää olla tavallinen tekstitiedosto',
    ]);
  });

  it('refuses a link to a pipe inside the folder without opening it', { timeout: 5_000 }, async () => {
    execFileSync('mkfifo', [join(dir, 'putki')]);
    await symlink('../putki', join(dir, 'groups/putki.yaml'));
    expect(printed(await loadContent(dir))).toEqual([
      'groups/putki.yaml:1:1  tämä on nimetty putki (FIFO), ei tavallinen tiedosto: sisältötiedoston pitää olla tavallinen tekstitiedosto',
    ]);
  });
});
