/**
 * Astro reads any string in an entry's data that starts with `__ASTRO_IMAGE_` as the path of an
 * image to import into the build. Content must never choose files for the build, so such a
 * value is a content mistake, located like the others, and the loader stores nothing.
 */
import { join } from 'node:path';
import { type ContentMessage, type LoadedContent, reportTemplateFile, siteFile } from '@valmistelu/content';
import { collectionNames } from '@valmistelu/domain/schema';

/** Astro's `IMAGE_IMPORT_PREFIX` (astro/dist/content/consts.js), which it does not export. */
export const astroImagePrefix = '__ASTRO_IMAGE_';

function reservedPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return value.startsWith(astroImagePrefix) ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    reservedPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

const message = (path: readonly PropertyKey[]) =>
  `kentän ${path.join('.')} arvo ei saa alkaa merkeillä "${astroImagePrefix}": sivusto lukisi sen kuvatiedoston nimeksi`;

export function findReservedStrings(loaded: LoadedContent): ContentMessage[] {
  const { content, sources, contentDir } = loaded;
  const found: ContentMessage[] = [];
  const report = (file: string, line: number, column: number, path: readonly PropertyKey[]) =>
    found.push({ file, line, column, message: message(path), severity: 'error', ruleId: 'reserved' });
  // The two single files keep no positions in the loaded content; the field name says where.
  for (const path of reservedPaths(content.site)) report(join(contentDir, siteFile), 1, 1, path);
  for (const path of reservedPaths(content.reportTemplate))
    report(join(contentDir, reportTemplateFile), 1, 1, path);
  for (const name of collectionNames) {
    content[name].forEach((item, index) => {
      const source = sources[name][index];
      if (!source) return;
      for (const path of reservedPaths(item)) {
        const start = path[0] === 'body' ? source.tree?.position?.start : undefined;
        const at = start ?? source.yaml.positionOf([...source.basePath, ...path]);
        report(source.file, at.line, at.column, path);
      }
    });
  }
  return found;
}
