import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseShard } from '@valmistelu/domain/shard';
import { publishAtomically } from '../atomic-output.ts';
import { cacheDirOf } from '../cache-folder.ts';
import { type CheckGate, checkGate } from '../check-gate.ts';
import {
  type CliIo,
  type Command,
  type CommandContext,
  contentDirOf,
  type OptionDeclarations,
} from '../cli-io.ts';
import { helsinkiNow } from '../helsinki-now.ts';
import { checkOutput, foreignFolderMessage } from '../output-guard.ts';
import { plannedRunDate } from '../planned-run-date.ts';
import { recordingProgress, type StepTimings, stepTimings } from '../progress/step-timings.ts';
import { publishTogether } from '../publish-together.ts';
import { publishers } from '../publishers.ts';
import { cacheUrlDeclaration, remoteCacheOption } from '../remote-pdf-cache.ts';
import { asOfDeclaration, asOfOption } from '../run-date.ts';
import { contentDigest, writeShardMarker } from '../shard-output.ts';
import { shownOutDir } from '../shown-path.ts';
import { type SiteChild, startSiteChild } from '../site-process.ts';
import { removeStaleBuilds } from '../stale-builds.ts';

const options = {
  force: {
    type: 'boolean',
    description:
      'korvaa kansion, jota valmistelu ei ole koonnut (muuten vain tyhjä kansio tai aiempi koonti korvataan)',
  },
  'as-of': asOfDeclaration,
  shard: {
    type: 'string',
    valueName: 'I/N',
    description:
      'kokoaa vain osan I N:stä (sivut ja PDF:t jaetaan pysyvästi polun mukaan); osat yhdistetään komennolla merge. Hakuhakemisto kootaan vasta yhdistäessä',
    problem: (given) => {
      const shard = parseShard(given);
      return typeof shard === 'string' ? shard : undefined;
    },
  },
  'cache-url': cacheUrlDeclaration,
  timings: {
    type: 'string',
    valueName: 'TIEDOSTO',
    description:
      'kirjoittaa koonnin vaiheiden alku- ja loppuajat JSON-tiedostoon (mihin aika kuluu; pnpm bench edits lukee ne)',
  },
} as const satisfies OptionDeclarations;

interface BuildRun {
  context: CommandContext<typeof options>;
  outDir: string;
  contentDir: string;
  cacheDir: string;
  asOf: string | undefined;
  siteChild: SiteChild;
  /** With `--timings`: each step recorded as it begins. */
  timings: StepTimings | undefined;
}

const isWithin = (path: string, folder: string) => {
  const way = relative(folder, path);
  return way === '' || (!way.startsWith('..') && !isAbsolute(way));
};

/**
 * The file `--timings` names, or false (said why) when it lies in the output, which the next
 * build replaces whole, or in the content folder; undefined when not asked for.
 */
function timingsFileOption(context: CommandContext<typeof options>, outDir: string, contentDir: string) {
  const given = context.values.timings;
  if (typeof given !== 'string') return undefined;
  const file = resolve(context.io.cwd, given);
  if (isWithin(file, outDir) || isWithin(file, contentDir)) {
    context.io.stderr('--timings: tiedosto ei voi olla tuloskansiossa eikä sisältökansiossa\n');
    return false;
  }
  return file;
}

