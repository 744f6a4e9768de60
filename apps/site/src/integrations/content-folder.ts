/**
 * Tells the content loader which folder to read, the way Starlight hands its options to its
 * loader: a virtual module, `virtual:valmistelu/content-folder`, whose default export is the
 * folder's absolute path. The folder is an option of the site's config, so a build of another
 * folder is another config, with nothing read from the environment or shared in the process.
 */
import type { PublicationOptions } from '@valmistelu/content';
import type { AstroIntegration } from 'astro';

const moduleId = 'virtual:valmistelu/content-folder';
const resolvedId = `\0${moduleId}`;

/** How the loader dates the content and what it leaves out (see `ContentReading`). */
export interface ContentReading {
  /** The date for content whose site.yaml sets none. */
  today?: string | undefined;
  /** For a build: only what is public at `moment`, dated `asOf` (`publicationOf`). */
  publication?: PublicationOptions | undefined;
}

export function contentFolder(contentDir: string, reading: ContentReading = {}): AstroIntegration {
  return {
    name: 'valmistelu-content-folder',
    hooks: {
      'astro:config:setup'({ updateConfig }) {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'valmistelu-content-folder',
                resolveId: (id) => (id === moduleId ? resolvedId : undefined),
                load: (id) =>
                  id === resolvedId
                    ? `export default ${JSON.stringify(contentDir)};\nexport const reading = ${JSON.stringify(reading)};`
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
