/**
 * The PDFs of `build` in a process of its own (`pdf-process-child.ts`). They are made while the
 * site is built (`publish-together.ts`), and rendering a document holds its thread for seconds
 * (the 190-page meeting pack of 100× the default organisation, 12 s): in this process it held up
 * the site's next step, the search index, until it was done. The child also runs at a lower
 * priority than the site's process, whose steps take longer, and gives its memory back when it
 * ends. It prints what the PDF step prints, through this process, and reports its progress.
 *
 * It also checks the content first (`check-gate.ts`): the load the check makes is the one the
 * PDFs are made from, so the folder is read once for both, and the site's process starts at the
 * same time instead of after the check.
 */
import type { Shard } from '@valmistelu/domain/shard';
import type { RemoteCacheLocation } from '@valmistelu/pdf-publish/remote-cache';
import type { CheckClock, CheckGate } from './check-gate.ts';
import { runChildTask } from './child-task.ts';
import type { CliIo } from './cli-io.ts';
import type { ProgressUpdate } from './progress/progress-model.ts';
import type { RunDate } from './run-date.ts';

export interface PdfRequest {
  contentDir: string;
  /** The tool's cache folder (`--cache`). */
  cacheDir: string;
  date: RunDate;
  outDir: string;
  shard?: Shard;
  remoteCache?: RemoteCacheLocation;
  /** The directory file names in messages are relative to. */
  cwd: string;
  /** Whether to send progress (only when this process shows a progress line). */
  progress: boolean;
  /** For the check that comes first. */
  check: CheckClock;
}

export type PdfChildMessage =
  | { kind: 'stdout' | 'stderr'; text: string }
  /** What the check prints, printed at once rather than with the PDFs' part. */
  | { kind: 'check-output'; stream: 'stdout' | 'stderr'; text: string }
  | { kind: 'checked'; passed: boolean }
  | { kind: 'step'; label: string }
  | { kind: 'progress'; update: ProgressUpdate }
  | { kind: 'done'; ok: boolean };

/**
 * Checks the content, settling `gate` (false too when the child fails before it is done), then
 * builds every PDF in a child process; true when no error was printed.
 */
export async function buildPdfsInChild(
  request: Omit<PdfRequest, 'cwd' | 'progress' | 'check'>,
  io: CliIo,
  gate: CheckGate,
): Promise<boolean> {
  let ok = false;
  try {
    await runChildTask<PdfChildMessage>(
      new URL('./pdf-process-child.ts', import.meta.url),
      {
        ...request,
        cwd: io.cwd,
        progress: io.progress !== undefined,
        check: { asOf: gate.asOf, now: gate.now },
      },
      (message) => {
        if (message.kind === 'done') ok = message.ok;
        else if (message.kind === 'checked') gate.settle(message.passed);
        else if (message.kind === 'check-output') gate.io[message.stream](message.text);
        else if (message.kind === 'step') io.progress?.step(message.label);
        else if (message.kind === 'progress') io.progress?.update(message.update);
        else io[message.kind](message.text);
      },
      'PDF-tiedostojen koonti epäonnistui',
    );
  } finally {
    gate.settle(false);
  }
  return ok;
}
