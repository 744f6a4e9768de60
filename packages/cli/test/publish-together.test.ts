/**
 * The parts of `build` at the same time: each into a folder of its own, moved together; what
 * they print comes out part by part in their order, whichever finishes first; a part that throws
 * is waited for with the others, and no part's folder is left behind.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGate } from '../src/check-gate.ts';
import type { CliIo } from '../src/cli-io.ts';
import { moveInto, publishTogether } from '../src/publish-together.ts';
import type { Publisher, PublishInput } from '../src/publishers.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-together-'));
});

afterAll(() => rm(work, { recursive: true, force: true }));

const input: PublishInput = {
  contentDir: 'content',
  cacheDir: 'cache',
  date: { asOf: '2018-05-01', moment: '2018-05-01' },
  // These publishers neither run nor wait for a check.
  check: checkGate(
    { cwd: '.', stdout: () => {}, stderr: () => {} },
    {
      asOf: undefined,
      now: { day: '2018-05-01', moment: '2018-05-01T09:00' },
    },
  ),
};

function recordingIo(): { io: CliIo; lines: string[] } {
  const lines: string[] = [];
  return {
    io: {
      cwd: work,
      stdout: (text) => lines.push(`out ${text}`),
      stderr: (text) => lines.push(`err ${text}`),
    },
    lines,
  };
}

/** Writes `files` after `delayMs`, printing as it goes; `outcome` false or an error to fail. */
function publisher(
  name: string,
  files: Record<string, string>,
  delayMs: number,
  outcome: boolean | Error = true,
): Publisher {
  return {
    name,
    async publish(_input: PublishInput, outDir, io) {
      io.stderr(`${name} alkoi\n`);
      await sleep(delayMs);
      for (const [path, text] of Object.entries(files)) {
        await mkdir(join(outDir, path, '..'), { recursive: true });
        await writeFile(join(outDir, path), text);
      }
      io.stderr(`${name} valmis\n`);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
  };
}

describe('publishTogether', () => {
  it('gives one folder with every part, and prints each part whole, in order', async () => {
    const out = join(work, 'ok');
    await mkdir(out);
    const { io, lines } = recordingIo();
    const site = publisher('sivusto', { 'index.html': 'etusivu', 'sv/index.html': 'startsida' }, 60);
    const pdfs = publisher('PDF', { 'pdf/a.pdf': 'a', 'sv/pdf/b.pdf': 'b' }, 0);
    expect(await publishTogether([site, pdfs], input, out, io)).toBe(true);
    expect((await readdir(out, { recursive: true })).sort()).toEqual(
      ['index.html', 'pdf', 'pdf/a.pdf', 'sv', 'sv/index.html', 'sv/pdf', 'sv/pdf/b.pdf'].sort(),
    );
    expect(await readFile(join(out, 'sv/pdf/b.pdf'), 'utf8')).toBe('b');
    // The PDFs finished first, yet their lines come after the site's.
    expect(lines).toEqual([
      'err sivusto alkoi\n',
      'err sivusto valmis\n',
      'err PDF alkoi\n',
      'err PDF valmis\n',
    ]);
    expect(await readdir(work)).not.toContain('ok.osa-1');
  });

  it('fails when a part fails, after every part has finished', async () => {
    const out = join(work, 'failed');
    await mkdir(out);
    const { io, lines } = recordingIo();
    const site = publisher('sivusto', { 'index.html': 'etusivu' }, 0, false);
    const pdfs = publisher('PDF', { 'pdf/a.pdf': 'a' }, 60);
    expect(await publishTogether([site, pdfs], input, out, io)).toBe(false);
    expect(lines).toContain('err PDF valmis\n');
    expect(await readdir(work)).not.toContain('failed.osa-1');
  });

  it('rethrows a part’s error once the others are done', async () => {
    const out = join(work, 'thrown');
    await mkdir(out);
    const { io, lines } = recordingIo();
    const site = publisher('sivusto', {}, 0, new Error('Astro kaatui'));
    const pdfs = publisher('PDF', { 'pdf/a.pdf': 'a' }, 60);
    await expect(publishTogether([site, pdfs], input, out, io)).rejects.toThrow('Astro kaatui');
    expect(lines.at(-1)).toBe('err PDF valmis\n');
    expect(await readdir(work)).not.toContain('thrown.osa-1');
  });
});

describe('moveInto', () => {
  it('refuses a file that both folders hold', async () => {
    const [from, to] = [join(work, 'from'), join(work, 'to')];
    await mkdir(join(from, 'pdf'), { recursive: true });
    await mkdir(join(to, 'pdf'), { recursive: true });
    await writeFile(join(from, 'pdf', 'a.pdf'), 'uusi');
    await writeFile(join(to, 'pdf', 'a.pdf'), 'vanha');
    await expect(moveInto(from, to)).rejects.toThrow('a.pdf: kaksi koonnin osaa kirjoitti saman tiedoston');
    expect(await readFile(join(to, 'pdf', 'a.pdf'), 'utf8')).toBe('vanha');
  });
});
