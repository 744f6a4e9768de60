/**
 * The site's public address from the content's `site.yaml`, read on its own when the Astro
 * config is made (Astro's `site`, which the sitemap needs), without waiting for the whole
 * content. A missing or invalid address gives none: the loader then reports the mistake in
 * `site.yaml` with its line and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFile } from '@valmistelu/content';
import { siteSchema } from '@valmistelu/domain/schema';
import { parse } from 'yaml';

export function readSiteUrl(contentDir: string): string | undefined {
  try {
    const data: unknown = parse(readFileSync(join(contentDir, siteFile), 'utf8'));
    const url = typeof data === 'object' && data !== null ? (data as { url?: unknown }).url : undefined;
    const parsed = siteSchema.shape.url.safeParse(url);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
