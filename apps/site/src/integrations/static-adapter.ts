/**
 * Where Astro writes the bundle it renders the pages from. By default that is the output folder
 * when it lies under the working directory, else `<cwd>/.astro/`; but the bundle imports the
 * site's packages, so outside the site package it cannot find them, and the default would also
 * write into whatever folder the CLI runs in. An adapter that keeps the server folder
 * (`preserveBuildServerDir`) makes a static build write the bundle to `build.server` instead,
 * which `buildSite` points into the site package. The output stays a plain static site.
 */
import type { AstroIntegration } from 'astro';

export function staticAdapter(): AstroIntegration {
  return {
    name: 'valmistelu-static-adapter',
    hooks: {
      'astro:config:done'({ setAdapter }) {
        setAdapter({
          name: 'valmistelu-static',
          entrypointResolution: 'auto',
          adapterFeatures: { buildOutput: 'static', preserveBuildServerDir: true },
          // Images are made at build time in a static build, so sharp works as without an adapter.
          supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
        });
      },
    },
  };
}
