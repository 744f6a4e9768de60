/**
 * The 6Aika objects' own files (`lib/open-decision-files.ts`), written once the pages are built,
 * from the content the loaders read for them (`syncedContentSource`). At 100× the default
 * organisation they are 15,000 small files; as routes each took a page's share of Astro's
 * rendering, logging and folder handling, so a build writes them in one pass, and `pnpm dev`
 * serves them from routes injected for it (src/dev-routes/).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inShard, type Shard } from '@valmistelu/domain/shard';
import type { AstroIntegration } from 'astro';
import {
  type OpenDecisionObjectFile,
  openDecisionJson,
  openDecisionObjectFiles,
} from '../lib/open-decision-files.ts';
import { syncedContentSource } from '../loaders/content-source.ts';
import type { ContentReading } from './content-folder.ts';

/**
 * Written one after another, synchronously: the files share a few folders, and parallel writes
 * through libuv's thread pool contend for each folder's lock. On this machine 15,000 such files
 * took 0.3–1.3 s this way against 0.8–2.2 s 32 at a time, with a quarter of the system time.
 */
function writeAll(outDir: string, files: readonly OpenDecisionObjectFile[]): void {
  for (const folder of new Set(files.map((file) => dirname(join(outDir, file.path)))))
    mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(join(outDir, file.path), openDecisionJson(file.object));
}

/**
 * @param shard Under `valmistelu build --shard`, only the files whose path falls in this shard,
 *   as the pages (`page-shard.ts`); `valmistelu merge` puts them together.
 */
export function openDecisionFiles(
  contentDir: string,
  reading: ContentReading = {},
  shard?: Shard,
): AstroIntegration {
  return {
    name: 'valmistelu-open-decision-files',
    hooks: {
      'astro:config:setup'({ command, injectRoute }) {
        if (command !== 'dev') return;
        const route = (file: string) => fileURLToPath(new URL(`../dev-routes/${file}`, import.meta.url));
        injectRoute({
          pattern: '/data/paatos/[resource]/[id].json',
          entrypoint: route('open-decision-object.ts'),
        });
        injectRoute({
          pattern: '/sv/data/paatos/[resource]/[id].json',
          entrypoint: route('open-decision-object-sv.ts'),
        });
      },
      async 'astro:build:done'({ dir }) {
        const { loaded, errors } = await syncedContentSource(contentDir, reading).current();
        // A folder with mistakes has already stopped the build in its content sync.
        if (errors.length > 0) return;
        const { content, translations } = loaded;
        const [main = 'fi', ...others] = content.site.languages;
        const files = [
          ...openDecisionObjectFiles(content, main),
          ...others.flatMap((language) =>
            openDecisionObjectFiles(translations[language]?.content ?? content, language),
          ),
        ];
        writeAll(fileURLToPath(dir), shard ? files.filter((file) => inShard(file.path, shard)) : files);
      },
    },
  };
}
