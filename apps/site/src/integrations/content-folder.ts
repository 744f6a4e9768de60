/**
 * Tells the content loader which folder to read, the way Starlight hands its options to its
 * loader: a virtual module, `virtual:valmistelu/content-folder`, whose default export is the
 * folder's absolute path. The folder is an option of the site's config, so a build of another
 * folder is another config, with nothing read from the environment or shared in the process.
 */
import type { AstroIntegration } from 'astro';

const moduleId = 'virtual:valmistelu/content-folder';
const resolvedId = `\0${moduleId}`;

export function contentFolder(contentDir: string): AstroIntegration {
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
                load: (id) => (id === resolvedId ? `export default ${JSON.stringify(contentDir)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
