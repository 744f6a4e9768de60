/**
 * `--out` folders that are never written to, whatever the options: the refusal comes before
 * anything is written, so these runs need no build. Real processes, as a user would run them.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { minimalContentDir } from '@valmistelu/content/test-fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../src/cli-io.ts';
import { type ProcessRun, runProcess, snapshotTree } from './run-process.ts';

let work: string;
let content: string;
let homes: string;
let home: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-out-'));
  content = join(work, 'sisalto');
  await cp(minimalContentDir, content, { recursive: true });
  // Apart from the work folder, so that refusing the work folder is about the content alone.
  homes = await mkdtemp(join(tmpdir(), 'valmistelu-homes-'));
  home = join(homes, 'kayttaja');
  await mkdir(home, { recursive: true });
  await writeFile(join(home, 'muistiinpanot.txt'), 'omat tiedostot\n');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(homes, { recursive: true, force: true });
});

/** `valmistelu <command> --out <out>` from the work folder, with the test's own home folder. */
function runWithOut(out: string, ...extra: string[]): ProcessRun {
  return runProcess(work, [...extra, '--content', content, '--out', out], { HOME: home });
}

function expectRefused(run: ProcessRun, reason: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^Tuloskansioksi ei käy .+: /);
  expect(run.stderr).toMatch(reason);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('build --out refuses folders it would destroy, before writing anything', () => {
  it('refuses the content folder itself, and --force does not change that', async () => {
    const before = await snapshotTree(work);
    expectRefused(runWithOut(content, 'build'), /se on sisältökansio\./);
    expectRefused(runWithOut('sisalto', 'build', '--force'), /se on sisältökansio\./);
    expect(await snapshotTree(work)).toEqual(before);
  });

  it('refuses a folder that contains the content folder', async () => {
    const before = await snapshotTree(work);
    expectRefused(runWithOut(work, 'build'), /se sisältää sisältökansion\./);
    expect(await snapshotTree(work)).toEqual(before);
  });

  it('refuses a folder inside the content folder and does not create it', async () => {
    const before = await snapshotTree(work);
    expectRefused(runWithOut(join(content, 'dist'), 'build'), /se on sisältökansion sisällä\./);
    expectRefused(runWithOut(join(content, 'reports'), 'build', '--force'), /se on sisältökansion sisällä\./);
    // A name that begins with two dots is still inside.
    expectRefused(runWithOut(join(content, '..kooste'), 'build'), /se on sisältökansion sisällä\./);
    expect(await snapshotTree(work)).toEqual(before);
  });

  it('sees through symbolic links to the content folder', async () => {
    await symlink(content, join(work, 'alias'));
    const before = await snapshotTree(work);
    expectRefused(runWithOut('alias', 'build'), /se on sisältökansio\./);
    expectRefused(runWithOut(join('alias', 'uusi', 'dist'), 'build'), /se on sisältökansion sisällä\./);
    expect(await snapshotTree(work)).toEqual(before);
  });

  it('refuses the home folder, a folder containing it and a link to it', async () => {
    await symlink(home, join(work, 'koti'));
    const before = await snapshotTree(homes);
    expectRefused(runWithOut(home, 'build'), /se on kotikansiosi\./);
    expectRefused(runWithOut(homes, 'build', '--force'), /se sisältää kotikansiosi\./);
    expectRefused(runWithOut('koti', 'build'), /se on kotikansiosi\./);
    expect(await snapshotTree(homes)).toEqual(before);
  });

  it('refuses the filesystem root', async () => {
    const rootBefore = (await readdir('/')).sort();
    expectRefused(runWithOut('/', 'build', '--force'), /se on tiedostojärjestelmän juuri\./);
    expect((await readdir('/')).sort()).toEqual(rootBefore);
  });

  it('refuses `--out .` at the repository root and leaves the repository as it was', async () => {
    const listing = async () => (await readdir(repositoryRoot)).sort();
    // Only a build of the repository folder itself would stage beside it; the parent folder may be
    // shared (a checkout in /tmp) with other builds' temporary folders.
    const parentListing = async () =>
      (await readdir(join(repositoryRoot, '..'))).filter((name) =>
        name.startsWith(`.${basename(repositoryRoot)}.building-`),
      );
    const rootBefore = await listing();
    const packageJson = await readFile(join(repositoryRoot, 'package.json'), 'utf8');
    const run = runProcess(repositoryRoot, ['build', '--content', content, '--out', '.'], { HOME: home });
    expectRefused(run, /se on repositorion juuri\./);
    expect(await listing()).toEqual(rootBefore);
    expect(await parentListing()).toEqual([]);
    expect(await readFile(join(repositoryRoot, 'package.json'), 'utf8')).toBe(packageJson);
    expectRefused(
      runProcess(
        join(repositoryRoot, 'packages'),
        ['build', '--content', content, '--out', '..', '--force'],
        {
          HOME: home,
        },
      ),
      /se on repositorion juuri\./,
    );
  });

  it('refuses a file, and a git repository', async () => {
    await writeFile(join(work, 'tiedosto.txt'), 'ei kansio\n');
    await mkdir(join(work, 'projekti', '.git'), { recursive: true });
    const before = await snapshotTree(work);
    expectRefused(runWithOut('tiedosto.txt', 'build', '--force'), /se ei ole kansio\./);
    expectRefused(runWithOut('projekti', 'build', '--force'), /se on git-repositorion juuri\./);
    expect(await snapshotTree(work)).toEqual(before);
  });

  it('refuses a folder of the repository that holds tracked files, with or without --force', async () => {
    const status = () =>
      spawnSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: repositoryRoot, encoding: 'utf8' })
        .stdout;
    const before = status();
    const parentListing = async () =>
      (await readdir(repositoryRoot)).filter((name) => name.startsWith('.packages.building-'));
    for (const extra of [[], ['--force']]) {
      const run = runProcess(repositoryRoot, ['build', '--content', content, '--out', 'packages', ...extra], {
        HOME: home,
      });
      expectRefused(
        run,
        /^Tuloskansioksi ei käy packages: siinä on gitin seuraamia tiedostoja \(esim\. .+\)\./,
      );
    }
    expect(status()).toBe(before);
    expect(await parentListing()).toEqual([]);
  });

  it('refuses a folder of another repository that holds tracked files, also for pdf and pack', async () => {
    const project = join(work, 'projekti');
    await mkdir(join(project, 'ohjeet', 'kuvat'), { recursive: true });
    await writeFile(join(project, 'ohjeet', 'kuvat', 'kaavio.txt'), 'seurattu\n');
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.fi', ...args], { cwd: project });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'ohjeet');
    const before = await snapshotTree(work);
    expectRefused(
      runWithOut(join(project, 'ohjeet'), 'build', '--force'),
      /siinä on gitin seuraamia tiedostoja \(esim\. kuvat\/kaavio\.txt\)\./,
    );
    expectRefused(runWithOut(join(project, 'ohjeet'), 'pdf'), /siinä on gitin seuraamia tiedostoja/);
    expectRefused(
      runWithOut(join(project, 'ohjeet', 'kuvat'), 'pack', 'vate-2018-04'),
      /siinä on gitin seuraamia tiedostoja \(esim\. kaavio\.txt\)\./,
    );
    expect(await snapshotTree(work)).toEqual(before);
  });

  it('leaves a folder of other files byte-identical, and says how to replace it on purpose', async () => {
    const foreign = join(work, 'julkaisu');
    await mkdir(join(foreign, 'kuvat'), { recursive: true });
    await writeFile(join(foreign, 'index.html'), '<p>käsin tehty</p>\n');
    await writeFile(join(foreign, 'kuvat', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const before = await snapshotTree(work);
    const run = runWithOut('julkaisu', 'build');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'Kansio julkaisu ei ole tyhjä eikä valmistelun aiempi tulos (siitä puuttuu tiedosto .valmistelu-output), joten sitä ei korvata. Valitse uusi tai tyhjä kansio, tai korvaa se tarkoituksella valinnalla --force.\n',
    );
    expect(await snapshotTree(work)).toEqual(before);
  });
});

describe('pdf and pack --out', () => {
  it('refuse the content folder and its parent, writing nothing', async () => {
    const before = await snapshotTree(work);
    expectRefused(runWithOut(content, 'pdf'), /se on sisältökansio\./);
    expectRefused(runWithOut(work, 'pack', 'vate-2018-04'), /se sisältää sisältökansion\./);
    expect(await snapshotTree(work)).toEqual(before);
  });
});

describe('build --timings', () => {
  it('refuses a file in the output, which the next build replaces, or in the content folder', async () => {
    const before = await snapshotTree(work);
    for (const file of [join(work, 'julkaisu', 'ajat.json'), join(content, 'ajat.json')]) {
      const run = runWithOut(join(work, 'julkaisu'), 'build', '--timings', file);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('--timings: tiedosto ei voi olla tuloskansiossa eikä sisältökansiossa\n');
    }
    expect(await snapshotTree(work)).toEqual(before);
  });
});
