/**
 * Progress as a person sees it: the real command in a pseudo-terminal (`script` from
 * util-linux), then the same command piped and in CI, where it must print no progress at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess, snapshotTree } from './run-process.ts';

const mainScript = join(import.meta.dirname, '../src/main.ts');

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * Runs the command with a terminal for its output and returns everything the terminal got,
 * standard output and standard error together as a terminal shows them.
 */
function runInTerminal(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const command = [process.execPath, mainScript, ...args].map(quote).join(' ');
  const { CI: _ci, ...inherited } = process.env;
  const child = spawnSync('script', ['--quiet', '--flush', '--return', '--command', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, TERM: 'xterm', INIT_CWD: cwd, ...env },
    timeout: 240_000,
  });
  if (child.error) throw new Error(`script (util-linux) is needed for this test: ${child.error.message}`);
  expect(child.status, child.stdout).toBe(0);
  // The terminal turns each newline into CR LF; a lone CR is the progress line starting again.
  return child.stdout.replaceAll('\r\n', '\n');
}

/** What the progress line writes to start again: back to the margin, erase to the end of the line. */
const erase = '\r\x1b[K';
/** Control characters a terminal line of progress uses and plain output never does. */
const controls = ['\r', '\x1b'];

/** The progress lines as drawn, one per redraw, without the erase codes. */
function progressFrames(terminal: string): string[] {
  return terminal
    .split('\r')
    .map((frame) => frame.replaceAll(erase.slice(1), ''))
    .filter((frame) => frame !== '' && !frame.includes('\n'));
}

const counted = (label: string) =>
  new RegExp(`^${label} (\\d+)/(\\d+)( · \\S+)? · kulunut \\d+:\\d\\d( · jäljellä noin \\d+:\\d\\d)?$`);

