/**
 * The site's content loader in real processes: a mistake only the loader sees stops
 * `valmistelu build` with a located message, and `valmistelu dev` shows a saved change through
 * the loader's watcher, without restarting.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { repositoryRoot, runBuild } from './build-helpers.ts';

const cliMain = join(repositoryRoot, 'packages/cli/src/main.ts');
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function contentCopy(): Promise<string> {
  const dir = await contentWithOverlay();
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function replaceInFile(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `valmistelu dev`; resolves with its address once it prints it. */
function startDev(
  contentDir: string,
  port: number,
): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  // Astro's dev server serves no pages when it sees vitest's variables, as a writer's shell has none.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const child = spawn(process.execPath, [cliMain, 'dev', '--content', contentDir, '--port', String(port)], {
    cwd: contentDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const address = /Esikatselu: (http:\/\/\S+)/.exec(output)?.[1];
      if (address) resolve({ url: address, child, output: () => output });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`valmistelu dev exited (${code}):\n${output}`)));
  });
}

async function pageTitle(url: string): Promise<string | undefined> {
  const response = await fetch(url);
  if (!response.ok) return undefined;
  return /<h1>([^<]*)<\/h1>/.exec(await response.text())?.[1];
}

/** The page's h1 once it is `expected`, polling for up to 30 s; what it last was otherwise. */
async function titleBecomes(url: string, expected: string): Promise<string | undefined> {
  let title: string | undefined;
  for (let attempt = 0; attempt < 60 && title !== expected; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 500));
    title = await pageTitle(url).catch(() => undefined);
  }
  return title;
}

describe('the site content loader', () => {
  it('stops the build where a value would make Astro import a file, and says where', async () => {
    const content = await contentCopy();
    const report = join(content, 'reports', 'lape-vali.mdx');
    await replaceInFile(
      report,
      'title: LAPE-ryhmän väliraportti',
      'title: __ASTRO_IMAGE_../../salaisuus.png',
    );
    const out = join(content, '..', `${content.split('/').pop()}-out`);
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    const failed = await runBuild(content, out);
    expect(failed.code).toBe(1);
    expect(failed.stderr.split('\n')[0]).toMatch(
      /^reports\/lape-vali\.mdx:2:8 {2}kentän title arvo ei saa alkaa merkeillä "__ASTRO_IMAGE_"/,
    );
    expect(`${failed.stdout}${failed.stderr}`).not.toMatch(/\n\s+at /);
  }, 300_000);

  it('shows a saved change in `valmistelu dev` through the loader, without a restart', async () => {
    const content = await contentCopy();
    const dev = await startDev(content, await freePort());
    const page = new URL('raportit/lape-vali/', dev.url).href;
    // The first sync of the content layer may still be running when the server starts.
    expect(await titleBecomes(page, 'LAPE-ryhmän väliraportti'), dev.output()).toBe(
      'LAPE-ryhmän väliraportti',
    );
    await replaceInFile(
      join(content, 'reports', 'lape-vali.mdx'),
      'title: LAPE-ryhmän väliraportti',
      'title: Päivitetty otsikko',
    );
    expect(await titleBecomes(page, 'Päivitetty otsikko'), dev.output()).toBe('Päivitetty otsikko');
    // A page that reads other content (the report list) follows too.
    expect(await (await fetch(new URL('raportit/', dev.url))).text()).toContain('Päivitetty otsikko');
  }, 180_000);
});
