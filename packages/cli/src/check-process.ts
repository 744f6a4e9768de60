/**
 * The check of `build` in a process of its own (`check-process-child.ts`). Loading, validating
 * and linting the content leaves a process far larger than what it keeps: at 100× the default
 * organisation about 590 MiB resident for a 230 MiB heap, most of it the YAML documents with
 * positions and the garbage of parsing, and freeing the objects does not give the memory back.
 * In the child it goes back when the check ends, before the site is built; the PDFs load the
 * content again afterwards (`loadForPdfs`). The child prints what the check prints, in order,
 * through this process; only the run's date comes back.
 */

import { runChildTask } from './child-task.ts';
import type { CliIo } from './cli-io.ts';
import type { RunDate } from './run-date.ts';

export interface CheckRequest {
  contentDir: string;
  /** The tool's cache folder (`--cache`). */
  cacheDir: string;
  /** `--as-of`, already validated. */
  asOf: string | undefined;
  /** The directory file names in messages are relative to. */
  cwd: string;
}

export type CheckChildMessage =
  | { kind: 'stdout' | 'stderr'; text: string }
  | { kind: 'checked'; date: RunDate | undefined };

/** As `loadPublished`: the run's date, or undefined when the content has errors (printed). */
export async function checkInChild(request: CheckRequest, io: CliIo): Promise<RunDate | undefined> {
  let date: RunDate | undefined;
  await runChildTask<CheckChildMessage>(
    new URL('./check-process-child.ts', import.meta.url),
    request,
    (message) => {
      if (message.kind === 'checked') date = message.date;
      else io[message.kind](message.text);
    },
    'Sisällön tarkistus epäonnistui',
  );
  return date;
}
