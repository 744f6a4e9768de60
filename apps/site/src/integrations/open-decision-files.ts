/**
 * The 6Aika objects' own files (`lib/open-decision-files.ts`), from the content the loaders read
 * for them (`syncedContentSource`). At 100× the default organisation they are 15,000 small files;
 * as routes each took a page's share of Astro's rendering, logging and folder handling, so a build
 * writes them in one pass, in a worker thread while Astro renders the pages (none of them is under
 * the objects' folders), and `pnpm dev` serves them from routes injected for it (src/dev-routes/).
 */
import { fileURLToPath } from 'node:url';
import { inShard, type Shard } from '@valmistelu/domain/shard';
import type { AstroIntegration } from 'astro';
import { openDecisionJson, openDecisionObjectFiles } from '../lib/open-decision-files.ts';
import { writeFilesInBackground } from '../lib/write-files-in-background.ts';
import { syncedContentSource } from '../loaders/content-source.ts';
import type { ContentReading } from './content-folder.ts';

/**
 * @param shard Under `valmistelu build --shard`, only the files whose path falls in this shard,
 *   as the pages (`page-shard.ts`); `valmistelu merge` puts them together.
 * @param storeDir Where the files are kept between builds, each output file a hard link to its
 *   bytes there (`lib/linked-files.ts`); in an incremental build's cache, held by its lock.
 */
export function openDecisionFiles(
  contentDir: string,
  reading: ContentReading = {},
  shard?: Shard,
  storeDir?: string,
): AstroIntegration {
  let outDir: URL;
  let writing: Promise<void> | undefined;

  async function writeObjectFiles(dir: string): Promise<void> {
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
    ].filter((file) => !shard || inShard(file.path, shard));
    await writeFilesInBackground({
      dir,
      files: files.map((file) => [file.path, openDecisionJson(file.object)] as const),
      ...(storeDir && { storeDir }),
    });
  }

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
      'astro:config:done'({ config }) {
        outDir = config.outDir;
      },
      // Started once Astro has emptied the output folder, written while it bundles and renders.
      'astro:build:setup'() {
        writing = writeObjectFiles(fileURLToPath(outDir));
        // Awaited in `astro:build:done`; a build that fails before has its own error to report.
        writing.catch(() => undefined);
      },
      async 'astro:build:done'() {
        await writing;
      },
    },
  };
}
