/**
 * The versions of pdfmake, pdfkit and fontkit the wrappers in this folder were written for. Any
 * other installed version fails at start-up: the wrappers replace private methods whose behaviour
 * a patch release may change without renaming them, so each upgrade is a deliberate review of the
 * files listed here (and in `README.md`), then of this table.
 */
import type { Library } from './upstream.ts';
import { InternalsMismatch, internalsFolder } from './wrap.ts';

export const writtenFor: Record<Library, string> = {
  pdfmake: '0.3.11',
  pdfkit: '0.19.1',
  fontkit: '2.0.4',
};

/** The files that touch each library's internals, relative to this folder. */
export const filesTouching: Record<Library, string[]> = {
  pdfmake: [
    'linear-text-layout.ts',
    'measure-style-lookup.ts',
    'measure-once.ts',
    'early-page-breaks.ts',
    'svg-measure-once.ts',
    'tagging/layout-hooks.ts',
    'tagging/layout-structure.ts',
    'tagging/render-hooks.ts',
  ],
  pdfkit: [
    'batched-stream-writes.ts',
    'width-cache.ts',
    'font-aliases.ts',
    'xmp-info-escape.ts',
    'shared-fonts.ts',
    'tagging/render-hooks.ts',
  ],
  fontkit: ['shared-fonts.ts'],
};

/** Throws, naming the files to revisit, when an installed version is not the one written for. */
export function checkVersions(installed: Record<Library, string>): void {
  const changed = (Object.keys(writtenFor) as Library[]).filter(
    (library) => installed[library] !== writtenFor[library],
  );
  if (changed.length === 0) return;
  throw new InternalsMismatch(
    changed
      .map(
        (library) =>
          `${library} ${installed[library]} is installed, the wrappers of its internals were written for ${writtenFor[library]}: ` +
          `revisit ${filesTouching[library].map((file) => `${internalsFolder}/${file}`).join(', ')}, then ${internalsFolder}/versions.ts`,
      )
      .join('\n'),
  );
}