/** Writes the steps as JSON; false (said why) when the file cannot be written. */
async function writeTimings(file: string, timings: StepTimings, io: CliIo): Promise<boolean> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(timings.report(), null, 2)}\n`);
    return true;
  } catch (problem) {
    io.stderr(`--timings: ${file}: ${(problem as Error).message}\n`);
    return false;
  }
}

/** The check, recorded as a part of its own with `--timings`. */
function startCheck({ context, asOf, timings }: BuildRun): CheckGate {
  const { io } = context;
  const progress = timings ? recordingProgress(timings, 'tarkistus', io.progress) : io.progress;
  progress?.step('Sisältö: tarkistus');
  const gate = checkGate(io, { asOf, now: helsinkiNow() });
  void gate.passed.then(() => timings?.end('tarkistus'));
  return gate;
}

/**
 * Every part built into a temporary folder while the content is checked (`check-gate.ts`), and
 * swapped in when the check and every part succeeded; the exit code.
 */
async function checkAndPublish(run: BuildRun): Promise<number> {
  const { context, outDir, contentDir, cacheDir, siteChild, timings } = run;
  const { io } = context;
  const check = startCheck(run);
  const date = plannedRunDate(contentDir, run.asOf, check.now);
  // Checked by the parser (`problem`), so both are sound when given.
  const shard = typeof context.values.shard === 'string' ? parseShard(context.values.shard) : undefined;
  const remoteCache = remoteCacheOption(context);
  const extra = {
    ...(typeof shard === 'object' && { shard }),
    ...(remoteCache && { remoteCache }),
  };
  const result = await publishAtomically(
    outDir,
    async (tempDir) => {
      if (
        !(await publishTogether(
          publishers,
          { contentDir, cacheDir, date, check, siteChild, ...extra },
          tempDir,
          io,
          timings,
        ))
      )
        return false;
      if (typeof shard === 'object') {
        await writeShardMarker(tempDir, {
          shard,
          asOf: date.asOf,
          content: await contentDigest(contentDir),
        });
      }
      timings?.begin('julkaisu', 'Tuloskansion vaihto ja edellisen poisto');
      return true;
    },
    { force: context.values.force === true },
  );
  timings?.end('julkaisu');
  // The check settles when the PDFs' part ran; a build that failed before it never checked.
  const checked = check.verdict();
  check.settle(false);
  if (result === 'refused') {
    io.stderr(foreignFolderMessage(shownOutDir(context)));
    return 2;
  }
  if (result === 'failed') {
    io.stderr(
      checked === false
        ? 'Koontia ei tehty: korjaa virheet ensin. Aiempi julkaisu on ennallaan.\n'
        : 'Koonti epäonnistui. Aiempi julkaisu on ennallaan.\n',
    );
    return 1;
  }
  return 0;
}

export const buildCommand: Command<typeof options> = {
  summary: 'tarkistaa sisällön ja kokoaa sivuston ja kaikki PDF:t tuloskansioon',
  options,
  examples: [
    'pnpm valmistelu build',
    'pnpm valmistelu build --shard 1/2 --out osa-1 --cache-url s3://valmistelu-cache/pdf',
    'pnpm valmistelu build --shard 2/2 --out osa-2 --cache-url s3://valmistelu-cache/pdf',
    'pnpm valmistelu merge --out dist osa-1 osa-2',
  ],
  async run(context) {
    const { io } = context;
    const started = performance.now();
    const asOf = asOfOption(context);
    if (asOf === false) return 2;
    // Before anything else, so that a refused folder is never touched.
    const output = await checkOutput(context, { replaces: true });
    if (!output) return 2;
    const { outDir } = output;
    const contentDir = contentDirOf(context);
    const timingsFile = timingsFileOption(context, outDir, contentDir);
    if (timingsFile === false) return 2;
    await removeStaleBuilds(outDir);
    const timings = timingsFile ? stepTimings() : undefined;
    const cacheDir = await cacheDirOf(context);
    // Loads Astro and the site while the output folder is prepared (site-process.ts).
    const siteChild = startSiteChild();
    let code: number;
    try {
      code = await checkAndPublish({ context, outDir, contentDir, cacheDir, asOf, siteChild, timings });
    } finally {
      siteChild.cancel();
    }
    // Whatever the outcome, as far as the build got; a file that cannot be written fails the command.
    if (timings && timingsFile && !(await writeTimings(timingsFile, timings, io))) code ||= 1;
    if (code !== 0) return code;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(`Koottu kansioon ${shownOutDir(context)} (${seconds} s).\n`);
    return 0;
  },
};
