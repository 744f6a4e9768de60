/**
 * The parts of the main job at the same time. The site is built in a process of its own, mostly
 * on one thread, and its search index after it; the PDFs meanwhile take the other core. After
 * one edit at 100× the default organisation they were 15 s of 50 run one after the other.
 *
 * Each part writes into a folder of its own: Astro empties its output folder when it starts.
 * The PDFs' folder lies beside the build's temporary folder and carries its name, so a killed
 * build's is removed with it (`stale-builds.ts`); once both parts are done, its files are moved
 * in. What the parts print is held and printed part by part, in the order of `publishers`, so
 * that the output does not depend on which finished first; the progress line shows the first
 * part, then the next one where it has got to.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from './cli-io.ts';
import type { ProgressUpdate } from './progress/progress-model.ts';
import { recordingProgress, type StepTimings } from './progress/step-timings.ts';
import type { ProgressDisplay } from './progress/terminal-progress.ts';
import type { Publisher, PublishInput } from './publishers.ts';

/** Output held until it may be printed, and a progress line shown only once released. */
function heldIo(io: CliIo, showProgress: boolean): { io: CliIo; release(): void } {
  const held: [kind: 'stdout' | 'stderr', text: string][] = [];
  let released = false;
  let step: string | undefined;
  let update: ProgressUpdate | undefined;
  const display = io.progress;
  let showing = showProgress;
  const progress: ProgressDisplay | undefined = display && {
    step(label) {
      if (showing) display.step(label);
      else [step, update] = [label, undefined];
    },
    update(next) {
      if (showing) display.update(next);
      else update = next;
    },
    clear() {
      if (showing) display.clear();
    },
    // The line is the command's, which ends it.
    end() {},
  };
  const print = (kind: 'stdout' | 'stderr') => (text: string) => {
    if (released) io[kind](text);
    else held.push([kind, text]);
  };
  return {
    io: { cwd: io.cwd, stdout: print('stdout'), stderr: print('stderr'), ...(progress && { progress }) },
    release() {
      released = true;
      for (const [kind, text] of held.splice(0)) io[kind](text);
      if (display && !showing) {
        showing = true;
        if (step !== undefined) display.step(step);
        if (update) display.update(update);
      }
    },
  };
}

/** Moves everything under `from` into `to`, folder into folder; a file both hold is a fault. */
export async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const existing = new Set(await readdir(to));
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (!existing.has(entry.name)) await rename(source, target);
    else if (entry.isDirectory()) await moveInto(source, target);
    else throw new Error(`${target}: kaksi koonnin osaa kirjoitti saman tiedoston`);
  }
}

/**
 * A part's output, its steps recorded as they begin, not when its held output is released. Until
 * its first step the part is starting (its process, its cache), recorded but not shown.
 */
function partIo(held: CliIo, part: string, timings: StepTimings | undefined): CliIo {
  if (!timings) return held;
  timings.begin(part, 'käynnistys');
  return { ...held, progress: recordingProgress(timings, part, held.progress) };
}

/**
 * Runs every publisher at once: the first into `outDir`, the others each into a folder of its
 * own moved into `outDir` afterwards. True when every one succeeded; when one throws, the others
 * are waited for before the error goes on, so that none writes into a folder being removed.
 * With `timings`, each part's steps are recorded under the publisher's name.
 */
export async function publishTogether(
  publishers: readonly Publisher[],
  input: PublishInput,
  outDir: string,
  io: CliIo,
  timings?: StepTimings,
): Promise<boolean> {
  const folders = publishers.map((_, at) => (at === 0 ? outDir : `${outDir}.osa-${at}`));
  const ios = publishers.map((_, at) => heldIo(io, at === 0));
  try {
    const running = publishers.map(async (publisher, at) => {
      const folder = folders[at] as string;
      if (at > 0) await mkdir(folder);
      const held = (ios[at] as ReturnType<typeof heldIo>).io;
      try {
        return await publisher.publish(input, folder, partIo(held, publisher.name, timings));
      } finally {
        timings?.end(publisher.name);
      }
    });
    const settled: PromiseSettledResult<boolean>[] = [];
    // In order: a part's output is printed once those before it have finished.
    for (const [at, outcome] of running.entries()) {
      settled.push(
        await outcome.then(
          (value) => ({ status: 'fulfilled', value }) as const,
          (reason: unknown) => ({ status: 'rejected', reason }) as const,
        ),
      );
      ios[at]?.release();
      ios[at + 1]?.release();
    }
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    if (settled.some((outcome) => outcome.status === 'fulfilled' && !outcome.value)) return false;
    for (const folder of folders.slice(1)) await moveInto(folder, outDir);
    return true;
  } finally {
    await Promise.all(folders.slice(1).map((folder) => rm(folder, { recursive: true, force: true })));
  }
}
