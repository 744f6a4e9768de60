/**
 * The previous output's removal after the swap: by a detached process named in the folder's
 * name, so that the command returns first and the next build's clean-up leaves the folder to it.
 */
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishAtomically } from '../src/atomic-output.ts';
import { startFolderRemover } from '../src/background-removal.ts';
import { isProcessAlive } from '../src/process-alive.ts';
import { removeStaleBuilds } from '../src/stale-builds.ts';

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-removal-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function folderWithFiles(path: string, count: number): Promise<void> {
  await mkdir(join(path, 'sivut'), { recursive: true });
  for (let at = 0; at < count; at += 1) await writeFile(join(path, 'sivut', `${at}.html`), `<p>${at}</p>\n`);
}

const gone = async (path: string) =>
  access(path).then(
    () => false,
    () => true,
  );

describe('startFolderRemover', () => {
  it('removes the folder it is handed once this process has moved on', async () => {
    const folder = join(work, 'vanha');
    const neighbour = join(work, 'naapuri');
    await folderWithFiles(folder, 50);
    await folderWithFiles(neighbour, 1);
    const remover = startFolderRemover();
    expect(remover.pid).toBeGreaterThan(0);
    await remover.hand(folder);
    await expect.poll(() => gone(folder), { timeout: 20_000 }).toBe(true);
    expect(await readdir(join(neighbour, 'sivut'))).toEqual(['0.html']);
  });

  it('ends without removing anything when handed nothing', async () => {
    await folderWithFiles(join(work, 'pidetään'), 3);
    const remover = startFolderRemover();
    await remover.hand(undefined);
    await expect.poll(() => isProcessAlive(remover.pid ?? 0), { timeout: 20_000 }).toBe(false);
    expect((await readdir(join(work, 'pidetään', 'sivut'))).length).toBe(3);
  });
});

describe('publishAtomically', () => {
  it('swaps the new output in and leaves the previous one to a remover the clean-up spares', async () => {
    const out = join(work, 'julkaisu');
    const produce = (page: string) => async (tempDir: string) => {
      await folderWithFiles(tempDir, 200);
      await writeFile(join(tempDir, 'index.html'), page);
      return true;
    };
    expect(await publishAtomically(out, produce('<p>ensimmäinen</p>\n'))).toBe('published');
    expect(await publishAtomically(out, produce('<p>toinen</p>\n'))).toBe('published');
    // The new output is complete the moment the call returns.
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('<p>toinen</p>\n');
    const retired = (await readdir(work)).filter((name) => name.endsWith('.previous'));
    // Still being removed: named after its remover, which the next build's clean-up leaves alone.
    for (const name of retired) {
      const pid = Number(/\.building-(\d+)-/.exec(name)?.[1]);
      expect(pid).not.toBe(process.pid);
      if (isProcessAlive(pid)) expect(await removeStaleBuilds(out)).not.toContain(name);
    }
    await expect.poll(async () => (await readdir(work)).sort(), { timeout: 20_000 }).toEqual(['julkaisu']);
  });
});