let content: string;
let work: string;
beforeAll(async () => {
  content = await contentWithOverlay();
  work = await mkdtemp(join(tmpdir(), 'valmistelu-progress-'));
});
afterAll(async () => {
  await rm(content, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe('progress on a terminal', () => {
  it('pdf counts the documents with the current one, elapsed and remaining time, and erases the line', () => {
    const terminal = runInTerminal(content, ['pdf', '--content', '.', '--out', join(work, 'pdf')]);
    const frames = progressFrames(terminal);
    const documents = frames.filter((frame) => counted('PDF-tiedostot').test(frame));
    expect(documents.length).toBeGreaterThan(0);
    expect(
      documents.some((frame) => / · (\/pdf\/|…)\S+\.pdf · kulunut .* · jäljellä noin /.test(frame)),
    ).toBe(true);
    const [, done, total] = counted('PDF-tiedostot').exec(documents.at(-1) ?? '') ?? [];
    expect(done).toBe(total);
    // The line is erased before the result, which starts at the margin.
    expect(terminal.slice(terminal.lastIndexOf(erase) + erase.length)).toMatch(
      /^\d+ PDF-tiedostoa kansioon \S+\.\n$/,
    );
  });

  it('build shows the site phases with its pages counted, then the PDFs; the output is that of a piped build', async () => {
    const terminal = runInTerminal(content, ['build', '--content', '.', '--out', join(work, 'terminal')]);
    const frames = progressFrames(terminal);
    for (const step of ['Sisältö: tarkistus', 'Sivusto: Astro kokoaa', 'Sivusto: hakuhakemisto']) {
      expect(frames.some((frame) => frame.startsWith(`${step} · kulunut `))).toBe(true);
    }
    const pages = frames.filter((frame) => counted('Sivusto: sivut').test(frame));
    // The page's path, shortened from the start when long.
    expect(pages.some((frame) => / · (\/|…)\S* · kulunut /.test(frame))).toBe(true);
    const [, done, total] = counted('Sivusto: sivut').exec(pages.at(-1) ?? '') ?? [];
    expect(Number(total)).toBeGreaterThan(10);
    expect(done).toBe(total);
    expect(frames.some((frame) => counted('PDF-tiedostot').test(frame))).toBe(true);
    // The folder as given, not climbing from the content folder the command runs in.
    const result = terminal.slice(terminal.lastIndexOf(erase) + erase.length);
    expect(/^Koottu kansioon (.+) \(\d+\.\d s\)\.\n$/.exec(result)?.[1]).toBe(join(work, 'terminal'));

    const timingsFile = join(work, 'ajat', 'koonti.json');
    const piped = runProcess(content, [
      'build',
      '--content',
      '.',
      '--out',
      join(work, 'piped'),
      '--timings',
      timingsFile,
    ]);
    expect(piped.code).toBe(0);
    expect(await snapshotTree(join(work, 'terminal'))).toEqual(await snapshotTree(join(work, 'piped')));

    // Nobody watched the piped build, yet its steps were timed, each part's one after another.
    const timings = JSON.parse(await readFile(timingsFile, 'utf8')) as {
      seconds: number;
      steps: { part: string; step: string; start: number; end: number }[];
    };
    expect(`${piped.stdout}${piped.stderr}`).not.toMatch(/kulunut|\r/);
    const byPart = Map.groupBy(timings.steps, (step) => step.part);
    expect(
      Object.fromEntries([...byPart].map(([part, steps]) => [part, steps.map((step) => step.step)])),
    ).toEqual({
      tarkistus: ['Sisältö: tarkistus'],
      sivusto: ['käynnistys', 'Sivusto: Astro kokoaa', 'Sivusto: sivut', 'Sivusto: hakuhakemisto'],
      PDF: ['käynnistys', 'PDF-tiedostot: sisällön tarkistus', 'PDF-tiedostot'],
      julkaisu: ['Tuloskansion vaihto ja edellisen poisto'],
    });
    for (const steps of byPart.values()) {
      for (const [at, step] of steps.entries()) {
        expect(step.end).toBeGreaterThanOrEqual(step.start);
        if (at > 0) expect(step.start).toBe(steps[at - 1]?.end);
      }
    }
    // The parts side by side from the check's start, the PDFs rendered after it; the swap after
    // both; the command's end after all.
    const [check] = byPart.get('tarkistus') ?? [];
    const [swap] = byPart.get('julkaisu') ?? [];
    for (const part of ['sivusto', 'PDF']) {
      const steps = byPart.get(part) ?? [];
      expect(steps[0]?.start).toBeGreaterThanOrEqual(check?.start ?? Number.NaN);
      expect(steps.at(-1)?.end).toBeLessThanOrEqual(swap?.start ?? Number.NaN);
    }
    expect(byPart.get('PDF')?.at(-1)?.start).toBeGreaterThanOrEqual(check?.end ?? Number.NaN);
    expect(timings.seconds).toBeGreaterThanOrEqual(swap?.end ?? Number.NaN);
  }, 300_000);
});

describe('no progress where nobody watches', () => {
  it('prints none when piped: no carriage returns, escape codes or progress words', () => {
    const piped = runProcess(content, ['pdf', '--content', '.', '--out', join(work, 'pdf-piped')]);
    expect(piped.code).toBe(0);
    const text = `${piped.stdout}${piped.stderr}`;
    expect(controls.filter((control) => text.includes(control))).toEqual([]);
    expect(text).not.toMatch(/kulunut|PDF-tiedostot \d/);
    // The folder as given, not climbing from the content folder the command runs in.
    expect(/^\d+ PDF-tiedostoa kansioon (.+)\.\n$/.exec(piped.stdout)?.[1]).toBe(join(work, 'pdf-piped'));
  });

  it('prints none in CI, even on a terminal', () => {
    const terminal = runInTerminal(content, ['pdf', '--content', '.', '--out', join(work, 'pdf-ci')], {
      CI: 'true',
    });
    expect(controls.filter((control) => terminal.includes(control))).toEqual([]);
    expect(terminal).not.toMatch(/kulunut/);
    expect(terminal).toMatch(/^\d+ PDF-tiedostoa kansioon \S+\.\n$/);
  });
});
