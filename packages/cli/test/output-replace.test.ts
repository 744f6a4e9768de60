/**
 * Which existing folders `build` replaces: an empty one, a previous output (marked by
 * `.valmistelu-output`, whether `build` or `pdf` wrote it) and, with `--force`, any other; and
 * what a killed build left next to the output is cleaned up. Real processes on the minimal content.
 */
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outputMarkerName, outputMarkerText } from '../src/output-marker.ts';
import { deadPid, runProcess } from './run-process.ts';

let work: string;
let content: string;
let out: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-replace-'));
  content = await contentWithOverlay();
  out = join(work, 'julkaisu');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(content, { recursive: true, force: true });
});

function build(...extra: string[]) {
  return runProcess(work, ['build', '--content', content, '--out', 'julkaisu', ...extra]);
}

async function expectPublishedSite(): Promise<void> {
  await access(join(out, 'index.html'));
  expect(await readFile(join(out, outputMarkerName), 'utf8')).toBe(outputMarkerText);
  // The previous output, swapped out, is removed by a process of its own after the command ends.
  await expect.poll(async () => (await readdir(work)).sort(), { timeout: 20_000 }).toEqual(['julkaisu']);
}

describe('build replaces only what it may', () => {
  it('publishes into an empty folder and marks it as its output', async () => {
    await mkdir(out);
    const run = build();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await expectPublishedSite();
  }, 120_000);

  it('replaces a previous output, here the PDFs that `pdf` wrote', async () => {
    const pdf = runProcess(work, ['pdf', '--content', content, '--out', 'julkaisu']);
    expect(pdf.code).toBe(0);
    expect(await readFile(join(out, outputMarkerName), 'utf8')).toBe(outputMarkerText);
    await writeFile(join(out, 'vanha.txt'), 'edellisestä koonnista\n');
    const run = build();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await expectPublishedSite();
    await expect(access(join(out, 'vanha.txt'))).rejects.toThrow();
  }, 120_000);

  it('replaces a folder of other files with --force', async () => {
    await mkdir(out);
    await writeFile(join(out, 'muistio.txt'), 'ei valmistelun\n');
    expect(build().code).toBe(2);
    const run = build('--force');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await expectPublishedSite();
    await expect(access(join(out, 'muistio.txt'))).rejects.toThrow();
  }, 120_000);
});

describe('what a killed build left behind', () => {
  it('is removed when the next build starts, while a running build’s folder is kept', async () => {
    const dead = deadPid();
    const leftovers = [`.julkaisu.building-${dead}-a1B2c3`, `.julkaisu.building-${dead}-d4E5f6.previous`];
    for (const name of leftovers) {
      await mkdir(join(work, name, 'pdf'), { recursive: true });
      await writeFile(join(work, name, 'index.html'), '<p>kesken</p>\n');
    }
    await writeFile(
      join(work, `julkaisu.lock.${dead}-0f1e2d3c-aaaa-bbbb-cccc-123456789abc.tmp`),
      String(dead),
    );
    const running = `.julkaisu.building-${process.pid}-g7H8i9`;
    await mkdir(join(work, running));
    // A content mistake: the build stops after the clean-up, without building anything.
    await writeFile(join(content, 'site.yaml'), 'name: [\n');
    const run = build();
    expect(run.code).toBe(1);
    expect((await readdir(work)).sort()).toEqual([running]);
  });
});
