/**
 * One setting of a content folder's `site.yaml`, read on its own before the whole content is:
 * the site's address when the Astro config is made (Astro's `site`, which the sitemap needs) and
 * the run's date when a build starts (`valmistelu build` starts the site and the PDFs while the
 * check runs). A missing file or an unsound value gives none: the full read reports the mistake
 * with its line and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFileSchema } from '@valmistelu/domain/schema';
import { parse } from 'yaml';
import type { z } from 'zod';
import { siteFile } from './collections.ts';

type SiteFileFields = z.output<typeof siteFileSchema>;

export function readSiteFileField<Field extends 'url' | 'asOf'>(
  contentDir: string,
  field: Field,
): SiteFileFields[Field] | undefined {
  try {
    const data: unknown = parse(readFileSync(join(contentDir, siteFile), 'utf8'));
    const value =
      typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;
    const parsed = siteFileSchema.shape[field].safeParse(value);
    return parsed.success ? (parsed.data as SiteFileFields[Field]) : undefined;
  } catch {
    return undefined;
  }
}
