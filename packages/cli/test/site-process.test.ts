/**
 * The site built in a child process: the pages it writes, its progress relayed phase by phase,
 * and content mistakes coming back as located messages rather than a crash.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import type { SiteProgress } from '@valmistelu/site';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteInChild, startSiteChild } from '../src/site-process.ts';

let work: string;
let content: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-site-process-'));
  content = await contentWithOverlay();
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(content, { recursive: true, force: true });
});

describe('buildSiteInChild', () => {
  it('writes the site and relays its progress from the child', async () => {
    const outDir = join(work, 'site');
    const progress: SiteProgress[] = [];
    const outcome = await buildSiteInChild({ contentDir: content, outDir, logLevel: 'error' }, (update) =>
      progress.push(update),
    );
    expect(outcome).toEqual({ ok: true });
    const { document } = parseHTML(await readFile(join(outDir, 'index.html'), 'utf8'));
    expect(document.documentElement.getAttribute('lang')).toBe('fi');
    expect(document.title).toContain('Testimaakunnan uudistus');
    const phases = progress.map((update) => update.phase).filter((phase, at, all) => phase !== all[at - 1]);
    expect(phases).toEqual(['astro', 'pages', 'search']);
    const last = progress.findLast((update) => update.phase === 'pages');
    expect(last && 'done' in last && last.done === last.total && last.total > 0).toBe(true);
  });

  it('builds in a process started ahead, which loads the site while waiting for its request', async () => {
    const child = startSiteChild();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const outDir = join(work, 'ahead');
    expect(
      await buildSiteInChild({ contentDir: content, outDir, logLevel: 'error' }, undefined, child),
    ).toEqual({
      ok: true,
    });
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('Testimaakunnan uudistus');
  });

  it('ends a process started ahead whose request does not come', async () => {
    const child = startSiteChild();
    child.cancel();
    await expect(
      child.run({ contentDir: content, outDir: join(work, 'never') }, () => undefined),
    ).rejects.toThrow('Sivuston koonti epäonnistui: SIGTERM');
  });

  it('returns content mistakes as located messages', async () => {
    const broken = await contentWithOverlay();
    try {
      const file = join(broken, 'groups', 'lape.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^line: .*$/m, 'line: ei-ole'));
      const outcome = await buildSiteInChild({ contentDir: broken, outDir: join(work, 'broken') });
      expect(outcome.ok).toBe(false);
      const messages = outcome.ok ? [] : outcome.messages;
      expect(messages.some((message) => message.file === file && message.severity === 'error')).toBe(true);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it("rejects with the child's own stack trace when the build fails for another reason", async () => {
    const file = join(work, 'a-file');
    await writeFile(file, 'not a folder');
    const failure = buildSiteInChild({ contentDir: content, outDir: join(file, 'site') });
    await expect(failure).rejects.toThrow('Sivuston koonti epäonnistui');
    const stack = await failure.catch((problem: Error) => problem.stack ?? '');
    expect(stack).toMatch(/ENOTDIR|EEXIST|not a directory/i);
  });
});
