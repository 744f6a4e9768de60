/**
 * The first step of the commands that publish (build, pdf, pack, status): load and check, then
 * hand on only the content that is public on the run's date. Drafts and news scheduled later are
 * left out here, once, so that no publisher needs to know about them.
 */
import { type LoadedContent, publicationOf } from '@valmistelu/content';
import type { CliIo } from './cli-io.ts';
import { helsinkiNow } from './helsinki-now.ts';
import { loadChecked } from './load-checked.ts';
import { type RunDate, runDate } from './run-date.ts';

export interface Published {
  /** The public content, `site.asOf` set to the run's date. */
  loaded: LoadedContent;
  /** Everything as loaded, drafts included, for telling a draft from a mistyped id. */
  all: LoadedContent;
  date: RunDate;
}

/**
 * @param asOf `--as-of`, already validated.
 * @param now The run's clock reading (a build's is taken when it starts).
 * @returns undefined when the content has errors, which have been printed.
 */
export async function loadPublished(
  contentDir: string,
  cacheDir: string,
  io: CliIo,
  asOf: string | undefined,
  showWarnings = true,
  now = helsinkiNow(),
): Promise<Published | undefined> {
  // Problems go to standard error: standard output is the command's result (`status --format json`).
  const problems: CliIo = { ...io, stdout: io.stderr };
  const { loaded, errors } = await loadChecked(contentDir, cacheDir, problems, showWarnings, now.day);
  if (errors > 0) return undefined;
  const date = runDate(asOf, loaded.content.site.asOf, now);
  return { loaded: publicationOf(loaded, date), all: loaded, date };
}
