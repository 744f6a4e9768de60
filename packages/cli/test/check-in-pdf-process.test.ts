/**
 * The check of `build`, run by the PDFs' process while the site is built: it prints exactly what
 * the check prints in this process, on the same streams and in the same order; it settles the
 * gate; and no PDF is made from content that fails it or whose date is not the build's.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkGate } from '../src/check-gate.ts';
import type { CliIo } from '../src/cli-io.ts';
import type { HelsinkiNow } from '../src/helsinki-now.ts';
import { loadPublished } from '../src/load-published.ts';
import { buildPdfsInChild } from '../src/pdf-process.ts';
import { plannedRunDate } from '../src/planned-run-date.ts';

let content: string;
/** The tool's cache folder for these runs: the parsed files, as the CLI keeps them. */
let cache: string;
let out: string;
beforeEach(async () => {
  content = await contentWithOverlay();
  cache = `${content}-cache`;
  out = `${content}-pdf`;
});
afterEach(async () => {
  for (const folder of [content, cache, out]) await rm(folder, { recursive: true, force: true });
});

const now: HelsinkiNow = { day: '2018-06-04', moment: '2018-06-04T10:15' };

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

/** The PDFs' process for a build dated `date`; what its check printed, the gate's verdict, the PDFs' output. */
async function checkInPdfProcess(asOf: string | undefined, date = plannedRunDate(content, asOf, now)) {
  const check = recordingIo();
  const gate = checkGate(check.io, { asOf, now });
  const parts = recordingIo();
  const ok = await buildPdfsInChild(
    { contentDir: content, cacheDir: cache, date, outDir: out },
    parts.io,
    gate,
  );
  const files = await readdir(out, { recursive: true }).catch(() => []);
  return { ok, passed: await gate.passed, printed: check.written, partOutput: parts.written, files };
}

describe('the check in the PDFs’ process', () => {
  it('prints the located errors as the check in this process does, and makes no PDF', async () => {
    const file = join(content, 'groups', 'lape.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^line: .*$/m, 'line: ei-ole'));
    const here = recordingIo();
    expect(await loadPublished(content, cache, here.io, undefined, true, now)).toBeUndefined();

    const there = await checkInPdfProcess(undefined);
    expect(there.passed).toBe(false);
    expect(there.ok).toBe(false);
    expect(there.printed).toEqual(here.written);
    expect(there.printed.map(([, text]) => text).join('')).toContain('groups/lape.yaml:2:');
    expect(there.files).toEqual([]);
  });

  it('refuses content whose date is not the one the build started with', async () => {
    const there = await checkInPdfProcess(undefined, { asOf: '2018-01-01', moment: '2018-01-01' });
    expect(there.passed).toBe(false);
    expect(there.ok).toBe(false);
    expect(there.printed.at(-1)).toEqual([
      'stderr',
      'Sisältö muuttui koonnin aikana: tilannepäivä on nyt 2018-05-31, ei 2018-01-01.\n',
    ]);
    expect(there.files).toEqual([]);
  });
});

describe('plannedRunDate', () => {
  it('is what the check of the same content and clock gives', async () => {
    for (const asOf of [undefined, '2018-04-20']) {
      const published = await loadPublished(content, cache, recordingIo().io, asOf, true, now);
      expect(plannedRunDate(content, asOf, now)).toEqual(published?.date);
    }
  });

  it('is today by the clock when site.yaml sets no date or cannot be read', async () => {
    const site = join(content, 'site.yaml');
    await writeFile(site, (await readFile(site, 'utf8')).replace(/^asOf: .*$/m, ''));
    expect(plannedRunDate(content, undefined, now)).toEqual({ asOf: now.day, moment: now.moment });
    await writeFile(site, 'asOf: [\n');
    expect(plannedRunDate(content, undefined, now)).toEqual({ asOf: now.day, moment: now.moment });
    expect(plannedRunDate(content, '2018-03-01', now)).toEqual({
      asOf: '2018-03-01',
      moment: '2018-03-01',
    });
  });
});
