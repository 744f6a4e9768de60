/**
 * The run's date before the content is checked, so that the site and the PDFs can start while the
 * check runs (`build`): `--as-of`, else `site.yaml`'s own `asOf` read on its own, else today. The
 * check computes the date again from the content it loads; a build whose two dates differ (the
 * file changed, or its `asOf` is a mistake the check reports) publishes nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteFile } from '@valmistelu/content';
import { siteFileSchema } from '@valmistelu/domain/schema';
import { parse } from 'yaml';
import type { HelsinkiNow } from './helsinki-now.ts';
import { type RunDate, runDate } from './run-date.ts';

/** `asOf` of the folder's `site.yaml`, or undefined when it sets none or the file is not sound. */
async function siteAsOf(contentDir: string): Promise<string | undefined> {
  try {
    const data: unknown = parse(await readFile(join(contentDir, siteFile), 'utf8'));
    const asOf = typeof data === 'object' && data !== null ? (data as { asOf?: unknown }).asOf : undefined;
    const parsed = siteFileSchema.shape.asOf.safeParse(asOf);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function plannedRunDate(
  contentDir: string,
  asOf: string | undefined,
  now: HelsinkiNow,
): Promise<RunDate> {
  return runDate(asOf, asOf ?? (await siteAsOf(contentDir)) ?? now.day, now);
}

export const sameRunDate = (one: RunDate, other: RunDate) =>
  one.asOf === other.asOf && one.moment === other.moment;
