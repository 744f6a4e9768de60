/**
 * The build's check in a child process prints exactly what the check prints in this process, on
 * the same streams and in the same order, and gives the same run date; and the PDFs' second load
 * of the content gives the content the check published.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInChild } from '../src/check-process.ts';
import type { CliIo } from '../src/cli-io.ts';
import { loadPublished, reloadPublished } from '../src/load-published.ts';

let content: string;
/** The tool's cache folder for these runs: the parsed files, as the CLI keeps them. */
let cache: string;
beforeEach(async () => {
  content = await contentWithOverlay();
  cache = `${content}-cache`;
});
afterEach(async () => {
  await rm(content, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

/** An io that keeps what is written, as `[stream, text]` in order. */
function recordingIo(): { io: CliIo; written: [string, string][] } {
  const written: [string, string][] = [];
  return {
    written,
    io: {
      cwd: content,
      stdout: (text) => void written.push(['stdout', text]),
      stderr: (text) => void written.push(['stderr', text]),
    },
  };
}

async function bothWays(asOf?: string) {
  const here = recordingIo();
  const published = await loadPublished(content, cache, here.io, asOf);
  const there = recordingIo();
  const date = await checkInChild({ contentDir: content, cacheDir: cache, asOf, cwd: content }, there.io);
  return { here: here.written, there: there.written, published, date };
}

describe('checkInChild', () => {
  it('gives the run date of valid content, as the check in this process does', async () => {
    const { here, there, published, date } = await bothWays('2018-04-20');
    expect(date).toEqual({ asOf: '2018-04-20', moment: '2018-04-20' });
    expect(date).toEqual(published?.date);
    expect(there).toEqual(here);
  });

  it('prints the located errors and gives no date for content with mistakes', async () => {
    const file = join(content, 'groups', 'lape.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^line: .*$/m, 'line: ei-ole'));
    const { here, there, published, date } = await bothWays();
    expect(published).toBeUndefined();
    expect(date).toBeUndefined();
    expect(there).toEqual(here);
    expect(there.map(([, text]) => text).join('')).toContain('groups/lape.yaml:2:');
  });
});

describe('reloadPublished', () => {
  it('gives the content the check published, for the check date', async () => {
    const published = await loadPublished(content, cache, recordingIo().io, '2018-04-20');
    if (!published) throw new Error('the minimal content should be valid');
    const reloaded = await reloadPublished(content, cache, published.date);
    expect('loaded' in reloaded && reloaded.loaded.content).toEqual(published.loaded.content);
  });

  it('gives the errors when the folder has changed since the check', async () => {
    const published = await loadPublished(content, cache, recordingIo().io, '2018-04-20');
    if (!published) throw new Error('the minimal content should be valid');
    await writeFile(
      join(content, 'channels.yaml'),
      '- id: fb\n  name: Facebook\n  kind: facebook\n  url: 12\n',
    );
    const reloaded = await reloadPublished(content, cache, published.date);
    expect('errors' in reloaded && reloaded.errors.map((error) => error.file)).toEqual([
      join(content, 'channels.yaml'),
    ]);
  });
});
