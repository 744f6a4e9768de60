/**
 * The publishing guarantees of `valmistelu build`, on the minimal content and real processes:
 * a failed build leaves the previous output byte-identical, two builds of the same content are
 * byte-identical, concurrent builds do not mix, and nothing of the build machine leaks out.
 */
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesContaining, hashTree, repositoryRoot, runBuild } from './build-helpers.ts';

const sentinel = 'VALMISTELU-SENTINEL-7f3a9c';
let work: string;
let content: string;
let firstOut: string;
let firstHashes: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-publish-'));
  content = await contentWithOverlay();
  firstOut = join(work, 'first');
  const run = await runBuild(content, firstOut, { VALMISTELU_TEST_SECRET: sentinel });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  firstHashes = await hashTree(firstOut);
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(content, { recursive: true, force: true });
});

describe('publishing', () => {
  it('publishes the site and the PDFs', () => {
    const files = Object.keys(firstHashes);
    expect(files).toContain('index.html');
    expect(files.some((file) => file.startsWith('pdf/') && file.endsWith('.pdf'))).toBe(true);
  });

  it('gives byte-identical output when the same content is built again in another process', async () => {
    const secondOut = join(work, 'second');
    expect((await runBuild(content, secondOut)).code).toBe(0);
    expect(await hashTree(secondOut)).toEqual(firstHashes);
  }, 300_000);

  it('leaks no environment value, absolute path or home directory into the output', async () => {
    expect(await filesContaining(firstOut, sentinel)).toEqual([]);
    expect(await filesContaining(firstOut, repositoryRoot)).toEqual([]);
    expect(await filesContaining(firstOut, content)).toEqual([]);
    if (process.env.HOME && process.env.HOME.length > 1) {
      expect(await filesContaining(firstOut, process.env.HOME)).toEqual([]);
    }
  });

  it('keeps the previous output byte-identical when a build fails, and says exactly where', async () => {
    const broken = await contentWithOverlay();
    try {
      const out = join(work, 'kept');
      expect((await runBuild(broken, out)).code).toBe(0);
      const before = await hashTree(out);
      await appendFile(join(broken, 'reports/lape-vali.mdx'), '\nKotihakemisto: {process.env.HOME}\n');
      const failed = await runBuild(broken, out);
      expect(failed.code).toBe(1);
      expect(failed.stderr.split('\n')[0]).toMatch(
        /^reports\/lape-vali\.mdx:\d+:\d+ {2}aaltosulkeita \{…\} ei sallita: ne ajaisivat koodia/,
      );
      expect(`${failed.stdout}${failed.stderr}`).not.toMatch(/\n\s+at /);
      expect(await hashTree(out)).toEqual(before);
      // No temporary folder is left behind next to the output.
      expect((await readdir(work)).filter((name) => name.includes('.building-'))).toEqual([]);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  }, 300_000);

  it('lets two builds started at once each publish a complete output', async () => {
    const out = join(work, 'concurrent');
    const [one, two] = await Promise.all([runBuild(content, out), runBuild(content, out)]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(await hashTree(out)).toEqual(firstHashes);
  }, 300_000);
});
