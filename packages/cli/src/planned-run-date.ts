/**
 * The run's date before the content is checked, so that the site and the PDFs can start while the
 * check runs (`build`): `--as-of`, else `site.yaml`'s own `asOf` read on its own, else today. The
 * check computes the date again from the content it loads; a build whose two dates differ (the
 * file changed, or its `asOf` is a mistake the check reports) publishes nothing.
 */
import { readSiteFileField } from '@valmistelu/content/site-file-field';
import type { HelsinkiNow } from './helsinki-now.ts';
import { type RunDate, runDate } from './run-date.ts';

export function plannedRunDate(contentDir: string, asOf: string | undefined, now: HelsinkiNow): RunDate {
  return runDate(asOf, asOf ?? readSiteFileField(contentDir, 'asOf') ?? now.day, now);
}

export const sameRunDate = (one: RunDate, other: RunDate) =>
  one.asOf === other.asOf && one.moment === other.moment;
