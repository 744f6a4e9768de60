/**
 * Two previews at once (`valmistelu dev` in two terminals, two content folders) share nothing
 * they write: each shows its own content, also after the other has read and saved its own.
 * Real processes, as writers start them.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { DOMParser } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './build-helpers.ts';

const cliMain = join(repositoryRoot, 'packages/cli/src/main.ts');
const children: ChildProcess[] = [];
const folders: string[] = [];

/** Stops every preview as Ctrl+C in its terminal or a process manager would (SIGTERM). */
async function stopAll(): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

afterAll(async () => {
  await stopAll();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** Where previews keep their project folders: `.valmistelu-dev-<pid>-…` in the site package. */
const devRoots = join(repositoryRoot, 'apps/site/node_modules');
const rootsOf = async (pid: number | undefined) =>
  (await readdir(devRoots)).filter((name) => name.startsWith(`.valmistelu-dev-${pid}-`));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The minimal content, its news item titled `title`. */
async function contentTitled(title: string): Promise<string> {
  const dir = await contentWithOverlay();
  folders.push(dir);
  const news = join(dir, 'news/avaus.mdx');
  await writeFile(news, (await readFile(news, 'utf8')).replace(/^title: .*$/m, `title: ${title}`));
  return dir;
}

/** `valmistelu dev` of `content`; resolves to its address once it serves. */
async function preview(content: string): Promise<string> {
  // Astro's dev server serves no pages when it sees vitest's variables, as a writer's shell has none.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const port = await freePort();
  const child = spawn(process.execPath, [cliMain, 'dev', '--content', '.', '--port', String(port)], {
    cwd: content,
    env: { ...env, INIT_CWD: content },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const address = /Esikatselu: (http:\/\/\S+)/.exec(output)?.[1];
      if (address) resolve(address);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`valmistelu dev exited (${code}):\n${output}`)));
  });
}

/** The news titles the preview's news list shows; none while it has not served the page. */
async function newsTitles(url: string): Promise<string[]> {
  const response = await fetch(new URL('uutiset/', url)).catch(() => undefined);
  if (!response?.ok) return [];
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  return [...page.querySelectorAll('main .card-list h2')].map((heading) => heading.textContent?.trim() ?? '');
}

describe('two previews at once', () => {
  it('each shows its own content, and leaves nothing behind when stopped', async () => {
    // What a preview killed outright left: removed by the next preview to start.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const left = join(devRoots, `.valmistelu-dev-${deadPid}-jaanyt`);
    await mkdir(join(left, '.astro'), { recursive: true });
    const [first, second] = await Promise.all([
      contentTitled('Ensimmäisen esikatselun uutinen'),
      contentTitled('Toisen esikatselun uutinen'),
    ]);
    const [firstUrl, secondUrl] = await Promise.all([preview(first), preview(second)]);
    // Each until it has read its content (the first sync may still run when the server starts).
    for (const [url, title] of [
      [firstUrl, 'Ensimmäisen esikatselun uutinen'],
      [secondUrl, 'Toisen esikatselun uutinen'],
    ] as const) {
      await expect.poll(() => newsTitles(url), { timeout: 60_000, interval: 500 }).toEqual([title]);
    }
    // A save in one folder: each still shows its own, the saved title in the first.
    const news = join(first, 'news/avaus.mdx');
    await writeFile(news, (await readFile(news, 'utf8')).replace('Ensimmäisen esikatselun', 'Tallennettu'));
    await expect
      .poll(() => newsTitles(firstUrl), { timeout: 60_000, interval: 500 })
      .toEqual(['Tallennettu uutinen']);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await newsTitles(secondUrl)).toEqual(['Toisen esikatselun uutinen']);
    expect(await newsTitles(firstUrl)).toEqual(['Tallennettu uutinen']);
    expect(await rootsOf(deadPid)).toEqual([]);
    const pids = children.map((child) => child.pid);
    for (const pid of pids) expect(await rootsOf(pid)).toHaveLength(1);
    await stopAll();
    for (const pid of pids) expect(await rootsOf(pid)).toEqual([]);
  }, 240_000);
});
